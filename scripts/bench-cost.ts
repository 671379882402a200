/**
 * Cost benchmark: the main-thread script time a user pays per page load, with no extension,
 * with a minimal reference extension, and with HashLens, plus the bytes HashLens injects.
 *
 * Three Chromiums run side by side in one run, each on a fresh profile with the same flags:
 * - none: no extension (what the page costs by itself: with page JavaScript off, ~0);
 * - reference: an extension generated here at run time (see {@link referenceExtensionFiles}),
 *   what a minimal competent highlighter does: one combined RegExp of the glossary's
 *   spellings, one TreeWalker pass, CSS highlights;
 * - HashLens: the .output/chrome-mv3 build.
 *
 * Page JavaScript is off through a `Content-Security-Policy: script-src 'none'` header on every
 * page the bench serves: content scripts run in isolated worlds, exempt from the page's CSP,
 * exactly as usual. Not CDP `Emulation.setScriptExecutionDisabled` (nor Playwright's
 * `javaScriptEnabled: false`, the same thing): content scripts still start under it, but their
 * setTimeout callbacks never fire, so an extension would not do its usual work.
 *
 * Each load opens a fresh tab, records a Chrome trace, navigates, waits for the load event and
 * for the extension to be done (its mark in every frame, then ScriptDuration still for 300 ms;
 * without every mark, ScriptDuration still for 1.5 s), and sums the CPU time the page's
 * renderer main thread spent running JavaScript (see {@link mainThreadScriptMs}; same-origin
 * iframes share that thread). Not CDP `Performance.getMetrics` ScriptDuration alone: it leaves
 * out microtasks (everything after an `await`: a quarter or more of HashLens's time today) and
 * out-of-process frames, and counts wall-clock time, which other work on a busy machine
 * inflates. ScriptDuration is printed beside it.
 * Pages come from a folder plus two generated ones (a blank page, a page of ten ad-like
 * iframes), served from 127.0.0.1; every other host answers "204 No Content".
 */
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  chromium,
  type BrowserContext,
  type CDPSession,
  type Frame,
  type Page,
} from 'playwright-core';
import { BASE_ARGS } from '../e2e/harness/browser';
import { EXTENSION_DIR, ensureExtensionBuild } from '../e2e/harness/build';
import { findChromium, INSTALL_HINT } from '../e2e/harness/chromium';
import { startPagesServer, type PagesServer } from '../e2e/harness/pages-server';
import { SCAN_COMPLETE_MARK } from '../entrypoints/content/page-terms';
import { SKIPPED_TAGS } from '../entrypoints/content/scanner';
import { GLOSSARY } from '../utils/terms/glossary';
import { aliasKey } from '../utils/terms/matcher';
import type { GlossaryEntry } from '../utils/terms/types';
import {
  formatInjected,
  INJECTED_BUDGET_BYTES,
  measureInjected,
  type InjectedSize,
} from './injected-size';
import { median } from './shared';

/** Mark the reference extension sets in each frame when its pass is done. */
export const REFERENCE_DONE_MARK = 'hashlens-reference:done';

/** Goals: HashLens's added script time over the reference's (ratios), medians of one run. */
const COST_TARGETS = { folderRatio: 1.5, tenIframesRatio: 2, blankRatio: 2 };

const BLANK_PAGE = '/__bench-blank.html';
const TEN_IFRAMES_PAGE = '/__bench-ten-iframes.html';
/** Loaded once per browser before measuring: proves the extension runs, warms the caches. */
const WARM_UP_PAGE = '/__bench-warm-up.html';

/** Every page the bench serves runs no page JavaScript (content scripts are exempt). */
const NO_PAGE_SCRIPTS = { 'content-security-policy': "script-src 'none'" };
/**
 * Trace categories: devtools.timeline has the script events (EvaluateScript, FunctionCall,
 * TimerFire, FireIdleCallback …) and ParseHTML; v8.execute adds RunMicrotasks; mojom the
 * tasks that run the bench's own DevTools commands, whose script time is not an extension's.
 */
const TRACE_CATEGORIES = ['devtools.timeline', 'v8.execute', 'mojom'];
/**
 * Trace events that are the renderer running JavaScript. V8's own events (V8.StackGuard …) are
 * not: they count inside these, and outside them they are V8's housekeeping, seen with no
 * extension and no page script at all.
 */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'RunMicrotasks',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.run',
]);

/** Poll period while waiting for an extension to finish, ms. */
const POLL_MS = 50;
/** ScriptDuration must stay still this long after the marks, ms (and at most SETTLE_MAX_MS). */
const SETTLE_QUIET_MS = 300;
const SETTLE_MAX_MS = 3_000;
/**
 * Without every frame's mark (a frame an extension leaves alone), a load is over once
 * ScriptDuration has been still this long: longer than the settle after marks, as HashLens
 * waits for storage reads and an idle callback before it scans.
 */
const NO_MARK_QUIET_MS = 1_500;
/** Longest wait for marks after the load event, ms. */
const MARK_TIMEOUT_MS = 15_000;
/** Ratios divide by at least this many ms of reference time (a near-zero one is noise). */
const MIN_DIVISOR_MS = 0.1;

/** Options of {@link runCostBench}. */
export interface CostBenchOptions {
  /** Folder of .html pages. */
  folder: string;
  /** Loads per page and browser (the median is kept). */
  loads: number;
  /** Navigation time limit per load, ms. */
  timeoutMs: number;
  log: (line: string) => void;
}

type BrowserName = 'none' | 'reference' | 'HashLens';
const BROWSERS: readonly BrowserName[] = ['none', 'reference', 'HashLens'];

/** One page's medians (ms of script time per load), by browser. */
export interface CostPageResult {
  page: string;
  /** Median main-thread script time per load (trace); NaN when a load failed. */
  ms: Record<BrowserName, number>;
  /** Median CDP ScriptDuration per load (no microtasks), for comparison. */
  scriptDurationMs: Record<BrowserName, number>;
  /** (HashLens − none) / (reference − none). */
  ratio: number;
  /** Loads that ended without every frame's mark (ScriptDuration settled instead). */
  unmarkedLoads: number;
  error?: string;
}

/** The benchmark's figures and the goals it missed. */
export interface CostBenchResult {
  /** The folder's pages (not the generated ones). */
  pages: CostPageResult[];
  blank: CostPageResult;
  tenIframes: CostPageResult;
  /** median(HashLens − none) / median(reference − none) over the folder's pages. */
  folderRatio: number;
  injected: InjectedSize;
  /** Goals missed, in words (empty when all are met). */
  missed: string[];
}

/** Every distinct spelling of `entries`, lower case, separators folded to one space. */
function referenceSpellings(entries: readonly GlossaryEntry[]): string[] {
  const texts = entries.flatMap((e) => e.aliases.map((a) => (typeof a === 'string' ? a : a.text)));
  return [...new Set(texts.map(aliasKey))];
}

/**
 * The reference extension's files (manifest.json, content.js, highlight.css). Its content script
 * builds its RegExp on every page load, as HashLens builds its matcher, and skips text whose
 * parent is one of the tags HashLens skips. No stop phrases, case rules or crypto context:
 * that extra work is HashLens's, and part of what the benchmark measures.
 */
export function referenceExtensionFiles(entries = GLOSSARY): Record<string, string> {
  const manifest = {
    manifest_version: 3,
    name: 'HashLens cost-bench reference',
    version: '1.0.0',
    content_scripts: [
      {
        matches: ['<all_urls>'],
        all_frames: true,
        run_at: 'document_idle',
        js: ['content.js'],
        css: ['highlight.css'],
      },
    ],
  };
  // Plain page JavaScript (String.raw keeps its backslashes); `\b` needs a word character at
  // each end of a spelling, so the few others (₿) get an alternative of their own.
  const contentJs = String.raw`// The cost benchmark's reference highlighter: one RegExp, one walk, CSS highlights.
(() => {
  const SPELLINGS = ${JSON.stringify(referenceSpellings(entries))};
  const SKIP = new Set(${JSON.stringify([...SKIPPED_TAGS])});
  const alternatives = (list) =>
    [...list]
      .sort((a, b) => b.length - a.length)
      .map((s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&').replace(/ /g, '\\s+'))
      .join('|');
  const wordEdged = SPELLINGS.filter((s) => /^\w/.test(s) && /\w$/.test(s));
  const others = SPELLINGS.filter((s) => !(/^\w/.test(s) && /\w$/.test(s)));
  const pattern = new RegExp(
    '\\b(?:' + alternatives(wordEdged) + ')\\b' + (others.length ? '|' + alternatives(others) : ''),
    'gi',
  );
  const highlight = new Highlight();
  let textNodes = 0;
  if (document.body) {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || SKIP.has(parent.tagName)) continue;
      textNodes++;
      const text = node.data;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        highlight.add(
          new StaticRange({
            startContainer: node,
            startOffset: m.index,
            endContainer: node,
            endOffset: m.index + m[0].length,
          }),
        );
      }
    }
  }
  if (highlight.size > 0) CSS.highlights.set('hashlens-reference', highlight);
  performance.mark(${JSON.stringify(REFERENCE_DONE_MARK)}, {
    detail: { textNodes, hits: highlight.size },
  });
})();
`;
  const css =
    '::highlight(hashlens-reference) {\n' +
    '  background-color: rgba(247, 147, 26, 0.2);\n' +
    '  text-decoration: underline dotted rgb(247, 147, 26);\n' +
    '}\n';
  return {
    'manifest.json': JSON.stringify(manifest, null, 2),
    'content.js': contentJs,
    'highlight.css': css,
  };
}

/** Generic, non-crypto display ads (heading, ~30 words, link, button) for the iframe page. */
const ADS: readonly { heading: string; text: string; link: string; button: string }[] = [
  {
    heading: 'Summer sale: up to 40% off garden furniture',
    text: 'Outdoor sofas, dining sets and parasols built to last through every season, with free delivery on orders over fifty dollars and easy returns within thirty days.',
    link: 'See the collection',
    button: 'Shop now',
  },
  {
    heading: 'Learn a language in ten minutes a day',
    text: 'Short lessons, friendly reminders and real conversations with native speakers help you speak with confidence before your next trip abroad. Start free today, cancel any time.',
    link: 'Try a lesson',
    button: 'Start free',
  },
  {
    heading: 'Fresh meals delivered to your door',
    text: 'Choose from forty weekly recipes with seasonal vegetables, measured ingredients and step-by-step cards. Dinner is ready in thirty minutes, and you can skip any week.',
    link: 'View this week’s menu',
    button: 'Get 50% off',
  },
  {
    heading: 'Running shoes that go the distance',
    text: 'Lightweight cushioning, breathable mesh and a grippy sole for road and trail. Find your perfect fit with our online size guide and free exchanges on every pair.',
    link: 'Find your fit',
    button: 'Buy now',
  },
  {
    heading: 'Book your city break for less',
    text: 'Hotels in the centre of town, late checkout and breakfast included on selected stays. Compare prices from hundreds of sites and save on your next weekend away.',
    link: 'Compare hotels',
    button: 'Search deals',
  },
  {
    heading: 'Home insurance in three minutes',
    text: 'Answer a few simple questions, get a clear quote and cover your home and contents from tomorrow. Award-winning support is available seven days a week.',
    link: 'Get a quote',
    button: 'Quote now',
  },
  {
    heading: 'The new phone everyone is talking about',
    text: 'A brighter screen, a camera that shines at night and a battery that lasts two full days. Trade in your old device and pay monthly with no interest.',
    link: 'Explore features',
    button: 'Pre-order',
  },
  {
    heading: 'Stream thousands of films and series',
    text: 'New releases every Friday, award-winning documentaries and shows for the whole family. Watch on your television, tablet or laptop, and download episodes for the journey.',
    link: 'Browse the catalogue',
    button: 'Watch free for 30 days',
  },
  {
    heading: 'Sleep better on a hybrid mattress',
    text: 'Pocket springs and cooling foam support every position, and you can try it at home for one hundred nights. Delivered rolled in a box, with free removal of your old one.',
    link: 'Read the reviews',
    button: 'Try it at home',
  },
  {
    heading: 'Plan your garden with expert help',
    text: 'Our designers visit, measure and sketch a planting plan that suits your soil, light and budget. Plants, compost and tools arrive together, ready for the weekend.',
    link: 'Meet the designers',
    button: 'Book a visit',
  },
];

const escapeHtml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function htmlPage(title: string, body: string): string {
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8">' +
    `<title>${escapeHtml(title)}</title></head><body>${body}</body></html>`
  );
}

/** The generated pages (and the ten ad frames), by path on the bench's server. */
function generatedPages(): Record<string, string> {
  const pages: Record<string, string> = {
    [BLANK_PAGE]: htmlPage('Blank', '<p>Hello.</p>'),
    [WARM_UP_PAGE]: htmlPage(
      'Warm-up',
      '<p>Bitcoin’s hash rate rose again as miners plugged in new ASICs before the halving.</p>',
    ),
  };
  const frames = ADS.map((ad, i) => {
    const framePath = `/__bench-ad-${i + 1}.html`;
    pages[framePath] = htmlPage(
      ad.heading,
      `<h3>${escapeHtml(ad.heading)}</h3><p>${escapeHtml(ad.text)}</p>` +
        `<p><a href="#more">${escapeHtml(ad.link)}</a></p>` +
        `<div role="button" style="display:inline-block;padding:4px 10px;border:1px solid">` +
        `${escapeHtml(ad.button)}</div>`,
    );
    return `<iframe src="${framePath}" width="300" height="250" title="Advertisement"></iframe>`;
  });
  pages[TEN_IFRAMES_PAGE] = htmlPage(
    'Ten ad frames',
    '<h1>Local news</h1><p>The council met on Tuesday to discuss the new library.</p>' +
      frames.join(''),
  );
  return pages;
}

interface CostBrowser {
  name: BrowserName;
  context: BrowserContext;
  /** Mark the extension sets in each frame when done (null: nothing to wait for). */
  doneMark: string | null;
  close(): Promise<void>;
}

/** A browser of the bench; only `origin` (the bench's server) answers its pages. */
async function launchCostBrowser(
  name: BrowserName,
  chromiumPath: string,
  extensionDir: string | null,
  origin: string,
): Promise<CostBrowser> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), `hashlens-cost-${name}-`));
  const args = [
    ...BASE_ARGS,
    // Offline and deterministic: no host name resolves (the rules apply to IP literals too,
    // hence the EXCLUDE), for whatever the route below does not see.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
    // No spare renderer: with site isolation Chrome starts one ahead of each navigation, and
    // ending a trace then often waits ~5 s for it. (Not --disable-features: it would replace
    // Playwright's list.) Other sites' frames get 204 and never commit, so only a sandboxed
    // frame (opaque origin) moves into the page's process.
    '--disable-site-isolation-trials',
  ];
  if (extensionDir) {
    args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath,
    headless: true,
    args,
    locale: 'en-US',
    viewport: { width: 1200, height: 800 },
  });
  // Every other host answers "204 No Content": a frame of theirs stays empty. A failed request
  // would give it an error page instead, whose own script runs in the page's renderer (or in a
  // process of its own, which makes ending a trace wait ~5 s).
  await context.route(
    (url) => /^(http|ws)s?:$/.test(url.protocol) && url.origin !== origin,
    (route) => route.fulfill({ status: 204 }),
  );
  const doneMark =
    name === 'reference' ? REFERENCE_DONE_MARK : name === 'HashLens' ? SCAN_COMPLETE_MARK : null;
  return {
    name,
    context,
    doneMark,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A Chrome trace event, the fields the bench reads. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time at the start, µs. */
  tts?: number;
  tdur?: number;
  args?: {
    name?: string;
    beginData?: { url?: string };
    chrome_mojo_event_info?: { mojo_interface_tag?: string };
  };
}

/** The task that runs a DevTools command (the bench's polls) in a renderer. */
function isDevToolsTask(e: TraceEvent): boolean {
  return (
    e.name === 'Receive mojo message' &&
    e.args?.chrome_mojo_event_info?.mojo_interface_tag === 'blink.mojom.DevToolsSession'
  );
}

/**
 * CPU milliseconds that the main threads of the renderers that parsed pages of `origin` (the
 * page's, and an out-of-process frame's) spent running JavaScript: per thread, the union of its
 * complete ('X') script events on the thread-time axis (`tts`, `tdur`), so nested events (a
 * compile inside an evaluation, microtasks at the end of a callback) count once, and time the
 * thread was descheduled (other work on a busy machine) not at all. GC and layout forced by
 * script count, as in ScriptDuration; idle-time GC does not. Script run by a DevTools command
 * (the bench's mark polls: each one's microtask checkpoint costs 0.1–0.3 ms) is left out.
 * Chrome leaves the thread time off a rare event: such an event counts its wall-clock time,
 * unless it lies within one that has thread time (then it is counted, or left out, with that).
 */
export function mainThreadScriptMs(events: readonly TraceEvent[], origin: string): number {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  // The page's renderers: those that parsed its HTML (the trace holds every process).
  const pids = new Set(
    events
      .filter((e) => e.name === 'ParseHTML' && e.args?.beginData?.url?.startsWith(origin + '/'))
      .map((e) => e.pid),
  );
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    const thread = `${e.pid}:${e.tid}`;
    if (e.ph !== 'X' || !pids.has(e.pid) || !mainThreads.has(thread)) continue;
    byThread.set(thread, [...(byThread.get(thread) ?? []), e]);
  }
  type Span = readonly [number, number];
  const inside = ([from, to]: Span, outer: Span[]) =>
    outer.some(([start, end]) => start <= from && to <= end);
  const wall = (e: TraceEvent): Span => [e.ts, e.ts + (e.dur ?? 0)];
  const cpu = (e: TraceEvent): Span => [e.tts!, e.tts! + e.tdur!];
  const timed = (e: TraceEvent) => e.tts !== undefined && e.tdur !== undefined;
  let totalUs = 0;
  for (const threadEvents of byThread.values()) {
    const devTools = threadEvents.filter(isDevToolsTask);
    const script = threadEvents.filter((e) => SCRIPT_EVENTS.has(e.name));
    const devToolsCpu = devTools.filter(timed).map(cpu);
    const spans = script
      .filter(timed)
      .map(cpu)
      .filter((s) => !inside(s, devToolsCpu))
      .sort((a, b) => a[0] - b[0]);
    let end = -Infinity;
    for (const [from, to] of spans) {
      if (to <= end) continue;
      totalUs += to - Math.max(from, end);
      end = to;
    }
    const coveredWall = [...devTools, ...script].filter(timed).map(wall);
    for (const e of script.filter((e) => !timed(e) && !inside(wall(e), coveredWall))) {
      totalUs += e.dur ?? 0;
    }
  }
  return totalUs / 1000;
}

/** Starts tracing on `cdp`; the returned function ends it and resolves to the events. */
async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (data) =>
    events.push(...(data.value as unknown as TraceEvent[])),
  );
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: TRACE_CATEGORIES },
  });
  return async () => {
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

async function scriptDurationMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000;
}

/**
 * True when every frame of `page` loaded from `origin` has `mark` (frames already seen marked
 * are in `marked`). Playwright's frames include out-of-process ones (a sandboxed iframe); a
 * blocked host's error page or a not-yet-loaded about:blank frame is not waited for.
 */
async function allFramesMarked(
  page: Page,
  origin: string,
  mark: string,
  marked: Set<Frame>,
): Promise<boolean> {
  const expression = `performance.getEntriesByName(${JSON.stringify(mark)}).length > 0`;
  const frames = page.frames().filter((f) => f.url().startsWith(origin + '/'));
  for (const frame of frames) {
    if (marked.has(frame)) continue;
    // A string, not a function: no transpiler helper can leak into the page.
    if (await frame.evaluate(expression).catch(() => false)) marked.add(frame);
  }
  return frames.length > 0 && frames.every((f) => marked.has(f));
}

interface LoadResult {
  /** Main-thread script time from the trace. */
  ms: number;
  /** CDP ScriptDuration's growth over the load. */
  scriptDurationMs: number;
  /** Every frame marked before the settle (false: ended on "ScriptDuration still"). */
  marked: boolean;
}

/** One load of `url` (on the bench's server, `origin`) in a fresh tab of `browser`. */
async function measureLoad(
  browser: CostBrowser,
  origin: string,
  url: string,
  timeoutMs: number,
): Promise<LoadResult> {
  const page = await browser.context.newPage();
  try {
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const stopTrace = await startTrace(cdp);
    const before = await scriptDurationMs(cdp);
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    const loadedAt = Date.now();
    let last = await scriptDurationMs(cdp);
    let changedAt = loadedAt;
    let markedAt = browser.doneMark ? null : loadedAt;
    const markedFrames = new Set<Frame>();
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      const now = Date.now();
      const current = await scriptDurationMs(cdp);
      if (current !== last) {
        last = current;
        changedAt = now;
      }
      if (
        markedAt === null &&
        browser.doneMark &&
        (await allFramesMarked(page, origin, browser.doneMark, markedFrames))
      ) {
        markedAt = now;
      }
      if (markedAt !== null) {
        if (now - changedAt >= SETTLE_QUIET_MS || now - markedAt >= SETTLE_MAX_MS) break;
      } else if (now - changedAt >= NO_MARK_QUIET_MS || now - loadedAt >= MARK_TIMEOUT_MS) {
        break;
      }
    }
    const events = await stopTrace();
    return {
      ms: mainThreadScriptMs(events, origin),
      scriptDurationMs: last - before,
      marked: browser.doneMark === null || markedAt !== null,
    };
  } finally {
    await page.close().catch(() => {});
  }
}

/**
 * Loads the warm-up page until the extension marks it (three tries: an extension may still be
 * loading when its browser starts). Fails the bench when it never does: then nothing measured
 * would be the extension's work.
 */
async function warmUp(browser: CostBrowser, server: PagesServer, timeoutMs: number): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const load = await measureLoad(browser, server.origin, server.url(WARM_UP_PAGE), timeoutMs);
    if (load.marked) return;
  }
  throw new Error(
    `${browser.name}: its content script never set ${browser.doneMark} on the warm-up page ` +
      '(not loaded, or not run with page JavaScript off)',
  );
}

/** Added-time ratio of one page: (HashLens − none) / (reference − none). */
function addedRatio(ms: Record<BrowserName, number>): number {
  return (ms.HashLens - ms.none) / Math.max(ms.reference - ms.none, MIN_DIVISOR_MS);
}

async function benchPage(
  browsers: readonly CostBrowser[],
  server: PagesServer,
  pathname: string,
  options: CostBenchOptions,
): Promise<CostPageResult> {
  const page = decodeURIComponent(pathname.slice(1));
  const samples: Record<BrowserName, number[]> = { none: [], reference: [], HashLens: [] };
  const sdSamples: Record<BrowserName, number[]> = { none: [], reference: [], HashLens: [] };
  let unmarkedLoads = 0;
  try {
    for (let load = 0; load < options.loads; load++) {
      // A different browser first each round, so a slow spell of the machine (other work
      // runs on it) does not always land on the same one.
      for (let i = 0; i < browsers.length; i++) {
        const browser = browsers[(load + i) % browsers.length]!;
        const url = server.url(pathname);
        const result = await measureLoad(browser, server.origin, url, options.timeoutMs);
        samples[browser.name].push(result.ms);
        sdSamples[browser.name].push(result.scriptDurationMs);
        if (!result.marked) unmarkedLoads++;
      }
    }
  } catch (error) {
    const message = String(error instanceof Error ? error.message : error).split('\n')[0];
    const ms = { none: NaN, reference: NaN, HashLens: NaN };
    return { page, ms, scriptDurationMs: ms, ratio: NaN, unmarkedLoads, error: message };
  }
  const medians = (of: Record<BrowserName, number[]>) => ({
    none: median(of.none),
    reference: median(of.reference),
    HashLens: median(of.HashLens),
  });
  const ms = medians(samples);
  return { page, ms, scriptDurationMs: medians(sdSamples), ratio: addedRatio(ms), unmarkedLoads };
}

const COLUMNS = [36, 8, 10, 10, 8, 8, 8, 8];
const HEADER = ['page', 'none', 'reference', 'HashLens', 'HL/ref', 'SD none', 'SD ref', 'SD HL'];

function formatRow(cells: string[]): string {
  return cells
    .map((cell, i) => (i === 0 ? cell.slice(0, 35).padEnd(36) : cell.padStart(COLUMNS[i]!)))
    .join('');
}

function formatResult(r: CostPageResult): string {
  if (r.error) return `${r.page.slice(0, 35).padEnd(36)}FAILED: ${r.error}`;
  const ms = (v: number) => v.toFixed(1);
  const note = r.unmarkedLoads > 0 ? `  (${r.unmarkedLoads} load(s) without every mark)` : '';
  return (
    formatRow([
      r.page,
      ...BROWSERS.map((b) => ms(r.ms[b])),
      r.ratio.toFixed(2),
      ...BROWSERS.map((b) => ms(r.scriptDurationMs[b])),
    ]) + note
  );
}

/** Runs the cost benchmark, prints its tables; returns the figures and missed goals. */
export async function runCostBench(options: CostBenchOptions): Promise<CostBenchResult> {
  const { log } = options;
  const started = Date.now();
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(`The cost benchmark needs Chromium. ${INSTALL_HINT}`);
  ensureExtensionBuild(log);

  const referenceDir = await mkdtemp(path.join(os.tmpdir(), 'hashlens-reference-ext-'));
  for (const [name, body] of Object.entries(referenceExtensionFiles())) {
    await writeFile(path.join(referenceDir, name), body);
  }
  const referenceInjected = await measureInjected(referenceDir);
  const folder = path.resolve(options.folder);
  const files = (await readdir(folder)).filter((f) => f.endsWith('.html')).sort();
  const server = await startPagesServer(folder, generatedPages(), NO_PAGE_SCRIPTS);
  const browsers: CostBrowser[] = [];
  const pages: CostPageResult[] = [];
  let blank: CostPageResult;
  let tenIframes: CostPageResult;
  try {
    browsers.push(
      await launchCostBrowser('none', chromiumPath, null, server.origin),
      await launchCostBrowser('reference', chromiumPath, referenceDir, server.origin),
      await launchCostBrowser('HashLens', chromiumPath, EXTENSION_DIR, server.origin),
    );
    for (const browser of browsers) {
      await warmUp(browser, server, options.timeoutMs);
    }
    log(
      `Cost per page load: main-thread script CPU time in ms (trace, microtasks included; page ` +
        `JavaScript off), median of ${options.loads} loads per browser, ${files.length} pages ` +
        `from ${path.relative(process.cwd(), folder) || '.'} + 2 generated. HL/ref = ` +
        `(HashLens − none) / (reference − none). SD: CDP ScriptDuration (wall-clock, no ` +
        'microtasks), for comparison.',
    );
    log(formatRow(HEADER));
    for (const file of files) {
      const result = await benchPage(browsers, server, '/' + encodeURIComponent(file), options);
      pages.push(result);
      log(formatResult(result));
    }
    blank = await benchPage(browsers, server, BLANK_PAGE, options);
    log(formatResult(blank));
    tenIframes = await benchPage(browsers, server, TEN_IFRAMES_PAGE, options);
    log(formatResult(tenIframes));
  } finally {
    for (const browser of browsers) await browser.close().catch(() => {});
    await server.close();
    await rm(referenceDir, { recursive: true, force: true });
  }

  const ok = pages.filter((p) => !p.error);
  const med = (name: BrowserName, of: 'ms' | 'scriptDurationMs' = 'ms') =>
    median(ok.map((p) => p[of][name]));
  const added = (name: 'reference' | 'HashLens') => median(ok.map((p) => p.ms[name] - p.ms.none));
  const folderRatio = added('HashLens') / Math.max(added('reference'), MIN_DIVISOR_MS);
  log(
    formatRow([
      'median of the folder',
      ...BROWSERS.map((b) => med(b).toFixed(1)),
      '',
      ...BROWSERS.map((b) => med(b, 'scriptDurationMs').toFixed(1)),
    ]),
  );
  log('');
  log(
    `folder (${ok.length} pages): HashLens/reference ${folderRatio.toFixed(2)} ` +
      `(goal ≤ ${COST_TARGETS.folderRatio}) = median over pages of the added time ` +
      `(browser − none): ` +
      `HashLens ${added('HashLens').toFixed(1)} ms / reference ${added('reference').toFixed(1)} ms; ` +
      `median of the per-page ratios ${median(ok.map((p) => p.ratio)).toFixed(2)} (information)`,
  );
  log(
    `ten-iframe page: HashLens/reference ${tenIframes.ratio.toFixed(2)} ` +
      `(goal ≤ ${COST_TARGETS.tenIframesRatio}; added ms, as per page)`,
  );
  log(
    `blank page: HashLens/reference ${blank.ratio.toFixed(2)} ` +
      `(goal ≤ ${COST_TARGETS.blankRatio}; added ms, reference at least ${MIN_DIVISOR_MS} ms)`,
  );
  if (ok.length < pages.length) log(`${pages.length - ok.length} page(s) failed (see above)`);

  const injected = await measureInjected(EXTENSION_DIR);
  log('');
  log('Code the HashLens manifest injects (.output/chrome-mv3, content_scripts):');
  for (const line of formatInjected(injected)) log('  ' + line);
  log(
    `  (the reference extension injects ${(referenceInjected.allFramesRawBytes / 1000).toFixed(1)} kB raw, ` +
      `${(referenceInjected.allFramesGzipBytes / 1000).toFixed(1)} kB gzip)`,
  );
  log(`cost benchmark took ${((Date.now() - started) / 1000).toFixed(0)} s`);

  const missed: string[] = [];
  // `!(x <= goal)`: a NaN (failed pages) misses the goal too.
  if (!(folderRatio <= COST_TARGETS.folderRatio)) missed.push('cost: folder ratio');
  if (!(tenIframes.ratio <= COST_TARGETS.tenIframesRatio)) missed.push('cost: ten-iframe page');
  if (!(blank.ratio <= COST_TARGETS.blankRatio)) missed.push('cost: blank page');
  if (injected.allFramesRawBytes > INJECTED_BUDGET_BYTES) missed.push('cost: injected bytes');
  return { pages, blank, tenIframes, folderRatio, injected, missed };
}
