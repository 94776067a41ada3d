// CSV text from rows of plain values (RFC 4180: quote fields that need it, double inner quotes).
export type Cell = string | number | boolean | null | undefined;

function field(v: Cell): string {
	const s = v === null || v === undefined ? '' : String(v);
	// Neutralise spreadsheet formulas in text cells (=, +, -, @ at the start).
	const safe = typeof v === 'string' && /^[=+\-@]/.test(s) ? `'${s}` : s;
	return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: string[], rows: Cell[][]): string {
	return [header, ...rows].map((r) => r.map(field).join(',')).join('\r\n') + '\r\n';
}
