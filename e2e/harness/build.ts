/**
 * Building the extension for end-to-end tests, benchmarks, the corpus runner and the demo.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * The unpacked Chrome test build the tests, the corpus and the quality run load: the release
 * build plus one thing, every frame publishes a scan-complete mark they wait for
 * (`SCAN_MARKS` in `entrypoints/content/scanner.ts`). Built into `.output-test/`.
 */
export const EXTENSION_DIR = path.resolve('.output-test/chrome-mv3');

/** The unpacked Chrome release build (`npm run build`): what the cost benchmark measures. */
export const RELEASE_EXTENSION_DIR = path.resolve('.output/chrome-mv3');

/** Runs `wxt build` (the test build unless `release`). */
function wxtBuild(args: string[], release: boolean): void {
  execFileSync('npx', ['wxt', 'build', ...args], {
    stdio: ['ignore', 'ignore', 'inherit'],
    // Vitest (and some shells) set NODE_ENV=test, which would leak into the build and pair
    // React's development JSX transform with its production runtime.
    env: { ...process.env, NODE_ENV: 'production', WXT_SCAN_MARKS: release ? '' : 'true' },
  });
}

/** Builds the Chrome test build ({@link EXTENSION_DIR}). */
export function buildExtension(): void {
  wxtBuild([], false);
}

/** Builds the Chrome test build only when there is none yet. */
export function ensureExtensionBuild(log: (line: string) => void): void {
  if (existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) return;
  log('No .output-test/chrome-mv3: building the test build (wxt build, WXT_SCAN_MARKS=true)…');
  buildExtension();
}

/** Builds the Chrome release build ({@link RELEASE_EXTENSION_DIR}) only when there is none. */
export function ensureReleaseBuild(log: (line: string) => void): void {
  if (existsSync(path.join(RELEASE_EXTENSION_DIR, 'manifest.json'))) return;
  log('No .output/chrome-mv3: building (wxt build, NODE_ENV=production)…');
  wxtBuild([], true);
}

/** The unpacked Firefox test build (manifest v2) the Firefox specs install as a temporary add-on. */
export const FIREFOX_EXTENSION_DIR = path.resolve('.output-test/firefox-mv2');

/** Builds the Firefox test build ({@link FIREFOX_EXTENSION_DIR}). */
export function buildFirefoxExtension(): void {
  wxtBuild(['-b', 'firefox'], false);
}

/** The files a built manifest (v2 or v3) names: background, content scripts, pages, UI bundle. */
function namedFiles(manifest: {
  background?: { scripts?: string[]; service_worker?: string };
  content_scripts?: { js?: string[]; css?: string[] }[];
  web_accessible_resources?: (string | { resources?: string[] })[];
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  options_ui?: { page?: string };
}): string[] {
  return [
    ...(manifest.background?.scripts ?? []),
    manifest.background?.service_worker,
    ...(manifest.content_scripts ?? []).flatMap((script) => [
      ...(script.js ?? []),
      ...(script.css ?? []),
    ]),
    ...(manifest.web_accessible_resources ?? []).flatMap((entry) =>
      typeof entry === 'string' ? [entry] : (entry.resources ?? []),
    ),
    manifest.action?.default_popup,
    manifest.browser_action?.default_popup,
    manifest.options_ui?.page,
  ].filter((file): file is string => !!file);
}

/**
 * A private copy of a build, in a new temporary folder (the caller removes it), for a browser
 * to run from. Browsers read an unpacked extension's files as they need them, and a `wxt build`
 * started meanwhile (another run's global setup in the same checkout) empties and refills
 * `.output`: a copy cannot change under the running extension. Copies again while the copy is
 * incomplete (caught mid-build), for up to 30 s.
 */
export async function snapshotBuild(source: string): Promise<string> {
  const target = await mkdtemp(path.join(os.tmpdir(), 'hashlens-build-'));
  const deadline = Date.now() + 30_000;
  for (;;) {
    await rm(target, { recursive: true, force: true });
    await cp(source, target, { recursive: true }).catch(() => {});
    try {
      const manifest = JSON.parse(await readFile(path.join(target, 'manifest.json'), 'utf8'));
      if (namedFiles(manifest).every((file) => existsSync(path.join(target, file)))) return target;
    } catch {
      // No readable manifest yet: the build is being written.
    }
    if (Date.now() > deadline) {
      await rm(target, { recursive: true, force: true });
      throw new Error(`No complete build in ${source} after 30 s`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
