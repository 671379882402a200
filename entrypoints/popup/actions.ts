/**
 * What the popup can ask of the extension. The UI only talks to this interface, so component
 * tests pass a fake and the real one goes through the message protocol and storage.
 */
import { browser } from 'wxt/browser';
import { POPUP_PORT, sendRequest } from '@/utils/messaging';
import { askTabForSite } from '@/utils/messaging/site-query';
import type { NetworkOverview, PriceHistory } from '@/utils/messaging/protocol';
import { askTabForPageDate } from '@/utils/messaging/page-date-query';
import type { PinChange } from '@/utils/settings/pins';
import { sanitisePins } from '@/utils/settings/pins';
import { priceCacheItem } from '@/utils/prices/cache-store';
import type { MarketChart, PriceQuote, ServeResult } from '@/utils/prices/types';
import {
  currencySetting,
  disabledSitesSetting,
  pinnedCoinsSetting,
  trackedCoinsSetting,
} from '@/utils/settings/items';
import { isSiteDisabled } from '@/utils/settings/sites';

/** The popup's view of the extension. */
export interface PopupActions {
  getCurrency(): Promise<string>;
  /** Coins the switcher offers, in order. */
  getTrackedCoins(): Promise<string[]>;
  getPins(): Promise<string[]>;
  getQuote(coinId: string, currency: string): Promise<ServeResult<PriceQuote>>;
  getQuotes(coinIds: string[], currency: string): Promise<Record<string, ServeResult<PriceQuote>>>;
  getChart(coinId: string, currency: string): Promise<ServeResult<MarketChart>>;
  refresh(coinId: string, currency: string): Promise<ServeResult<PriceQuote>>;
  setPin(coinId: string, pinned: boolean): Promise<PinChange>;
  movePin(coinId: string, offset: number): Promise<PinChange>;
  /** The host name of the tab the popup was opened over, when it is a web page. */
  getActiveSite(): Promise<string | null>;
  /**
   * When the tab's page was published (ms), as its top-frame content script found it; null
   * when it found none. Only the date comes back, never page text.
   */
  getPageDate(): Promise<number | null>;
  /** A coin's daily history of the last 365 days ("since this page"). */
  getPriceHistory(coinId: string, currency: string): Promise<PriceHistory>;
  isSiteEnabled(host: string): Promise<boolean>;
  setSiteEnabled(host: string, enabled: boolean): Promise<void>;
  /** Calls back whenever prices, pins or settings change elsewhere; returns the unsubscribe. */
  onPricesChanged(callback: () => void): () => void;
  /** Puts text on the clipboard (a click is the user activation it needs). */
  copyText(text: string): Promise<void>;
  /** Tells the background this coin is on screen, so it stays fresh; returns the release. */
  keepFresh(coinId: string): () => void;
  /** The Network view's figures, hash rate history and BTC price chart, in `currency`. */
  loadNetwork(currency: string): Promise<NetworkOverview>;
  /** Opens the options page (where network data is switched on). */
  openOptions(): Promise<void>;
}

function missing(coinId: string): ServeResult<PriceQuote> {
  return { ok: false, error: { kind: 'unknown-coin', coinId } };
}

/** The tab the popup stands for: the active one, or the one a test or the demo names. */
async function activeTabId(): Promise<number | undefined> {
  const requested = Number(new URLSearchParams(location.search).get('tabId'));
  return Number.isInteger(requested) && requested > 0
    ? requested
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
}

/** The real actions, over messaging and storage. */
export function createBrowserPopupActions(): PopupActions {
  return {
    getCurrency: () => currencySetting.getValue(),
    getTrackedCoins: () => trackedCoinsSetting.getValue(),
    getPins: async () => sanitisePins(await pinnedCoinsSetting.getValue()),
    async getQuote(coinId, currency) {
      const quotes = await sendRequest('getPrices', { coinIds: [coinId], currency });
      return quotes[coinId] ?? missing(coinId);
    },
    getQuotes: (coinIds, currency) => sendRequest('getPrices', { coinIds, currency }),
    getChart: (coinId, currency) => sendRequest('getChart', { coinId, currency }),
    async refresh(coinId, currency) {
      const quotes = await sendRequest('refresh', { coinIds: [coinId], currency });
      return quotes[coinId] ?? missing(coinId);
    },
    setPin: (coinId, pinned) => sendRequest('setPin', { coinId, pinned }),
    movePin: (coinId, offset) => sendRequest('movePin', { coinId, offset }),
    async getActiveSite() {
      const tabId = await activeTabId();
      return tabId === undefined ? null : askTabForSite(tabId);
    },
    async getPageDate() {
      const tabId = await activeTabId();
      return tabId === undefined ? null : askTabForPageDate(tabId);
    },
    getPriceHistory: (coinId, currency) => sendRequest('getPriceHistory', { coinId, currency }),
    isSiteEnabled: async (host) => !isSiteDisabled(await disabledSitesSetting.getValue(), host),
    async setSiteEnabled(host, enabled) {
      const sites = await disabledSitesSetting.getValue();
      await disabledSitesSetting.setValue(
        enabled
          ? // Also lift a parent domain's rule that covers this host.
            sites.filter((site) => !isSiteDisabled([site], host))
          : [...new Set([...sites, host])].sort(),
      );
    },
    onPricesChanged(callback) {
      const stops = [
        priceCacheItem.watch(() => callback()),
        pinnedCoinsSetting.watch(() => callback()),
        currencySetting.watch(() => callback()),
      ];
      return () => stops.forEach((stop) => stop());
    },
    copyText: (text) => navigator.clipboard.writeText(text),
    keepFresh(coinId) {
      const port = browser.runtime.connect({ name: POPUP_PORT });
      port.postMessage({ coinId });
      return () => port.disconnect();
    },
    loadNetwork: (currency) => sendRequest('getNetworkOverview', { currency }),
    openOptions: () => browser.runtime.openOptionsPage(),
  };
}
