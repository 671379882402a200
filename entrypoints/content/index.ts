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
import { defineContentScript, type ContentScriptContext } from '#imports';
import { answerSiteQueries } from '@/utils/messaging/site-query';
import {
  readPageSettings,
  watchPageSettings,
  type PageSettings,
} from '@/utils/settings/page-settings';
import { hasCryptoContext } from '@/utils/terms/context-signals';
import { firstLookOf } from '@/utils/terms/first-look';
import { readTermTokens } from '@/utils/terms/term-table-store';
import { loadContentEngine } from './engine-loader';
import { headText, isAnySiteDisabled, siteHostsOf } from './page-context';
import { SCAN_COMPLETE_MARK, createTextWalker, isInsideSkipped } from './scanner';
// Page-level CSS (the ::highlight rules), injected by the manifest before the page renders:
// adding a stylesheet later would cost a full style recalculation on large pages.
import './highlight.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: false,
  // WXT would also announce "script started" to the page with window.postMessage, telling any
  // page script the event name (with our extension id) that stops this script. Custom events
  // alone do the job (WXT's future default).
  noScriptStartedPostMessage: true,
  main(ctx) {
    void lookFirst(ctx);
  },
});

/** Whether HashLens is on in this frame by the reader's settings. */
function isOn(settings: PageSettings, hosts: readonly string[]): boolean {
  return settings.enabled && !isAnySiteDisabled(settings.disabledSites, hosts);
}

async function lookFirst(ctx: ContentScriptContext): Promise<void> {
  const doc = document;
  const isTop = window === window.top;
  const [settings, tokens] = await Promise.all([readPageSettings(), readTermTokens()]);
  if (ctx.isInvalid) return;
  const hosts = siteHostsOf(window);
  // The popup asks the tab's top frame which site it shows (its "on this site" switch).
  if (isTop) ctx.onInvalidated(answerSiteQueries(window));

  let found = false;
  let handedOver = false;
  let observer: MutationObserver | null = null;
  let unwatch: (() => void) | null = null;
  const handOver = () => {
    if (handedOver) return;
    handedOver = true;
    observer?.disconnect();
    unwatch?.();
    loadContentEngine().then(
      (engine) => engine.start(ctx, { settings, tokens }),
      () => {
        // The extension was updated or removed under this page: nothing to show.
      },
    );
  };
  const engineWanted = () =>
    isOn(settings, hosts) && (found || !tokens || (isTop && settings.pins.length > 0));
  if (engineWanted()) return handOver();

  // Settings that change while the frame waits: HashLens switched on, a coin pinned.
  unwatch = watchPageSettings((name, value) => {
    Object.assign(settings, { [name]: value });
    if (engineWanted()) handOver();
  });
  ctx.onInvalidated(() => {
    unwatch?.();
    observer?.disconnect();
  });

  const look = firstLookOf(tokens!, () => hasCryptoContext(headText(doc)));
  /** True when the text under `root` holds a term (stops at the first). */
  const holdsTerm = (root: Node): boolean => {
    if (root.nodeType === Node.TEXT_NODE) return look((root as Text).data);
    const walker = createTextWalker(doc, root);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (look(node.data)) return true;
    }
    return false;
  };
  const root = doc.body ?? doc.documentElement;
  found = holdsTerm(root);
  if (found) {
    if (engineWanted()) handOver();
    return;
  }
  publishNothingFound();
  // Text that arrives later (a feed, a comment, an SPA's next view) gets the same first look.
  observer = new MutationObserver((records) => {
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

/**
 * Publishes that this frame's first scan is done with nothing found, on the page's performance
 * timeline (`npm run bench` waits for it in every frame), with figures only, never page text.
 */
function publishNothingFound(): void {
  try {
    performance.mark(SCAN_COMPLETE_MARK, { detail: { terms: 0 } });
  } catch {
    // A page that replaced `performance` loses only the benchmark figure.
  }
}
