// The app's state in one place. Components read it and call its methods; the map only reflects it and
// reports back through `mapEvents`. Camera moves and image export go through the map's commands.
import { selectionMessage } from '../data/announce';
import { CLAIM_STATUS_INFO } from '../data/claim-status';
import type { ContentIndex, RouteRef } from '../data/content-index';
import type { Claim } from '../data/types';
import { CORRIDOR_IDS, type CorridorId } from '../data/vocabulary';
import type { MapCommands } from '../map/map-controller';
import type { SheetSnap } from '../layout';
import type { View } from '../region';
import { imageLabels } from './image-labels';
import { MapStatus, type MapEvents } from './map-status.svelte';
import { LegendFold } from './legend-fold.svelte';
import { imageSaveFailed, type Notice } from './notice';
import { returnPoint, type ArticleView, type OpenPanel, type ReturnPoint } from './panels';
import { applyTheme } from './theme';
import type { ThemeName } from '../palettes';

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
	/** The legend's fold, which makes room for panels on small screens. */
	readonly legend = new LegendFold();
	/** The bottom sheet's height on phones. */
	sheet = $state<SheetSnap>('peek');
	/** Several routes lay under a click: the reader chooses one. */
	choice = $state<{ ids: string[]; x: number; y: number } | null>(null);
	/** The colour theme in use: the reader's choice, else their system setting (see static/boot.js). */
	theme = $state<ThemeName>('light');
	/** Something the reader asked for failed: what, and a way to try again. */
	notice = $state<Notice | null>(null);
	/** Where a route was opened from, for its "Back to …" link. */
	returnTo = $state<ReturnPoint>(null);

	/** What the map reports about itself. */
	readonly map = new MapStatus();

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
		this.returnTo = returnPoint(this.panel, this.claim, this.returnTo);
		this.tour = null;
		this.claim = null;
		this.route = ref.id;
		this.choice = null;
		this.#openPanel('route');
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
		this.#openPanel('tour');
		this.#showCorridorsOf(step.routes);
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
		this.#openPanel('claim');
		this.#showCorridorsOf(claim.assessment.routes);
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
		this.#openPanel('article');
	}

	/** Turn on the corridors of these routes, so that what is emphasised is drawn. */
	#showCorridorsOf(routes: readonly string[]) {
		for (const id of routes) {
			const ref = this.index.findRoute(id);
			if (ref) this.setVisible(ref.corridor.id, true);
		}
	}

	/** Open a panel (the legend folds where it would leave the map too narrow). */
	#openPanel(panel: Exclude<OpenPanel, null>) {
		if (this.panel === null) {
			this.legend.panelOpened();
			this.sheet = 'peek';
		}
		this.panel = panel;
	}

	/** Back from a route to the claim or the Article panel it was opened from. */
	goBack() {
		const to = this.returnTo;
		this.returnTo = null;
		if (to?.panel === 'claim') this.openClaim(to.id);
		else if (to?.panel === 'article') this.openArticle(this.articleFocus);
	}

	openAbout() {
		this.#openPanel('about');
	}

	closePanel() {
		this.route = null;
		this.claim = null;
		this.tour = null;
		this.returnTo = null;
		this.panel = null;
		this.legend.panelClosed();
	}

	showView(view: View) {
		this.#map.jumpTo(view);
	}

	/** Switch between light and dark, and remember the choice for the next visit. */
	toggleTheme() {
		this.theme = this.theme === 'dark' ? 'light' : 'dark';
		applyTheme(this.theme, true);
		this.announce(`${this.theme === 'dark' ? 'Dark' : 'Light'} colours`);
	}

	/** The view a page opens on when its link names none: the default bounds, clear of the legend. */
	openingView() {
		this.#map.reset({ instant: true });
	}

	/** The first view again: no selection, no dimming, the default bounds. */
	resetView() {
		this.closePanel();
		this.choice = null;
		this.#map.reset();
	}

	/** The tour's last step done: back to the overview. */
	finishTour() {
		this.resetView();
		this.announce('Tour finished: the overview of the four corridors');
	}

	/** The reader picked one of several routes under a click. */
	choose(id: string | null) {
		this.choice = null;
		if (id) this.select(id);
	}

	/** Download a PNG of the view with title, key and attribution, and say how it went. */
	async saveImage() {
		try {
			await this.#map.exportImage(imageLabels(this.index, this.selected, this.visible), this.theme);
			this.notice = null;
			this.announce('Map image saved');
		} catch (e) {
			const why = (e as Error).message || 'unknown error';
			this.notice = imageSaveFailed(why, this.notice, () => this.saveImage());
			this.announce(`The image could not be saved: ${why}`);
		}
	}

	retrySources() {
		const ids = this.map.failedSources.map((f) => f.source);
		this.map.failedSources = [];
		this.#map.retrySources(ids);
	}

	/** The map's reports: its status, and a click on routes (one selects it, several ask which). */
	readonly mapEvents: MapEvents = this.map.events((ids, at) => {
		if (ids.length === 1) this.select(ids[0]!);
		else if (ids.length > 1) this.choice = { ids, ...at };
	});

	announce(text: string) {
		// Re-announce identical text by clearing first.
		this.announcement = '';
		queueMicrotask(() => (this.announcement = text));
	}
}
