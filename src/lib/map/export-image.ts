// "Save image": the current map view as a PNG, same size as the map, with title, legend and
// attribution drawn in. The map is redrawn synchronously so its WebGL buffer can be read.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { CorridorId } from '../data/vocabulary';
import { CORRIDOR_LOOK, PALETTE } from '../theme';
import { ATTRIBUTION } from './style';

export interface ImageLabels {
	title: string;
	subtitle: string;
	legend: { id: CorridorId; name: string }[];
}

export function renderMapImage(map: MapLibreMap, labels: ImageLabels): HTMLCanvasElement {
	map.redraw();
	const src = map.getCanvas();
	const out = document.createElement('canvas');
	out.width = src.width;
	out.height = src.height;
	const ctx = out.getContext('2d')!;
	ctx.drawImage(src, 0, 0);
	const k = src.width / src.clientWidth; // device pixel ratio of the map
	const font = (px: number, bold = false) => `${bold ? 700 : 400} ${px * k}px "Noto Sans", sans-serif`;
	const box = (x: number, y: number, w: number, h: number) => {
		ctx.fillStyle = 'rgba(255,255,255,0.92)';
		ctx.fillRect(x * k, y * k, w * k, h * k);
	};
	// Title
	ctx.font = font(16, true);
	const titleW = Math.max(ctx.measureText(labels.title).width / k, 120) + 20;
	box(8, 8, Math.min(titleW + 40, src.clientWidth - 16), 46);
	ctx.fillStyle = PALETTE.ink;
	ctx.fillText(labels.title, 18 * k, 28 * k);
	ctx.font = font(11);
	ctx.fillText(labels.subtitle, 18 * k, 45 * k);
	// Legend
	const rowH = 18;
	const legendH = labels.legend.length * rowH + 12;
	box(8, 62, 300, legendH);
	labels.legend.forEach((l, i) => {
		const y = 62 + 14 + i * rowH;
		ctx.strokeStyle = CORRIDOR_LOOK[l.id].color;
		ctx.lineWidth = CORRIDOR_LOOK[l.id].width * k;
		ctx.beginPath();
		ctx.moveTo(18 * k, y * k);
		ctx.lineTo(44 * k, y * k);
		ctx.stroke();
		ctx.fillStyle = PALETTE.ink;
		ctx.font = font(11);
		ctx.fillText(l.name, 52 * k, (y + 4) * k);
	});
	// Attribution
	ctx.font = font(10);
	const aw = ctx.measureText(ATTRIBUTION).width / k + 12;
	box(src.clientWidth - aw, src.clientHeight - 16, aw, 16);
	ctx.fillStyle = PALETTE.ink;
	ctx.fillText(ATTRIBUTION, (src.clientWidth - aw + 6) * k, (src.clientHeight - 4) * k);
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
