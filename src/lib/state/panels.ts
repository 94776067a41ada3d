// The panels the app can show, and the way back from a route to the reading it was opened from.
import type { ClaimStatus, ClaimTheme } from '../data/vocabulary';

export type OpenPanel = 'route' | 'claim' | 'article' | 'about' | 'tour' | null;

/** How the reader left the Article panel: filters and scroll, so coming back finds the same place. */
export interface ArticleView {
	status: ClaimStatus | 'all';
	theme: ClaimTheme | 'all';
	route: string | 'all';
	scrollTop: number;
}

/** Where a route panel's "Back to …" leads: the claim or the Article panel it was opened from. */
export type ReturnPoint = { panel: 'claim'; id: string } | { panel: 'article' } | null;

/** The way back for a route opened now: from a claim or the article; from another route, keep its own. */
export function returnPoint(panel: OpenPanel, claim: string | null, current: ReturnPoint): ReturnPoint {
	if (panel === 'claim' && claim) return { panel: 'claim', id: claim };
	if (panel === 'article') return { panel: 'article' };
	return panel === 'route' ? current : null;
}
