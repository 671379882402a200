/**
 * The popup's view state (zustand). It holds what is on screen and the loading flags; the
 * data itself comes from {@link PopupActions}.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { NetworkOverview } from '@/utils/messaging/protocol';
import type { PriceError } from '@/utils/prices/errors';
import type {
  MarketChart,
  PricePoint,
  PriceQuote,
  Served,
  ServeResult,
} from '@/utils/prices/types';
import type { PopupActions } from './actions';

/** The popup's views: the coin's week as a chart or as a table, or the Bitcoin network. */
export type PopupTab = 'chart' | 'table' | 'network';

/** Everything the popup shows. */
export interface PopupState {
  coinId: string;
  currency: string | null;
  trackedCoins: string[];
  quote: Served<PriceQuote> | null;
  chart: Served<MarketChart> | null;
  /** The latest failure when there is no data to show, or the refresh that just failed. */
  error: PriceError | null;
  loading: boolean;
  refreshing: boolean;
  pins: string[];
  pinQuotes: Record<string, ServeResult<PriceQuote>>;
  /** Why the last pin change was refused (the pin limit). */
  pinMessage: string | null;
  /** The site of the tab the popup was opened over, and whether HashLens runs there. */
  site: { host: string; enabled: boolean } | null;
  /** When the tab's page was published (ms), when its content script found a date. */
  pageDate: number | null;
  /** The coin's daily history, asked for only on a dated page ("since this page"). */
  history: { coinId: string; currency: string; points: PricePoint[]; keyless: boolean } | null;
  /** The view shown under the current price. */
  tab: PopupTab;
  /** The Network view's data: asked for when that view is first opened, and on refresh. */
  network: NetworkOverview | null;
  /** When {@link network} arrived (ms): its figures' ages grow from there. */
  networkReceivedAt: number | null;
  networkLoading: boolean;
  /** Why the last request for network data failed, in words; null after a success. */
  networkError: string | null;
  load(): Promise<void>;
  refresh(): Promise<void>;
  selectCoin(coinId: string): Promise<void>;
  setPinned(coinId: string, pinned: boolean): Promise<void>;
  movePin(coinId: string, offset: number): Promise<void>;
  setSiteEnabled(enabled: boolean): Promise<void>;
  /** Shows a view; the Network view loads its data the first time it is shown. */
  showTab(tab: PopupTab): void;
  loadNetwork(): Promise<void>;
  /** Asks the tab for its page's date and, on a dated page, the coin's history. */
  loadHistory(): Promise<void>;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Creates the popup store over some actions. */
export function createPopupStore(actions: PopupActions, coinId = 'bitcoin'): StoreApi<PopupState> {
  // Only the newest network request may write: a slow answer must not replace a newer one.
  let networkRequest = 0;
  // The currency the shown network data's prices are in.
  let networkCurrency: string | null = null;
  return createStore<PopupState>()((set, get) => ({
    coinId,
    currency: null,
    trackedCoins: [],
    quote: null,
    chart: null,
    error: null,
    loading: true,
    refreshing: false,
    pins: [],
    pinQuotes: {},
    pinMessage: null,
    site: null,
    pageDate: null,
    history: null,
    tab: 'chart',
    network: null,
    networkReceivedAt: null,
    networkLoading: false,
    networkError: null,

    async load() {
      set({ loading: get().quote === null });
      try {
        const [currency, trackedCoins, pins, host] = await Promise.all([
          actions.getCurrency(),
          actions.getTrackedCoins(),
          actions.getPins(),
          get().site
            ? Promise.resolve(get().site!.host)
            : actions.getActiveSite().catch(() => null),
        ]);
        const { coinId } = get();
        const [quote, chart, pinQuotes, siteEnabled] = await Promise.all([
          actions.getQuote(coinId, currency),
          actions.getChart(coinId, currency),
          pins.length > 0 ? actions.getQuotes(pins, currency) : Promise.resolve({}),
          host ? actions.isSiteEnabled(host) : Promise.resolve(true),
        ]);
        // A new currency makes the old numbers wrong, not merely old.
        const sameCurrency = get().currency === currency;
        set({
          currency,
          trackedCoins,
          pins,
          pinQuotes,
          site: host ? { host, enabled: siteEnabled } : null,
          // Keep the last good data on screen when a later load fails.
          quote: quote.ok ? quote.served : sameCurrency ? get().quote : null,
          chart: chart.ok ? chart.served : sameCurrency ? get().chart : null,
          // A stale quote carries why its refresh failed: keep saying so.
          error: quote.ok ? quote.served.lastError : quote.error,
        });
        void get().loadHistory();
        // The network view's prices are in another currency: ask again in this one.
        if (get().network !== null && networkCurrency !== currency) void get().loadNetwork();
      } catch (error) {
        set({ error: { kind: 'offline', detail: String(error) } });
      } finally {
        set({ loading: false });
      }
    },

    async loadHistory() {
      const pageDate = await actions.getPageDate().catch(() => null);
      const { coinId, currency } = get();
      set({ pageDate });
      if (pageDate === null || !currency) return;
      const known = get().history;
      if (known?.coinId === coinId && known.currency === currency) return;
      try {
        const { chart, keyless } = await actions.getPriceHistory(coinId, currency);
        if (get().coinId !== coinId || get().currency !== currency) return;
        set({
          history: chart.ok
            ? { coinId, currency, points: chart.served.value.prices, keyless }
            : null,
        });
      } catch {
        // No history: the 7-day view shows without its "since this page" row.
      }
    },

    async refresh() {
      const { currency, coinId } = get();
      if (get().tab === 'network') void get().loadNetwork();
      if (!currency) return get().load();
      set({ refreshing: true });
      try {
        const quote = await actions.refresh(coinId, currency);
        set({
          quote: quote.ok ? quote.served : get().quote,
          error: quote.ok ? quote.served.lastError : quote.error,
        });
        const chart = await actions.getChart(coinId, currency);
        if (chart.ok) set({ chart: chart.served });
      } catch (error) {
        set({ error: { kind: 'offline', detail: String(error) } });
      } finally {
        set({ refreshing: false });
      }
    },

    async selectCoin(next) {
      if (next === get().coinId) return;
      set({ coinId: next, quote: null, chart: null, error: null, loading: true });
      await get().load();
    },

    async setPinned(target, pinned) {
      const change = await actions.setPin(target, pinned);
      set({ pins: change.pins, pinMessage: change.ok ? null : change.message });
      await get().load();
    },

    async movePin(target, offset) {
      const change = await actions.movePin(target, offset);
      set({ pins: change.pins });
    },

    async setSiteEnabled(enabled) {
      const site = get().site;
      if (!site) return;
      await actions.setSiteEnabled(site.host, enabled);
      set({ site: { ...site, enabled } });
    },

    showTab(tab) {
      set({ tab });
      const { network, networkLoading } = get();
      if (tab === 'network' && network === null && !networkLoading) void get().loadNetwork();
    },

    async loadNetwork() {
      const request = ++networkRequest;
      set({ networkLoading: true });
      try {
        const currency = get().currency ?? (await actions.getCurrency());
        const network = await actions.loadNetwork(currency);
        if (request !== networkRequest) return;
        networkCurrency = currency;
        set({ network, networkReceivedAt: Date.now(), networkError: null });
      } catch (error) {
        if (request !== networkRequest) return;
        // Keep the last good figures on screen; say why they were not renewed.
        set({ networkError: `Could not load the network data. ${errorText(error)}` });
      } finally {
        if (request === networkRequest) set({ networkLoading: false });
      }
    },
  }));
}
