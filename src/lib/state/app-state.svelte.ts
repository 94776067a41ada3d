// The app's state in one place. Components read it and call its methods; the map only reflects it.
import { CORRIDOR_IDS, type CorridorId } from '../corridors';
import type { ContentIndex, RouteRef } from '../data/content';
import type { BBox } from '../data/types';
import type { View } from './hash';

export type Panel = 'route' | 'article' | 'about' | null;

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
	failedSources = $state<string[]>([]);
	/** Text for the aria-live region. */
	announcement = $state('');

	readonly index: ContentIndex;
	selected: RouteRef | undefined = $derived.by(() => this.index.findRoute(this.route));

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

	/** Select a route, open its panel and (unless told not to) frame it. Unknown ids are ignored. */
	select(id: string, opts: { frame?: boolean } = {}) {
		const ref = this.index.findRoute(id);
		if (!ref) return;
		this.route = ref.id;
		this.panel = 'route';
		this.setVisible(ref.corridor.id, true);
		if (opts.frame !== false)
			this.moveCamera({ kind: 'frame', bbox: ref.segment?.bbox ?? ref.corridor.bbox });
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
