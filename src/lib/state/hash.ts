// The URL hash is the shareable state:
// #map=<zoom>/<lat>/<lon>&layers=<ids>&route=<id>|claim=<id>|tour=<step>|article=1.
// Parsing never throws: each key is read on its own and anything invalid falls back to the default, so the
// state the app shows (and writes back) is always one the URL can describe.
import { CORRIDOR_IDS, isCorridorId, type CorridorId } from '../data/vocabulary';
import { MAX_ZOOM, MIN_ZOOM, type View } from '../region';

export interface HashState {
	view?: View;
	/** Visible corridors; absent means all. */
	layers?: CorridorId[];
	route?: string;
	/** An article claim, opened with the features it concerns. */
	claim?: string;
	/** Tour step, 1-based. */
	tour?: number;
	/** The Article panel is open (`article=1`). */
	article?: true;
}

/** What the parser checks ids and steps against: the content the app has. */
export interface HashVocabulary {
	isRoute(id: string): boolean;
	isClaim(id: string): boolean;
	tourLength: number;
}

/** Longer hashes are cut before parsing: no real state needs more, and it bounds the work. */
const MAX_HASH_LENGTH = 2048;
const NUMBER = /^-?\d{1,3}(\.\d{1,8})?$/;
const ID = /^[a-z0-9-]{1,64}$/;

function num(s: string | undefined, min: number, max: number): number | undefined {
	if (s === undefined || !NUMBER.test(s)) return undefined;
	const n = Number(s);
	return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}

function decode(s: string): string | undefined {
	try {
		return decodeURIComponent(s);
	} catch {
		return undefined;
	}
}

export function parseHash(hash: string, known: HashVocabulary): HashState {
	const out: HashState = {};
	const text = String(hash ?? '')
		.slice(0, MAX_HASH_LENGTH)
		.replace(/^#/, '');
	for (const pair of text.split('&')) {
		const eq = pair.indexOf('=');
		if (eq < 0) continue;
		const key = pair.slice(0, eq);
		const value = decode(pair.slice(eq + 1));
		if (value === undefined) continue;
		if (key === 'map' && !out.view) {
			const [z, lat, lon] = value.split('/');
			const view = { zoom: num(z, MIN_ZOOM, MAX_ZOOM), lat: num(lat, -85, 85), lon: num(lon, -180, 180) };
			if (view.zoom !== undefined && view.lat !== undefined && view.lon !== undefined)
				out.view = view as View;
		} else if (key === 'layers' && !out.layers) {
			const ids = value === '' ? [] : value.split(',');
			if (ids.every(isCorridorId)) out.layers = CORRIDOR_IDS.filter((id) => ids.includes(id));
		} else if (key === 'route' && out.route === undefined) {
			if (ID.test(value) && known.isRoute(value)) out.route = value;
		} else if (key === 'claim' && out.claim === undefined) {
			if (ID.test(value) && known.isClaim(value)) out.claim = value;
		} else if (key === 'article' && value === '1') {
			out.article = true;
		} else if (key === 'tour' && out.tour === undefined) {
			if (/^\d{1,2}$/.test(value) && Number(value) >= 1 && Number(value) <= known.tourLength)
				out.tour = Number(value);
		}
	}
	return normalize(out);
}

// `+ 0` turns -0 into 0 so the text and the number agree.
const round = (n: number, d: number) => Number(n.toFixed(d)) + 0;

/** Canonical form: what parse(serialize(s)) returns. Rounds numbers, orders layers, drops "all layers",
 *  and keeps one place: a tour step, else a claim, else a route, else the Article panel. */
export function normalize(s: HashState): HashState {
	const out: HashState = {};
	if (s.view)
		out.view = { zoom: round(s.view.zoom, 2), lat: round(s.view.lat, 4), lon: round(s.view.lon, 4) };
	if (s.layers && s.layers.length < CORRIDOR_IDS.length)
		out.layers = CORRIDOR_IDS.filter((id) => s.layers!.includes(id));
	if (s.tour) out.tour = s.tour;
	else if (s.claim) out.claim = s.claim;
	else if (s.route) out.route = s.route;
	else if (s.article) out.article = true;
	return out;
}

/** A view as the URL writes it: `zoom/lat/lon`, rounded. */
export function viewText(view: View): string {
	const v = normalize({ view }).view!;
	return `${v.zoom}/${v.lat}/${v.lon}`;
}

export function serializeHash(state: HashState): string {
	const s = normalize(state);
	const parts: string[] = [];
	if (s.view) parts.push(`map=${viewText(s.view)}`);
	if (s.layers) parts.push(`layers=${s.layers.join(',')}`);
	if (s.route) parts.push(`route=${s.route}`);
	if (s.claim) parts.push(`claim=${s.claim}`);
	if (s.tour) parts.push(`tour=${s.tour}`);
	if (s.article) parts.push('article=1');
	return parts.length ? `#${parts.join('&')}` : '';
}
