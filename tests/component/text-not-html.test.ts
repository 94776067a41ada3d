// Text from data is rendered as text: markup in a description or quote shows literally and creates no element.
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render } from './render';
import ClaimQuote from '../../src/lib/components/ClaimQuote.svelte';
import RouteFacts from '../../src/lib/components/RouteFacts.svelte';
import FactList from '../../src/lib/components/FactList.svelte';
import LineNote from '../../src/lib/components/LineNote.svelte';
import SourceLink from '../../src/lib/components/SourceLink.svelte';
import type { Claim, Fact, SegmentInfo } from '../../src/lib/data/types';

const EVIL = '<img src=x onerror=alert(1)>';
afterEach(cleanup);
describe('data rendered as text', () => {
	it('shows markup in a quote literally', () => {
		const claim: Claim = {
			id: 'x',
			quote: `Before ${EVIL} after`,
			paragraph: 7,
			theme: 'transit',
			kind: 'plan',
			assessment: {
				checkable: 'x'.repeat(20),
				status: 'opinion',
				note: 'y'.repeat(20),
				facts: [],
				routes: [],
				checked: '2026-12-03'
			}
		};
		const el = render(ClaimQuote, { claim });
		expect(el.querySelector('blockquote')!.textContent).toBe(`Before ${EVIL} after`);
		expect(el.querySelector('img')).toBeNull();
		expect(el.innerHTML).toContain('&lt;img src=x onerror=alert(1)&gt;');
	});

	it('shows markup in a segment description, capacity and source literally', () => {
		const source = { title: EVIL, publisher: `<script>alert(2)</script>` };
		const segment: SegmentInfo = {
			id: 's',
			corridor: 'middle-corridor',
			name: EVIL,
			mode: 'rail',
			status: 'planned',
			opened: null,
			lengthKm: 10,
			lengthKmPublished: 10,
			lengthSource: source,
			capacity: { value: EVIL, asOf: '2026', source },
			countries: ['AZE'],
			description: EVIL,
			sources: [source],
			geometryNote: EVIL,
			precisionKm: 1,
			role: 'context',
			maxStepKm: 2,
			detail: { medianStepKm: 1, longestStepKm: 2 },
			bbox: [0, 0, 1, 1]
		};
		const el = render(RouteFacts, { segment });
		expect(el.textContent).toContain(EVIL);
		expect(el.textContent).toContain('<script>alert(2)</script>');
		expect(el.querySelector('img, script')).toBeNull();
	});

	it('shows markup in a geometry note literally', () => {
		const el = render(LineNote, { note: `Drawn ${EVIL} here` });
		expect(el.querySelector('p')!.textContent).toBe(`Drawn ${EVIL} here`);
		expect(el.querySelector('img')).toBeNull();
	});

	it('shows markup in context facts literally', () => {
		const facts: Fact[] = [
			{
				id: 'f',
				routes: [],
				text: EVIL,
				date: '2026',
				perspective: EVIL,
				source: { title: 'T', publisher: 'P' }
			}
		];
		const el = render(FactList, { facts });
		expect(el.textContent).toContain(EVIL);
		expect(el.querySelector('img')).toBeNull();
	});

	it('links a source only to an http(s) URL: other schemes show the title as plain text', () => {
		const bad = [
			'javascript:alert(1)',
			'JavaScript:alert(1)',
			'data:text/html,<b>x</b>',
			'vbscript:msgbox(1)'
		];
		for (const url of bad) {
			const el = render(SourceLink, { source: { title: 'Title', publisher: 'Pub', url } });
			expect(el.querySelector('a'), url).toBeNull();
			expect(el.textContent).toContain('Title, Pub');
			cleanup();
		}
		const el = render(SourceLink, {
			source: { title: 'Title', publisher: 'Pub', url: 'https://example.org/a' }
		});
		expect(el.querySelector('a')!.getAttribute('href')).toBe('https://example.org/a');
	});
});
