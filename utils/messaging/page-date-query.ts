/**
 * "When was this tab's page published?" — asked by the popup (its 7-day view marks the day),
 * answered by the tab's top-frame content script with the date only, once the article
 * feature found one; never any page text. Like `site-query.ts`, it needs no
 * `tabs` permission.
 */
import { browser, type Browser } from 'wxt/browser';

const PAGE_DATE_QUERY = { hashlens: 1, type: 'pageDate' } as const;

/** Asks a tab's top frame for its page's publication instant (ms); null when it has none. */
export async function askTabForPageDate(tabId: number): Promise<number | null> {
  try {
    const answer = (await browser.tabs.sendMessage(tabId, PAGE_DATE_QUERY, { frameId: 0 })) as
      { publishedMs?: unknown } | undefined;
    const ms = answer?.publishedMs;
    return typeof ms === 'number' && Number.isFinite(ms) ? ms : null;
  } catch {
    return null;
  }
}

/**
 * Answers page-date queries from HashLens's own extension pages, in the top frame only.
 * `publishedMs` may work the date out on demand (the article feature starts on the reader's
 * first interaction or on this question, whichever comes first). Returns the listener's removal.
 */
export function answerPageDateQueries(
  win: Window,
  publishedMs: () => number | null | Promise<number | null>,
): () => void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (answer: { publishedMs: number | null }) => void,
  ): true | undefined => {
    const query = message as Partial<typeof PAGE_DATE_QUERY> | null;
    if (query?.hashlens !== 1 || query.type !== PAGE_DATE_QUERY.type) return;
    if (sender.id !== browser.runtime.id || sender.tab) return;
    if (win !== win.top) return;
    Promise.resolve()
      .then(publishedMs)
      .then(
        (ms) => sendResponse({ publishedMs: ms }),
        () => sendResponse({ publishedMs: null }),
      );
    // The answer may come after this listener returns: keep the channel open.
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
