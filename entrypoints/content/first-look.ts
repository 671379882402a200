/**
 * HashLens's first look, in every frame of every page: does this frame hold a term? It walks
 * the frame's text once and looks for the glossary's anchors (`utils/terms/term-anchors.ts`),
 * built into this script: a frame without one (ads, widgets, most pages about anything else)
 * reads nothing from storage and calls no extension API, except that the top frame reads the
 * page settings (pinned coins show there on every page) and answers the popup's site queries.
 *
 * Where there are anchors, the text around them is checked with those anchors' keys (one
 * storage read) and the page settings; a frame that holds a term, or the top frame
 * while coins are pinned, loads the engine (`engine.ts`, through `engine-loader.ts`), which
 * marks terms and does everything else. Page text never leaves this script.
 */
import termAnchors from 'virtual:hashlens-term-anchors';
import { answerSiteQueries } from '@/utils/messaging/site-query';
import {
  readPageSettings,
  watchPageSettings,
  type PageSettings,
} from '@/utils/settings/page-settings';
import { browser } from 'wxt/browser';
import type { TermTokens } from '@/utils/terms/packed-table';
import {
  anchorFinderOf,
  areAllWeak,
  gradeWindows,
  type TermAnchorKeys,
} from '@/utils/terms/term-anchors';
import { readTermAnchorKeys, readTermTokens } from '@/utils/terms/term-table-store';
import { loadContentEngine } from './engine-loader';
import { headText, isAnySiteDisabled, siteHostsOf } from './page-context';
import { SCAN_MARKS, SKIPPED_TAGS, isInsideSkipped, publishScanMark } from './scanner';

/** Characters of text looked at in one pass (bounds the strings made on huge pages). */
const CHUNK_CHARS = 32_768;

/**
 * Parts of text around anchors checked with the table per look, at most: a huge page full of
 * anchors is decided on its first parts (the engine then scans it all).
 */
const WINDOW_LIMIT = 400;

/**
 * Between parts of text checked together: no spelling spans it (a spelling's space stands for
 * white space or a hyphen only).
 */
const WINDOW_SEPARATOR = '\u0000';

/** Whether HashLens is on in this frame by the reader's settings. */
function isOn(settings: PageSettings): boolean {
  const { enabled, disabledSites } = settings;
  // The frame's sites are read only when some site is off (a frame reads its ancestors').
  return (
    enabled &&
    (disabledSites.length === 0 || !isAnySiteDisabled(disabledSites, siteHostsOf(window)))
  );
}

/**
 * Takes the first look in this frame and hands over to the engine where it finds a term. No
 * WXT content-script context here (its setup is paid by every frame): a script orphaned by an
 * extension update notices when the extension's API is gone and stops.
 */
export async function lookFirst(): Promise<void> {
  const doc = document;
  const isTop = window === window.top;
  const root = doc.body ?? doc.documentElement;
  const finder = anchorFinderOf(termAnchors);

  /** The parts of the text under `root` around anchors (none in most frames). */
  const windowsUnder = (node: Node, found: Set<string>): string[] => {
    if (node.nodeType === Node.TEXT_NODE) {
      return finder.windowsOf((node as Text).data, WINDOW_LIMIT, found);
    }
    const walker = doc.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    const windows: string[] = [];
    let chunk = '';
    // Texts are looked at in chunks of many nodes, one per line: one pass per chunk, not per
    // node. Only a text's own element is checked against the skipped tags, as the reference
    // pass does: a stray term in a hidden region loads the engine at worst, which skips it.
    for (
      let text = walker.nextNode() as Text | null;
      text;
      text = walker.nextNode() as Text | null
    ) {
      // Most texts of a page are white space between elements (four in five on the saved
      // pages, three quarters of their characters): dropped first, they cost no DOM lookup,
      // no copy and no scan.
      const raw = text.data;
      const data = raw.charCodeAt(0) > 0x20 ? raw : raw.trimStart();
      if (raw.length < 2 || data.length === 0) continue;
      if (SKIPPED_TAGS.has(text.parentNode?.nodeName ?? '')) continue;
      chunk += `${data}\n`;
      if (chunk.length < CHUNK_CHARS) continue;
      windows.push(...finder.windowsOf(chunk, WINDOW_LIMIT - windows.length, found));
      if (windows.length >= WINDOW_LIMIT) return windows;
      chunk = '';
    }
    if (chunk) windows.push(...finder.windowsOf(chunk, WINDOW_LIMIT - windows.length, found));
    return windows;
  };

  // What is read from storage, each once and only when needed.
  let settingsRead: Promise<PageSettings> | null = null;
  let anchorKeysRead: Promise<TermAnchorKeys | null> | null = null;
  const readSettings = () => (settingsRead ??= readPageSettings());
  const readAnchorKeys = () => (anchorKeysRead ??= readTermAnchorKeys(termAnchors.tableId));

  let settings: PageSettings | null = null;
  let found = false;
  let handedOver = false;
  let observer: MutationObserver | null = null;
  let unwatch: (() => void) | null = null;
  // Terms that stand only on crypto pages count where the page's head names a term (the
  // engine then decides, as it always does, from the head and the text).
  let headNamesTerm: boolean | null = null;

  const engineWanted = () =>
    settings !== null && isOn(settings) && (found || (isTop && settings.pins.length > 0));

  const handOver = async () => {
    if (handedOver) return;
    handedOver = true;
    observer?.disconnect();
    unwatch?.();
    const tokens: TermTokens | null = await readTermTokens();
    if (!isConnected() || !settings) return;
    loadContentEngine().then(
      (engine) => engine.start({ settings: settings!, tokens }),
      () => {
        // The extension was updated or removed under this page: nothing to show.
      },
    );
  };

  /** The page's head (title, description, first heading): its anchors and the text around. */
  let head: { windows: string; anchors: Set<string> } | null = null;
  const headOf = () => {
    if (head) return head;
    const anchors = new Set<string>();
    const windows = finder.windowsOf(headText(doc), WINDOW_LIMIT, anchors);
    return (head = { windows: windows.join(WINDOW_SEPARATOR), anchors });
  };

  /** Checks parts of text around anchors with their keys; true when one holds a term. */
  const holdsTerm = async (windows: string[], anchors: Set<string>): Promise<boolean> => {
    // Words that count only on crypto pages, under a head that names no term: nothing to read.
    if (areAllWeak(anchors) && areAllWeak(headOf().anchors)) return false;
    const keys = await readAnchorKeys();
    if (keys === null) return true; // no table yet (or another one): the engine waits for it
    const grade = gradeWindows(keys, anchors, windows.join(WINDOW_SEPARATOR));
    if (grade === 2) return true;
    if (grade === 0) return false;
    headNamesTerm ??= gradeWindows(keys, headOf().anchors, headOf().windows) === 2;
    return headNamesTerm;
  };

  /** Decides after each look: the engine, or waiting for settings and text to change. */
  const decide = async (windows: string[], anchors: Set<string>) => {
    // The top frame reads the settings beside the table (pinned coins show there on every
    // page); other frames only once they hold a term.
    if (isTop) void readSettings();
    if (windows.length > 0 && (await holdsTerm(windows, anchors))) found = true;
    if (!found && !isTop) return;
    const current = await readSettings();
    if (!isConnected() || handedOver) return;
    settings ??= current;
    if (engineWanted()) {
      void handOver();
      return;
    }
    // Settings that change while the frame waits: HashLens switched on, a coin pinned.
    unwatch ??= watchPageSettings((name, value) => {
      Object.assign(settings!, { [name]: value });
      if (engineWanted()) void handOver();
    });
  };

  const anchors = new Set<string>();
  const windows = windowsUnder(root, anchors);
  // The popup asks the tab's top frame which site it shows (its "on this site" switch).
  if (isTop && isConnected()) answerSiteQueries(window);
  if (windows.length > 0 || isTop) await decide(windows, anchors);
  if (handedOver) return;
  if (SCAN_MARKS) publishScanMark({ terms: 0 });
  // A term in a frame where HashLens is off: the settings watch waits for it to be switched on.
  if (found) return;

  // Text that arrives later (a feed, a comment, an SPA's next view) gets the same first look.
  observer = new MutationObserver((records) => {
    if (!isConnected()) {
      // The extension was updated or removed under this page: this script is an orphan.
      observer?.disconnect();
      return;
    }
    const later: string[] = [];
    const laterAnchors = new Set<string>();
    for (const record of records) {
      const added = record.type === 'characterData' ? [record.target] : record.addedNodes;
      for (const node of added) {
        if (node.nodeType !== Node.TEXT_NODE && node.nodeType !== Node.ELEMENT_NODE) continue;
        if (isInsideSkipped(node)) continue;
        later.push(...windowsUnder(node, laterAnchors));
      }
    }
    if (later.length > 0) void decide(later, laterAnchors);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
}

/** False once the extension was updated or removed under this page (its API is gone). */
function isConnected(): boolean {
  return browser.runtime?.id !== undefined;
}
