// Camera maths: what covers the map, and the padding that frames a route in the part nothing covers.
import { describe, expect, it } from 'vitest';
import { coveredEdges, framePadding } from '../../src/lib/map/camera';
import { SHEET_SNAPS, sidePanelWidth } from '../../src/lib/layout';

const none = { top: 0, right: 0, bottom: 0, left: 0 };

describe('framePadding', () => {
	it('leaves a margin of 5% of the shorter side, at least 16 px', () => {
		expect(framePadding(1280, 744, none)).toEqual({ top: 37, right: 37, bottom: 37, left: 37 });
		expect(framePadding(300, 200, none)).toEqual({ top: 16, right: 16, bottom: 16, left: 16 });
	});

	it('adds what covers each edge to the margin', () => {
		expect(framePadding(1280, 744, { top: 0, right: 420, bottom: 0, left: 300 })).toEqual({
			top: 37,
			right: 457,
			bottom: 37,
			left: 337
		});
	});

	it('shrinks covers that would leave less than 80 px, in proportion, never dropping one', () => {
		const p = framePadding(1000, 800, { top: 0, right: 400, bottom: 0, left: 500 });
		expect(1000 - p.left - p.right).toBeGreaterThanOrEqual(80);
		expect(p.left).toBeGreaterThan(p.right);
		expect(p.right).toBeGreaterThan(40);
	});
});

describe('coveredEdges', () => {
	const legend = { x: 52, y: 12, width: 304, height: 400 };

	it('counts a box as a cover of whichever edge leaves more map', () => {
		// A tall legend on a wide map: the left side.
		expect(coveredEdges({ width: 1280, height: 744, boxes: [legend], panel: null })).toEqual({
			top: 0,
			right: 0,
			bottom: 0,
			left: 356
		});
		// A folded legend (a short box): the top.
		const folded = { ...legend, height: 40 };
		expect(coveredEdges({ width: 1280, height: 744, boxes: [folded], panel: null }).top).toBe(52);
		// The scale bar in the bottom-left corner and the attribution bottom right: the bottom edge.
		const scale = { x: 10, y: 714, width: 100, height: 20 };
		const attribution = { x: 600, y: 724, width: 680, height: 20 };
		expect(coveredEdges({ width: 1280, height: 744, boxes: [scale, attribution], panel: null })).toEqual({
			top: 0,
			right: 0,
			bottom: 30,
			left: 0
		});
	});

	it('adds the side panel on wide screens and the bottom sheet at its height on phones', () => {
		expect(coveredEdges({ width: 1024, height: 584, boxes: [], panel: 'side' }).right).toBe(
			sidePanelWidth(1024)
		);
		expect(coveredEdges({ width: 1280, height: 744, boxes: [], panel: 'side' }).right).toBe(420);
		for (const snap of ['peek', 'half', 'full'] as const)
			expect(coveredEdges({ width: 390, height: 780, boxes: [], panel: snap }).bottom).toBe(
				Math.round(780 * SHEET_SNAPS[snap])
			);
	});
});
