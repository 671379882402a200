import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CoinGeckoClient } from '../coingecko-client';
import {
  emptyCache,
  parseCacheState,
  priceCacheItem,
  quoteKey,
  type PriceCacheState,
} from '../cache-store';
import { PriceFetchError, type PriceError } from '../errors';
import { BASE_URLS, createCoinGeckoClient } from '../coingecko-client';
import {
  BATCH_WINDOW_MS,
  CHART_FRESH_MS,
  HISTORY_DAYS,
  HISTORY_FRESH_MS,
  MAX_BACKOFF_MS,
  MAX_IDS_PARAM_CHARS,
  MAX_IDS_PER_REQUEST,
  PriceService,
  chunkCoinIds,
  RECENT_ASK_MS,
  UNKNOWN_COIN_RETRY_MS,
  backoffUntil,
} from '../price-service';
import { COIN_CATALOG } from '@/utils/terms/coin-catalog';
import { PRICE_FRESH_MS, STALE_AFTER_MS } from '../read-model';
import type { PriceQuote } from '../types';

const START = Date.UTC(2026, 3, 13, 9, 59, 0);

function quote(coinId: string, price: number, currency = 'usd'): PriceQuote {
  return {
    coinId,
    currency,
    price,
    change24hPct: 1,
    marketCap: null,
    volume24h: null,
    sourceUpdatedAt: START,
  };
}

/** A fake CoinGecko: answers from a price table, or fails as told. */
function fakeClient() {
  const prices = new Map<string, number>([
    ['bitcoin', 70791.5149],
    ['ethereum', 2500],
  ]);
  let failWith: PriceError | null = null;
  const markets = vi.fn(async (ids: readonly string[], currency: string) => {
    if (failWith) throw new PriceFetchError(failWith);
    return new Map(
      ids.flatMap((id) =>
        prices.has(id) ? [[id, quote(id, prices.get(id)!, currency)] as const] : [],
      ),
    );
  });
  const marketChart = vi.fn(async (coinId: string, currency: string, days: number) => {
    if (failWith) throw new PriceFetchError(failWith);
    return { coinId, currency, days, prices: [[START, prices.get(coinId) ?? 0] as const] };
  });
  const client: CoinGeckoClient = {
    markets,
    simplePrices: markets,
    marketChart,
    ping: async () => {},
  };
  return {
    client,
    markets,
    marketChart,
    prices,
    fail(error: PriceError | null) {
      failWith = error;
    },
  };
}

function createService(fake: ReturnType<typeof fakeClient>, initial?: PriceCacheState) {
  let saved: PriceCacheState = initial ?? emptyCache();
  const service = new PriceService({
    client: async () => fake.client,
    now: () => Date.now(),
    load: async () => structuredClone(saved),
    save: async (state) => {
      saved = state;
    },
    random: () => 0.5,
  });
  return { service, saved: () => saved };
}

/** Lets batching windows and in-flight requests finish. */
async function settle(service: PriceService) {
  await vi.advanceTimersByTimeAsync(50);
  await service.settled();
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: START });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('cache', () => {
  it('answers a second ask within 60 s from the cache', async () => {
    const fake = fakeClient();
    const { service } = createService(fake);
    const first = service.getQuotes(['bitcoin'], 'usd');
    await vi.advanceTimersByTimeAsync(50);
    expect((await first).bitcoin).toMatchObject({ ok: true, served: { stale: false } });
    vi.advanceTimersByTime(PRICE_FRESH_MS - 1000);
    const second = await service.getQuotes(['bitcoin'], 'usd');
    expect(second.bitcoin).toMatchObject({ ok: true, served: { value: { price: 70791.5149 } } });
    expect(fake.markets).toHaveBeenCalledTimes(1);
  });

  it('serves the stale value at once and revalidates once in the background', async () => {
    const fake = fakeClient();
    const { service } = createService(fake);
    const first = service.getQuotes(['bitcoin'], 'usd');
    await settle(service);
    await first;
    vi.advanceTimersByTime(PRICE_FRESH_MS + 1000);
    fake.prices.set('bitcoin', 71000);
    // Answers without waiting for the network: no timer is advanced before it resolves.
    const stale = await service.getQuotes(['bitcoin'], 'usd');
    expect(stale.bitcoin).toMatchObject({ ok: true, served: { value: { price: 70791.5149 } } });
    await service.getQuotes(['bitcoin'], 'usd');
    await settle(service);
    expect(fake.markets).toHaveBeenCalledTimes(2);
    const fresh = await service.getQuotes(['bitcoin'], 'usd');
    expect(fresh.bitcoin).toMatchObject({
      ok: true,
      served: { value: { price: 71000 }, stale: false },
    });
  });

  it('marks a value stale once it is older than the stale limit', async () => {
    const fake = fakeClient();
    const { service } = createService(fake);
    const first = service.getQuotes(['bitcoin'], 'usd');
    await settle(service);
    await first;
    fake.fail({ kind: 'server-error', status: 500 });
    vi.advanceTimersByTime(STALE_AFTER_MS + 1);
    const result = await service.getQuotes(['bitcoin'], 'usd');
    expect(result.bitcoin).toMatchObject({ ok: true, served: { stale: true } });
  });
});

describe('single flight and batching', () => {
  it('shares one request among concurrent asks for the same coin', async () => {
    const fake = fakeClient();
    const { service } = createService(fake);
    const asks = Array.from({ length: 20 }, () => service.getQuotes(['bitcoin'], 'usd'));
    await settle(service);
    const results = await Promise.all(asks);
    expect(fake.markets).toHaveBeenCalledTimes(1);
    expect(results.every((r) => r.bitcoin?.ok)).toBe(true);
  });

  it('batches coins of one currency into one ids=a,b request', async () => {
    const fake = fakeClient();
    const { service } = createService(fake);
    const asks = [
      service.getQuotes(['bitcoin'], 'usd'),
      service.getQuotes(['ethereum'], 'usd'),
      service.getQuotes(['bitcoin', 'ethereum'], 'usd'),
    ];
    await settle(service);
    await Promise.all(asks);
    expect(fake.markets).toHaveBeenCalledTimes(1);
    expect(fake.markets.mock.calls[0]![0]).toEqual(['bitcoin', 'ethereum']);
  });

  it("takes pinned coins that are half-way to stale along on a hover's request", async () => {
    const fake = fakeClient();
    const { service } = createService(fake);
    service.setCompanions(['ethereum']);
    const first = service.getQuotes(['bitcoin'], 'usd');
    await settle(service);
    await first;
    expect(fake.markets.mock.calls[0]![0]).toEqual(['bitcoin', 'ethereum']);
    // 20 s later ethereum is still fresh enough: a hover on a new coin goes alone.
    vi.advanceTimersByTime(20_000);
    const second = service.getQuotes(['no-such-coin'], 'usd');
    await settle(service);
    await second;
    expect(fake.markets.mock.calls[1]![0]).toEqual(['no-such-coin']);
    // Past half its freshness, it rides along again; ethereum is not asked twice meanwhile.
    vi.advanceTimersByTime(15_000);
    const third = Promise.all([
      service.getQuotes(['bitcoin'], 'usd', { force: true }),
      service.getQuotes(['ethereum'], 'usd', { force: true }),
    ]);
    await settle(service);
    await third;
    expect(fake.markets).toHaveBeenCalledTimes(3);
    expect(fake.markets.mock.calls[2]![0]).toEqual(['bitcoin', 'ethereum']);
  });

  it('takes coins asked for in the last minutes along, so hovers share one request', async () => {
    const fake = fakeClient();
    const { service } = createService(fake);
    const btc = service.getQuotes(['bitcoin'], 'usd');
    await settle(service);
    await btc;
    vi.advanceTimersByTime(5_000);
    const eth = service.getQuotes(['ethereum'], 'usd');
    await settle(service);
    await eth;
    expect(fake.markets).toHaveBeenCalledTimes(2);
    // A minute on, one hover refreshes both; the next hover finds its coin fresh.
    vi.advanceTimersByTime(60_000);
    await service.getQuotes(['bitcoin'], 'usd');
    await settle(service);
    expect(fake.markets.mock.calls[2]![0]).toEqual(['bitcoin', 'ethereum']);
    await service.getQuotes(['ethereum'], 'usd');
    await settle(service);
    expect(fake.markets).toHaveBeenCalledTimes(3);
    // Coins nobody asked for in RECENT_ASK_MS stop riding along.
    vi.advanceTimersByTime(RECENT_ASK_MS);
    await service.getQuotes(['bitcoin'], 'usd');
    await settle(service);
    expect(fake.markets.mock.calls[3]![0]).toEqual(['bitcoin']);
  });

  it('sends one request per currency', async () => {
    const fake = fakeClient();
    const { service } = createService(fake);
    const asks = [service.getQuotes(['bitcoin'], 'usd'), service.getQuotes(['bitcoin'], 'eur')];
    await settle(service);
    await Promise.all(asks);
    expect(fake.markets.mock.calls.map((call) => call[1]).sort()).toEqual(['eur', 'usd']);
  });

  it('reports coins CoinGecko does not know', async () => {
    const fake = fakeClient();
    const { service } = createService(fake);
    const ask = service.getQuotes(['bitcoin', 'no-such-coin'], 'usd');
    await settle(service);
    const result = await ask;
    expect(result['no-such-coin']).toEqual({
      ok: false,
      error: { kind: 'unknown-coin', coinId: 'no-such-coin' },
    });
    expect(result.bitcoin?.ok).toBe(true);
  });
});

/** The catalog's ids as the service sends them (sorted). */
const catalogIds = COIN_CATALOG.map((coin) => coin.id).sort();
/** The `ids` parameter as a URL carries it. */
const encodedIds = (ids: readonly string[]) =>
  new URLSearchParams({ ids: ids.join(',') }).toString().length - 'ids='.length;

describe('many coins', () => {
  it.each([
    ['the whole catalog', catalogIds, MAX_IDS_PER_REQUEST, MAX_IDS_PARAM_CHARS],
    ['three per request', ['a', 'b', 'c', 'd', 'e', 'f', 'g'], 3, 1000],
    [
      'long ids, by characters',
      Array.from({ length: 9 }, (_, i) => `${'x'.repeat(20)}-${i}`),
      50,
      70,
    ],
    ['one id longer than the limit', ['a', 'x'.repeat(30), 'b'], 50, 10],
  ])(
    'chunkCoinIds splits %s within both limits, keeping every id in order',
    (_name, ids, maxIds, maxChars) => {
      const chunks = chunkCoinIds(ids, maxIds, maxChars);
      expect(chunks.flat()).toEqual(ids);
      for (const chunk of chunks) {
        expect(chunk.length).toBeGreaterThan(0);
        expect(chunk.length).toBeLessThanOrEqual(maxIds);
        // A lone id longer than the limit still goes, alone.
        if (chunk.length > 1) expect(encodedIds(chunk)).toBeLessThanOrEqual(maxChars);
      }
      // As few chunks as the limits allow: no two neighbours would fit together.
      for (let i = 1; i < chunks.length; i++) {
        const joined = [...chunks[i - 1]!, chunks[i]![0]!];
        expect(joined.length > maxIds || encodedIds(joined) > maxChars).toBe(true);
      }
    },
  );

  it('prices all 100 catalog coins in as few requests as the limits allow, each URL under 2,000 characters', async () => {
    const fake = fakeClient();
    COIN_CATALOG.forEach((coin, i) => fake.prices.set(coin.id, 1000 - i));
    const { service } = createService(fake);
    const ask = service.getQuotes(
      COIN_CATALOG.map((coin) => coin.id),
      'usd',
    );
    await settle(service);
    const result = await ask;
    const calls = fake.markets.mock.calls.map((call) => [...call[0]]);
    expect(calls).toEqual(chunkCoinIds(catalogIds));
    expect(calls.length).toBe(Math.ceil(catalogIds.length / MAX_IDS_PER_REQUEST));
    COIN_CATALOG.forEach((coin, i) => {
      expect(result[coin.id]).toMatchObject({ ok: true, served: { value: { price: 1000 - i } } });
    });
    // The URLs the real client builds for those requests, on the longest host.
    const urls: string[] = [];
    const client = createCoinGeckoClient(
      { plan: 'pro', apiKey: 'key' },
      {
        fetch: async (url) => {
          urls.push(String(url));
          return new Response('{}', { headers: { 'content-type': 'application/json' } });
        },
        now: () => Date.now(),
      },
    );
    for (const ids of calls) await client.simplePrices(ids, 'usd');
    expect(urls.every((url) => url.startsWith(BASE_URLS.pro))).toBe(true);
    expect(Math.max(...urls.map((url) => url.length))).toBeLessThan(2000);
  });

  it('stops after a chunk is rate limited: the rest report the back-off and nothing more is sent', async () => {
    const fake = fakeClient();
    const { service } = createService(fake);
    fake.fail({ kind: 'rate-limited', retryAt: START + 60_000, fromRetryAfter: true });
    const ask = service.getQuotes(catalogIds, 'usd');
    await settle(service);
    const result = await ask;
    expect(fake.markets).toHaveBeenCalledTimes(1);
    for (const id of catalogIds) {
      expect(result[id]).toMatchObject({ ok: false, error: { kind: 'rate-limited' } });
    }
  });
});

describe('unknown coins', () => {
  it('does not ask again about an unknown coin for a while', async () => {
    const fake = fakeClient();
    const { service } = createService(fake);
    const first = service.getQuotes(['no-such-coin'], 'usd');
    await settle(service);
    expect((await first)['no-such-coin']).toMatchObject({
      ok: false,
      error: { kind: 'unknown-coin' },
    });
    vi.advanceTimersByTime(UNKNOWN_COIN_RETRY_MS - 1000);
    const again = await service.getQuotes(['no-such-coin'], 'usd', { force: true });
    expect(again['no-such-coin']).toMatchObject({ ok: false, error: { kind: 'unknown-coin' } });
    expect(fake.markets).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(2000);
    const later = service.getQuotes(['no-such-coin'], 'usd');
    await settle(service);
    await later;
    expect(fake.markets).toHaveBeenCalledTimes(2);
  });
});

describe('failures and back-off', () => {
  const errors: PriceError[] = [
    { kind: 'rate-limited', retryAt: START + 30_000, fromRetryAfter: true },
    { kind: 'rate-limited', retryAt: START + 60_000, fromRetryAfter: false },
    { kind: 'key-missing', plan: 'pro' },
    { kind: 'key-invalid', plan: 'demo' },
    { kind: 'wrong-plan-url', usePlan: 'pro', useBaseUrl: 'https://pro-api.coingecko.com/api/v3' },
    { kind: 'unknown-currency', currency: 'xyz' },
    { kind: 'blocked', status: 403 },
    { kind: 'server-error', status: 500 },
    { kind: 'bad-request', status: 422, message: 'Missing parameter ids' },
    { kind: 'timeout', afterMs: 10_000 },
    { kind: 'malformed', detail: 'simple/price: bad' },
    { kind: 'offline', detail: 'Failed to fetch' },
  ];

  it.each(errors.map((error) => [error.kind, error] as const))(
    '%s with no cached value: a clear error',
    async (_kind, error) => {
      const fake = fakeClient();
      fake.fail(error);
      const { service } = createService(fake);
      const ask = service.getQuotes(['bitcoin'], 'usd');
      await settle(service);
      const result = await ask;
      expect(result.bitcoin?.ok).toBe(false);
      expect(result.bitcoin).toMatchObject({ ok: false, error: { kind: error.kind } });
    },
  );

  it.each(errors.map((error) => [error.kind, error] as const))(
    '%s with a cached value: the last good value, stale, with the reason',
    async (_kind, error) => {
      const fake = fakeClient();
      const { service } = createService(fake);
      const first = service.getQuotes(['bitcoin'], 'usd');
      await settle(service);
      await first;
      fake.fail(error);
      vi.advanceTimersByTime(PRICE_FRESH_MS + 1);
      const ask = service.getQuotes(['bitcoin'], 'usd', { force: true });
      await settle(service);
      const result = await ask;
      expect(result.bitcoin).toMatchObject({
        ok: true,
        served: { value: { price: 70791.5149 }, stale: true, lastError: { kind: error.kind } },
      });
    },
  );

  it('honours Retry-After: nothing is sent until it has passed', async () => {
    const fake = fakeClient();
    fake.fail({ kind: 'rate-limited', retryAt: START + 120_000, fromRetryAfter: true });
    const { service } = createService(fake);
    const ask = service.getQuotes(['bitcoin'], 'usd');
    await settle(service);
    await ask;
    fake.fail(null);
    for (const t of [10_000, 60_000, 110_000]) {
      vi.setSystemTime(START + t);
      const during = await service.getQuotes(['bitcoin'], 'usd');
      expect(during.bitcoin).toMatchObject({ ok: false, error: { kind: 'rate-limited' } });
    }
    expect(fake.markets).toHaveBeenCalledTimes(1);
    vi.setSystemTime(START + 121_000);
    const after = service.getQuotes(['bitcoin'], 'usd');
    await settle(service);
    expect((await after).bitcoin?.ok).toBe(true);
    expect(fake.markets).toHaveBeenCalledTimes(2);
  });

  it('doubles the wait on each failure, with jitter, up to the cap', () => {
    const error: PriceError = { kind: 'server-error', status: 500 };
    const waits = [1, 2, 3, 4, 5, 6, 10, 30].map((attempt) =>
      backoffUntil(error, attempt, 0, () => 0.999),
    );
    expect(waits.slice(0, 4)).toEqual(
      [15_000, 30_000, 60_000, 120_000].map((w) => Math.round(w * 0.9995)),
    );
    expect(Math.max(...waits)).toBeLessThanOrEqual(MAX_BACKOFF_MS);
    expect(waits.at(-1)).toBeGreaterThan(MAX_BACKOFF_MS * 0.99);
    // Jitter never shortens a wait below half.
    expect(backoffUntil(error, 1, 0, () => 0)).toBe(7_500);
    // Without Retry-After a 429 backs off exponentially too.
    const rateLimited: PriceError = {
      kind: 'rate-limited',
      retryAt: 60_000,
      fromRetryAfter: false,
    };
    expect(backoffUntil(rateLimited, 2, 0, () => 0.5)).toBe(90_000);
  });

  it('keeps backing off while failures go on, and resets after a success', async () => {
    const fake = fakeClient();
    fake.fail({ kind: 'server-error', status: 502 });
    const { service } = createService(fake);
    const untils: number[] = [];
    for (let i = 0; i < 4; i++) {
      const ask = service.getQuotes(['bitcoin'], 'usd');
      await settle(service);
      await ask;
      const backoff = await service.currentBackoff();
      expect(backoff).not.toBeNull();
      untils.push(backoff!.until - Date.now());
      vi.setSystemTime(backoff!.until + 1);
    }
    // Failure recorded after the batch window; measured after settle() advanced 50 ms.
    expect(untils).toEqual([11_250, 22_500, 45_000, 90_000].map((w) => w + BATCH_WINDOW_MS - 50));
    fake.fail(null);
    const ask = service.getQuotes(['bitcoin'], 'usd');
    await settle(service);
    expect((await ask).bitcoin?.ok).toBe(true);
    expect(await service.currentBackoff()).toBeNull();
  });
});

describe('persistence', () => {
  it('restarts with a warm persisted cache and sends nothing for fresh entries', async () => {
    const fake = fakeClient();
    const { service, saved } = createService(fake);
    const first = service.getQuotes(['bitcoin'], 'usd');
    await settle(service);
    await first;
    // The worker is killed; a new one starts from what storage holds.
    const restarted = createService(fake, saved()).service;
    vi.advanceTimersByTime(10_000);
    const result = await restarted.getQuotes(['bitcoin'], 'usd');
    expect(result.bitcoin).toMatchObject({ ok: true, served: { value: { price: 70791.5149 } } });
    expect(fake.markets).toHaveBeenCalledTimes(1);
  });

  it('keeps the back-off across a restart', async () => {
    const fake = fakeClient();
    fake.fail({ kind: 'rate-limited', retryAt: START + 120_000, fromRetryAfter: true });
    const { service, saved } = createService(fake);
    const ask = service.getQuotes(['bitcoin'], 'usd');
    await settle(service);
    await ask;
    const restarted = createService(fake, saved()).service;
    vi.advanceTimersByTime(30_000);
    await restarted.getQuotes(['bitcoin'], 'usd');
    expect(fake.markets).toHaveBeenCalledTimes(1);
  });

  it('ignores a corrupt cache entry and refetches only that one', async () => {
    const good = { value: quote('ethereum', 2500), fetchedAt: START, lastError: null };
    const raw = {
      quotes: {
        [quoteKey('usd', 'bitcoin')]: { value: { price: 'lots' }, fetchedAt: 'yesterday' },
        [quoteKey('usd', 'ethereum')]: good,
      },
      charts: 'not an object',
      backoff: { until: 'never' },
    };
    const state = parseCacheState(raw);
    expect(Object.keys(state.quotes)).toEqual([quoteKey('usd', 'ethereum')]);
    expect(state.backoff).toBeNull();
    const fake = fakeClient();
    const { service } = createService(fake, state);
    const ask = service.getQuotes(['bitcoin', 'ethereum'], 'usd');
    await settle(service);
    await ask;
    expect(fake.markets.mock.calls[0]![0]).toEqual(['bitcoin']);
  });

  it.each([null, 42, 'text', [], { quotes: null }])('reads %j as an empty cache', (raw) => {
    expect(parseCacheState(raw)).toEqual(emptyCache());
  });

  it('persists through the storage item that tabs watch', async () => {
    const changes: unknown[] = [];
    priceCacheItem.watch((value) => changes.push(value));
    await priceCacheItem.setValue(emptyCache());
    expect(changes).toHaveLength(1);
  });
});

describe('chart', () => {
  it('caches the chart and shares concurrent asks', async () => {
    const fake = fakeClient();
    const { service } = createService(fake);
    const asks = [service.getChart('bitcoin', 'usd'), service.getChart('bitcoin', 'usd')];
    await settle(service);
    const [a, b] = await Promise.all(asks);
    expect(a).toEqual(b);
    expect(fake.marketChart).toHaveBeenCalledTimes(1);
    await service.getChart('bitcoin', 'usd');
    expect(fake.marketChart).toHaveBeenCalledTimes(1);
  });
});

describe('price history', () => {
  it('fetches 365 days once and answers from the cache for 12 hours', async () => {
    const fake = fakeClient();
    const { service } = createService(fake);
    const ask = () =>
      service.getChart('bitcoin', 'usd', HISTORY_DAYS, { freshMs: HISTORY_FRESH_MS });
    const first = ask();
    await settle(service);
    expect((await first).ok).toBe(true);
    expect(fake.marketChart).toHaveBeenCalledWith('bitcoin', 'usd', 365);
    // Well past a chart's 10 minutes, still within the history's 12 hours.
    await vi.advanceTimersByTimeAsync(CHART_FRESH_MS * 6);
    const second = await ask();
    expect(second.ok && second.served.stale).toBe(false);
    expect(fake.marketChart).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(HISTORY_FRESH_MS);
    const third = ask();
    await settle(service);
    await third;
    expect(fake.marketChart).toHaveBeenCalledTimes(2);
    // The 7-day chart is its own entry, with its own freshness.
    await service.getChart('bitcoin', 'usd');
    expect(fake.marketChart).toHaveBeenLastCalledWith('bitcoin', 'usd', 7);
  });
});
