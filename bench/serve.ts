// A static server for the benchmark: the built site (with its precompressed .gz/.br files, as a CDN
// would serve them) and the bare reference page under /bench/. Loopback only. It runs in its own
// process (`startServer`), so serving never competes with the browser driver's event loop.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { fileURLToPath } from 'node:url';
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

/** Start `serve` in a child process; resolves once it listens. */
export function startServer(siteDir: string, benchDir: string, port: number): Promise<ChildProcess> {
	const child = spawn(
		process.execPath,
		['--import', 'tsx', fileURLToPath(import.meta.url), siteDir, benchDir, String(port)],
		{ stdio: ['ignore', 'pipe', 'inherit'] }
	);
	// Never outlive the benchmark, even when it fails.
	process.once('exit', () => child.kill());
	return new Promise((resolve, reject) => {
		child.once('exit', (code) => reject(new Error(`bench server exited (${code})`)));
		child.stdout!.once('data', () => resolve(child));
	});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const [siteDir, benchDir, port] = process.argv.slice(2);
	await serve(siteDir!, benchDir!, Number(port));
	console.log('listening');
}
