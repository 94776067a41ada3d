// Small formatters shared by panels and announcements.
import type { SegmentMode, SegmentStatus } from './vocabulary';
import type { LineDetail } from './types';

const km = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
export function formatKm(n: number): string {
	return `${km.format(n)} km`;
}

const stepKm = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
/** Distances between drawn points: tenths below 10 km, where they tell fine lines apart. */
function formatStepKm(n: number): string {
	return n < 10 ? `${stepKm.format(n)} km` : formatKm(n);
}

/** The "Drawing detail" fact: how far apart the drawn points are. */
export function detailLabel(d: LineDetail): string {
	return `points a median ${formatStepKm(d.medianStepKm)} apart; longest straight stretch ${formatStepKm(d.longestStepKm)}`;
}

export const MODE_LABEL: Record<SegmentMode, string> = {
	rail: 'Railway',
	road: 'Road',
	pipeline: 'Pipeline',
	sea: 'Sea route',
	mixed: 'Road and rail'
};

export const STATUS_LABEL: Record<SegmentStatus, string> = {
	operational: 'Operational',
	'under-construction': 'Under construction',
	planned: 'Planned'
};

/** Published length worth showing next to ours when they differ by more than 5%. */
export function publishedDiffers(drawn: number, published: number | null): boolean {
	return published !== null && Math.abs(drawn - published) / published > 0.05;
}

/** The "Opened" fact: the year, or why there is none. A line in service built in stages has no
 *  single year; only a route not yet in service is "not yet" open. */
export function openedLabel(opened: number | null, status: SegmentStatus): string {
	if (opened !== null) return String(opened);
	return status === 'operational' ? 'in stages (no single year)' : 'not yet';
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** A data date (YYYY, YYYY-MM or YYYY-MM-DD) in words: "8 August 2025", "August 2025", "2025". */
export function formatDate(date: string): string {
	const [y, m, d] = date.split('-');
	const month = m ? MONTHS[Number(m) - 1] : undefined;
	if (!month) return y ?? date;
	return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}
