// The map's four small symbols, drawn at build time into a sprite (1× and 2×): a white disc with a dark
// ring and a dark pictogram, legible on the light and the dark basemap alike. Each shape is a test of a
// point in the unit square; pixels are sampled 4×4 times for smooth edges.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';

type Shape = (x: number, y: number) => boolean;
const INK = [59, 56, 51];
const SIZE = 17;

const disc =
	(cx: number, cy: number, r: number): Shape =>
	(x, y) =>
		(x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const ring =
	(cx: number, cy: number, r: number, w: number): Shape =>
	(x, y) =>
		Math.abs(Math.hypot(x - cx, y - cy) - r) <= w / 2;
const rect =
	(x0: number, y0: number, x1: number, y1: number): Shape =>
	(x, y) =>
		x >= x0 && x <= x1 && y >= y0 && y <= y1;
const any =
	(...s: Shape[]): Shape =>
	(x, y) =>
		s.some((f) => f(x, y));

export const ICONS: Record<string, Shape> = {
	port: any(
		ring(0.5, 0.27, 0.07, 0.06),
		rect(0.47, 0.33, 0.53, 0.78),
		rect(0.34, 0.4, 0.66, 0.45),
		(x, y) => y > 0.58 && Math.abs(Math.hypot(x - 0.5, y - 0.5) - 0.26) <= 0.035
	),
	ferry: any(
		(x, y) => y >= 0.55 && y <= 0.68 && x >= 0.24 + (y - 0.55) * 0.8 && x <= 0.76 - (y - 0.55) * 0.8,
		rect(0.38, 0.4, 0.62, 0.55),
		rect(0.47, 0.28, 0.53, 0.4),
		rect(0.24, 0.74, 0.76, 0.78)
	),
	crossing: any(rect(0.22, 0.3, 0.3, 0.76), rect(0.22, 0.44, 0.8, 0.54)),
	gauge: any(
		rect(0.3, 0.22, 0.36, 0.5),
		rect(0.64, 0.22, 0.7, 0.5),
		rect(0.38, 0.5, 0.44, 0.8),
		rect(0.56, 0.5, 0.62, 0.8),
		rect(0.26, 0.47, 0.74, 0.53)
	)
};

function draw(png: PNG, x0: number, size: number, glyph: Shape) {
	const S = 4;
	const outer = disc(0.5, 0.5, 0.48);
	const inner = disc(0.5, 0.5, 0.41);
	for (let py = 0; py < size; py++)
		for (let px = 0; px < size; px++) {
			let [r, g, b, a] = [0, 0, 0, 0];
			for (let sy = 0; sy < S; sy++)
				for (let sx = 0; sx < S; sx++) {
					const x = (px + (sx + 0.5) / S) / size;
					const y = (py + (sy + 0.5) / S) / size;
					if (!outer(x, y)) continue;
					const ink = !inner(x, y) || glyph(x, y);
					const c = ink ? INK : [255, 255, 255];
					[r, g, b, a] = [r + c[0]!, g + c[1]!, b + c[2]!, a + 1];
				}
			const i = (py * png.width + x0 + px) * 4;
			if (a === 0) continue;
			png.data[i] = r / a;
			png.data[i + 1] = g / a;
			png.data[i + 2] = b / a;
			png.data[i + 3] = (255 * a) / (S * S);
		}
}

/** Writes sprite.json/png and sprite@2x.json/png into outDir. */
export function buildSprite(outDir: string): void {
	mkdirSync(outDir, { recursive: true });
	const names = Object.keys(ICONS);
	for (const ratio of [1, 2]) {
		const size = SIZE * ratio;
		const png = new PNG({ width: size * names.length, height: size });
		const index: Record<string, object> = {};
		names.forEach((name, i) => {
			draw(png, i * size, size, ICONS[name]!);
			index[name] = { x: i * size, y: 0, width: size, height: size, pixelRatio: ratio };
		});
		const suffix = ratio === 2 ? '@2x' : '';
		writeFileSync(join(outDir, `sprite${suffix}.png`), PNG.sync.write(png));
		writeFileSync(join(outDir, `sprite${suffix}.json`), JSON.stringify(index));
	}
}
