/**
 * Exchange between the two currencies the engine knows, at the scenario's rate.
 *
 * Kept in its own leaf module (no engine imports but money.ts) so that schema.ts,
 * project.ts and living.ts can all use it without an import cycle reaching it mid-load.
 */
import { Dec, type Money } from './money';
import type { Currency, Fx } from './types';

/** The scenario's default exchange rate: 1.36 USD per GBP (editable in every scenario). */
export const DEFAULT_FX: Fx = { GBPUSD: new Dec('1.36') };

/**
 * Converts an amount between USD and GBP at `fx.GBPUSD` (USD per GBP), unrounded: the
 * caller rounds to cents once, at the end.
 *
 * @example String(convert(new Dec(136), 'USD', 'GBP', { GBPUSD: new Dec('1.36') })) // '100'
 */
export function convert(amount: Money, from: Currency, to: Currency, fx: Fx = DEFAULT_FX): Money {
	if (from === to) {
		return amount;
	}
	return from === 'GBP' ? amount.times(fx.GBPUSD) : amount.dividedBy(fx.GBPUSD);
}
