// The app's state in one place. Components read it and call its methods; the map only reflects it.
import { CORRIDOR_IDS, type CorridorId } from '../corridors';
import { selectionMessage } from '../data/announce';
import type { ContentIndex, RouteRef } from '../data/content';
import type { BBox } from '../data/types';
import type { SourceId } from '../map/sources';
import type { View } from './hash';

export type Panel = 'route' | 'article' | 'about' | 'tour' | null;

export type CameraTarget = { kind: 'frame'; bbox: BBox } | { kind: 'view'; view: View } | { kind: 'reset' };
/** A request to move the camera; `seq` makes each request distinct even for the same target. */
export type CameraRequest = CameraTarget & { seq: number };

export class AppState {
	visible = $state<CorridorId[]>([...CORRIDOR_IDS]);
	route = $state<string | null>(null);
	panel = $state<Panel>(null);
	/** Last view the map reported (for the URL). */
	view = $state<View | null>(null);
	camera = $state<CameraRequest | null>(null);
	mapReady = $state(false);
	mapError = $state<string | null>(null);
	failedSources = $state<SourceId[]>([]);
	/** Embedded in another page: no site chrome. */
	embed = $state(false);
	/** Bumped to ask the map for a PNG of the current view. */
	imageRequest = $state(0);
	/** Text for the aria-live region. */
	announcement = $state('');

	/** Current tour step (1-based) while the tour is open. */
	tour = $state<number | null>(null);

	readonly index: ContentIndex;
	selected: RouteRef | undefined = $derived.by(() => this.index.findRoute(this.route));
	/** Routes the map emphasises: the tour step's, else the selected one. */
	highlighted: string[] = $derived.by(() => {
		const step = this.tour !== null ? this.index.content.tour[this.tour - 1] : undefined;
		if (step) return step.routes;
		return this.route ? [this.route] : [];
	});

	constructor(index: ContentIndex) {
		this.index = index;
	}

	#seq = 0;

	private moveCamera(req: CameraTarget) {
		this.camera = { ...req, seq: ++this.#seq };
	}

	isVisible(id: CorridorId): boolean {
		return this.visible.includes(id);
	}

	setVisible(id: CorridorId, on: boolean) {
		if (on === this.isVisible(id)) return;
		this.visible = CORRIDOR_IDS.filter((c) => (c === id ? on : this.visible.includes(c)));
	}

	/** Select a route, open its panel, say so, and (unless told not to) frame it. Unknown ids are ignored. */
	select(id: string, opts: { frame?: boolean } = {}) {
		const ref = this.index.findRoute(id);
		if (!ref) return;
		this.tour = null;
		this.route = ref.id;
		this.panel = 'route';
		this.setVisible(ref.corridor.id, true);
		if (opts.frame !== false) this.moveCamera({ kind: 'frame', bbox: bboxOf(ref) });
		this.announce(selectionMessage(ref));
	}

	/** Go to a tour step (1-based): its panel, its routes emphasised and framed. Out-of-range steps are ignored. */
	goToStep(n: number, opts: { frame?: boolean } = {}) {
		const step = this.index.content.tour[n - 1];
		if (!step) return;
		this.tour = n;
		this.route = null;
		this.panel = 'tour';
		const refs = step.routes.map((id) => this.index.findRoute(id)).filter((r) => r !== undefined);
		for (const r of refs) this.setVisible(r.corridor.id, true);
		if (opts.frame !== false && refs.length > 0)
			this.moveCamera({ kind: 'frame', bbox: unionBBox(refs.map(bboxOf)) });
	}

	get tourLength(): number {
		return this.index.content.tour.length;
	}

	/** Leave the tour; the view stays where it is. */
	leaveTour() {
		this.tour = null;
		if (this.panel === 'tour') this.panel = null;
	}

	clearSelection() {
		this.route = null;
		if (this.panel === 'route') this.panel = null;
	}

	/** Claim to bring into view when the Article panel opens. */
	articleFocus = $state<string | null>(null);

	openArticle(claimId: string | null = null) {
		this.articleFocus = claimId;
		this.panel = 'article';
	}

	closePanel() {
		if (this.panel === 'route') this.route = null;
		if (this.panel === 'tour') this.tour = null;
		this.panel = null;
	}

	showView(view: View) {
		this.moveCamera({ kind: 'view', view });
	}

	resetView() {
		this.moveCamera({ kind: 'reset' });
	}

	announce(text: string) {
		// Re-announce identical text by clearing first.
		this.announcement = '';
		queueMicrotask(() => (this.announcement = text));
	}
}

function bboxOf(ref: RouteRef): BBox {
	return ref.segment?.bbox ?? ref.corridor.bbox;
}

function unionBBox(boxes: BBox[]): BBox {
	return boxes.reduce<BBox>(
		(a, b) => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])],
		[Infinity, Infinity, -Infinity, -Infinity]
	);
}
