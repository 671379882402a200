/**
 * The background's request handlers: the price service behind the message protocol.
 */
import type { RequestHandlers, TermCard } from '@/utils/messaging';
import {
  createCoinGeckoClient,
  type ApiConfig,
  type ClientDeps,
} from '@/utils/prices/coingecko-client';
import { HISTORY_DAYS, HISTORY_FRESH_MS, PriceService } from '@/utils/prices/price-service';
import { parseCacheState, priceCacheItem } from '@/utils/prices/cache-store';
import { PriceFetchError } from '@/utils/prices/errors';
import { apiKeySetting } from '@/utils/settings/items';
import { addPin, movePin, PinStore, removePin } from '@/utils/settings/pins';
import { coinInfo } from '@/utils/terms/coin-catalog';
import { getEntry } from '@/utils/terms/glossary';
import { defaultTermTable } from '@/utils/terms/term-table';
import { packTable } from '@/utils/terms/matcher';
import type { NetworkService } from '@/utils/network/network-service';
import { createNetworkHandlers } from './network';
import { publishTermTable } from './term-table';

/** Network and clock the background uses; tests swap them. */
export interface BackgroundDeps {
  fetch: typeof fetch;
  now: () => number;
}

/** Builds the price service over the persisted cache and the configured API plan. */
export function createBackgroundPriceService(deps: BackgroundDeps): PriceService {
  const clientDeps: ClientDeps = { fetch: deps.fetch, now: deps.now };
  return new PriceService({
    now: deps.now,
    client: async () => {
      const { plan, key } = await apiKeySetting.getValue();
      return createCoinGeckoClient({ plan, apiKey: key }, clientDeps);
    },
    load: async () => parseCacheState(await priceCacheItem.getValue()),
    save: (state) => priceCacheItem.setValue(state),
  });
}

/** The handlers for every request type. */
export function createRequestHandlers(
  service: PriceService,
  deps: BackgroundDeps,
  network: NetworkService,
  pins: PinStore = new PinStore(),
): RequestHandlers {
  return {
    ...createNetworkHandlers(network, service, deps),
    describeTerm: ({ entryId }) => Promise.resolve(termCard(entryId)),
    getTermTable: async () => {
      // The asker found no usable table in storage: repair it for the frames after it.
      await publishTermTable().catch(() => undefined);
      return packTable(defaultTermTable());
    },
    setPin: ({ coinId, pinned, index }) =>
      pins.apply((current) =>
        pinned ? addPin(current, coinId, index) : removePin(current, coinId),
      ),
    movePin: ({ coinId, offset }) => pins.apply((current) => movePin(current, coinId, offset)),
    getPrices: ({ coinIds, currency }) => service.getQuotes(coinIds, currency),
    getChart: ({ coinId, currency }) => service.getChart(coinId, currency, 7),
    // Only the coin and currency come in; the page's date and amounts stay in the tab.
    getPriceHistory: async ({ coinId, currency }) => {
      const [chart, { plan }] = await Promise.all([
        service.getChart(coinId, currency, HISTORY_DAYS, { freshMs: HISTORY_FRESH_MS }),
        apiKeySetting.getValue(),
      ]);
      return { chart, keyless: plan === 'public' };
    },
    refresh: async ({ coinIds, currency }) => {
      // Quotes first: if CoinGecko refuses them, the back-off keeps the charts from asking too.
      const quotes = await service.getQuotes(coinIds, currency, { force: true });
      await Promise.all(coinIds.map((id) => service.getChart(id, currency, 7, { force: true })));
      return quotes;
    },
    testApiKey: async ({ plan, apiKey }) => {
      const config: ApiConfig = { plan, apiKey: apiKey.trim() };
      if (plan !== 'public' && !config.apiKey) {
        return { ok: false, error: { kind: 'key-missing', plan } };
      }
      try {
        // A real price call: `/ping` does not check Demo keys on every host.
        await createCoinGeckoClient(config, deps).simplePrices(['bitcoin'], 'usd');
        return { ok: true, plan };
      } catch (error) {
        if (error instanceof PriceFetchError) return { ok: false, error: error.error };
        return { ok: false, error: { kind: 'offline', detail: String(error).slice(0, 200) } };
      }
    },
  };
}

/** The tooltip's card for a glossary entry, or null for an unknown id. */
export function termCard(entryId: string): TermCard | null {
  const entry = getEntry(entryId);
  if (!entry) return null;
  const { id, title, short, long, coinId, network } = entry;
  return {
    id,
    title,
    short,
    long,
    ...(coinId ? { coin: { id: coinId, name: coinInfo(coinId).name } } : {}),
    ...(network ? { network } : {}),
  };
}
