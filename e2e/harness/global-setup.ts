/**
 * Runs once before the end-to-end tests: finds Chromium and builds the extension.
 * Without Chromium the browser tests are skipped with a clear message, except under CI=true
 * where a missing browser is a failure.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium, INSTALL_HINT } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string | null;
    extensionDir: string;
  }
}

/** The unpacked Chrome build the tests load. */
export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

export default function setup(project: TestProject): void {
  const chromium = findChromium();
  if (!chromium) {
    if (process.env.CI === 'true') {
      throw new Error(
        `End-to-end tests need Chromium and CI=true forbids skipping them. ${INSTALL_HINT}`,
      );
    }
    console.warn(`\n⚠ Chromium not found: browser tests are SKIPPED. ${INSTALL_HINT}\n`);
  }
  if (process.env.HASHLENS_SKIP_BUILD !== '1' || !existsSync(EXTENSION_DIR)) {
    console.log('Building the extension for end-to-end tests (wxt build)…');
    // Vitest sets NODE_ENV=test, which would leak into the build and pair React's
    // development JSX transform with its production runtime: build as a user gets it.
    execFileSync('npx', ['wxt', 'build'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  project.provide('chromiumPath', chromium);
  project.provide('extensionDir', EXTENSION_DIR);
}
