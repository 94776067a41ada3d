// A static host for the built site in a subfolder, as a real host would run it: the files of build/
// under a prefix, with the headers build/_headers asks for (paths prefixed too). And a second origin
// that serves one page, for embedding tests. Loopback only.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

/** build/_headers as [path pattern, headers] rules. */
function headerRules(): [string, Record<string, string>][] {
	const rules: [string, Record<string, string>][] = [];
	for (const line of readFileSync('build/_headers', 'utf8').split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		if (!line.startsWith(' ')) rules.push([line.trim(), {}]);
		else {
			const i = line.indexOf(':');
			rules.at(-1)![1][line.slice(0, i).trim()] = line.slice(i + 1).trim();
		}
	}
	return rules;
}

const matches = (pattern: string, path: string) =>
	pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;

export function serveBuild(prefix: string, port: number): Promise<Server> {
	const files = sirv('build', { gzip: true, brotli: true, extensions: ['html'] });
	const rules = headerRules();
	const server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://x');
		if (!url.pathname.startsWith(prefix + '/')) {
			res.statusCode = 404;
			return res.end('not under the site folder');
		}
		const path = url.pathname.slice(prefix.length);
		for (const [pattern, headers] of rules)
			if (matches(pattern, path)) for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
		req.url = path + url.search;
		files(req, res, () => {
			res.statusCode = 404;
			res.end('not found');
		});
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

/** Another origin with one page (an embedding site). */
export function serveHtml(html: string, port: number): Promise<Server> {
	const server = createServer((_req, res) => {
		res.setHeader('Content-Type', 'text/html; charset=utf-8');
		res.end(html);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
