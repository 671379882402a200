/**
 * The popup's view state (zustand). It holds what is on screen and the loading flags; the
 * data itself comes from {@link PopupActions}.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PriceError } from '@/utils/prices/errors';
import type { MarketChart, PriceQuote, Served, ServeResult } from '@/utils/prices/types';
import type { PopupActions } from './actions';

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
  load(): Promise<void>;
  refresh(): Promise<void>;
  selectCoin(coinId: string): Promise<void>;
  setPinned(coinId: string, pinned: boolean): Promise<void>;
  movePin(coinId: string, offset: number): Promise<void>;
  setSiteEnabled(enabled: boolean): Promise<void>;
}

/** Creates the popup store over some actions. */
export function createPopupStore(actions: PopupActions, coinId = 'bitcoin'): StoreApi<PopupState> {
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
      } catch (error) {
        set({ error: { kind: 'offline', detail: String(error) } });
      } finally {
        set({ loading: false });
      }
    },

    async refresh() {
      const { currency, coinId } = get();
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
  }));
}
