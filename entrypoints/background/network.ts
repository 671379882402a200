/**
 * The background's network-data concern: the mempool.space service over the persisted cache
 * and the configured instance, and the requests that read it (tooltips, the popup's Network
 * view, the options page's instance test).
 */
import type { RequestHandlers } from '@/utils/messaging';
import { createMempoolClient, normalizeBaseUrl, sourceHost } from '@/utils/network/mempool-client';
import { networkCacheItem, parseNetworkCache } from '@/utils/network/network-cache';
import { describeNetworkError, NetworkFetchError } from '@/utils/network/network-errors';
import { NetworkService } from '@/utils/network/network-service';
import { TOPIC_ENDPOINTS } from '@/utils/network/network-topics';
import { NETWORK_ENDPOINTS } from '@/utils/network/network-types';
import { networkView, type BtcPrice } from '@/utils/network/network-view';
import type { PriceService } from '@/utils/prices/price-service';
import { networkEnabledSetting, networkInstanceSetting } from '@/utils/settings/items';
import type { BackgroundDeps } from './request-handlers';

/** Days of BTC price the popup's Network chart shows beside the hash rate. */
export const OVERVIEW_DAYS = 90;

/** Builds the network service over the persisted cache and the configured instance. */
export function createBackgroundNetworkService(deps: BackgroundDeps): NetworkService {
  return new NetworkService({
    now: deps.now,
    client: async () =>
      createMempoolClient(await networkInstanceSetting.getValue(), {
        fetch: deps.fetch,
        now: deps.now,
      }),
    load: async () => parseNetworkCache(await networkCacheItem.getValue()),
    save: (state) => networkCacheItem.setValue(state),
  });
}

/** BTC's price from the price service (cached or fetched), to turn hashprice into money. */
async function btcPrice(prices: PriceService, currency: string): Promise<BtcPrice | null> {
  const result = (await prices.getQuotes(['bitcoin'], currency))['bitcoin'];
  if (!result?.ok) return null;
  const { value, fetchedAt } = result.served;
  return { price: value.price, currency, fetchedAt: value.sourceUpdatedAt ?? fetchedAt };
}

type NetworkHandlers = Pick<
  RequestHandlers,
  'getNetwork' | 'getNetworkOverview' | 'testNetworkInstance'
>;

/** The network requests' handlers. */
export function createNetworkHandlers(
  network: NetworkService,
  prices: PriceService,
  deps: BackgroundDeps,
): NetworkHandlers {
  return {
    getNetwork: async ({ topic, currency }) => {
      if (!(await networkEnabledSetting.getValue())) return { enabled: false };
      const [state, price] = await Promise.all([
        network.get(TOPIC_ENDPOINTS[topic]),
        topic === 'hashprice' ? btcPrice(prices, currency) : null,
      ]);
      return { enabled: true, view: networkView(state, deps.now(), price) };
    },
    getNetworkOverview: async ({ currency }) => {
      if (!(await networkEnabledSetting.getValue())) return { enabled: false };
      const [state, price, chart] = await Promise.all([
        network.get(NETWORK_ENDPOINTS),
        btcPrice(prices, currency),
        prices.getChart('bitcoin', currency, OVERVIEW_DAYS),
      ]);
      return {
        enabled: true,
        view: networkView(state, deps.now(), price),
        hashrate: state.entries.hashrate?.value.points ?? [],
        price: chart,
      };
    },
    testNetworkInstance: async ({ url }) => {
      const base = normalizeBaseUrl(url.trim());
      if (base === null) {
        return {
          ok: false,
          message: 'Enter an http:// or https:// address, such as https://mempool.space.',
        };
      }
      const client = createMempoolClient(base, { fetch: deps.fetch, now: deps.now });
      try {
        await client.get('difficulty');
        return { ok: true, source: sourceHost(base) };
      } catch (error) {
        if (error instanceof NetworkFetchError) {
          return {
            ok: false,
            message: describeNetworkError(error.error, deps.now(), sourceHost(base)),
          };
        }
        return { ok: false, message: `${sourceHost(base)} could not be reached: ${String(error)}` };
      }
    },
  };
}
