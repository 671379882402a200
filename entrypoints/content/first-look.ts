/**
 * HashLens's first look, in every frame of every page: does this frame hold a term? It reads
 * the page settings and the small first part of the term table (two storage reads side by
 * side), walks the frame's text once and looks each word up in the table's strings. Most
 * frames (ads, widgets, pages about anything else) hold none and cost this much only: no
 * matcher, no marks, no listeners but a MutationObserver for text that arrives later.
 *
 * A frame that holds a term, or the top frame while coins are pinned, loads the engine
 * (`engine.ts`, through `engine-loader.ts`), which marks terms and does everything else.
 * Page text never leaves this script.
 */
import { answerSiteQueries } from '@/utils/messaging/site-query';
import {
  readPageSettings,
  watchPageSettings,
  type PageSettings,
} from '@/utils/settings/page-settings';
import { STRONG, WEAK, firstLookOf } from '@/utils/terms/first-look';
import { browser } from 'wxt/browser';
import { parseTermTokens } from '@/utils/terms/packed-table';
import { TERM_TABLE_KEYS } from '@/utils/terms/term-table-store';
import { loadContentEngine } from './engine-loader';
import { headText, isAnySiteDisabled, siteHostsOf } from './page-context';
import { SCAN_MARKS_KEY, SKIPPED_TAGS, isInsideSkipped, publishScanMark } from './scanner';

/** Characters of text looked at in one pass (bounds the strings made on huge pages). */
const CHUNK_CHARS = 32_768;

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
  const [settings, local] = await Promise.all([
    readPageSettings(),
    browser.storage.local.get([TERM_TABLE_KEYS.tokens, SCAN_MARKS_KEY]).catch(() => ({})),
  ]);
  const tokens = parseTermTokens((local as Record<string, unknown>)[TERM_TABLE_KEYS.tokens]);
  const scanMarks = (local as Record<string, unknown>)[SCAN_MARKS_KEY] === true;
  if (!isConnected()) return;
  // The popup asks the tab's top frame which site it shows (its "on this site" switch).
  if (isTop) answerSiteQueries(window);

  let found = false;
  let handedOver = false;
  let observer: MutationObserver | null = null;
  let unwatch: (() => void) | null = null;
  const handOver = () => {
    if (handedOver) return;
    handedOver = true;
    observer?.disconnect();
    unwatch?.();
    if (!isConnected()) return;
    loadContentEngine().then(
      (engine) => engine.start({ settings, tokens, scanMarks }),
      () => {
        // The extension was updated or removed under this page: nothing to show.
      },
    );
  };
  const engineWanted = () =>
    isOn(settings) && (found || !tokens || (isTop && settings.pins.length > 0));
  if (engineWanted()) return handOver();

  // Settings that change while the frame waits: HashLens switched on, a coin pinned.
  unwatch = watchPageSettings((name, value) => {
    Object.assign(settings, { [name]: value });
    if (engineWanted()) handOver();
  });

  const look = firstLookOf(tokens!);
  // Terms that stand only on crypto pages count where the page's head names a term (the
  // engine then decides, as it always does, from the head and the text).
  let headNamesTerm: boolean | null = null;
  const counts = (grade: number) =>
    grade === STRONG || (grade === WEAK && (headNamesTerm ??= look(headText(doc)) === STRONG));
  /**
   * True when the text under `root` holds a term (stops at the first chunk with one). Texts are
   * looked at in chunks of many nodes, one per line: one lookup pass per chunk, not per node
   * (a spelling across two nodes may count here; the engine then decides). Only a text's own
   * element is checked against the skipped tags, as the reference pass does: a stray term in a
   * hidden region loads the engine at worst, which skips it.
   */
  const holdsTerm = (root: Node): boolean => {
    if (root.nodeType === Node.TEXT_NODE) return counts(look((root as Text).data));
    const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let chunk = '';
    for (
      let node = walker.nextNode() as Text | null;
      node;
      node = walker.nextNode() as Text | null
    ) {
      if (node.length < 2 || SKIPPED_TAGS.has(node.parentNode?.nodeName ?? '')) continue;
      chunk += `${node.data}\n`;
      if (chunk.length < CHUNK_CHARS) continue;
      if (counts(look(chunk))) return true;
      chunk = '';
    }
    return chunk !== '' && counts(look(chunk));
  };
  const root = doc.body ?? doc.documentElement;
  found = holdsTerm(root);
  if (found) {
    if (engineWanted()) handOver();
    return;
  }
  if (scanMarks) publishScanMark({ terms: 0 });
  // Text that arrives later (a feed, a comment, an SPA's next view) gets the same first look.
  observer = new MutationObserver((records) => {
    if (!isConnected()) {
      // The extension was updated or removed under this page: this script is an orphan.
      observer?.disconnect();
      return;
    }
    for (const record of records) {
      const added = record.type === 'characterData' ? [record.target] : record.addedNodes;
      for (const node of added) {
        if (node.nodeType !== Node.TEXT_NODE && node.nodeType !== Node.ELEMENT_NODE) continue;
        if (isInsideSkipped(node) || !holdsTerm(node)) continue;
        found = true;
        observer?.disconnect();
        if (engineWanted()) handOver();
        return;
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
}

/** False once the extension was updated or removed under this page (its API is gone). */
function isConnected(): boolean {
  return browser.runtime?.id !== undefined;
}
