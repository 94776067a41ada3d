// What the app refuses: links to anything but the web, and feature ids the content does not know (or that
// name what every JavaScript object has), in the schema, the link helper and the map's picking.
import { describe, expect, it } from 'vitest';
import { ContentIndex } from '../../src/lib/data/content-index';
import { SourceSchema, kebabId } from '../../src/lib/data/schema/common';
import { webHref } from '../../src/lib/data/web-link';
import { pickRouteIds } from '../../src/lib/map/hover';
import { CONTENT } from '../fixtures/content';

const BAD_URLS = [
	'javascript:alert(1)',
	'JAVASCRIPT:alert(1)',
	' javascript:alert(1)',
	'data:text/html,<b>x</b>',
	'vbscript:msgbox(1)',
	'file:///etc/passwd',
	'ftp://example.org/x',
	'//example.org/x',
	'not a url'
];

describe('links from data', () => {
	it('are refused by the schema unless http(s)', () => {
		for (const url of BAD_URLS)
			expect(SourceSchema.safeParse({ title: 'Title', publisher: 'Pub', url }).success, url).toBe(false);
		expect(
			SourceSchema.safeParse({ title: 'Title', publisher: 'Pub', url: 'https://example.org/a' }).success
		).toBe(true);
	});

	it('become links in the page only for http(s), even if the build is bypassed', () => {
		for (const url of BAD_URLS) expect(webHref(url), url).toBeUndefined();
		expect(webHref('https://example.org/a?b=1#c')).toBe('https://example.org/a?b=1#c');
		expect(webHref('http://example.org/')).toBe('http://example.org/');
		expect(webHref(undefined)).toBeUndefined();
	});
});

describe('feature ids', () => {
	it('that name what every object has are refused by the build', () => {
		for (const id of ['constructor', '__proto__', 'hasOwnProperty', 'toString'])
			expect(kebabId.safeParse(id).success, id).toBe(false);
		expect(kebabId.safeParse('tripp').success).toBe(true);
	});

	it('reach the map’s feature state only if the content knows them', () => {
		const index = new ContentIndex(CONTENT);
		const rendered = ['__proto__', 'constructor', 'mc-a', 'toString', 'mc-a', 'sgc-a'].map((id) => ({
			properties: { id }
		}));
		const map = { queryRenderedFeatures: () => rendered } as never;
		expect(pickRouteIds(map, [0, 0], ['middle-corridor', 'southern-gas-corridor'], index.isRouteId)).toEqual([
			'mc-a',
			'sgc-a'
		]);
		expect(index.isRouteId('__proto__')).toBe(false);
		expect(index.isClaimId('constructor')).toBe(false);
	});
});
