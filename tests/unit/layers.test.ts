// The layer registry and style functions: every corridor gets its parts, draw order is enforced.
import { describe, expect, it } from 'vitest';
import { CORRIDOR_IDS } from '../../src/lib/corridors';
import { allLayers, beforeId, corridorLayers, LAYER_ORDER } from '../../src/lib/map/layers';
import { buildStyle } from '../../src/lib/map/style';
import { segmentStates } from '../../src/lib/map/feature-state';

describe('layers', () => {
	it('gives every corridor a casing, solid line, dashed line, pipeline core and hit area', () => {
		for (const id of CORRIDOR_IDS) {
			const ids = corridorLayers(id).map((l) => l.id);
			expect(ids).toEqual([`${id}-casing`, `${id}-line`, `${id}-dashed`, `${id}-core`, `${id}-hit`]);
		}
	});

	it('dashes exactly the layers for segments that are not operational', () => {
		for (const id of CORRIDOR_IDS) {
			for (const l of corridorLayers(id)) {
				const dashed = 'line-dasharray' in (l.paint ?? {});
				expect(dashed, l.id).toBe(l.id.endsWith('-dashed'));
				if (dashed) expect(JSON.stringify(l.filter)).toContain('"!=",["get","status"],"operational"');
			}
		}
	});

	it('keeps registered draw order and unique ids', () => {
		expect(new Set(LAYER_ORDER).size).toBe(LAYER_ORDER.length);
		expect(allLayers().map((l) => l.id)).toEqual(LAYER_ORDER);
		// Hit areas above every visible corridor line, labels on top.
		const last = LAYER_ORDER.length - 1;
		expect(LAYER_ORDER.indexOf('country-labels')).toBe(last);
		expect(LAYER_ORDER.indexOf('place-labels')).toBe(last - 1);
	});

	it('starts the corridors hidden that the state hides, every other layer visible', () => {
		const shown = CORRIDOR_IDS.slice(1);
		const style = buildStyle('https://example.test/', '', shown);
		for (const l of style.layers) {
			const corridor = CORRIDOR_IDS.find((c) => l.id.startsWith(`${c}-`));
			const visibility = (l.layout as { visibility?: string } | undefined)?.visibility ?? 'visible';
			expect(visibility, l.id).toBe(corridor === CORRIDOR_IDS[0] ? 'none' : 'visible');
		}
	});

	it('derives beforeId from the registry and throws on unknown ids', () => {
		const present = () => true;
		expect(beforeId('water', present)).toBe('land');
		expect(() => beforeId('rogue-layer', present)).toThrow(/not registered/);
	});

	it('builds a style with no glyphs or sprite and only same-origin data', () => {
		const style = buildStyle('https://example.test/app/', '/app');
		expect(style.glyphs).toBeUndefined();
		expect(style.sprite).toBeUndefined();
		for (const src of Object.values(style.sources)) {
			expect((src as { data: string }).data).toMatch(/^https:\/\/example\.test\/app\/data\/\w+\.json$/);
		}
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
