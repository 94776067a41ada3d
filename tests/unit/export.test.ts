// The citation and CSV builders.
import { describe, expect, it } from 'vitest';
import { citation } from '../../src/lib/data/cite';
import { toCsv } from '../../src/lib/data/csv';
import { claimsCsv, CLAIM_CSV_HEADER } from '../../scripts/geodata/emit-downloads';

describe('citation', () => {
	it('names the site, what is shown, the data version and date, the URL and access date', () => {
		expect(
			citation({
				shown: 'South Caucasus Pipeline (SCP)',
				dataVersion: '1.0.0',
				dataDate: '2026-11-27',
				url: 'https://example.org/#route=scp',
				accessed: '2026-12-01'
			})
		).toBe(
			'Caucasus Corridors: South Caucasus Pipeline (SCP). Interactive map, data version 1.0.0 (2026-11-27). https://example.org/#route=scp (accessed 2026-12-01).'
		);
	});
});

describe('CSV', () => {
	it('quotes fields with commas, quotes and line breaks, and doubles inner quotes', () => {
		expect(
			toCsv(
				['a', 'b'],
				[
					['x, y', 'say "hi"'],
					['line\nbreak', 3]
				]
			)
		).toBe('a,b\r\n"x, y","say ""hi"""\r\n"line\nbreak",3\r\n');
	});

	it('leaves empty cells empty and defuses spreadsheet formulas', () => {
		expect(toCsv(['a', 'b', 'c'], [[null, undefined, '=HYPERLINK("x")']])).toBe(
			'a,b,c\r\n,,"\'=HYPERLINK(""x"")"\r\n'
		);
	});

	it('writes one row per claim: the article’s words, then our assessment, lists space-separated', () => {
		const csv = claimsCsv([
			{
				id: 'c1',
				quote: 'He said, “yes”.',
				paragraph: 7,
				theme: 'transit',
				kind: 'plan',
				assessment: {
					checkable: 'Whether it was built.',
					status: 'not-yet',
					note: 'Not built; "planned" for 2029.',
					settles: { what: 'An opening.', when: '2029' },
					facts: ['f1', 'f2'],
					routes: ['tripp', 'btk'],
					checked: '2026-12-03'
				}
			}
		]);
		const [header, row] = csv.trim().split('\r\n');
		expect(header).toBe(CLAIM_CSV_HEADER.join(','));
		expect(row).toBe(
			'c1,7,transit,plan,not-yet,2026-12-03,tripp btk,f1 f2,"He said, “yes”.",Whether it was built.,"Not built; ""planned"" for 2029."'
		);
	});
});

describe('scale bar', () => {
	it('takes the longest 1, 2 or 5 × 10ⁿ km that fits', async () => {
		const { scaleBar } = await import('../../src/lib/map/export-image');
		// 1 km per px: at most 140 km fits, so 100 km over 100 px.
		expect(scaleBar(1000, 140)).toEqual({ km: 100, px: 100 });
		// 300 m per px: 42 km fits, so 20 km.
		expect(scaleBar(300, 140).km).toBe(20);
		expect(scaleBar(30, 140).km).toBe(2);
		expect(scaleBar(5000, 140).km).toBe(500);
	});
});
