/**
 * `npm run corpus -- DIR [--browser chromium|firefox] [--concurrency N] [--timeout MS]
 * [--extension DIR]`: proves HashLens leaves real pages alone. Every .html page of DIR is served
 * from 127.0.0.1 (its own scripts run; every request to any other host fails, so nothing goes
 * out) and opened in Chromium (or Firefox: scripts/corpus-firefox.ts) with the built extension
 * and in a second browser without it. Per page it reports the terms found, HashLens's
 * scan-and-mark time and longest slice (its `hashlens:scan-complete` mark), the longest task,
 * errors thrown by HashLens, the page's own errors and those seen only with HashLens, resources
 * that failed to load (counted, never compared: a network outcome, not an error of HashLens
 * unless HashLens asked for them), and whether the DOM or text changed (method:
 * scripts/corpus-compare.ts). Exits non-zero on any HashLens error, any extra page error, any
 * DOM or text change, or a page HashLens did not finish scanning.
 * Builds .output/chrome-mv3 first when there is none (NODE_ENV=production).
 */
import { SCAN_COMPLETE_MARK, type ScanStats } from '../entrypoints/content/page-terms';
import { EXTENSION_DIR, ensureExtensionBuild } from '../e2e/harness/build';
import { launchFirefoxCorpus } from './corpus-firefox';
import { pageClockReached, QUIET_MS, readRun, SETTLE_LIMIT_MS, type Run } from './corpus-run';
import { blockTheInternet, runMain } from './shared';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { backgroundErrors } from '../e2e/harness/background';
import { launchExtensionBrowser, launchPlainBrowser } from '../e2e/harness/browser';
import { findChromium, INSTALL_HINT } from '../e2e/harness/chromium';
import { startPagesServer, type PagesServer } from '../e2e/harness/pages-server';
import {
  domVerdict,
  initiatorUrls,
  median,
  onlyWith,
  type DomVerdict,
  type ErrorReport,
} from './corpus-compare';
import { QUIET_FOR, RECORDER_INIT_SCRIPT } from './corpus-page';

/** Runs without HashLens made at most, when a run with it shows something new. */
const MAX_RUNS_WITHOUT = 5;

/** One page's result. */
export interface CorpusPageResult {
  page: string;
  ok: boolean;
  failure?: string;
  terms?: number;
  busyMs?: number;
  longestSliceMs?: number;
  longestTaskMs?: number;
  scanTaskMs?: number;
  hashLensErrors: string[];
  extraPageErrors: string[];
  pageErrorCount: number;
  failedLoadCount: number;
  dom?: DomVerdict;
  extraMutations: string[];
  runsWithout: number;
}

async function settle(page: Page, holdUntil: number | undefined): Promise<void> {
  if (holdUntil !== undefined) {
    // Read at the page time the run with HashLens was read: the same moment of the page's own
    // timers, whether or not it has gone quiet since.
    await page.waitForFunction(pageClockReached(holdUntil), undefined, {
      timeout: holdUntil + SETTLE_LIMIT_MS,
      polling: 50,
    });
    return;
  }
  await page
    .waitForFunction(`${QUIET_FOR} >= ${QUIET_MS}`, undefined, {
      timeout: SETTLE_LIMIT_MS,
      polling: 100,
    })
    .catch(() => {
      // Never quiet (a ticker, an animation): compared as it is at the limit.
    });
}

/** Loads `url` once in `context` and reads everything the verdicts need. */
async function loadOnce(
  context: BrowserContext,
  url: string,
  withHashLens: boolean,
  timeoutMs: number,
  holdUntil: number | undefined,
): Promise<Run> {
  const page = await context.newPage();
  // Sorted once the page has settled, when every request's initiator is known.
  const reports: ErrorReport[] = [];
  page.on('pageerror', (error) =>
    reports.push({ kind: 'exception', text: `${error.message}\n${error.stack ?? ''}` }),
  );
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    reports.push({ kind: 'console', text: message.text(), url: message.location().url });
  });
  // With HashLens: which scripts asked for each URL, so that a failed load HashLens's code
  // asked for is blamed on it (without it, no request can be HashLens's).
  const initiators = new Map<string, Set<string>>();
  const cdp = withHashLens ? await context.newCDPSession(page) : null;
  cdp?.on('Network.requestWillBeSent', (event) => {
    const urls = initiatorUrls(event.initiator);
    if (urls.length === 0) return;
    const known = initiators.get(event.request.url) ?? new Set<string>();
    for (const url of urls) known.add(url);
    initiators.set(event.request.url, known);
  });
  try {
    await cdp?.send('Network.enable');
    await page.addInitScript(RECORDER_INIT_SCRIPT);
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs }).catch(async (error) => {
      // A page whose load never fires offline is still measured from what it rendered.
      if (!String(error).includes('Timeout')) throw error;
    });
    let stats: ScanStats | undefined;
    let markAt = 0;
    if (withHashLens) {
      const handle = await page.waitForFunction(
        (mark) => {
          const entry = performance.getEntriesByName(mark)[0] as PerformanceMark | undefined;
          return entry ? { detail: entry.detail as unknown, at: entry.startTime } : false;
        },
        SCAN_COMPLETE_MARK,
        { timeout: timeoutMs, polling: 100 },
      );
      const mark = (await handle.jsonValue()) as { detail: ScanStats; at: number };
      stats = mark.detail;
      markAt = mark.at;
    }
    await settle(page, holdUntil);
    return await readRun((source) => page.evaluate(source), reports, initiators, stats, markAt);
  } finally {
    await cdp?.detach().catch(() => {});
    await page.close().catch(() => {});
  }
}

/** Opens one page with HashLens, then twice without it, and more runs when needed. */
async function checkPage(name: string, url: string, load: LoadPage): Promise<CorpusPageResult> {
  // With HashLens first, as its run lasts longest (it waits for the scan): each run without it
  // is read at the same page time, so a timer of the page's own (a font loader's 3 s fallback
  // that sets a class on <html>) has had the same time to fire in all.
  const withHl = await load(url, true);
  const loadWithout = () => load(url, false, withHl.endedAt);
  const without: Run[] = [await loadWithout(), await loadWithout()];

  const verdicts = () => {
    const snapshots = without.map((r) => r.snapshot);
    return {
      extraErrors: onlyWith(
        withHl.pageErrors,
        without.map((r) => r.pageErrors),
      ),
      extraMutations: onlyWith(
        withHl.sigs,
        without.map((r) => r.sigs),
      ),
      dom: domVerdict(withHl.snapshot, snapshots),
      // The run with HashLens matches some run without it: as a page may legitimately end.
      matchesSome: snapshots.some(
        (s) => s.dom === withHl.snapshot.dom && s.text === withHl.snapshot.text,
      ),
    };
  };
  let v = verdicts();
  // Something new with HashLens: first make sure the page does not do it by itself sometimes.
  while (
    without.length < MAX_RUNS_WITHOUT &&
    (v.extraErrors.length > 0 ||
      v.extraMutations.length > 0 ||
      (v.dom !== 'same' && v.dom !== 'nondeterministic'))
  ) {
    without.push(await loadWithout());
    v = verdicts();
  }
  const dom = v.matchesSome && v.dom !== 'nondeterministic' ? 'same' : v.dom;
  const overflow = withHl.overflow || without.some((r) => r.overflow);
  const stats = withHl.stats!;
  const failures: string[] = [];
  if (withHl.hashLensErrors.length > 0) failures.push('HashLens threw');
  if (v.extraErrors.length > 0) failures.push('page errors only with HashLens');
  if (v.extraMutations.length > 0) failures.push('DOM mutations only with HashLens');
  if (dom === 'dom-changed' || dom === 'text-changed') failures.push(dom);
  if (overflow) failures.push('too many mutations to compare (over 50,000 kinds)');
  return {
    page: name,
    ok: failures.length === 0,
    failure: failures.join('; ') || undefined,
    terms: stats.terms,
    busyMs: stats.busyMs,
    longestSliceMs: stats.longestSliceMs,
    longestTaskMs: withHl.longestTaskMs,
    scanTaskMs: withHl.scanTaskMs,
    hashLensErrors: withHl.hashLensErrors,
    extraPageErrors: v.extraErrors,
    pageErrorCount: new Set(withHl.pageErrors).size,
    failedLoadCount: withHl.failedLoads,
    dom,
    extraMutations: v.extraMutations,
    runsWithout: without.length,
  };
}

const COLUMNS: [string, number][] = [
  ['page', 30],
  ['terms', 6],
  ['scan ms', 8],
  ['slice', 7],
  ['task', 6],
  ['scantask', 9],
  ['HL err', 7],
  ['pg err', 7],
  ['failed', 7],
  ['+err', 5],
  ['dom', 17],
  ['+mut', 5],
  ['runs', 5],
];

function row(values: (string | number | undefined)[]): string {
  return values
    .map((value, i) => {
      const [, width] = COLUMNS[i]!;
      const text =
        typeof value === 'number'
          ? Number.isInteger(value)
            ? String(value)
            : value.toFixed(1)
          : (value ?? '-');
      return i === 0 ? text.slice(0, width - 1).padEnd(width) : text.padStart(width);
    })
    .join('');
}

function formatRow(r: CorpusPageResult): string {
  return row([
    r.page,
    r.terms,
    r.busyMs,
    r.longestSliceMs,
    r.longestTaskMs === undefined ? undefined : Math.round(r.longestTaskMs),
    r.scanTaskMs === undefined ? undefined : Math.round(r.scanTaskMs),
    r.hashLensErrors.length,
    r.pageErrorCount,
    r.failedLoadCount,
    r.extraPageErrors.length,
    r.dom,
    r.extraMutations.length,
    r.runsWithout,
  ]);
}

/** Loads a page once, with or without HashLens, and reads what the verdicts need. */
export type LoadPage = (url: string, withHashLens: boolean, holdUntil?: number) => Promise<Run>;

/** The two browsers of a corpus run (one with HashLens, one without) behind one loader. */
export interface CorpusBrowsers {
  load: LoadPage;
  /** Errors the extension's background recorded during the run. */
  backgroundErrors(): Promise<string[]>;
  close(): Promise<void>;
}

/** Chromium with the unpacked Chrome build, and a plain Chromium, both offline. */
async function launchChromiumCorpus(
  extensionDir: string | undefined,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<CorpusBrowsers> {
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(`The corpus run needs Chromium. ${INSTALL_HINT}`);
  if (!extensionDir) ensureExtensionBuild(log);
  const [on, off] = await Promise.all([
    launchExtensionBrowser({ chromiumPath, extensionDir: extensionDir ?? EXTENSION_DIR }),
    launchPlainBrowser({ chromiumPath }),
  ]);
  await blockTheInternet(on.context);
  await blockTheInternet(off.context);
  return {
    load: (url, withHashLens, holdUntil) =>
      loadOnce(withHashLens ? on.context : off.context, url, withHashLens, timeoutMs, holdUntil),
    backgroundErrors: () => backgroundErrors(on),
    async close() {
      await on.close();
      await off.close();
    },
  };
}

/** Options of {@link runCorpus}. */
export interface CorpusOptions {
  folder: string;
  /** Which browser: Chromium (the default) or Firefox. */
  browser: 'chromium' | 'firefox';
  /** Unpacked extension to load; default the browser's build in .output (built when missing). */
  extensionDir?: string;
  concurrency: number;
  timeoutMs: number;
  log: (line: string) => void;
}

/** Figures over the whole corpus. */
export interface CorpusSummary {
  pages: CorpusPageResult[];
  failed: CorpusPageResult[];
  medianTerms: number;
  medianBusyMs: number;
  medianSliceMs: number;
  medianTaskMs: number;
  backgroundErrors: string[];
}

/** Runs the corpus and prints its table; returns the figures. */
export async function runCorpus(options: CorpusOptions): Promise<CorpusSummary> {
  const { log } = options;
  const extensionDir = options.extensionDir ? path.resolve(options.extensionDir) : undefined;
  const folder = path.resolve(options.folder);
  const files = (await readdir(folder)).filter((f) => f.endsWith('.html')).sort();
  if (files.length === 0) throw new Error(`No .html pages in ${folder}`);

  let server: PagesServer | null = null;
  let browsers: CorpusBrowsers | null = null;
  const results: CorpusPageResult[] = [];
  let bgErrors: string[] = [];
  try {
    server = await startPagesServer(folder);
    browsers =
      options.browser === 'firefox'
        ? await launchFirefoxCorpus({ extensionDir, timeoutMs: options.timeoutMs, log })
        : await launchChromiumCorpus(extensionDir, options.timeoutMs, log);
    log(
      `Corpus (${options.browser}): ${files.length} pages from ${folder}, ` +
        `${options.concurrency} at a time`,
    );
    log(row(COLUMNS.map(([name]) => name)));
    const queue = [...files];
    const load = browsers.load;
    const worker = async () => {
      for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
        const url = server!.url('/' + encodeURIComponent(file));
        let result: CorpusPageResult;
        try {
          result = await checkPage(file, url, load);
        } catch (error) {
          const message = String(error instanceof Error ? error.message : error).split('\n')[0];
          result = {
            page: file,
            ok: false,
            failure: message,
            hashLensErrors: [],
            extraPageErrors: [],
            pageErrorCount: 0,
            failedLoadCount: 0,
            extraMutations: [],
            runsWithout: 0,
          };
        }
        results.push(result);
        log(formatRow(result));
      }
    };
    await Promise.all(Array.from({ length: options.concurrency }, worker));
    bgErrors = await browsers.backgroundErrors();
  } finally {
    await browsers?.close();
    await server?.close();
  }

  results.sort((a, b) => a.page.localeCompare(b.page));
  const ok = results.filter((r) => r.terms !== undefined);
  // Frames the first look found nothing in never start the scan: no scan time to count.
  const scanned = ok.filter((r) => r.busyMs !== undefined);
  const summary: CorpusSummary = {
    pages: results,
    failed: results.filter((r) => !r.ok),
    medianTerms: median(ok.map((r) => r.terms!)),
    medianBusyMs: median(scanned.map((r) => r.busyMs!)),
    medianSliceMs: median(scanned.map((r) => r.longestSliceMs!)),
    medianTaskMs: median(ok.map((r) => r.longestTaskMs!)),
    backgroundErrors: bgErrors,
  };
  log('');
  log(
    `medians over ${ok.length} pages: ${summary.medianTerms} terms, ` +
      `longest task ${summary.medianTaskMs.toFixed(0)} ms; over the ${scanned.length} pages ` +
      `scanned: scan-and-mark ${summary.medianBusyMs.toFixed(1)} ms, longest HashLens slice ` +
      `${summary.medianSliceMs.toFixed(1)} ms`,
  );
  log(
    `unchanged DOM: ${results.filter((r) => r.dom === 'same').length} pages compared whole, ` +
      `${results.filter((r) => r.dom === 'nondeterministic').length} nondeterministic ` +
      `(compared by mutation records)`,
  );
  for (const r of summary.failed) {
    log(`FAILED ${r.page}: ${r.failure}`);
    for (const e of r.hashLensErrors) log(`  HashLens error: ${e.split('\n')[0]}`);
    for (const e of r.extraPageErrors) log(`  extra page error: ${e}`);
    for (const m of r.extraMutations.slice(0, 10)) log(`  mutation only with HashLens: ${m}`);
  }
  for (const e of bgErrors) log(`background error: ${e}`);
  return summary;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const extensionIndex = args.indexOf('--extension');
  const extensionDir = extensionIndex < 0 ? undefined : args.splice(extensionIndex, 2)[1];
  const option = (name: string, fallback: number) => {
    const index = args.indexOf(name);
    if (index < 0) return fallback;
    const value = Number(args.splice(index, 2)[1]);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} needs a positive number`);
    return value;
  };
  const browserIndex = args.indexOf('--browser');
  const browser = browserIndex < 0 ? 'chromium' : args.splice(browserIndex, 2)[1];
  if (browser !== 'chromium' && browser !== 'firefox') {
    throw new Error('--browser takes chromium or firefox');
  }
  const concurrency = option('--concurrency', 2);
  const timeoutMs = option('--timeout', 30_000);
  const folder = args.find((arg) => !arg.startsWith('--'));
  if (!folder) {
    console.error(
      'usage: npm run corpus -- DIR [--browser chromium|firefox] [--concurrency N] ' +
        '[--timeout MS] [--extension DIR]',
    );
    return 2;
  }
  const started = Date.now();
  const summary = await runCorpus({
    folder,
    browser,
    extensionDir,
    concurrency,
    timeoutMs,
    log: console.log,
  });
  console.log(`took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (summary.failed.length > 0 || summary.backgroundErrors.length > 0) {
    console.error(`Corpus FAILED: ${summary.failed.length} page(s), see above.`);
    return 1;
  }
  console.log(`Corpus passed: ${summary.pages.length} pages, HashLens changed nothing.`);
  return 0;
}

runMain(main);
