// Source ids and the data files behind them (all served from our own origin by the static build).
export const SOURCES = {
	land: 'land',
	borders: 'borders',
	labels: 'labels',
	corridors: 'corridors'
} as const;
export type SourceId = (typeof SOURCES)[keyof typeof SOURCES];
export const SOURCE_IDS = Object.values(SOURCES);

/** Human name of each data file, for the "could not load" message. */
export const SOURCE_LABELS: Record<SourceId, string> = {
	land: 'basemap (land)',
	borders: 'basemap (borders)',
	labels: 'place names',
	corridors: 'corridor routes'
};

/** Absolute URL of a source's data file: MapLibre fetches it from its worker, where relative URLs break. */
export function dataUrl(source: SourceId, pageUrl: string, basePath = ''): string {
	return new URL(`${basePath}/data/${source}.json`, pageUrl).href;
}

export function isSourceId(v: unknown): v is SourceId {
	return typeof v === 'string' && (SOURCE_IDS as string[]).includes(v);
}
