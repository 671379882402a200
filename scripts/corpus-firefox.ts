/**
 * The corpus run in Firefox (`npm run corpus -- DIR --browser firefox`): Debian's Firefox ESR,
 * driven by puppeteer-core over WebDriver BiDi, once with the Firefox build installed as a
 * temporary add-on and once without. Both are offline: every connection that is not to
 * 127.0.0.1 goes to a proxy on a closed port and fails (Firefox never sends loopback through a
 * proxy). Firefox reports neither long tasks nor request initiators, so the task columns read 0
 * and a failed load is never blamed on HashLens here (Chromium's run does that).
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { SCAN_COMPLETE_MARK, type ScanStats } from '../entrypoints/content/page-terms';
import { buildFirefoxExtension, FIREFOX_EXTENSION_DIR } from '../e2e/harness/build';
import { FIREFOX_INSTALL_HINT, findFirefox, launchFirefoxExtension } from '../e2e/harness/firefox';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ErrorReport } from './corpus-compare';
import { QUIET_FOR, RECORDER_INIT_SCRIPT } from './corpus-page';
import { pageClockReached, QUIET_MS, readRun, SETTLE_LIMIT_MS, type Run } from './corpus-run';
import type { CorpusBrowsers } from './corpus';

/** A closed local port: the proxy every non-loopback connection is sent to. */
const DEAD_PROXY_PORT = 9;

/** Preferences that take Firefox offline except for 127.0.0.1 (and its own update checks off). */
const OFFLINE_PREFS: Record<string, unknown> = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': DEAD_PROXY_PORT,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': DEAD_PROXY_PORT,
  'network.proxy.socks': '127.0.0.1',
  'network.proxy.socks_port': DEAD_PROXY_PORT,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': false,
};

/** Options of {@link launchFirefoxCorpus}. */
export interface FirefoxCorpusOptions {
  /** Unpacked Firefox build; default .output/firefox-mv2 (built when missing). */
  extensionDir?: string;
  timeoutMs: number;
  log: (line: string) => void;
}

/** Loads `url` once in a new tab of `browser` and reads everything the verdicts need. */
async function loadOnce(
  browser: Browser,
  url: string,
  withHashLens: boolean,
  timeoutMs: number,
  holdUntil: number | undefined,
): Promise<Run> {
  // Opening a tab while another worker's tab closes can fail once in BiDi ("no such frame"):
  // the harness's race, not the page's, so the tab is asked for again.
  const page: Page = await browser.newPage().catch(() => browser.newPage());
  const reports: ErrorReport[] = [];
  page.on('pageerror', (error) => {
    const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : `${error}`;
    reports.push({ kind: 'exception', text });
  });
  try {
    await page.evaluateOnNewDocument(RECORDER_INIT_SCRIPT);
    await page
      .goto(url, { waitUntil: 'load', timeout: timeoutMs })
      .catch(async (error: unknown) => {
        // A page whose load never fires offline is still measured from what it rendered. Some
        // pages also end BiDi's navigation with an error ("Address rejected") while their
        // document goes on loading: measured once it has loaded.
        if (String(error).includes('Timeout')) return;
        await page
          .waitForFunction(() => document.readyState === 'complete' && !!document.body, {
            timeout: timeoutMs,
            polling: 100,
          })
          .catch(() => {
            throw error;
          });
      });
    let stats: ScanStats | undefined;
    let markAt = 0;
    if (withHashLens) {
      const handle = await page.waitForFunction(
        (mark: string) => {
          const entry = performance.getEntriesByName(mark)[0] as PerformanceMark | undefined;
          // The detail is read as JSON: the content script's object lives in its own sandbox.
          if (!entry) return false;
          // Firefox's content script publishes its figures as JSON text (`publishScanMark`).
          const detail: unknown =
            typeof entry.detail === 'string' ? JSON.parse(entry.detail) : entry.detail;
          return JSON.stringify({ detail, at: entry.startTime });
        },
        { timeout: timeoutMs, polling: 100 },
        SCAN_COMPLETE_MARK,
      );
      const mark = JSON.parse((await handle.jsonValue()) as string) as {
        detail: ScanStats;
        at: number;
      };
      stats = mark.detail;
      markAt = mark.at;
    }
    if (holdUntil !== undefined) {
      // Read at the page time the run with HashLens was read (scripts/corpus.ts, checkPage).
      await page.waitForFunction(pageClockReached(holdUntil), {
        timeout: holdUntil + SETTLE_LIMIT_MS,
        polling: 50,
      });
    } else {
      await page
        .waitForFunction(`${QUIET_FOR} >= ${QUIET_MS}`, { timeout: SETTLE_LIMIT_MS, polling: 100 })
        .catch(() => {
          // Never quiet (a ticker, an animation): compared as it is at the limit.
        });
    }
    return await readRun((source) => page.evaluate(source), reports, new Map(), stats, markAt);
  } finally {
    await page.close().catch(() => {});
  }
}

/** Firefox with the Firefox build, and a plain Firefox, both offline. */
export async function launchFirefoxCorpus(options: FirefoxCorpusOptions): Promise<CorpusBrowsers> {
  const firefoxPath = findFirefox();
  if (!firefoxPath)
    throw new Error(`The Firefox corpus run needs Firefox. ${FIREFOX_INSTALL_HINT}`);
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (!options.extensionDir && !existsSync(path.join(extensionDir, 'manifest.json'))) {
    options.log('No .output/firefox-mv2: building (wxt build -b firefox, NODE_ENV=production)…');
    buildFirefoxExtension();
  }
  const on = await launchFirefoxExtension({ firefoxPath, extensionDir, prefs: OFFLINE_PREFS });
  let off: Browser;
  try {
    off = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath,
      headless: true,
      defaultViewport: { width: 1200, height: 800 },
      extraPrefsFirefox: OFFLINE_PREFS,
    });
  } catch (error) {
    await on.close();
    throw error;
  }
  return {
    load: (url, withHashLens, holdUntil) =>
      loadOnce(withHashLens ? on.browser : off, url, withHashLens, options.timeoutMs, holdUntil),
    async backgroundErrors() {
      const tab = await on.extensionTab();
      return (await tab.evaluate(`(async () => {
        const scope = await browser.runtime.getBackgroundPage();
        return [...scope.hashlens.errors];
      })()`)) as string[];
    },
    async close() {
      await on.close();
      await off.close();
    },
  };
}
