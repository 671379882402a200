/**
 * Runs once before the end-to-end tests: finds Chromium and builds the extension.
 * Without Chromium the browser tests are skipped with a clear message, except under CI=true
 * where a missing browser is a failure.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { buildExtension, EXTENSION_DIR } from './build';
import { findChromium, INSTALL_HINT } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string | null;
    extensionDir: string;
  }
}

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
    buildExtension();
  }
  project.provide('chromiumPath', chromium);
  project.provide('extensionDir', EXTENSION_DIR);
}
