// Camera maths: the room left around a framed route for what covers the map.
import { describe, expect, it } from 'vitest';
import { framePadding, layoutInsets, PANEL, PHONE_MAX_WIDTH } from '../../src/lib/map/camera';

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

	it('drops the insets of an axis they would leave less than a third of', () => {
		// 500 + 400 of 1000 px wide: only 10% would be left, so the sides get the plain margin.
		const p = framePadding(1000, 800, { top: 100, right: 400, bottom: 0, left: 500 });
		expect(p.left).toBe(40);
		expect(p.right).toBe(40);
		expect(p.top).toBe(140);
	});
});

describe('layoutInsets', () => {
	const legend = { right: 320, bottom: 180 };

	it('on a wide screen: the legend on the left, the side panel on the right when open', () => {
		expect(layoutInsets(1280, 744, legend, false)).toEqual({ top: 0, left: 320, right: 0, bottom: 0 });
		expect(layoutInsets(1280, 744, legend, true).right).toBe(PANEL.maxWidth);
		// A narrower window: the panel takes its share of the width instead.
		expect(layoutInsets(900, 600, legend, true).right).toBe(900 * PANEL.widthShare);
	});

	it('on a phone: the legend on top, the bottom sheet at its peek height when open', () => {
		const w = PHONE_MAX_WIDTH - 250;
		expect(layoutInsets(w, 800, legend, false)).toEqual({ top: 180, left: 0, right: 0, bottom: 0 });
		expect(layoutInsets(w, 800, legend, true).bottom).toBe(Math.round(800 * PANEL.peekShare));
	});
});
