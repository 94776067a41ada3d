// A ready citation for what the reader is looking at.
export interface CiteInput {
	/** What is shown, e.g. "Southern Gas Corridor" or "map view". */
	shown: string;
	dataVersion: string;
	dataDate: string;
	url: string;
	/** Date the reader accessed it (YYYY-MM-DD). */
	accessed: string;
}

export const SITE_TITLE = 'Caucasus Corridors';

export function citation(c: CiteInput): string {
	return `${SITE_TITLE}: ${c.shown}. Interactive map, data version ${c.dataVersion} (${c.dataDate}). ${c.url} (accessed ${c.accessed}).`;
}
