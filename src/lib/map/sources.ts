// Source ids and the data files behind them (all served from our own origin by the static build).
export const SOURCES = {
	land: 'land',
	borders: 'borders',
	labels: 'labels',
	corridors: 'corridors'
} as const;
export type SourceId = (typeof SOURCES)[keyof typeof SOURCES];

/** Human name of each data file, for the "could not load" message. */
export const SOURCE_LABELS: Record<SourceId, string> = {
	land: 'basemap (land)',
	borders: 'basemap (borders)',
	labels: 'place names',
	corridors: 'corridor routes'
};

export function isSourceId(v: unknown): v is SourceId {
	return typeof v === 'string' && Object.hasOwn(SOURCE_LABELS, v);
}
