// The built site served by scripts/serve.js and Debian's Chromium launched headless: what every benchmark measures in.
import { spawn, type ChildProcess } from 'node:child_process';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from '@playwright/test';

const root = resolve(import.meta.dirname, '../..');
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** scripts/serve.js on the first free port from a random one; resolves with its URL. */
export function serve(): Promise<{ url: string; child: ChildProcess }> {
	const port = 20000 + Math.floor(Math.random() * 20000);
	const child = spawn(process.execPath, [join(root, 'scripts', 'serve.js')], { env: { ...process.env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'inherit'] });
	return new Promise((resolveUrl, reject) => {
		let out = '';
		child.stdout!.on('data', (b: Buffer) => {
			out += b.toString();
			const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
			if (m) resolveUrl({ url: m[0], child });
		});
		child.on('exit', (code) => reject(new Error(`scripts/serve.js exited with ${code}`)));
	});
}

