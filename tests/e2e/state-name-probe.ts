// Reading the state names the map shows, for the e2e tests: from what MapLibre drew (the ?test probe),
// counting a name only where the map, not the page, shows at its middle.
import type { Page } from '@playwright/test';
import { anchorShift, NAME_ANCHORS, nameHalfWidth } from '../../src/lib/map/name-anchors';

export interface Drawn {
	layer: string;
	name: string;
	x: number;
	y: number;
	anchor: string;
}

/** Where a name's middle lies from its point, per anchor, in half-widths and half-heights (for the page). */
export const SHIFTS = Object.fromEntries(
	['center' as const, ...NAME_ANCHORS].map((a) => [a, anchorShift(a)])
);

export const ADDED = 'state-names-added';

export async function seenStateNames(page: Page): Promise<Drawn[]> {
	return page.evaluate((shifts) => {
		const w = window as unknown as { __mapProbe: { labels(): Drawn[] } };
		const canvas = document.querySelector('.maplibregl-canvas')!;
		const r = canvas.getBoundingClientRect();
		// A point inside the name, toward its middle: 20 px in from a side it hangs by, 7 px from a top or
		// bottom (a name is 10–15 px high).
		const inside = (l: Drawn) => {
			const [sx, sy] = shifts[l.anchor] ?? [0, 0];
			return [l.x + sx * 20, l.y + sy * 7] as const;
		};
		return w.__mapProbe
			.labels()
			.filter((l) => l.layer.startsWith('state-'))
			.filter((l) => {
				const [x, y] = inside(l);
				return document.elementFromPoint(r.left + x, r.top + y) === canvas;
			});
	}, SHIFTS);
}

/** The drawn state names less than 60% of whose middle line shows the map (cut by the map's edge or
 *  under the page), sampled every 5% of the name's width. */
export async function cutNames(page: Page): Promise<string[]> {
	return page.evaluate(
		({ widths }) => {
			const w = window as unknown as { __mapProbe: { labels(): Drawn[] } };
			const canvas = document.querySelector('.maplibregl-canvas')!;
			const r = canvas.getBoundingClientRect();
			const shows = (x: number, y: number) => document.elementFromPoint(r.left + x, r.top + y) === canvas;
			return w.__mapProbe
				.labels()
				.filter((l) => l.layer === 'state-labels')
				.filter((l) => {
					const hw = widths[l.name]!;
					let n = 0;
					for (let i = 0; i <= 20; i++) if (shows(l.x - hw + (hw * i) / 10, l.y)) n++;
					return n / 21 < 0.6;
				})
				.map((l) => `${l.name} at ${Math.round(l.x)},${Math.round(l.y)}`);
		},
		{ widths: await halfWidths(page) }
	);
}

/** Each state's half name width at the map's zoom now, as the app estimates it. */
async function halfWidths(page: Page): Promise<Record<string, number>> {
	const zoom = await page.evaluate(() =>
		(window as unknown as { __ccMap: { getZoom(): number } }).__ccMap.getZoom()
	);
	const names = await page.evaluate(() =>
		(window as unknown as { __mapProbe: { labels(): Drawn[] } }).__mapProbe.labels().map((l) => l.name)
	);
	return Object.fromEntries(names.map((n) => [n, nameHalfWidth(n, zoom)]));
}
