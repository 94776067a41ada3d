// The facts list of a route panel says what a reader needs, and nothing misleading.
import { afterEach, describe, expect, it } from 'vitest';
import RouteFacts from '../../src/lib/components/RouteFacts.svelte';
import type { SegmentInfo } from '../../src/lib/data/types';
import { cleanup, render } from './render';

afterEach(cleanup);

const base: SegmentInfo = {
	id: 's',
	corridor: 'middle-corridor',
	name: 'Test line',
	mode: 'rail',
	status: 'operational',
	opened: null,
	lengthKm: 2983,
	lengthKmPublished: null,
	lengthSource: null,
	capacity: null,
	countries: ['CHN', 'KAZ', 'KGZ', 'KAZ'],
	description: 'd',
	sources: [],
	geometryNote:
		'Drawn through station points. Precision: within 3 km; the longest straight stretch between drawn points is 102 km.',
	precisionKm: 3,
	role: 'article',
	maxStepKm: 102,
	detail: { medianStepKm: 6.54, longestStepKm: 101.3 },
	bbox: [0, 0, 1, 1]
};

const fact = (el: HTMLElement, term: string) =>
	[...el.querySelectorAll('dt')]
		.find((dt) => dt.textContent === term)
		?.nextElementSibling?.textContent?.trim();

describe('route facts', () => {
	it('gives the opening year, and says "not yet" only for a route not in service', () => {
		expect(fact(render(RouteFacts, { segment: { ...base, opened: 2017 } }), 'Opened')).toBe('2017');
		cleanup();
		expect(fact(render(RouteFacts, { segment: base }), 'Opened')).toBe('in stages (no single year)');
		cleanup();
		expect(fact(render(RouteFacts, { segment: { ...base, status: 'planned' } }), 'Opened')).toBe('not yet');
	});

	it('lists the countries in the order the line crosses them, a return included', () => {
		expect(fact(render(RouteFacts, { segment: base }), 'Countries crossed')).toBe(
			'China → Kazakhstan → Kyrgyzstan → Kazakhstan'
		);
	});

	it('says how finely the line is drawn: tenths of a km for short steps, whole km for long ones', () => {
		expect(fact(render(RouteFacts, { segment: base }), 'Drawing detail')).toBe(
			'points a median 6.5 km apart; longest straight stretch 101 km'
		);
		cleanup();
		const fine = { ...base, detail: { medianStepKm: 0.4, longestStepKm: 12 } };
		expect(fact(render(RouteFacts, { segment: fine }), 'Drawing detail')).toBe(
			'points a median 0.4 km apart; longest straight stretch 12 km'
		);
	});
});
