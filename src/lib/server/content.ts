// The panels' text and facts, read from the built data file at prerender time. A server load's data is
// inlined into the prerendered HTML, so the browser never fetches the file: the page works from any
// path and the content costs no JavaScript bytes. It is inlined as one JSON string, not as an object:
// the browser scans a string literal and JSON.parse builds the objects far faster than it compiles and
// runs a 200 KB object literal, all of it on the main thread before the page can create its map.
import { readFileSync } from 'node:fs';

export function loadContent(): { contentJson: string } {
	return { contentJson: readFileSync('static/data/content.json', 'utf8') };
}
