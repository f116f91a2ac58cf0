/**
 * The check of a position read back from sessionStorage (reload-position.ts), like any saved
 * state: a value this version did not write, or that is damaged, is ignored. In a module of
 * its own, loaded only when there is a position to read, because it needs zod.
 */
import * as z from 'zod/mini';
import type { PagePosition } from './page-position';

const rememberedSchema = z.object({
	path: z.string(),
	anchor: z.nullable(z.object({ text: z.string(), nth: z.number() })),
	anchorTop: z.number(),
	heights: z.array(z.object({ id: z.string(), px: z.number().check(z.nonnegative()) }))
});

/**
 * The position in `stored` (the text sessionStorage held), or null when it does not read.
 *
 * @example readRemembered('{"path":"/"}') // null: no anchor, offset or heights
 */
export function readRemembered(stored: string): PagePosition | null {
	try {
		const read = rememberedSchema.safeParse(JSON.parse(stored));
		return read.success ? read.data : null;
	} catch {
		return null;
	}
}
