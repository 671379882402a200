/**
 * What the popup can ask of the extension. The UI only talks to this interface, so component
 * tests pass a fake and the real one goes through the message protocol and storage.
 */
import { browser } from 'wxt/browser';
import { POPUP_PORT, sendRequest } from '@/utils/messaging';
import { priceCacheItem } from '@/utils/prices/cache-store';
import type { MarketChart, PriceQuote, ServeResult } from '@/utils/prices/types';
import { currencySetting } from '@/utils/settings/items';

/** The popup's view of the extension. */
export interface PopupActions {
  getCurrency(): Promise<string>;
  getQuote(coinId: string, currency: string): Promise<ServeResult<PriceQuote>>;
  getChart(coinId: string, currency: string): Promise<ServeResult<MarketChart>>;
  refresh(coinId: string, currency: string): Promise<ServeResult<PriceQuote>>;
  /** Calls back whenever the background stores new prices; returns the unsubscribe. */
  onPricesChanged(callback: () => void): () => void;
  /** Puts text on the clipboard (a click is the user activation it needs). */
  copyText(text: string): Promise<void>;
  /** Tells the background this coin is on screen, so it stays fresh; returns the release. */
  keepFresh(coinId: string): () => void;
}

/** The real actions, over messaging and storage. */
export function createBrowserPopupActions(): PopupActions {
  const missing = (coinId: string): ServeResult<PriceQuote> => ({
    ok: false,
    error: { kind: 'unknown-coin', coinId },
  });
  return {
    getCurrency: () => currencySetting.getValue(),
    async getQuote(coinId, currency) {
      const quotes = await sendRequest('getPrices', { coinIds: [coinId], currency });
      return quotes[coinId] ?? missing(coinId);
    },
    getChart: (coinId, currency) => sendRequest('getChart', { coinId, currency }),
    async refresh(coinId, currency) {
      const quotes = await sendRequest('refresh', { coinIds: [coinId], currency });
      return quotes[coinId] ?? missing(coinId);
    },
    onPricesChanged: (callback) => priceCacheItem.watch(() => callback()),
    copyText: (text) => navigator.clipboard.writeText(text),
    keepFresh(coinId) {
      const port = browser.runtime.connect({ name: POPUP_PORT });
      port.postMessage({ coinId });
      return () => port.disconnect();
    },
  };
}
