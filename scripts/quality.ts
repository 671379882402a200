/**
 * `npm run quality -- [PAGES_DIR] [--extension DIR] [--timeout MS]`: how
 * well HashLens marks what a reader wants explained, on a labelled set of real pages. Opens
 * every labelled page in Chromium with the production build (`.output/chrome-mv3`, built when
 * missing) and compares its marks (the ranges of HashLens's CSS highlights) with
 * `quality/labels.json`:
 * - `must`: text a reader wants explained and the glossary entry that should explain it
 *   (recall: found / total);
 * - `mustNot`: traps, text that must stay unmarked ("difficulty" in an everyday sentence, coal
 *   mining, a stock ETF); off-topic pages: every mark is a trap.
 * Pages come from PAGES_DIR (default ../shared/pages, the saved real pages, read in place;
 * skipped with a message when absent) and from quality/pages (texts committed with their
 * sources, see quality/SOURCES.md). Each page is read twice: with "underline every occurrence"
 * for recall and traps (every match outside site chrome is drawn), and as shipped ("first in
 * each section") for what a reader sees. Prints per page recall, traps, marks per 1,000 words
 * (underlined: as shipped; all: every occurrence) and totals; exits non-zero
 * when recall is under 95%, any trap is hit or a label's text is not on its page. Nothing
 * leaves the machine: every request to another host is aborted, and prices are not needed (no
 * CoinGecko stand-in).
 *
 * Which entry a mark stands for is not on the page (highlights carry ranges only): the
 * glossary's matcher is run over the marked text node and the match at the mark's offsets
 * names it (with every context on: the page already decided context).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import * as v from 'valibot';
import type { BrowserContext } from 'playwright-core';
import { SCAN_COMPLETE_MARK } from '../entrypoints/content/page-terms';
import { defaultTermMatcher } from '../utils/terms/term-table';
import { EXTENSION_DIR, ensureExtensionBuild } from '../e2e/harness/build';
import { launchExtensionBrowser, type ExtensionBrowser } from '../e2e/harness/browser';
import { findChromium, INSTALL_HINT } from '../e2e/harness/chromium';
import { setStorage } from '../e2e/harness/background';
import { startPagesServer, type PagesServer } from '../e2e/harness/pages-server';
import {
  labelsFileSchema,
  scorePage,
  type MarkedSpan,
  type PageLabels,
  type PageScore,
} from './quality-labels';
import { blockTheInternet, runMain } from './shared';

const QUALITY_DIR = path.resolve('quality');
const OWN_PAGES_DIR = path.join(QUALITY_DIR, 'pages');
const LABELS_FILE = path.join(QUALITY_DIR, 'labels.json');
const DEFAULT_SHARED_DIR = path.resolve('../shared/pages');
/** Recall below this fails the run. */
const MIN_RECALL = 0.95;
/** Highlights of HashLens that are not terms: the open tooltip's term, quoted prices. */
const NOT_TERMS = new Set(['hashlens-active', 'hashlens-quote']);

/** What a page shows once HashLens has scanned it. */
interface PageRead {
  /** The texts of the body's text nodes, in document order. */
  texts: string[];
  /** Each HashLens highlight range: highlight name, text node index, offsets. */
  ranges: [name: string, node: number, start: number, end: number][];
  words: number;
}

/** One page's figures. */
interface PageResult {
  labels: PageLabels;
  score?: PageScore;
  words: number;
  underlined: number;
  matched: number;
  error?: string;
}

/**
 * Reads a page (main world; the highlight registry is the document's): its text nodes and
 * HashLens's highlight ranges. A string, as in `corpus-page.ts`: tsx would wrap a function's
 * inner functions in a helper the page does not have.
 */
const READ_PAGE = `(() => {
  const notTerms = ${JSON.stringify([...NOT_TERMS])};
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      const tag = node.parentElement ? node.parentElement.tagName : '';
      return skip.has(tag) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  const texts = [];
  const index = new Map();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    index.set(node, texts.length);
    texts.push(node.nodeValue || '');
  }
  const ranges = [];
  const registry = CSS.highlights;
  if (registry) {
    for (const [name, highlight] of registry) {
      if (!name.startsWith('hashlens') || notTerms.includes(name)) continue;
      for (const range of highlight) {
        const at = index.get(range.startContainer);
        if (at !== undefined) ranges.push([name, at, range.startOffset, range.endOffset]);
      }
    }
  }
  const words = (document.body.innerText.match(/\\S+/g) || []).length;
  return { texts, ranges, words };
})()`;

/** The entry a mark stands for: the glossary's match at its offsets in its text node. */
function entryAt(text: string, start: number, end: number): string {
  const matches = defaultTermMatcher().find(text, { cryptoContext: true, miningContext: true });
  return matches.find((m) => m.start === start && m.end === end)?.entryId ?? '';
}

/** Loads `url` in `context`, waits for HashLens's first scan and reads the page. */
async function readPage(
  context: BrowserContext,
  url: string,
  timeoutMs: number,
): Promise<PageRead> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs }).catch((error: unknown) => {
      // A page whose load never fires offline is still read from what it rendered.
      if (!String(error).includes('Timeout')) throw error;
    });
    await page.waitForFunction(
      (mark) => performance.getEntriesByName(mark).length > 0,
      SCAN_COMPLETE_MARK,
      { timeout: timeoutMs, polling: 100 },
    );
    return (await page.evaluate(READ_PAGE)) as PageRead;
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * One page's figures: recall and traps from every mark HashLens draws when every occurrence is
 * underlined (`all`), and the underlines a reader sees with the shipped default, first in each
 * section (`shipped`).
 */
async function measurePage(
  contexts: { all: BrowserContext; shipped: BrowserContext },
  url: string,
  labels: PageLabels,
  timeoutMs: number,
): Promise<PageResult> {
  try {
    const read = await readPage(contexts.all, url, timeoutMs);
    const shipped = await readPage(contexts.shipped, url, timeoutMs);
    const offsets: number[] = [];
    let joined = 0;
    for (const text of read.texts) {
      offsets.push(joined);
      joined += text.length;
    }
    const marks: MarkedSpan[] = read.ranges.map(([, node, start, end]) => ({
      start: offsets[node]! + start,
      end: offsets[node]! + end,
      entryId: entryAt(read.texts[node]!, start, end),
    }));
    return {
      labels,
      score: scorePage(read.texts.join(''), marks, labels),
      words: read.words,
      underlined: shipped.ranges.length,
      matched: marks.length,
    };
  } catch (error) {
    const message = String(error instanceof Error ? error.message : error).split('\n')[0];
    return { labels, words: 0, underlined: 0, matched: 0, error: message };
  }
}

function perThousand(count: number, words: number): string {
  return words > 0 ? ((count * 1000) / words).toFixed(1) : '-';
}

function row(cells: (string | number)[], widths: number[]): string {
  return cells
    .map((cell, i) =>
      i === 0 ? String(cell).padEnd(widths[i]!) : String(cell).padStart(widths[i]!),
    )
    .join('');
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const take = (name: string): string | undefined => {
    const at = args.indexOf(name);
    return at < 0 ? undefined : args.splice(at, 2)[1];
  };
  const extensionArg = take('--extension');
  const timeoutMs = Number(take('--timeout') ?? 30_000);
  const sharedDir = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? DEFAULT_SHARED_DIR);

  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(`npm run quality needs Chromium. ${INSTALL_HINT}`);
  const extensionDir = extensionArg ? path.resolve(extensionArg) : EXTENSION_DIR;
  if (!extensionArg) ensureExtensionBuild(console.log);

  const labelsFile = v.parse(labelsFileSchema, JSON.parse(await readFile(LABELS_FILE, 'utf8')));
  const haveShared = existsSync(sharedDir);
  if (!haveShared) {
    console.log(
      `No saved pages in ${sharedDir}: their labels are skipped (pass the folder as argument).`,
    );
  }
  const pages = labelsFile.pages.filter((p) => p.from === 'own' || haveShared);

  // Own pages are served under /own/ from memory, next to the shared folder's files.
  const ownPages: Record<string, string> = {};
  for (const file of await readdir(OWN_PAGES_DIR)) {
    if (file.endsWith('.html'))
      ownPages[`/own/${file}`] = await readFile(path.join(OWN_PAGES_DIR, file), 'utf8');
  }

  let server: PagesServer | null = null;
  const browsers: ExtensionBrowser[] = [];
  const results: PageResult[] = [];
  try {
    server = await startPagesServer(haveShared ? sharedDir : OWN_PAGES_DIR, ownPages);
    // Two browsers: one as shipped (first occurrence in each section underlined), one with
    // every occurrence underlined, whose marks are every match a reader can hover outside
    // site chrome.
    const shipped = await launchExtensionBrowser({ chromiumPath, extensionDir });
    browsers.push(shipped);
    const all = await launchExtensionBrowser({ chromiumPath, extensionDir });
    browsers.push(all);
    await setStorage(all, 'sync', { firstOccurrenceOnly: 'every' });
    for (const browser of browsers) await blockTheInternet(browser.context);
    for (const labels of pages) {
      const pathname = labels.from === 'own' ? `/own/${labels.page}` : `/${labels.page}`;
      const contexts = { all: all.context, shipped: shipped.context };
      results.push(await measurePage(contexts, server.url(pathname), labels, timeoutMs));
    }
  } finally {
    for (const browser of browsers) await browser.close();
    await server?.close();
  }

  const widths = [30, 8, 7, 7, 10, 10, 8];
  console.log(row(['page', 'must', 'recall', 'traps', 'ul/1k w', 'all/1k w', 'words'], widths));
  let found = 0;
  let total = 0;
  let traps = 0;
  let broken = 0;
  let words = 0;
  let underlined = 0;
  let matched = 0;
  const notes: string[] = [];
  for (const r of results) {
    const s = r.score;
    if (!s) {
      broken++;
      console.log(row([r.labels.page, 'ERROR', '', '', '', '', ''], widths));
      notes.push(`${r.labels.page}: ${r.error ?? 'failed'}`);
      continue;
    }
    found += s.mustFound;
    total += s.mustTotal;
    traps += s.trapsHit.length;
    broken += s.notFound.length;
    words += r.words;
    underlined += r.underlined;
    matched += r.matched;
    const recall = s.mustTotal > 0 ? `${((100 * s.mustFound) / s.mustTotal).toFixed(0)}%` : '-';
    console.log(
      row(
        [
          r.labels.page.replace(/\.html$/, '') + (r.labels.offTopic ? ' (off)' : ''),
          s.mustTotal > 0 ? `${s.mustFound}/${s.mustTotal}` : '-',
          recall,
          s.trapsHit.length,
          perThousand(r.underlined, r.words),
          perThousand(r.matched, r.words),
          r.words,
        ],
        widths,
      ),
    );
    for (const m of s.missed) notes.push(`${r.labels.page}: missed ${m}`);
    for (const t of s.trapsHit) notes.push(`${r.labels.page}: TRAP ${t}`);
    for (const n of s.notFound) notes.push(`${r.labels.page}: label text not on the page: "${n}"`);
  }
  const recall = total > 0 ? found / total : 1;
  console.log(
    row(
      [
        `total (${results.length} pages)`,
        `${found}/${total}`,
        `${(100 * recall).toFixed(1)}%`,
        traps,
        perThousand(underlined, words),
        perThousand(matched, words),
        words,
      ],
      widths,
    ),
  );
  for (const note of notes) console.log(note);
  const failures: string[] = [];
  if (recall < MIN_RECALL)
    failures.push(`recall ${(100 * recall).toFixed(1)}% < ${MIN_RECALL * 100}%`);
  if (traps > 0) failures.push(`${traps} trap(s) hit`);
  if (broken > 0) failures.push(`${broken} broken label(s) or page(s)`);
  if (failures.length > 0) {
    console.error(`Quality FAILED: ${failures.join('; ')}`);
    return 1;
  }
  console.log(`Quality passed: recall ${(100 * recall).toFixed(1)}%, no traps.`);
  return 0;
}

runMain(main);
