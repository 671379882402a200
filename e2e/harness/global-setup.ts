/**
 * Runs once before the end-to-end tests: finds Chromium and Firefox and builds the extension
 * for each browser found. Without a browser its tests are skipped with a clear message, except
 * under CI=true where a missing browser is a failure.
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import {
  buildExtension,
  buildFirefoxExtension,
  EXTENSION_DIR,
  FIREFOX_EXTENSION_DIR,
} from './build';
import { chromiumMissing, findChromium } from './chromium';
import { findFirefox, firefoxMissing } from './firefox';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumPath: string | null;
    extensionDir: string;
    firefoxPath: string | null;
    firefoxExtensionDir: string;
  }
}

export default function setup(project: TestProject): void {
  const chromium = findChromium();
  if (!chromium) {
    if (process.env.CI === 'true') {
      throw new Error(
        `End-to-end tests need Chromium and CI=true forbids skipping them. ${chromiumMissing()}`,
      );
    }
    console.warn(`\n⚠ Chromium not found: browser tests are SKIPPED. ${chromiumMissing()}\n`);
  }
  if (process.env.HASHLENS_SKIP_BUILD !== '1' || !existsSync(EXTENSION_DIR)) {
    console.log('Building the extension for end-to-end tests (wxt build)…');
    buildExtension();
  }
  const firefox = findFirefox();
  if (!firefox) {
    if (process.env.CI === 'true') {
      throw new Error(
        `End-to-end tests need Firefox and CI=true forbids skipping them. ${firefoxMissing()}`,
      );
    }
    console.warn(`\n⚠ Firefox not found: Firefox tests are SKIPPED. ${firefoxMissing()}\n`);
  } else if (process.env.HASHLENS_SKIP_BUILD !== '1' || !existsSync(FIREFOX_EXTENSION_DIR)) {
    console.log('Building the Firefox extension for end-to-end tests (wxt build -b firefox)…');
    buildFirefoxExtension();
  }
  project.provide('chromiumPath', chromium);
  project.provide('extensionDir', EXTENSION_DIR);
  project.provide('firefoxPath', firefox);
  project.provide('firefoxExtensionDir', FIREFOX_EXTENSION_DIR);
}
