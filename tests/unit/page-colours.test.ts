// The page's colours (src/app.css) in both themes: every text colour meets WCAG AA (4.5:1) on the
// backgrounds it is used on.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/app.css', 'utf8');

function vars(selector: string): Record<string, string> {
	const start = css.indexOf(`${selector} {`);
	const body = css.slice(start, css.indexOf('}', start));
	return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
	const lum = (hex: string) => {
		const [r, g, bl] = [1, 3, 5].map((i) => {
			const c = parseInt(hex.slice(i, i + 2), 16) / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
	};
	const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
	return (hi! + 0.05) / (lo! + 0.05);
}

const PAIRS: [string, string][] = [
	['ink', 'paper'],
	['ink', 'surface'],
	['ink', 'hover'],
	['muted', 'paper'],
	['muted', 'surface'],
	['link', 'paper'],
	['link', 'surface'],
	['bar-ink', 'bar'],
	['bar-muted', 'bar'],
	['quote-ink', 'quote-bg'],
	['muted', 'tag-bg'],
	['warn-ink', 'warn-bg'],
	['ink', 'focus-bg'],
	['status-consistent', 'status-consistent-bg'],
	['status-partly', 'status-partly-bg'],
	['status-disputed', 'status-disputed-bg'],
	['status-not-yet', 'status-not-yet-bg'],
	['status-opinion', 'status-opinion-bg']
];

describe('page colours', () => {
	for (const [theme, selector] of [
		['light', ':root'],
		['dark', ":root[data-theme='dark']"]
	] as const) {
		it(`meet AA for text in the ${theme} theme`, () => {
			const v = vars(selector);
			expect(Object.keys(v).length).toBeGreaterThan(30);
			const low = PAIRS.map(([fg, bg]) => [fg, bg, contrast(v[fg]!, v[bg]!)] as const).filter(
				([, , c]) => c < 4.5
			);
			expect(low.map(([fg, bg, c]) => `${fg} on ${bg}: ${c.toFixed(2)}`)).toEqual([]);
		});
	}
});
