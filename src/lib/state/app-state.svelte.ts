// The app's state in one place. Components read it and call its methods; the map only reflects it and
// reports back through `mapEvents`. Camera moves and image export go through the map's commands.
import { selectionMessage } from '../data/announce';
import { CLAIM_STATUS_INFO } from '../data/claim-status';
import type { ContentIndex, RouteRef } from '../data/content-index';
import type { Claim } from '../data/types';
import { CORRIDOR_IDS, type ClaimStatus, type ClaimTheme, type CorridorId } from '../data/vocabulary';
import type { MapCommands } from '../map/map-controller';
import type { LoadEvent } from '../map/data-loader';
import type { SourceId } from '../map/sources';
import type { View } from '../region';
import { SITE_TITLE } from '../data/cite';

export type OpenPanel = 'route' | 'claim' | 'article' | 'about' | 'tour' | null;

/** How the reader left the Article panel: filters and scroll, so coming back finds the same place. */
export interface ArticleView {
	status: ClaimStatus | 'all';
	theme: ClaimTheme | 'all';
	route: string | 'all';
	scrollTop: number;
}

/** What the map reports: the reader's intent (a pick, a move) and its own status. */
export interface MapEvents {
	pick(ids: string[]): void;
	moved(view: View): void;
	ready(): void;
	failed(message: string): void;
	/** A data file could not be loaded, and why. */
	sourceFailed(id: SourceId, message: string): void;
	/** Progress of the data files, for the loading message. */
	loading(id: SourceId, event: LoadEvent): void;
	idle(idle: boolean): void;
}

export interface FailedSource {
	source: SourceId;
	message: string;
}

export class AppState {
	visible = $state<CorridorId[]>([...CORRIDOR_IDS]);
	route = $state<string | null>(null);
	panel = $state<OpenPanel>(null);
	/** Current tour step (1-based) while the tour is open. */
	tour = $state<number | null>(null);
	/** The claim open in the claim panel (also in the URL as `claim=`). */
	claim = $state<string | null>(null);
	/** Claim to bring into view when the Article panel opens. */
	articleFocus = $state<string | null>(null);
	/** The Article panel's filters and scroll position, kept while other panels are open. */
	articleView = $state<ArticleView>({ status: 'all', theme: 'all', route: 'all', scrollTop: 0 });
	/** Embedded in another page: no site chrome. */
	embed = $state(false);
	/** Text for the aria-live region. */
	announcement = $state('');

	/** Last view the map reported (for the URL). */
	view = $state<View | null>(null);
	mapReady = $state(false);
	mapError = $state<string | null>(null);
	failedSources = $state<FailedSource[]>([]);
	/** Data files the map has finished loading (for the loading message). */
	loadedSources = $state<SourceId[]>([]);
	/** The map has drawn everything it was asked to (for readers of `data-idle`, tests among them). */
	mapIdle = $state(false);
	/** Counts camera moves that came to rest (`data-camera`): tests wait on it instead of on time. */
	cameraMoves = $state(0);

	readonly index: ContentIndex;
	readonly #map: MapCommands;
	selected: RouteRef | undefined = $derived.by(() => this.index.findRoute(this.route));
	openClaimInfo: Claim | undefined = $derived.by(() => this.index.findClaim(this.claim));
	/** Routes the map emphasises: the tour step's, the open claim's, else the selected route. */
	highlighted: string[] = $derived.by(() => {
		const step = this.tour !== null ? this.index.content.tour[this.tour - 1] : undefined;
		if (step) return step.routes;
		if (this.openClaimInfo) return this.openClaimInfo.assessment.routes;
		return this.route ? [this.route] : [];
	});

	constructor(index: ContentIndex, map: MapCommands) {
		this.index = index;
		this.#map = map;
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
		this.claim = null;
		this.route = ref.id;
		this.panel = 'route';
		this.setVisible(ref.corridor.id, true);
		if (opts.frame !== false) this.#map.frame(ref.segment?.bbox ?? ref.corridor.bbox);
		this.announce(selectionMessage(ref));
	}

	/** Go to a tour step (1-based): its panel, its routes emphasised and framed. Out-of-range steps are ignored. */
	goToStep(n: number, opts: { frame?: boolean } = {}) {
		const step = this.index.content.tour[n - 1];
		if (!step) return;
		this.tour = n;
		this.route = null;
		this.claim = null;
		this.panel = 'tour';
		for (const id of step.routes) {
			const ref = this.index.findRoute(id);
			if (ref) this.setVisible(ref.corridor.id, true);
		}
		if (opts.frame !== false) this.#map.frame(step.bbox);
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
		this.claim = null;
		if (this.panel === 'route' || this.panel === 'claim') this.panel = null;
	}

	/** Open a claim: its quote, our assessment and evidence; the features it concerns framed, the rest dimmed. */
	openClaim(id: string, opts: { frame?: boolean } = {}) {
		const claim = this.index.findClaim(id);
		if (!claim) return;
		this.tour = null;
		this.route = null;
		this.claim = claim.id;
		this.panel = 'claim';
		for (const r of claim.assessment.routes) {
			const ref = this.index.findRoute(r);
			if (ref) this.setVisible(ref.corridor.id, true);
		}
		if (opts.frame !== false && claim.bbox) this.#map.frame(claim.bbox);
		this.announce(
			`Claim from paragraph ${claim.paragraph} opened: ${CLAIM_STATUS_INFO[claim.assessment.status].label}`
		);
	}

	/** The Article panel, brought to a claim when one is given (else where the reader left it). */
	openArticle(claimId: string | null = null) {
		this.articleFocus = claimId;
		this.route = null;
		this.claim = null;
		this.tour = null;
		this.panel = 'article';
	}

	openAbout() {
		this.panel = 'about';
	}

	closePanel() {
		this.route = null;
		this.claim = null;
		this.tour = null;
		this.panel = null;
	}

	showView(view: View) {
		this.#map.jumpTo(view);
	}

	resetView() {
		this.#map.reset();
	}

	/** Download a PNG of the view with title, legend and attribution, and say how it went. */
	async saveImage() {
		const shown = this.selected
			? (this.selected.segment?.name ?? this.selected.corridor.name)
			: 'Four corridors';
		try {
			await this.#map.exportImage({
				title: SITE_TITLE,
				subtitle: `${shown} · data ${this.index.content.data.version}`,
				legend: this.index.content.corridors
					.filter((c) => this.isVisible(c.id))
					.map((c) => ({ id: c.id, name: c.name }))
			});
			this.announce('Map image saved');
		} catch (e) {
			this.announce(`The image could not be saved: ${(e as Error).message}`);
		}
	}

	retrySources() {
		const ids = this.failedSources.map((f) => f.source);
		this.failedSources = [];
		this.#map.retrySources(ids);
	}

	/** The map's reports, as one object the map component is given. */
	readonly mapEvents: MapEvents = {
		pick: (ids) => {
			if (ids[0]) this.select(ids[0], { frame: false });
		},
		moved: (view) => {
			this.view = view;
			this.cameraMoves++;
		},
		ready: () => (this.mapReady = true),
		failed: (message) => (this.mapError = message),
		sourceFailed: (source, message) => {
			this.failedSources = [...this.failedSources.filter((f) => f.source !== source), { source, message }];
		},
		loading: (source, event) => {
			if (event === 'done' && !this.loadedSources.includes(source))
				this.loadedSources = [...this.loadedSources, source];
		},
		idle: (idle) => (this.mapIdle = idle)
	};

	announce(text: string) {
		// Re-announce identical text by clearing first.
		this.announcement = '';
		queueMicrotask(() => (this.announcement = text));
	}
}
