// Every state in view is named where the reader sees it, on a phone too: zoomed in where the story
// happens, a state whose fixed label points all lie off-screen or under the legend or the inset gets a
// name at a point of the build's pool that is in view (src/lib/map/state-names.ts). Names are read from
// what MapLibre drew (the ?test probe), and a name counts only where the map, not the page, shows at
// its middle.
import { expect, test, type Page } from '@playwright/test';
import { anchorShift, NAME_ANCHORS } from '../../src/lib/map/name-anchors';
import { gotoReady, settle, watch } from './helpers';

interface Drawn {
	layer: string;
	name: string;
	x: number;
	y: number;
	anchor: string;
}

/** Where a name's middle lies from its point, per anchor, in half-widths and half-heights (for the page). */
const SHIFTS = Object.fromEntries(['center' as const, ...NAME_ANCHORS].map((a) => [a, anchorShift(a)]));

const ADDED = 'state-names-added';

async function seenStateNames(page: Page): Promise<Drawn[]> {
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

test.use({ viewport: { width: 390, height: 844 } });

const VIEWS: { what: string; hash: string; states: string[] }[] = [
	{ what: 'zoom 9 over Nakhchivan', hash: 'map=9/39.2/45.4', states: ['Armenia', 'Azerbaijan', 'Iran'] },
	{ what: 'zoom 8 over Nakhchivan', hash: 'map=8/39.2/45.4', states: ['Armenia', 'Azerbaijan', 'Iran'] },
	{ what: 'zoom 8 over Syunik', hash: 'map=8/39.2/46.3', states: ['Armenia', 'Azerbaijan', 'Iran'] },
	{ what: 'zoom 7 over Kars', hash: 'map=7/40.6/43.1', states: ['Türkiye', 'Georgia', 'Armenia'] },
	// Russia shows only as a strip along the top edge, beside the legend: its points there lie too close
	// to the edge for a centred name, so the name hangs below one of them.
	// Russia again a strip along the top edge, beside the folded legend (whose box once reached across it).
	{
		what: 'zoom 6 over Meghri',
		hash: 'map=6/38.9/46.25',
		states: ['Russia', 'Georgia', 'Armenia', 'Azerbaijan', 'Iran', 'Iraq']
	},
	{
		what: 'zoom 6 over Kars',
		hash: 'map=6/40.6/43.1',
		states: ['Russia', 'Georgia', 'Armenia', 'Türkiye', 'Iran']
	},
	// Along the routes beyond the story's ground: TAP at Fier and its landfall near Melendugno.
	{ what: 'zoom 8 over Fier', hash: 'map=8/40.7/19.6', states: ['Albania'] },
	{ what: 'zoom 7 over Melendugno', hash: 'map=7/40.3/18.3', states: ['Italy'] },
	{ what: 'zoom 8 over Kipoi', hash: 'map=8/41.0/26.4', states: ['Greece', 'Türkiye', 'Bulgaria'] },
	// Zoomed out, the three small states are named beside themselves where no name fits inside; at zoom 4
	// the points on their routes were dropped under Yerevan's and Baku's names.
	{
		what: 'zoom 4 over the Caucasus',
		hash: 'map=4/41/45',
		states: ['Armenia', 'Azerbaijan', 'Georgia', 'Türkiye', 'Iran', 'Russia']
	},
	{
		what: 'zoom 5 over Nakhchivan',
		hash: 'map=5/39.2/45.4',
		states: ['Armenia', 'Azerbaijan', 'Iran', 'Türkiye', 'Georgia', 'Russia']
	}
];

for (const { what, hash, states } of VIEWS)
	test(`on a phone, names every state in view where it shows (${what})`, async ({ page }) => {
		const w = watch(page);
		await gotoReady(page, `/?test#${hash}`);
		const seen = await seenStateNames(page);
		const names = new Set(seen.map((l) => l.name));
		const missing = states.filter((s) => !names.has(s));
		expect(missing, `seen: ${seen.map((l) => `${l.name} (${l.layer})`).join(', ')}`).toEqual([]);
		// One name added per state at most, and none for a state already named where it shows.
		const added = seen.filter((l) => l.layer === ADDED).map((l) => l.name);
		expect(new Set(added).size).toBe(added.length);
		expect(w.errors).toEqual([]);
	});

test('a sheet opened over an added name takes the name away or moves it where it shows', async ({ page }) => {
	await gotoReady(page, '/?test#map=9/39.2/45.4');
	const added = () =>
		page.evaluate((layer) => {
			const w = window as unknown as { __mapProbe: { labels(): Drawn[] } };
			const canvas = document.querySelector('.maplibregl-canvas')!;
			const r = canvas.getBoundingClientRect();
			return w.__mapProbe
				.labels()
				.filter((l) => l.layer === layer)
				.map((l) => ({
					name: l.name,
					shows: document.elementFromPoint(r.left + l.x, r.top + l.y) === canvas
				}));
		}, ADDED);
	// Iran is named low on the map, where the article's sheet will rise.
	expect((await added()).map((l) => l.name).sort()).toEqual(['Armenia', 'Iran']);
	await page.getByRole('button', { name: 'Article' }).click();
	await expect(page.getByRole('heading', { name: /US–Azerbaijan relations/ })).toBeVisible();
	await settle(page);
	const after = await added();
	expect(after.filter((l) => !l.shows)).toEqual([]);
	expect(after.map((l) => l.name)).toContain('Armenia');
});

test('the names added for the view stay when the reader switches to the dark palette', async ({ page }) => {
	await gotoReady(page, '/?test#map=9/39.2/45.4');
	const added = async () =>
		(await seenStateNames(page))
			.filter((l) => l.layer === ADDED)
			.map((l) => l.name)
			.sort();
	expect(await added()).toEqual(['Armenia', 'Iran']);
	await page.getByRole('button', { name: 'Dark' }).click();
	await expect
		.poll(() =>
			page.evaluate(() =>
				(window as unknown as { __mapProbe: { styleName(): string } }).__mapProbe.styleName()
			)
		)
		.toContain('dark');
	await settle(page);
	expect(await added()).toEqual(['Armenia', 'Iran']);
});

test.describe('at 1280×800', () => {
	test.use({ viewport: { width: 1280, height: 800 } });
	const ZOOMED_OUT: { what: string; hash: string; states: string[] }[] = [
		// The states around the region, whose fixed points lie off-screen.
		{
			what: 'the states around the region (zoom 4 over Kars)',
			hash: 'map=4/40.6/43.1',
			states: ['Egypt', 'Libya', 'Saudi Arabia', 'Pakistan', 'Ukraine', 'Türkiye', 'Iran', 'Russia']
		},
		...[2, 2.5, 3, 4, 4.5].map((zoom) => ({
			what: `Armenia, Azerbaijan and Georgia (zoom ${zoom})`,
			hash: `map=${zoom}/41/45`,
			states: ['Armenia', 'Azerbaijan', 'Georgia']
		}))
	];
	for (const { what, hash, states } of ZOOMED_OUT)
		test(`names ${what} zoomed out`, async ({ page }) => {
			await gotoReady(page, `/?test#${hash}`);
			const names = new Set((await seenStateNames(page)).map((l) => l.name));
			expect(states.filter((s) => !names.has(s))).toEqual([]);
		});
});

test.describe('at 1280×800, zoom 2 over the Caucasus', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	// Armenia's name has no room on or right beside Armenia at zoom 2: it goes two lines above, over
	// Russia's North Caucasus. A line from the name to Armenia says whose name it is.
	test('a name set off its state is tied to the state by a line that ends in the state', async ({ page }) => {
		await gotoReady(page, '/?test#map=2/41/45');
		const leaders = await page.evaluate(() => {
			const map = (window as unknown as { __ccMap: import('maplibre-gl').Map }).__ccMap;
			const label = (name: string) =>
				map
					.queryRenderedFeatures({ layers: ['state-labels'] })
					.filter((f) => f.properties.name === name)
					.map((f) =>
						map.project(f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : [0, 0])
					);
			return map.queryRenderedFeatures({ layers: ['state-leaders'] }).map((f) => {
				const name = String(f.properties.name);
				const ends = (f.geometry.type === 'LineString' ? f.geometry.coordinates : []).map((c) =>
					map.project(c as [number, number])
				);
				const at = label(name)[0];
				if (!at || ends.length < 2) return { name, drawn: !!at, fromName: Infinity, endsIn: '' };
				// The end nearer the name starts at its letters; the other ends in the state.
				const [near, far] = [...ends].sort((a, b) => a.dist(at) - b.dist(at));
				const land = map.queryRenderedFeatures([far!.x, far!.y], { layers: ['land'] })[0];
				return { name, drawn: true, fromName: Math.abs(near!.y - at.y), endsIn: String(land?.properties.a3) };
			});
		});
		const A3: Record<string, string> = { Armenia: 'ARM', Azerbaijan: 'AZE', Georgia: 'GEO' };
		expect(leaders.map((l) => l.name)).toContain('Armenia');
		for (const l of leaders) {
			expect(l.drawn, `${l.name}'s name is drawn`).toBe(true);
			// Within half a name's height (10 px) of its middle, plus the gap.
			expect(l.fromName, l.name).toBeLessThan(12);
			expect(l.endsIn, l.name).toBe(A3[l.name]);
		}
	});
});

test.describe('at 1024×640', () => {
	test.use({ viewport: { width: 1024, height: 640 } });

	// Georgia's part in view is a strip under the header: at 40.6°N a centred name was drawn there cut in
	// half; it now hangs below a point by the top edge. A little further north it fits centred.
	for (const lat of [40.6, 40.65])
		test(`an added name shows whole, never cut by the header at the map's top edge (zoom 8 over Kars, ${lat}°N)`, async ({
			page
		}) => {
			await gotoReady(page, `/?test#map=8/${lat}/43.1`);
			const added = await page.evaluate(
				({ layer, shifts }) => {
					const w = window as unknown as { __mapProbe: { labels(): Drawn[] } };
					const canvas = document.querySelector('.maplibregl-canvas')!;
					const r = canvas.getBoundingClientRect();
					// A state name is 15 px high at this zoom: its top and bottom must show the map too (a name
					// hung by its top or bottom has its middle 7.5 px below or above its point).
					const shows = (x: number, y: number) => document.elementFromPoint(r.left + x, r.top + y) === canvas;
					return w.__mapProbe
						.labels()
						.filter((l) => l.layer === layer)
						.map((l) => {
							const y = l.y + (shifts[l.anchor]?.[1] ?? 0) * 7.5;
							return { name: l.name, whole: shows(l.x, y - 7) && shows(l.x, y + 7) };
						});
				},
				{ layer: ADDED, shifts: SHIFTS }
			);
			expect(added.filter((l) => !l.whole)).toEqual([]);
			expect(added.map((l) => l.name)).toContain('Georgia');
		});
});
