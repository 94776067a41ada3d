// Frame intervals come in whole vsyncs (16.7 ms), so a plain median jumps by a whole vsync (14% of a
// 117 ms frame) when a few frames cross a bin edge. The grouped median of binned data interpolates
// within the median's bin instead, so it moves by the share of frames that crossed.

export const VSYNC = 1000 / 60;

export function frameMedian(xs: readonly number[]): number {
	if (xs.length === 0) return NaN;
	const bins = new Map<number, number>();
	for (const x of xs) {
		const k = Math.round(x / VSYNC);
		bins.set(k, (bins.get(k) ?? 0) + 1);
	}
	const half = xs.length / 2;
	let below = 0;
	for (const k of [...bins.keys()].sort((a, b) => a - b)) {
		const f = bins.get(k)!;
		if (below + f >= half) return (k - 0.5) * VSYNC + ((half - below) / f) * VSYNC;
		below += f;
	}
	return NaN;
}
