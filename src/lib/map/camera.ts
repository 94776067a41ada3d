// Camera maths: how much room to leave around a framed route for what covers the map (legend, panel,
// bottom sheet). Pure, so it is unit-tested.
export interface Padding {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

/** Widths up to this are phones: the panel is a bottom sheet. Matches the CSS breakpoint. */
export const PHONE_MAX_WIDTH = 640;

/** Side panel width on desktop (CSS: min(420px, 40vw)) and bottom-sheet peek height on phones (CSS: 32%). */
export const PANEL = { maxWidth: 420, widthShare: 0.4, peekShare: 0.32 } as const;

/** What covers the map, in px from each edge (legend, panel or bottom sheet). */
export type Insets = Padding;

/** Room to leave around a framed route so what covers the map (legend, panel) doesn't hide it.
 *  Insets that would leave less than a third of the map are dropped on that axis. */
export function framePadding(width: number, height: number, insets: Insets): Padding {
	const base = Math.round(Math.max(16, Math.min(width, height) * 0.05));
	const fit = (a: number, b: number, size: number) => (a + b > size * 0.67 ? [0, 0] : [a, b]);
	const [left, right] = fit(insets.left, insets.right, width);
	const [top, bottom] = fit(insets.top, insets.bottom, height);
	return { top: top! + base, right: right! + base, bottom: bottom! + base, left: left! + base };
}

/** Insets from the page layout: the legend's box and, when open, the panel or bottom sheet. */
export function layoutInsets(
	width: number,
	height: number,
	legend: { right: number; bottom: number },
	panelOpen: boolean
): Insets {
	const phone = width <= PHONE_MAX_WIDTH;
	return {
		top: phone ? legend.bottom : 0,
		left: phone ? 0 : legend.right,
		right: !phone && panelOpen ? Math.min(PANEL.maxWidth, width * PANEL.widthShare) : 0,
		bottom: phone && panelOpen ? Math.round(height * PANEL.peekShare) : 0
	};
}
