/**
 * The popup's view state (zustand). It holds what is on screen and the loading flags; the
 * data itself comes from {@link PopupActions}.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PriceError } from '@/utils/prices/errors';
import type { MarketChart, PriceQuote, Served } from '@/utils/prices/types';
import type { PopupActions } from './actions';

/** Everything the popup shows. */
export interface PopupState {
  coinId: string;
  currency: string | null;
  quote: Served<PriceQuote> | null;
  chart: Served<MarketChart> | null;
  /** The latest failure when there is no data to show, or the refresh that just failed. */
  error: PriceError | null;
  loading: boolean;
  refreshing: boolean;
  load(): Promise<void>;
  refresh(): Promise<void>;
}

/** Creates the popup store over some actions. */
export function createPopupStore(actions: PopupActions, coinId = 'bitcoin'): StoreApi<PopupState> {
  return createStore<PopupState>()((set, get) => ({
    coinId,
    currency: null,
    quote: null,
    chart: null,
    error: null,
    loading: true,
    refreshing: false,

    async load() {
      set({ loading: get().quote === null });
      try {
        const currency = await actions.getCurrency();
        const [quote, chart] = await Promise.all([
          actions.getQuote(get().coinId, currency),
          actions.getChart(get().coinId, currency),
        ]);
        set({
          currency,
          // Keep the last good data on screen when a later load fails.
          quote: quote.ok ? quote.served : get().quote,
          chart: chart.ok ? chart.served : get().chart,
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
  }));
}
