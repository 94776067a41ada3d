// The layer registry and style functions: every corridor gets its parts, drawn in a sensible order.
import { describe, expect, it } from 'vitest';
import { CORRIDOR_IDS } from '../../src/lib/data/vocabulary';
import { corridorLayers } from '../../src/lib/map/layers/corridor-layers';
import { segmentStates } from '../../src/lib/map/feature-state';
import { buildStyle } from '../../src/lib/map/style';
import { LINE } from '../../src/lib/theme';
import { protocolUrl } from '../../src/lib/map/data-loader';
import { NAMES_SOURCE } from '../../src/lib/map/sources';
import { LIGHT_PALETTE, PALETTES } from '../../src/lib/palettes';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';

const order = buildStyle(protocolUrl).layers.map((l) => l.id);
const at = (id: string) => {
	const i = order.indexOf(id);
	expect(i, id).toBeGreaterThanOrEqual(0);
	return i;
};

describe('layers', () => {
	it('builds styles the style spec accepts, for every palette and set of corridors (the map does not check them again)', () => {
		for (const p of Object.values(PALETTES))
			for (const shown of [CORRIDOR_IDS, [], [CORRIDOR_IDS[1]!]])
				expect(
					validateStyleMin(buildStyle(protocolUrl, shown, p)),
					`${p.name}, ${shown.length} shown`
				).toEqual([]);
	});

	it('gives every corridor a casing, solid line, dashed line, pipeline core and hit area, for context routes and the article’s', () => {
		for (const id of CORRIDOR_IDS) {
			const ids = corridorLayers(id, true, LIGHT_PALETTE).map((l) => l.id);
			const parts = ['casing', 'line', 'dashed', 'core', 'hit'];
			expect(ids).toEqual([...parts.map((p) => `${id}-${p}-context`), ...parts.map((p) => `${id}-${p}`)]);
		}
	});

	it('dashes exactly the layers for segments that are not operational, with the theme’s dashes', () => {
		for (const id of CORRIDOR_IDS) {
			for (const l of corridorLayers(id, true, LIGHT_PALETTE)) {
				const paint = (l.paint ?? {}) as Record<string, unknown>;
				const dashed = /-dashed(-context)?$/.test(l.id);
				expect('line-dasharray' in paint, l.id).toBe(dashed);
				if (dashed) {
					expect(paint['line-dasharray']).toEqual(LINE.dash);
					expect(JSON.stringify(l.filter)).toContain('"!=",["get","status"],"operational"');
				}
			}
		}
	});

	it('draws the basemap first, each corridor’s casing under its line and core, hit areas above every line, names on top', () => {
		expect(order.slice(0, 3)).toEqual(['water', 'land', 'relief']);
		// Rivers under borders (a river border is drawn as water under the dashes), all under the routes.
		expect(at('rivers')).toBeLessThan(at('borders'));
		expect(at('border-rivers')).toBeLessThan(at('borders-detail'));
		expect(at('borders-detail')).toBeLessThan(at(`${CORRIDOR_IDS[0]}-casing`));
		expect(new Set(order).size).toBe(order.length);
		const lastLine = Math.max(
			...CORRIDOR_IDS.flatMap((c) => ['casing', 'line', 'dashed', 'core'].map((p) => at(`${c}-${p}`)))
		);
		const lastContext = Math.max(
			...CORRIDOR_IDS.flatMap((c) => ['casing', 'line', 'dashed', 'core'].map((p) => at(`${c}-${p}-context`)))
		);
		for (const c of CORRIDOR_IDS) {
			// The article's own routes above every context route, so they are seen and picked first.
			expect(at(`${c}-casing`)).toBeGreaterThan(lastContext);
			expect(at(`${c}-hit`)).toBeGreaterThan(at(`${c}-hit-context`));
			expect(at(`${c}-label`)).toBeGreaterThan(at(`${c}-hit`));
			expect(at(`${c}-casing`)).toBeLessThan(at(`${c}-line`));
			expect(at(`${c}-line`)).toBeLessThan(at(`${c}-core`));
			expect(at(`${c}-dashed`)).toBeLessThan(at(`${c}-core`));
			expect(at(`${c}-hit`)).toBeGreaterThan(lastLine);
		}
		// The routes' names are the topmost symbols; of the basemap's, capitals and cities, then state
		// names, then the other towns, so a collision costs the least important name.
		const basemapTop = Math.min(...CORRIDOR_IDS.map((c) => at(`${c}-label`))) - 1;
		expect(order[basemapTop]).toBe('place-labels');
		expect(order[basemapTop - 1]).toBe('state-labels');
		expect(at('town-labels')).toBeLessThan(at('state-labels'));
		expect(at('place-dots')).toBeGreaterThan(at(`${CORRIDOR_IDS[0]}-hit`));
	});

	it('starts the corridors hidden that the state hides, every other layer visible', () => {
		const shown = CORRIDOR_IDS.slice(1);
		const style = buildStyle(protocolUrl, shown);
		for (const l of style.layers) {
			const corridor = CORRIDOR_IDS.find((c) => l.id.startsWith(`${c}-`));
			const visibility = (l.layout as { visibility?: string } | undefined)?.visibility ?? 'visible';
			expect(visibility, l.id).toBe(corridor === CORRIDOR_IDS[0] ? 'none' : 'visible');
		}
	});

	it('loads every source, the glyphs and the sprite through the data loader', () => {
		const style = buildStyle(protocolUrl);
		expect(style.glyphs).toBe('ccdata://glyphs/{fontstack}/{range}.pbf');
		expect(style.sprite).toBe('ccdata://sprite/sprite');
		for (const src of Object.values(style.sources)) {
			const s = src as { data?: string | object; tiles?: string[] };
			// The names added for the view are data the page sets, not a file: nothing to load.
			if (typeof s.data === 'object') continue;
			for (const url of s.tiles ?? [s.data!]) expect(url).toMatch(/^ccdata:\/\//);
		}
		expect(
			Object.keys(style.sources).filter(
				(id) => typeof (style.sources[id] as { data?: unknown }).data === 'object'
			)
		).toEqual([NAMES_SOURCE]);
	});

	it('selects a corridor’s segments and dims the rest', () => {
		const content = {
			corridors: [
				{ id: 'a', segments: [{ id: 'a1' }, { id: 'a2' }] },
				{ id: 'b', segments: [{ id: 'b1' }] }
			]
		} as never;
		const st = segmentStates(content, ['a']);
		expect(st.get('a1')).toEqual({ selected: true, dimmed: false });
		expect(st.get('b1')).toEqual({ selected: false, dimmed: true });
		expect(segmentStates(content, ['b1']).get('a1')).toEqual({ selected: false, dimmed: true });
		expect(segmentStates(content, ['a2', 'b']).get('a1')).toEqual({ selected: false, dimmed: true });
		expect(segmentStates(content, []).get('a1')).toEqual({ selected: false, dimmed: false });
	});
});
