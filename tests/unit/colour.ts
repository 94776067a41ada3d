// Colour arithmetic for the palette tests: WCAG 2 contrast, CIE Lab distance, and colour-blindness
// simulation (Machado, Oliveira & Fernandes 2009, full severity, applied in linear RGB).
type RGB = [number, number, number];

export function hex(c: string): RGB {
	const m = /^#([0-9a-f]{6})$/i.exec(c);
	if (!m) throw new Error(`not a #rrggbb colour: ${c}`);
	const n = parseInt(m[1]!, 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => v / 255) as RGB;
}

const toLinear = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
const linear = (c: RGB): RGB => c.map(toLinear) as RGB;

export function luminance(c: string): number {
	const [r, g, b] = linear(hex(c));
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio, 1–21. */
export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

const MATRICES: Record<'protan' | 'deutan' | 'tritan', number[][]> = {
	protan: [
		[0.152286, 1.052583, -0.204868],
		[0.114503, 0.786281, 0.099216],
		[-0.003882, -0.048116, 1.051998]
	],
	deutan: [
		[0.367322, 0.860646, -0.227968],
		[0.280085, 0.672501, 0.047413],
		[-0.01182, 0.04294, 0.968881]
	],
	tritan: [
		[1.255528, -0.076749, -0.178779],
		[-0.078411, 0.930809, 0.147602],
		[0.004733, 0.691367, 0.3039]
	]
};
export type Vision = 'normal' | keyof typeof MATRICES;

/** A colour as a reader with the given vision sees it, in linear RGB. */
function seen(c: string, vision: Vision): RGB {
	const l = linear(hex(c));
	if (vision === 'normal') return l;
	const m = MATRICES[vision];
	return m.map((row) => Math.min(1, Math.max(0, row[0]! * l[0] + row[1]! * l[1] + row[2]! * l[2]))) as RGB;
}

function lab([r, g, b]: RGB): RGB {
	const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
	const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
	const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
	const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
	return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference (ΔE*ab) between two colours as a reader with `vision` sees them. */
export function deltaE(a: string, b: string, vision: Vision = 'normal'): number {
	const [p, q] = [lab(seen(a, vision)), lab(seen(b, vision))];
	return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}
