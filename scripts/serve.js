// Serves the built site (build/) on 127.0.0.1 with plain node: `npm start`, and the server of the Playwright tests.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('../build', import.meta.url)));
const HOST = '127.0.0.1';
const FIRST_PORT = Number(process.env.PORT) || 4173;
/** With STRICT_PORT=1 a busy port is an error instead of a reason to try the next one (tests wait on a fixed URL). */
const PORT_ATTEMPTS = process.env.STRICT_PORT === '1' ? 1 : 10;

/** @type {Record<string, string>} */
const MIME = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.wasm': 'application/wasm',
	'.arrow': 'application/vnd.apache.arrow.file',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.txt': 'text/plain; charset=utf-8',
	'.map': 'application/json; charset=utf-8'
};

/**
 * The file answering a URL path, or null. Paths without an extension fall back to their prerendered
 * .html page, then to index.html (client-side routes).
 * @param {string} pathname
 * @returns {Promise<string | null>}
 */
async function locate(pathname) {
	let decoded;
	try {
		decoded = decodeURIComponent(pathname);
	} catch {
		return null;
	}
	const file = normalize(join(ROOT, decoded));
	if (file !== ROOT && !file.startsWith(ROOT + sep)) return null;
	const candidates = [file, join(file, 'index.html')];
	if (!extname(decoded)) candidates.push(`${file.replace(/[\\/]+$/, '')}.html`, join(ROOT, 'index.html'));
	for (const candidate of candidates) {
		const info = await stat(candidate).catch(() => null);
		if (info?.isFile()) return candidate;
	}
	return null;
}

const server = createServer((req, res) => {
	respond(req, res).catch((/** @type {unknown} */ err) => {
		console.error(err);
		if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
		res.end();
	});
});

/** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
async function respond(req, res) {
	if (req.method !== 'GET' && req.method !== 'HEAD') {
		res.writeHead(405, { Allow: 'GET, HEAD' }).end();
		return;
	}
	const { pathname } = new URL(req.url ?? '/', `http://${HOST}`);
	const file = await locate(pathname);
	if (!file) {
		res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`Not found: ${pathname}\n`);
		return;
	}
	const { size } = await stat(file);
	res.writeHead(200, {
		'Content-Type': MIME[extname(file).toLowerCase()] ?? 'application/octet-stream',
		'Content-Length': size,
		'X-Content-Type-Options': 'nosniff',
		// Vite's hashed assets never change under one name; everything else (pages, data) is revalidated.
		'Cache-Control': pathname.includes('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
	});
	if (req.method === 'HEAD') {
		res.end();
		return;
	}
	createReadStream(file)
		.on('error', () => res.destroy())
		.pipe(res);
}

/** @param {number} port @param {number} attemptsLeft */
function listen(port, attemptsLeft) {
	/** @param {NodeJS.ErrnoException} err */
	const onError = (err) => {
		if (err.code === 'EADDRINUSE' && attemptsLeft > 1) {
			listen(port + 1, attemptsLeft - 1);
		} else {
			console.error(`BOMCA atlas: cannot listen on ${HOST}:${port}: ${err.message}`);
			process.exit(1);
		}
	};
	server.once('error', onError);
	server.listen(port, HOST, () => {
		server.off('error', onError);
		console.log(`BOMCA atlas: http://${HOST}:${port}/`);
	});
}

const rootInfo = await stat(join(ROOT, 'index.html')).catch(() => null);
if (!rootInfo) {
	console.error(`BOMCA atlas: ${ROOT}/index.html is missing; run \`npm run build\` first.`);
	process.exit(1);
}
listen(FIRST_PORT, PORT_ATTEMPTS);
