/**
 * The engine's one public face (see shared/engine-contract.md). The UI, the tests and
 * anyone scripting the calculator import from `$lib/engine` only, never from a module
 * behind it.
 */
export {
	parseScenario,
	parseOffer,
	parseHousehold,
	parseFx,
	parseYears,
	type OfferParse
} from './schema';
export { serializeScenario, serializeOffer } from './serialize';
export { project } from './project';
export { ProjectionCache, type ProjectionSettings } from './projection-cache';
export { leaveAt, keptAfterLeaving } from './leave';
export { vestingPresets, resolveVesting, vestEvents } from './vesting';
export { roles, levels, locations, marketRange, roleById, levelById, locationById } from './market';
export {
	derivedRule,
	guideSource,
	salaryByRoleFootnote,
	salaryByLocationNote,
	tableSections
} from './market-notes';
export type { MarketRange, SalaryRange, MarketRole, MarketLevel, MarketLocation } from './market';
export { careerPaths, roleBreadth, emergingRoles, negotiationGuide } from './guide-prose';
export { marketFit, marketStartingBase, type MarketFit, type MarketPlace } from './market-fit';
export { regionSchedules, regionSchedulesSteps, taxRegions } from './tax';
export { estimateTax } from './tax-estimate';
export { taxTables, taxNotes, taxRegionNote } from './tax-tables';
export type { Bracket, TaxDefinition, TaxFigures } from './tax-schema';
export { equivalentSalary, breakEven, afterTaxLines } from './living';
export { DEFAULT_FX, convert } from './fx';
export {
	headline,
	cumulative,
	rankOffers,
	differenceFrom,
	differenceTotal,
	viewValue,
	COMPARE_VIEWS,
	type CompareView,
	type Headline,
	type Ranking,
	type RankedOffer,
	type YearDifference
} from './compare';
export {
	growthSensitivity,
	catchUpGrowth,
	DEFAULT_GROWTHS,
	type SensitivityRow,
	type SensitivityOptions,
	type CatchUp
} from './sensitivity';
export {
	baseGrowthText,
	negotiate,
	negotiateSteps,
	MODEST_RAISE_PCT,
	STANCE_PERCENTILE,
	type Stance
} from './negotiate';
export {
	DEFAULT_REMOTE,
	amountAsOffer,
	cityPlace,
	cityRows,
	cityTable,
	matchBase,
	offerYearOneTotal,
	readCityAmount,
	readRemoteColIndex,
	type CityRow,
	type CityTableInput,
	type RemotePlace
} from './cities';
export { Dec, toMoney, cents } from './money';
export { rememberLastSteps } from './steps';
export type { Money } from './money';
export type { Read } from './readers';
export * from './types';
export { writeDate, writeMoney, writeNumber, type MoneyStyle } from './number-text';
export { listText } from './number-text';
