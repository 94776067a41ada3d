// Names at the map's edges and off their states: a state's fixed name mostly cut by the map's edge or
// covered by the page is hidden (src/lib/map/state-names.ts), a town's name cut at all is hidden, its dot
// kept (town-names.ts), and a small state's name set off the state is tied to it by a line
// (scripts/basemap/build/leader-lines.ts).
import { expect, test } from '@playwright/test';
import { gotoReady, switchToDark } from './helpers';
import { cutNames, seenStateNames } from './state-name-probe';

// A fixed name mostly off the map or under the page ("N" of Azerbaijan at the left edge, "GEO" at the
// right) is hidden; the state is named where it shows, if it has room.
for (const { what, size, hash, named } of [
	{
		what: 'a phone at zoom 10 over Nakhchivan',
		size: [390, 844],
		hash: 'map=10/39.2/45.4',
		named: ['Azerbaijan', 'Iran']
	},
	{
		what: '1024×640 at zoom 7 over Kars',
		size: [1024, 640],
		hash: 'map=7/40.6/43.1',
		named: ['Georgia', 'Armenia']
	}
])
	test.describe(what, () => {
		test.use({ viewport: { width: size[0]!, height: size[1]! } });
		test(`shows no state name too cut to read, and still names the states with room (${what})`, async ({
			page
		}) => {
			await gotoReady(page, `/?test#${hash}`);
			expect(await cutNames(page)).toEqual([]);
			const names = new Set((await seenStateNames(page)).map((l) => l.name));
			expect(named.filter((s) => !names.has(s))).toEqual([]);
		});

		test(`still hides them after a switch to the dark palette (${what})`, async ({ page }) => {
			await gotoReady(page, `/?test#${hash}`);
			await switchToDark(page);
			expect(await cutNames(page)).toEqual([]);
		});
	});

// Town names the legend, the inset or the map's edge would cut ("nsun" beside the legend) are not drawn;
// those that show whole are, up to the attribution's edge.
for (const { what, size, hash, hidden, drawn } of [
	{
		what: '1280×800 at zoom 5 over Kars',
		size: [1280, 800],
		hash: 'map=5/40.6/43.1',
		hidden: ['Samsun', 'Istanbul'],
		drawn: ['Diyarbakır', 'Elazığ', 'Malatya', 'Vladikavkaz']
	},
	{
		what: '1024×640 at zoom 7 over Kars',
		size: [1024, 640],
		hash: 'map=7/40.6/43.1',
		hidden: ['Shamkir', 'Batumi'],
		drawn: ['Gyumri', 'Vanadzor', 'Iğdır', 'Doğubayazıt']
	}
])
	test.describe(`towns, ${what}`, () => {
		test.use({ viewport: { width: size[0]!, height: size[1]! } });
		test(`draws no town name the page or the map's edge cuts (${what})`, async ({ page }) => {
			await gotoReady(page, `/?test#${hash}`);
			const names = await page.evaluate(() =>
				(window as unknown as { __mapProbe: { labels(): { layer: string; name: string }[] } }).__mapProbe
					.labels()
					.filter((l) => l.layer === 'town-labels' || l.layer === 'place-labels')
					.map((l) => l.name)
			);
			expect(hidden.filter((n) => names.includes(n))).toEqual([]);
			expect(drawn.filter((n) => !names.includes(n))).toEqual([]);
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
