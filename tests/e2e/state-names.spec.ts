// Every state in view is named where the reader sees it, on a phone too: zoomed in where the story
// happens, a state whose fixed label points all lie off-screen or under the legend or the inset gets a
// name at a point of the build's pool that is in view (src/lib/map/state-names.ts). Names are read from
// what MapLibre drew (the ?test probe), and a name counts only where the map, not the page, shows at
// its middle.
import { expect, test } from '@playwright/test';
import { gotoReady, settle, switchToDark, watch } from './helpers';
import { ADDED, SHIFTS, seenStateNames, type Drawn } from './state-name-probe';

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
	// Türkiye shows west of Armenia, under the routes and the towns: its points used to be dropped for towns
	// named only further in, and the four tried each collided with another name.
	{
		what: 'zoom 4.5 over the Caucasus',
		hash: 'map=4.5/41/45',
		states: ['Armenia', 'Azerbaijan', 'Georgia', 'Türkiye', 'Iran', 'Russia', 'Iraq']
	},
	{
		what: 'zoom 5 over the Caucasus',
		hash: 'map=5/41/45',
		states: ['Armenia', 'Azerbaijan', 'Georgia', 'Türkiye', 'Iran', 'Russia', 'Iraq']
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
	await switchToDark(page);
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
