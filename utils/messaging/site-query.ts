/**
 * "Which site is this tab?" — asked by the popup, answered by the tab's top-frame content
 * script with its host name only. This needs no `tabs` permission: the popup never reads tab
 * URLs, and no page text leaves the content script.
 */
import { browser, type Browser } from 'wxt/browser';

const SITE_QUERY = { hashlens: 1, type: 'whichSite' } as const;

/** Asks a tab's top frame for its host name; null when HashLens does not run there. */
export async function askTabForSite(tabId: number): Promise<string | null> {
  try {
    const answer = (await browser.tabs.sendMessage(tabId, SITE_QUERY, { frameId: 0 })) as
      { hostname?: unknown } | undefined;
    return typeof answer?.hostname === 'string' && answer.hostname ? answer.hostname : null;
  } catch {
    // No content script there (browser pages, the web store, PDF viewer…).
    return null;
  }
}

/**
 * Answers site queries from HashLens's own extension pages, in the top frame only. Returns
 * the listener's removal.
 */
export function answerSiteQueries(win: Window): () => void {
  const listener = (
    message: unknown,
    sender: Browser.runtime.MessageSender,
    sendResponse: (answer: { hostname: string }) => void,
  ): undefined => {
    const query = message as Partial<typeof SITE_QUERY> | null;
    if (query?.hashlens !== 1 || query.type !== SITE_QUERY.type) return;
    // Only our own pages ask; other content scripts (sender.tab set) may not.
    if (sender.id !== browser.runtime.id || sender.tab) return;
    if (win !== win.top) return;
    // `sendResponse`, not a returned promise: content scripts use the browser's own API (no
    // polyfill), and Chrome's onMessage does not take promises from listeners everywhere.
    sendResponse({ hostname: win.location.hostname });
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
