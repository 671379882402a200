/**
 * Page benchmark: how long HashLens takes to scan and mark real pages, against a plain
 * reference pass, and whether any task it causes runs over 50 ms.
 *
 * For each .html page of a folder (served from 127.0.0.1, every other request blocked) plus a
 * generated stress page of 100,000 text nodes, it loads the built extension in Chromium and
 * reads:
 * - HashLens's own busy time: the content script publishes its figures on the page's
 *   performance timeline (`hashlens:scan-complete`, readable from the main world);
 * - a reference pass in the same page: a TreeWalker over the same kept text nodes running the
 *   matcher's combined RegExp, nothing else (the least any scanner must do);
 * - long tasks (PerformanceObserver `longtask`, from document start), the longest of those that
 *   overlap HashLens's scan, and HashLens's longest slice;
 * - the content script's size, raw and gzip.
 */
import { EXTENSION_DIR, ensureExtensionBuild } from '../e2e/harness/build';
import { median } from './shared';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser } from '../e2e/harness/browser';
import { measureInjected } from './injected-size';
import { findChromium, INSTALL_HINT } from '../e2e/harness/chromium';
import { startPagesServer } from '../e2e/harness/pages-server';
import { SKIPPED_TAGS } from '../entrypoints/content/scanner';
import type { ScanStats } from '../entrypoints/content/page-terms';
import { glossaryPatternSources } from '../utils/terms/term-table';

/** The unpacked Chrome build the benchmark loads. */
export { EXTENSION_DIR };

/** Path of the generated stress page on the bench's server. */
export const STRESS_PAGE = '/__stress-100k-text-nodes.html';

/** Budgets the benchmark checks. */
export const TARGETS = { medianRatio: 1.5, longTaskMs: 50 };

/** Options of {@link runPageBench}. */
export interface PageBenchOptions {
  /** Folder of .html pages; default the project's e2e/pages. */
  folder: string;
  /** Add the generated 100,000-text-node page. */
  stress: boolean;
  /** Per-page time limit, ms. */
  timeoutMs: number;
  log: (line: string) => void;
}

/** One page's figures. */
export interface PageResult {
  page: string;
  ok: boolean;
  error?: string;
  textNodes?: number;
  terms?: number;
  busyMs?: number;
  /** The reference pass's first (cold) run in the page: like HashLens, it runs once. */
  referenceMs?: number;
  /** Its best of three runs (warm RegExp and JIT): a harsher comparison, for information. */
  referenceWarmMs?: number;
  /** busyMs / referenceMs: the figure the target applies to. */
  ratio?: number;
  /** busyMs / referenceWarmMs. */
  ratioWarm?: number;
  longestSliceMs?: number;
  /** Longest long task that overlapped HashLens's scan (0 when none). */
  longestTaskMs?: number;
  /** Longest long task on the page at all, the page's own scripts included. */
  longestAnyTaskMs?: number;
}

/** The benchmark's result. */
export interface PageBenchResult {
  pages: PageResult[];
  medianRatio: number;
  medianRatioWarm: number;
  medianBusyMs: number;
  longestTaskMs: number;
  longestSliceMs: number;
  contentScript: { rawBytes: number; gzipBytes: number };
}

/**
 * A page of 100,000 text nodes (25,000 paragraphs of four), one paragraph in 25 with a
 * glossary term: made at run time so no huge file is committed.
 */
export function stressPageHtml(textNodes = 100_000): string {
  const terms = ['hash rate', 'Bitcoin', 'ASIC miners', 'the halving', 'a mining pool', 'BTC'];
  const parts: string[] = [];
  for (let i = 0; i < textNodes / 4; i++) {
    const term = i % 25 === 0 ? ` ${terms[(i / 25) % terms.length]}` : '';
    // No white space between tags: exactly four text nodes per paragraph.
    parts.push(`<p>Paragraph ${i}${term} says <b>something</b> about <i>things</i></p>`);
  }
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    '<title>Stress page: 100,000 text nodes</title></head><body>' +
    parts.join('') +
    '</body></html>'
  );
}

/** Main world, before the page's scripts: records long tasks from the very start. */
function observeLongTasks(): void {
  const tasks: { start: number; duration: number }[] = [];
  (window as unknown as { __benchLongTasks: typeof tasks }).__benchLongTasks = tasks;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing: reported as 0.
  }
}

/** In the page: the reference pass over the same kept text nodes, in ms (best of `runs`). */
function referencePass(args: {
  sources: string[];
  flags: string;
  skipped: string[];
  runs: number;
}): {
  ms: number;
  firstMs: number;
  textNodes: number;
  hits: number;
} {
  const skipped = new Set(args.skipped);
  const patterns = args.sources.map((source) => new RegExp(source, args.flags));
  // The same walk as HashLens's scanner (no NodeFilter callback, skipped subtrees jumped).
  // No named inner functions: tsx would wrap them in a helper the page does not have.
  let best = Infinity;
  let first = NaN;
  let textNodes = 0;
  let hits = 0;
  for (let run = 0; run < args.runs; run++) {
    textNodes = 0;
    hits = 0;
    const started = performance.now();
    const walker = document.createTreeWalker(
      document.body ?? document.documentElement,
      NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
    );
    let node = walker.nextNode();
    while (node) {
      if (node.nodeType === 3) {
        if ((node as Text).length >= 2) {
          textNodes++;
          const text = (node as Text).data;
          for (const pattern of patterns) {
            pattern.lastIndex = 0;
            while (pattern.exec(text) !== null) hits++;
          }
        }
      } else if (
        skipped.has((node as Element).tagName) ||
        ((node as Element).getAttribute('contenteditable') ?? 'false') !== 'false' ||
        (node as Element).hasAttribute('hidden')
      ) {
        let next: Node | null = null;
        while (!(next = walker.nextSibling()) && walker.parentNode());
        node = next;
        continue;
      }
      node = walker.nextNode();
    }
    const took = performance.now() - started;
    if (run === 0) first = took;
    best = Math.min(best, took);
  }
  return { ms: best, firstMs: first, textNodes, hits };
}

async function benchPage(page: Page, url: string, timeoutMs: number): Promise<PageResult> {
  const name = decodeURIComponent(url.split('/').pop() ?? url);
  await page.addInitScript(observeLongTasks);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: timeoutMs });
  const handle = await page.waitForFunction(
    (mark) => {
      const entry = performance.getEntriesByName(mark)[0] as PerformanceMark | undefined;
      return entry ? { detail: entry.detail as unknown, at: entry.startTime } : false;
    },
    'hashlens:scan-complete',
    { timeout: timeoutMs, polling: 100 },
  );
  const { detail, at } = (await handle.jsonValue()) as { detail: ScanStats; at: number };
  // HashLens scans once, cold (its RegExps warmed in its setup task, its JavaScript not);
  // the reference's first run is the like-for-like figure, its best of three the warm one.
  const reference = await page.evaluate(referencePass, {
    sources: glossaryPatternSources(),
    flags: 'gi',
    skipped: [...SKIPPED_TAGS],
    runs: 3,
  });
  const tasks = await page.evaluate(
    () =>
      (window as unknown as { __benchLongTasks?: { start: number; duration: number }[] })
        .__benchLongTasks ?? [],
  );
  const during = tasks.filter((t) => t.start + t.duration > detail.startedAt && t.start < at);
  return {
    page: name,
    ok: true,
    textNodes: reference.textNodes,
    terms: detail.terms,
    busyMs: detail.busyMs,
    referenceMs: reference.firstMs,
    referenceWarmMs: reference.ms,
    ratio: detail.busyMs / Math.max(reference.firstMs, 0.05),
    ratioWarm: detail.busyMs / Math.max(reference.ms, 0.05),
    longestSliceMs: detail.longestSliceMs,
    longestTaskMs: Math.max(0, ...during.map((t) => t.duration)),
    longestAnyTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
  };
}

function formatRow(r: PageResult): string {
  if (!r.ok) return `${r.page.padEnd(36)} FAILED: ${r.error}`;
  const n = (v: number | undefined, digits = 1) => (v ?? NaN).toFixed(digits).padStart(8);
  return (
    r.page.slice(0, 36).padEnd(36) +
    String(r.textNodes).padStart(8) +
    String(r.terms).padStart(7) +
    n(r.busyMs) +
    n(r.referenceMs) +
    n(r.referenceWarmMs) +
    n(r.ratio, 2) +
    n(r.ratioWarm, 2) +
    n(r.longestSliceMs) +
    n(r.longestTaskMs, 0) +
    n(r.longestAnyTaskMs, 0)
  );
}

/** Runs the page benchmark and prints its table; returns the figures. */
export async function runPageBench(options: PageBenchOptions): Promise<PageBenchResult> {
  const { log } = options;
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(`The page benchmark needs Chromium. ${INSTALL_HINT}`);
  ensureExtensionBuild(log);
  // What the manifest injects into every frame (the first look and its stylesheet).
  const injected = await measureInjected(EXTENSION_DIR);
  const contentScript = {
    rawBytes: injected.allFramesRawBytes,
    gzipBytes: injected.allFramesGzipBytes,
  };

  const folder = path.resolve(options.folder);
  const files = (await readdir(folder)).filter((f) => f.endsWith('.html')).sort();
  const extra: Record<string, string> = options.stress ? { [STRESS_PAGE]: stressPageHtml() } : {};
  const server = await startPagesServer(folder, extra);
  const browser = await launchExtensionBrowser({ chromiumPath, extensionDir: EXTENSION_DIR });
  const pages: PageResult[] = [];
  try {
    // Offline and deterministic: only our own server answers.
    await browser.context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      return url.hostname === '127.0.0.1' ? route.continue() : route.abort();
    });
    const paths = [...files.map((f) => '/' + encodeURIComponent(f)), ...Object.keys(extra)];
    log(
      `Page benchmark: ${paths.length} pages from ${path.relative(process.cwd(), folder) || '.'}`,
    );
    log(
      'page'.padEnd(36) +
        'nodes'.padStart(8) +
        'terms'.padStart(7) +
        'HL ms'.padStart(8) +
        'ref ms'.padStart(8) +
        'warm'.padStart(8) +
        'ratio'.padStart(8) +
        'r.warm'.padStart(8) +
        'slice'.padStart(8) +
        'task'.padStart(8) +
        'anytask'.padStart(8),
    );
    for (const pathname of paths) {
      const page = await browser.context.newPage();
      // Real pages' own scripts fail offline; that is their business, not the benchmark's.
      page.on('pageerror', () => {});
      let result: PageResult;
      try {
        result = await benchPage(page, server.url(pathname), options.timeoutMs);
      } catch (error) {
        const message = String(error instanceof Error ? error.message : error).split('\n')[0];
        result = { page: decodeURIComponent(pathname.slice(1)), ok: false, error: message };
      }
      await page.close().catch(() => {});
      pages.push(result);
      log(formatRow(result));
    }
  } finally {
    await browser.close();
    await server.close();
  }

  const ok = pages.filter((p) => p.ok);
  const result: PageBenchResult = {
    pages,
    medianRatio: median(ok.map((p) => p.ratio!)),
    medianRatioWarm: median(ok.map((p) => p.ratioWarm!)),
    medianBusyMs: median(ok.map((p) => p.busyMs!)),
    longestTaskMs: Math.max(0, ...ok.map((p) => p.longestTaskMs!)),
    longestSliceMs: Math.max(0, ...ok.map((p) => p.longestSliceMs!)),
    contentScript,
  };
  log('');
  log(
    `median ratio ${result.medianRatio.toFixed(2)} (target ≤ ${TARGETS.medianRatio}; against ` +
      `the warm reference ${result.medianRatioWarm.toFixed(2)}), ` +
      `median HashLens time ${result.medianBusyMs.toFixed(1)} ms, ` +
      `longest task during scans ${result.longestTaskMs.toFixed(0)} ms ` +
      `(target ≤ ${TARGETS.longTaskMs}), longest HashLens slice ${result.longestSliceMs.toFixed(1)} ms`,
  );
  log(
    `content script: ${(contentScript.rawBytes / 1024).toFixed(1)} kB raw, ` +
      `${(contentScript.gzipBytes / 1024).toFixed(1)} kB gzip`,
  );
  if (ok.length < pages.length) log(`${pages.length - ok.length} page(s) failed (see above)`);
  return result;
}
