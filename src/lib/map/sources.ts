// Source ids and the data behind them (all served from our own origin by the static build): the
// basemap's overview tiles (every zoom, drawn larger beyond the last), its detail tiles (the story's
// ground, zooms 7–10), the shaded relief, and the corridors (one GeoJSON file).
import { FONT } from '$lib/theme';

export const SOURCES = {
	overview: 'overview',
	detail: 'detail',
	relief: 'relief',
	corridors: 'corridors'
} as const;
export type SourceId = (typeof SOURCES)[keyof typeof SOURCES];

/** Human name of each source, for the "could not load" message. */
export const SOURCE_LABELS: Record<SourceId, string> = {
	overview: 'basemap',
	detail: 'basemap detail',
	relief: 'shaded relief',
	corridors: 'corridor routes'
};

/** The sources every first view loads (detail tiles load only from zoom 7), for the loading message. */
export const STARTUP_SOURCES: readonly SourceId[] = [SOURCES.overview, SOURCES.relief, SOURCES.corridors];

export function isSourceId(v: unknown): v is SourceId {
	return typeof v === 'string' && Object.hasOwn(SOURCE_LABELS, v);
}

/** Where each piece of map data lives under the data folder; `{z}/{x}/{y}`, `{fontstack}` and `{range}`
 *  are filled in by MapLibre. */
export const DATA_PATHS = {
	overview: 'tiles/overview/{z}/{x}/{y}.pbf',
	detail: 'tiles/detail/{z}/{x}/{y}.pbf',
	relief: 'relief/{z}/{x}/{y}.png',
	corridors: 'corridors.json',
	glyphs: 'glyphs/{fontstack}/{range}.pbf',
	sprite: 'sprite/sprite'
} as const;

/** The glyph ranges the build writes for each font (Basic Latin, Latin Extended-A, and punctuation such
 *  as dashes, where a font's labels use any): the labels of every view need them, so the map loads them
 *  from the start. tests/unit/glyph-files.test.ts checks them against the build's files. */
export const GLYPH_RANGES: Record<keyof typeof FONT, readonly string[]> = {
	regular: ['0-255', '256-511'],
	bold: ['0-255', '256-511', '8192-8447'],
	italic: ['0-255', '256-511', '8192-8447']
};

/** Every glyph file's data path. */
export const GLYPH_FILES: readonly string[] = Object.entries(GLYPH_RANGES).flatMap(([font, ranges]) =>
	ranges.map((range) =>
		DATA_PATHS.glyphs.replace('{fontstack}', FONT[font as keyof typeof FONT]).replace('{range}', range)
	)
);

/** The state names added for the view (state-names.ts): GeoJSON the page sets, with nothing to load
 *  (so not among the sources above, which load data and can fail). */
export const NAMES_SOURCE = 'names';

/** The vector tiles' layer of points a state may be named at (scripts/basemap/build/name-pool.ts). */
export const NAME_POOL_LAYER = 'name-pool';

/** The overview tiles' layer of the states' fixed name points (with ids), and the feature state that
 *  hides a name the map's edge or the page cuts (state-names.ts, town-names.ts). */
export const STATE_NAMES_LAYER = 'states';
/** The overview tiles' layer of towns (with ids): their dots and names. */
export const PLACES_LAYER = 'places';
export const CUT_NAME_STATE = 'cut';
export type DataPath = (typeof DATA_PATHS)[keyof typeof DATA_PATHS];
