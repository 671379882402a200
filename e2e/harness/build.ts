/**
 * Building the extension for end-to-end tests, benchmarks, the corpus runner and the demo.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The unpacked Chrome build everything loads. */
export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

/** Runs `wxt build` as a user gets it. */
export function buildExtension(): void {
  // Vitest (and some shells) set NODE_ENV=test, which would leak into the build and pair
  // React's development JSX transform with its production runtime.
  execFileSync('npx', ['wxt', 'build'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
}

/** Builds only when there is no build yet. */
export function ensureExtensionBuild(log: (line: string) => void): void {
  if (existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) return;
  log('No .output/chrome-mv3: building (wxt build, NODE_ENV=production)…');
  buildExtension();
}

/** The unpacked Firefox build (manifest v2) the Firefox specs install as a temporary add-on. */
export const FIREFOX_EXTENSION_DIR = path.resolve('.output/firefox-mv2');

/** Runs `wxt build -b firefox` as a user gets it. */
export function buildFirefoxExtension(): void {
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
}
