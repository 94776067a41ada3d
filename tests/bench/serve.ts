// A static server for the benchmark: the built site (with its precompressed .gz/.br files, as a CDN
// would serve them) and the bare reference page under /bench/. Loopback only.
import { createServer, type Server } from 'node:http';
import sirv from 'sirv';

export function serve(siteDir: string, benchDir: string, port: number): Promise<Server> {
	const site = sirv(siteDir, { gzip: true, brotli: true, etag: true, extensions: ['html'] });
	// Created on first use: the bare page is bundled after the server starts.
	let bench: ReturnType<typeof sirv> | undefined;
	const server = createServer((req, res) => {
		const notFound = () => {
			res.statusCode = 404;
			res.end('not found');
		};
		if (req.url?.startsWith('/bench/')) {
			req.url = req.url.slice('/bench'.length);
			bench ??= sirv(benchDir, { gzip: true, brotli: true, etag: true });
			bench(req, res, notFound);
		} else site(req, res, notFound);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
