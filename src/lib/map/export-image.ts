// "Save image": the current view as a PNG at twice the pixel density, with the title, a key drawn like
// the map's lines, a scale bar and the attribution. The map is redrawn at that density and read back.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { KeyStyle } from '../data/corridor-key';
import type { CorridorId } from '../data/vocabulary';
import type { MapPalette } from '../palettes';
import { CORRIDOR_LOOK, LINE } from '../theme';
import { ATTRIBUTION } from './style';

export interface ImageLabels {
	title: string;
	subtitle: string;
	legend: ({ id: CorridorId; name: string } & KeyStyle)[];
}

export const IMAGE_DENSITY = 2;
const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** The longest "nice" distance (1, 2 or 5 × 10ⁿ km) that fits in `maxPx` at this scale. */
export function scaleBar(metresPerPx: number, maxPx: number): { km: number; px: number } {
	const maxKm = (metresPerPx * maxPx) / 1000;
	const pow = 10 ** Math.floor(Math.log10(maxKm));
	const km = [5, 2, 1].map((f) => f * pow).find((d) => d <= maxKm) ?? pow;
	return { km, px: (km * 1000) / metresPerPx };
}

/** `palette`: the map's own, so the key's lines and boxes match what the image shows. */
export function renderMapImage(
	map: MapLibreMap,
	labels: ImageLabels,
	palette: MapPalette
): HTMLCanvasElement {
	const before = map.getPixelRatio();
	map.setPixelRatio(IMAGE_DENSITY);
	map.redraw();
	const src = map.getCanvas();
	const out = document.createElement('canvas');
	out.width = src.width;
	out.height = src.height;
	const ctx = out.getContext('2d')!;
	ctx.drawImage(src, 0, 0);
	const w = out.width / IMAGE_DENSITY;
	const h = out.height / IMAGE_DENSITY;
	map.setPixelRatio(before);
	ctx.scale(IMAGE_DENSITY, IMAGE_DENSITY);
	const font = (px: number, bold = false) => `${bold ? 700 : 400} ${px}px "Noto Sans", sans-serif`;
	const box = (x: number, y: number, bw: number, bh: number) => {
		ctx.globalAlpha = 0.92;
		ctx.fillStyle = palette.halo;
		ctx.fillRect(x, y, bw, bh);
		ctx.globalAlpha = 1;
		ctx.fillStyle = palette.ink;
	};
	const line = (x: number, y: number, color: string, width: number, key: KeyStyle) => {
		const stroke = (c: string, lw: number, dash: number[] = []) => {
			ctx.strokeStyle = c;
			ctx.lineWidth = lw;
			ctx.setLineDash(dash);
			ctx.beginPath();
			ctx.moveTo(x, y);
			ctx.lineTo(x + 28, y);
			ctx.stroke();
		};
		stroke(palette.halo, width + LINE.casingExtra);
		stroke(color, width, key.dashed ? LINE.dash.map((d) => d * width) : []);
		if (key.hollow) stroke(palette.halo, width * LINE.coreRatio);
		ctx.setLineDash([]);
	};
	// Title
	ctx.font = font(16, true);
	const titleW =
		Math.max(ctx.measureText(labels.title).width, ctx.measureText(labels.subtitle).width * 0.7) + 24;
	box(8, 8, Math.min(titleW, w - 16), 46);
	ctx.fillText(labels.title, 18, 28);
	ctx.font = font(11);
	ctx.fillText(labels.subtitle, 18, 45);
	// Key: each corridor as the map draws it, then the line styles.
	const styles: [string, KeyStyle][] = [
		['operational', { dashed: false, hollow: false }],
		['under construction or planned', { dashed: true, hollow: false }],
		['pipeline (hollow line)', { dashed: false, hollow: true }]
	];
	const rows = labels.legend.length + styles.length;
	box(8, 62, 300, rows * 18 + 14);
	ctx.font = font(11);
	labels.legend.forEach((l, i) => {
		const y = 62 + 16 + i * 18;
		line(18, y, palette.corridors[l.id], CORRIDOR_LOOK[l.id].width, l);
		ctx.fillText(l.name, 54, y + 4);
	});
	styles.forEach(([label, key], i) => {
		const y = 62 + 16 + (labels.legend.length + i) * 18 + 4;
		line(18, y, palette.keyLine, 3.5, key);
		ctx.fillText(label, 54, y + 4);
	});
	// Scale bar, for the latitude at the centre of the view.
	const lat = map.getCenter().lat;
	const mPerPx = (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
	const bar = scaleBar(mPerPx, 140);
	box(8, h - 46, bar.px + 20, 26);
	ctx.fillRect(18, h - 30, bar.px, 4);
	ctx.font = font(10);
	ctx.fillText(`${bar.km.toLocaleString('en-GB')} km`, 18, h - 34 + 0);
	// Attribution
	ctx.font = font(10);
	const aw = ctx.measureText(ATTRIBUTION).width + 12;
	box(Math.max(0, w - aw), h - 16, aw, 16);
	ctx.fillText(ATTRIBUTION, Math.max(6, w - aw + 6), h - 4);
	return out;
}

export function downloadCanvas(canvas: HTMLCanvasElement, filename: string): Promise<void> {
	return new Promise((resolve, reject) =>
		canvas.toBlob((blob) => {
			if (!blob) return reject(new Error('the browser could not encode the image'));
			const a = document.createElement('a');
			a.href = URL.createObjectURL(blob);
			a.download = filename;
			a.click();
			// The download has its own copy once it starts; free the blob a little later.
			setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
			resolve();
		}, 'image/png')
	);
}
