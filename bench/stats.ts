// Statistics of the benchmark: plain quantiles, and frame-time medians that respect vsync bins.
//
// Frame intervals come in whole vsyncs (16.7 ms), so a plain median jumps by a whole vsync (14% of a
// 117 ms frame) when a few frames cross a bin edge. The grouped median of binned data interpolates
// within the median's bin instead, so it moves by the share of frames that crossed.

const VSYNC = 1000 / 60;

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

/** App against bare, run by run: the ratio of each run's frame medians, where both pages ran back to
 *  back on the same machine state. Pooling all runs first lets a slow stretch of the machine that hit
 *  one page more than the other move the ratio; pairing cancels it. */
export function pairedRatios(app: readonly number[][], bare: readonly number[][]): number[] {
	if (app.length !== bare.length)
		throw new Error(`pairedRatios: ${app.length} app runs vs ${bare.length} bare runs`);
	return app.map((a, i) => frameMedian(a) / frameMedian(bare[i]!)).filter(Number.isFinite);
}

/** Intervals between animation-frame ticks in which the map drew. Each tick is [time, draw calls since
 *  the previous tick]. The map's rAF callback may run before or after the one that records the tick,
 *  so an interval counts when draws were recorded at either of its ends. */
export function drawnFrameIntervals(ticks: readonly (readonly [number, number])[]): number[] {
	const out: number[] = [];
	for (let i = 1; i < ticks.length; i++) {
		if (ticks[i - 1]![1] > 0 || ticks[i]![1] > 0) out.push(ticks[i]![0] - ticks[i - 1]![0]);
	}
	return out;
}

export function frameStats(xs: number[]) {
	const s = stats(xs);
	return { ...s, median: frameMedian(xs), plainMedian: s.median };
}

/** Median, p95, min, max and count. */
export function stats(xs: number[]) {
	const s = [...xs].sort((a, b) => a - b);
	const q = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? NaN;
	return { median: q(0.5), p95: q(0.95), min: s[0] ?? NaN, max: s[s.length - 1] ?? NaN, n: s.length };
}
