// Playwright: browser tests of the built site (tests/e2e) in Chromium, served by scripts/serve.js.
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// E2E_PORT lets two checkouts run their browser tests side by side without serving each other's build.
const PORT = Number(process.env.E2E_PORT) || 4173;
const executablePath =
	process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
	testDir: 'tests/e2e',
	// The generated dataset some tests open (?data=bench-1000), written into build/ once.
	globalSetup: './tests/e2e/setup.ts',
	workers: 1,
	// DuckDB-WASM's start takes 2–3 s alone and much longer when the two cores are busy: generous per-test bound.
	timeout: 90_000,
	expect: { timeout: 15_000 },
	retries: 0,
	reporter: 'list',
	forbidOnly: !!process.env.CI,
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		trace: 'retain-on-failure'
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 1366, height: 768 },
				launchOptions: {
					executablePath,
					args: [
						'--no-sandbox',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
						'--disable-quic',
						'--no-first-run'
					]
				}
			}
		}
	],
	webServer: {
		command: 'node scripts/serve.js',
		url: `http://127.0.0.1:${PORT}/`,
		env: { PORT: String(PORT), STRICT_PORT: '1' },
		reuseExistingServer: !process.env.CI,
		stdout: 'pipe',
		timeout: 30_000
	}
});
