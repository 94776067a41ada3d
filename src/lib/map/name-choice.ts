// Which state names the map adds for the current view: a state with room in view for its name but none
// of its fixed label points drawn there gets one point from the build's name pool, the name centred on it
// or hung by a side the build allows there (name-anchors.ts). Pure: the map's side (state-names.ts) reads
// the pool's points in view and what MapLibre drew.
import { placementsOf, type NameAnchor } from './name-anchors';

/** A pool point in view: its state, its id in the pool, where it is and where that is on screen (px). */
export interface PoolPoint {
	name: string;
	key: string;
	at: [lon: number, lat: number];
	x: number;
	y: number;
	/** The sides the name may hang from this point by (bits of NAME_ANCHORS). */
	fit: number;
}

/** A point chosen, and how its name hangs from it. */
export interface Placed extends PoolPoint {
	anchor: NameAnchor;
}

export interface NameView {
	/** The pool's points on the map's canvas. */
	pool: PoolPoint[];
	/** States whose name MapLibre drew at one of their fixed label points, where the reader sees it. */
	drawnFixed: ReadonlySet<string>;
	/** States whose added name MapLibre drew, where the reader sees it. */
	drawnAdded: ReadonlySet<string>;
	/** Whether a name at this point, so anchored, would be seen whole: nothing of the page (legend,
	 *  inset, panel, control) lies over it and the map's edge cuts none of it. */
	seen(p: PoolPoint, anchor: NameAnchor): boolean;
}

export interface Choice {
	/** State → the point its name is added at. */
	added: Map<string, Placed>;
	/** State → points tried in this view whose name MapLibre did not draw (it collided). */
	tried: Map<string, Set<string>>;
}

export const NO_CHOICE: Choice = { added: new Map(), tried: new Map() };

/** Points tried per state and view before giving up: each try costs the map a redraw. */
export const MAX_TRIES = 8;

/**
 * The next choice for this view. A state named by its fixed points needs nothing added; an added name
 * that was drawn stays where it is (names do not jump while the reader looks); one that was not drawn
 * is tried at the next point nearest the middle of the state's part in view.
 */
export function chooseNames(view: NameView, last: Choice): Choice {
	const byState = new Map<string, PoolPoint[]>();
	for (const p of view.pool) {
		const list = byState.get(p.name);
		if (list) list.push(p);
		else byState.set(p.name, [p]);
	}
	const added = new Map<string, Placed>();
	const tried = new Map<string, Set<string>>();
	for (const [name, points] of byState) {
		if (view.drawnFixed.has(name)) continue;
		const was = last.added.get(name);
		const before = points.find((p) => p.key === was?.key);
		if (before && was && view.drawnAdded.has(name)) {
			added.set(name, { ...before, anchor: was.anchor });
			continue;
		}
		const failed = new Set(last.tried.get(name));
		if (before) failed.add(before.key);
		tried.set(name, failed);
		if (failed.size >= MAX_TRIES) continue;
		const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
		const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
		const d = (p: PoolPoint) => (p.x - cx) ** 2 + (p.y - cy) ** 2;
		for (const p of points.filter((q) => !failed.has(q.key)).sort((a, b) => d(a) - d(b))) {
			const anchor = placementsOf(p.fit).find((a) => view.seen(p, a));
			if (!anchor) continue;
			added.set(name, { ...p, anchor });
			break;
		}
	}
	return { added, tried };
}

/** Whether two choices add the same names at the same points, hung the same way. */
export function sameNames(a: Choice, b: Choice): boolean {
	return (
		a.added.size === b.added.size &&
		[...a.added].every(([name, p]) => {
			const q = b.added.get(name);
			return q?.key === p.key && q.anchor === p.anchor;
		})
	);
}
