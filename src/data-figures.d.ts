/**
 * `import figures from '$data/….json?figures'`: a data file without its prose (see
 * `dataFigures` in vite.config.ts). Typed unknown: the importer checks or asserts its shape.
 */
declare module '*.json?figures' {
	const figures: unknown;
	export default figures;
}
