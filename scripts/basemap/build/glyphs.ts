// Glyphs for the map's labels, drawn at build time: the outlines of the self-hosted Noto Sans (read with
// HarfBuzz from the @fontsource files), turned into signed distance fields of the kind MapLibre draws
// text from (24 px, a 3 px border, distance 8 px across, edge at 0.75), written as the PBF ranges a
// style's `glyphs` URL serves. The browser then rasterises no glyph at start-up: MapLibre draws text
// from a glyphs URL when a style has one, and from the page's fonts on the main thread when it has not.
// Only the characters the labels use are written (a range file may leave out the rest).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Blob, Face, Font } from 'harfbuzzjs';
import { PbfWriter as Pbf } from 'pbf';
import subsetFont from 'subset-font';
import { precompress } from './write-tiles';

const SIZE = 24;
const BORDER = 3;
const RADIUS = 8;
const CUTOFF = 0.25;
/** MapLibre places server glyphs with their top measured from this line above the baseline. */
const TOP_OFFSET = 27.5;

const require = createRequire(import.meta.url);
const FILES = join(dirname(require.resolve('@fontsource/noto-sans/400.css')), 'files');

export interface FontSpec {
	stack: string;
	weight: 400 | 700;
	style: 'normal' | 'italic';
}

export interface Glyph {
	id: number;
	bitmap: Uint8Array;
	width: number;
	height: number;
	left: number;
	top: number;
	advance: number;
}

type Seg = [number, number, number, number];

/** The outline of a glyph as straight segments, in px at SIZE (y up), curves cut in 8 steps. */
function outline(font: Font, gid: number, scale: number): Seg[] {
	const segs: Seg[] = [];
	let [x0, y0, sx, sy] = [0, 0, 0, 0];
	const to = (x: number, y: number) => {
		segs.push([x0, y0, x, y]);
		[x0, y0] = [x, y];
	};
	for (const c of font.glyphToJson(gid)) {
		const v = c.values.map((n) => n * scale);
		if (c.type === 'M') [x0, y0, sx, sy] = [v[0]!, v[1]!, v[0]!, v[1]!];
		else if (c.type === 'L') to(v[0]!, v[1]!);
		else if (c.type === 'Q' || c.type === 'C') {
			const [ax, ay] = [x0, y0];
			for (let i = 1; i <= 8; i++) {
				const t = i / 8;
				const u = 1 - t;
				if (c.type === 'Q')
					to(u * u * ax + 2 * u * t * v[0]! + t * t * v[2]!, u * u * ay + 2 * u * t * v[1]! + t * t * v[3]!);
				else
					to(
						u * u * u * ax + 3 * u * u * t * v[0]! + 3 * u * t * t * v[2]! + t * t * t * v[4]!,
						u * u * u * ay + 3 * u * u * t * v[1]! + 3 * u * t * t * v[3]! + t * t * t * v[5]!
					);
			}
		} else if (c.type === 'Z') to(sx, sy);
	}
	return segs.filter(([a, b, c, d]) => a !== c || b !== d);
}

/** Signed distance field of one glyph, as MapLibre reads it. */
export function sdf(segs: Seg[], left: number, top: number, width: number, height: number): Uint8Array {
	const w = width + 2 * BORDER;
	const h = height + 2 * BORDER;
	const out = new Uint8Array(w * h);
	for (let row = 0; row < h; row++)
		for (let col = 0; col < w; col++) {
			const x = left - BORDER + col + 0.5;
			const y = top + BORDER - row - 0.5;
			let best = Infinity;
			let winding = 0;
			for (const [ax, ay, bx, by] of segs) {
				const dx = bx - ax;
				const dy = by - ay;
				const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
				best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
				// Non-zero winding: count signed crossings of a ray to the right.
				if (ay <= y !== by <= y) {
					const cx = ax + ((y - ay) / (by - ay)) * dx;
					if (cx > x) winding += by > ay ? 1 : -1;
				}
			}
			const d = winding !== 0 ? -best : best;
			out[row * w + col] = Math.max(0, Math.min(255, Math.round(255 - 255 * (d / RADIUS + CUTOFF))));
		}
	return out;
}

/** The glyphs of one font for the given characters, from its Latin and Latin Extended files. */
export async function drawGlyphs(spec: FontSpec, chars: Set<number>): Promise<Glyph[]> {
	const text = String.fromCodePoint(...chars);
	const glyphs = new Map<number, Glyph>();
	for (const part of ['latin', 'latin-ext']) {
		const file = join(FILES, `noto-sans-${part}-${spec.weight}-${spec.style}.woff2`);
		const ttf = await subsetFont(readFileSync(file), text, { targetFormat: 'truetype' });
		const face = new Face(new Blob(new Uint8Array(ttf)), 0);
		const font = new Font(face);
		const scale = SIZE / face.upem;
		const has = new Set(face.collectUnicodes());
		for (const cp of chars) {
			if (glyphs.has(cp) || !has.has(cp)) continue;
			const gid = font.nominalGlyph(cp);
			if (gid === undefined) continue;
			const advance = Math.round(font.glyphHAdvance(gid) * scale);
			const segs = outline(font, gid, scale);
			if (segs.length === 0) {
				glyphs.set(cp, { id: cp, bitmap: new Uint8Array(0), width: 0, height: 0, left: 0, top: 0, advance });
				continue;
			}
			const xs = segs.flatMap((s) => [s[0], s[2]]);
			const ys = segs.flatMap((s) => [s[1], s[3]]);
			const left = Math.floor(Math.min(...xs));
			const right = Math.ceil(Math.max(...xs));
			const top = Math.ceil(Math.max(...ys));
			const bottom = Math.floor(Math.min(...ys));
			const [width, height] = [right - left, top - bottom];
			const bitmap = sdf(segs, left, top, width, height);
			glyphs.set(cp, { id: cp, bitmap, width, height, left, top: Math.round(top - TOP_OFFSET), advance });
		}
	}
	return [...glyphs.values()].sort((a, b) => a.id - b.id);
}

export function encodeRange(stack: string, range: number, glyphs: Glyph[]): Uint8Array {
	const pbf = new Pbf();
	const writeGlyph = (g: Glyph) => {
		pbf.writeVarintField(1, g.id);
		if (g.bitmap.length) pbf.writeBytesField(2, g.bitmap);
		pbf.writeVarintField(3, g.width);
		pbf.writeVarintField(4, g.height);
		pbf.writeSVarintField(5, g.left);
		pbf.writeSVarintField(6, g.top);
		pbf.writeVarintField(7, g.advance);
	};
	const writeStack = () => {
		pbf.writeStringField(1, stack);
		pbf.writeStringField(2, `${range * 256}-${range * 256 + 255}`);
		for (const g of glyphs) pbf.writeMessage(3, writeGlyph, g);
	};
	pbf.writeMessage(1, writeStack, undefined);
	return pbf.finish();
}

/** Writes {outDir}/{stack}/{start}-{end}.pbf for every range a font's texts touch (each font gets only
 *  the characters of the labels drawn with it); returns the bytes written. */
export async function buildGlyphs(
	outDir: string,
	fonts: { spec: FontSpec; texts: Iterable<string> }[]
): Promise<number> {
	let bytes = 0;
	for (const { spec, texts } of fonts) {
		const chars = new Set<number>([0x20]);
		for (const t of texts) for (const ch of t) chars.add(ch.codePointAt(0)!);
		const glyphs = await drawGlyphs(spec, chars);
		const ranges = new Map<number, Glyph[]>();
		for (const g of glyphs) ranges.set(g.id >> 8, [...(ranges.get(g.id >> 8) ?? []), g]);
		mkdirSync(join(outDir, spec.stack), { recursive: true });
		for (const [range, list] of ranges) {
			const data = encodeRange(spec.stack, range, list);
			const file = join(outDir, spec.stack, `${range * 256}-${range * 256 + 255}.pbf`);
			writeFileSync(file, data);
			precompress(file, data);
			bytes += data.length;
		}
	}
	return bytes;
}
