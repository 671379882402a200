// Shared by the popup's Network tests: the overview the background would answer, built the way
// the background builds it — the recorded mempool.space responses (e2e/fixtures/mempool/) run
// through the real client into a cache, and the real `networkView()` over that cache — plus a
// 90-day BTC price series. The fixtures are imported as modules (not read from disk), so this
// works under happy-dom too.
import difficultyJson from '@/e2e/fixtures/mempool/difficulty-adjustment.json';
import feesJson from '@/e2e/fixtures/mempool/fees-recommended.json';
import hashrate1wJson from '@/e2e/fixtures/mempool/hashrate__1w.json';
import hashrate3mJson from '@/e2e/fixtures/mempool/hashrate__3m.json';
import pricesJson from '@/e2e/fixtures/mempool/prices.json';
import rewardStatsJson from '@/e2e/fixtures/mempool/reward-stats__144.json';
import {
  DEFAULT_BASE_URL,
  ENDPOINT_PATHS,
  createMempoolClient,
} from '@/utils/network/mempool-client';
import { emptyNetworkCache, type NetworkCacheState } from '@/utils/network/network-cache';
import { DAY_MS } from '@/utils/network/network-figures';
import { NETWORK_ENDPOINTS, type NetworkEndpoint } from '@/utils/network/network-types';
import { networkView, type BtcPrice } from '@/utils/network/network-view';
import type { NetworkOverview } from '@/utils/messaging/protocol';
import type { MarketChart, PricePoint, ServeResult } from '@/utils/prices/types';

/** 2026-09-19T18:53:46Z: the recording's "now" (estimatedRetargetDate − remainingTime). */
export const RECORDED_NOW = Date.UTC(2026, 8, 19, 18, 53, 46);

/** The recorded answer of each endpoint. */
const RECORDED: Record<NetworkEndpoint, unknown> = {
  difficulty: difficultyJson,
  hashrate: hashrate3mJson,
  rewardStats: rewardStatsJson,
  fees: feesJson,
};

/** A fetch answering each endpoint's path with its recorded body (or one of `bodies`). */
function recordingFetch(bodies: Record<string, unknown> = {}): typeof fetch {
  return async (input) => {
    const path = new URL(String(input)).pathname;
    const endpoint = NETWORK_ENDPOINTS.find((name) => ENDPOINT_PATHS[name] === path);
    const body = bodies[path] ?? (endpoint ? RECORDED[endpoint] : undefined);
    if (body === undefined) return new Response(`<pre>Cannot GET ${path}</pre>`, { status: 404 });
    return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
  };
}

/** The recorded `/api/v1/prices` answer: the BTC price at the recording (USD, whole dollars). */
export const recordedPrices = pricesJson;

/** The BTC price the background would pass for hashprice: the recorded USD price and time. */
export const BTC_USD: BtcPrice = {
  price: recordedPrices.USD,
  currency: 'usd',
  fetchedAt: recordedPrices.time * 1000,
};

/** The raw recorded 3-month hash rate answer (timestamps in s, H/s). */
export const raw3m = hashrate3mJson;

/** The recorded 3-month answer cut to its last week (hashrate/1w). */
export const raw1w = hashrate1wJson;

/** The raw recorded reward stats (sat totals as strings). */
export const rawRewardStats = rewardStatsJson;

/** The raw recorded difficulty adjustment. */
export const rawAdjustment = difficultyJson;

/** The cache after the service fetched every recorded response (some replaced by `bodies`). */
export async function cacheFromRecording(
  options: {
    bodies?: Record<string, unknown>;
    fetchedAt?: Partial<Record<NetworkEndpoint, number>>;
  } = {},
): Promise<NetworkCacheState> {
  const client = createMempoolClient(DEFAULT_BASE_URL, {
    fetch: recordingFetch(options.bodies),
    now: () => RECORDED_NOW,
  });
  const state = emptyNetworkCache(client.baseUrl);
  for (const endpoint of NETWORK_ENDPOINTS) {
    (state.entries as Record<string, unknown>)[endpoint] = {
      value: await client.get(endpoint),
      fetchedAt: options.fetchedAt?.[endpoint] ?? RECORDED_NOW,
      lastError: null,
    };
  }
  return state;
}

/**
 * A CoinGecko-style daily BTC/USD series for the 90 days before the recording (there is no
 * 90-day recording): a point at each UTC midnight, then the recorded price at its time as the
 * last point, as CoinGecko's `interval=daily` answers end with "now".
 */
export function priceSeries(days = 90): PricePoint[] {
  const lastMidnight = Math.floor(BTC_USD.fetchedAt / DAY_MS) * DAY_MS;
  const points: PricePoint[] = [];
  for (let i = days; i >= 0; i--) {
    const at = lastMidnight - i * DAY_MS;
    const price = BTC_USD.price * (1 + 0.06 * Math.sin(i / 9) - 0.04 * Math.cos(i / 4));
    points.push([at, Math.round(price * 100) / 100]);
  }
  points.push([BTC_USD.fetchedAt, BTC_USD.price]);
  return points;
}

/** The 90-day chart as the price service serves it. */
export function servedPriceChart(
  prices: PricePoint[] = priceSeries(),
  fetchedAt = RECORDED_NOW - 60_000,
): ServeResult<MarketChart> {
  return {
    ok: true,
    served: {
      value: { coinId: 'bitcoin', currency: 'usd', days: 90, prices },
      fetchedAt,
      stale: false,
      lastError: null,
    },
  };
}

/** What `getNetworkOverview` answers for `state` at `now`, as the background builds it. */
export function overviewOf(
  state: NetworkCacheState,
  now: number,
  options: { btcPrice?: BtcPrice | null; price?: ServeResult<MarketChart> } = {},
): NetworkOverview {
  return {
    enabled: true,
    view: networkView(state, now, options.btcPrice === undefined ? BTC_USD : options.btcPrice),
    hashrate: state.entries.hashrate?.value.points ?? [],
    price: options.price ?? servedPriceChart(),
  };
}
