/**
 * How busy HashLens makes a page look: underlines per 1,000 words.
 *
 * `npx tsx scripts/underline-density.ts [--folder DIR] [PAGE.html ...]` opens each page
 * (served from 127.0.0.1, every other host aborted) in Chromium with the built extension, once
 * with the default "first in each section" and once with "every occurrence", and prints the
 * underlines per 1,000 words of each. Defaults: the densest real crypto pages of
 * /work/shared/pages (read in place). Builds .output/chrome-mv3 first when there is none.
 *
 * {@link underlineDensity} is the measurement alone, for other runners (`npm run quality`).
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { SCAN_COMPLETE_MARK } from '../entrypoints/content/page-terms';
import { EXTENSION_DIR, ensureExtensionBuild } from '../e2e/harness/build';
import { launchExtensionBrowser, type ExtensionBrowser } from '../e2e/harness/browser';
import { findChromium, INSTALL_HINT } from '../e2e/harness/chromium';
import { startPagesServer } from '../e2e/harness/pages-server';
import { runMain } from './shared';

/** One page's figures. */
export interface UnderlineDensity {
  /** Term ranges drawn now (every HashLens term highlight; not quoted prices or the open term). */
  underlined: number;
  /** Terms found and hoverable when the first scan finished (underlined or not). */
  matched: number;
  /** Words of the page's rendered text (`innerText` of the body). */
  words: number;
}

/**
 * Main-world source (a string: tsx would wrap named functions of a TypeScript body in a helper
 * the page does not have). Highlights and performance marks are shared by the page's worlds.
 */
const READ_DENSITY = `(() => {
  const entries = performance.getEntriesByName(${JSON.stringify(SCAN_COMPLETE_MARK)});
  const stats = entries.length ? entries[entries.length - 1].detail : null;
  let underlined = 0;
  const registry = CSS.highlights;
  if (registry) registry.forEach((highlight, name) => {
    if (name.startsWith('hashlens-') && name !== 'hashlens-active' && name !== 'hashlens-quote') {
      underlined += highlight.size;
    }
  });
  const text = document.body ? document.body.innerText : '';
  const words = text.split(/\\s+/).filter(Boolean).length;
  return { underlined, matched: stats ? stats.terms : 0, words };
})()`;

/**
 * Waits for HashLens's first scan of `page` (its scan-complete mark) and returns the page's
 * underlines, matches and words. The underline mode is whatever the extension's settings say.
 */
export async function underlineDensity(page: Page, timeoutMs = 30_000): Promise<UnderlineDensity> {
  await page.waitForFunction(
    `performance.getEntriesByName(${JSON.stringify(SCAN_COMPLETE_MARK)}).length > 0`,
    undefined,
    { timeout: timeoutMs },
  );
  return (await page.evaluate(READ_DENSITY)) as UnderlineDensity;
}

/** Underlines per 1,000 words, one decimal. */
function perThousand(count: number, words: number): string {
  return words > 0 ? ((count * 1000) / words).toFixed(1) : '-';
}

const DEFAULT_FOLDER = '/work/shared/pages';
const DEFAULT_PAGES = [
  'x-coindesk-2016.html',
  'x-coindesk-2025.html',
  'x-decrypt-2025.html',
  'x-cointelegraph-de.html',
  'x-wired-bitcoin.html',
  'x-thebalance-coinbase.html',
];

/** The underline modes compared (utils/settings/items.ts, UnderlineSetting). */
type Mode = 'section' | 'every';

declare const chrome: { storage: { sync: { set(items: object): Promise<void> } } };

async function measure(
  browser: ExtensionBrowser,
  url: string,
  mode: Mode,
): Promise<UnderlineDensity> {
  const worker = await browser.background();
  // The underline setting's storage key (utils/settings/items.ts, underlineSetting).
  await worker.evaluate((mode) => chrome.storage.sync.set({ firstOccurrenceOnly: mode }), mode);
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    return await underlineDensity(page);
  } finally {
    await page.close();
  }
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const folderAt = args.indexOf('--folder');
  const folder = path.resolve(folderAt >= 0 ? args[folderAt + 1]! : DEFAULT_FOLDER);
  const named = args.filter((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--folder');
  const files = named.length > 0 ? named : DEFAULT_PAGES;
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(`Needs Chromium. ${INSTALL_HINT}`);
  ensureExtensionBuild(console.log);
  const server = await startPagesServer(folder);
  const browser = await launchExtensionBrowser({ chromiumPath, extensionDir: EXTENSION_DIR });
  try {
    await browser.context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      const local = url.hostname === '127.0.0.1' || !/^(https?|wss?):$/.test(url.protocol);
      return local ? route.continue() : route.abort('internetdisconnected');
    });
    console.log('page                          words  matched  section  /1000w   every  /1000w');
    const totals = { words: 0, section: 0, every: 0 };
    for (const file of files) {
      const url = server.url('/' + encodeURIComponent(file));
      const calm = await measure(browser, url, 'section');
      const every = await measure(browser, url, 'every');
      totals.words += calm.words;
      totals.section += calm.underlined;
      totals.every += every.underlined;
      console.log(
        [
          file.padEnd(28),
          String(calm.words).padStart(6),
          String(calm.matched).padStart(8),
          String(calm.underlined).padStart(8),
          perThousand(calm.underlined, calm.words).padStart(7),
          String(every.underlined).padStart(7),
          perThousand(every.underlined, every.words).padStart(7),
        ].join(' '),
      );
    }
    console.log(
      `all pages: ${perThousand(totals.section, totals.words)} underlines per 1,000 words ` +
        `first in each section, ${perThousand(totals.every, totals.words)} every occurrence`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  runMain(main);
}
