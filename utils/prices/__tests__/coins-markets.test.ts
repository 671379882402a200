import { describe, expect, it, vi } from 'vitest';
import recorded from '@/e2e/fixtures/coingecko/oas2026__coins_markets__usd__ids-bitcoin__sparkline-true__pcp-1h-24h-7d-14d-30d-200d-1y__TRIMMED.json';
import { BASE_URLS, createCoinGeckoClient, thinSeries } from '../coingecko-client';
import { PriceFetchError, type PriceError } from '../errors';
import { SPARKLINE_POINTS } from '../types';
import { parseCacheState } from '../cache-store';

const NOW = Date.UTC(2026, 4, 18, 13, 0, 0);
const json = { 'content-type': 'application/json; charset=utf-8' };
const row = recorded[0]!;

function respond(status: number, body: string, headers: Record<string, string> = json) {
  return vi.fn<typeof fetch>(async () => new Response(body, { status, headers }));
}

function client(fetchImpl: typeof fetch) {
  return createCoinGeckoClient(
    { plan: 'public', apiKey: '' },
    { fetch: fetchImpl, now: () => NOW, timeoutMs: 50 },
  );
}

async function failure(promise: Promise<unknown>): Promise<PriceError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PriceFetchError) return error.error;
    throw error;
  }
  throw new Error('expected a PriceFetchError');
}

/** The recorded row with some fields replaced (or removed with `undefined`). */
function withRow(change: Record<string, unknown>): string {
  return JSON.stringify([{ ...row, ...change }]);
}

describe('markets', () => {
  it('reads the recorded /coins/markets row: price, change, cap, volume, rank, sparkline', async () => {
    const fetchImpl = respond(200, JSON.stringify(recorded));
    const quotes = await client(fetchImpl).markets(['bitcoin'], 'usd');
    expect(quotes.get('bitcoin')).toEqual({
      coinId: 'bitcoin',
      currency: 'usd',
      price: row.current_price,
      change24hPct: row.price_change_percentage_24h,
      marketCap: row.market_cap,
      volume24h: row.total_volume,
      sourceUpdatedAt: Date.parse(row.last_updated),
      rank: row.market_cap_rank,
      sparkline7d: row.sparkline_in_7d.price,
    });
    const url = new URL(String(fetchImpl.mock.calls[0]![0]));
    expect(url.origin + url.pathname).toBe(`${BASE_URLS.public}/coins/markets`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      vs_currency: 'usd',
      ids: 'bitcoin',
      sparkline: 'true',
      per_page: '250',
      page: '1',
      precision: 'full',
    });
  });

  it('asks for every coin of a batch in one request and drops ids CoinGecko does not know', async () => {
    const fetchImpl = respond(200, JSON.stringify(recorded));
    const quotes = await client(fetchImpl).markets(['bitcoin', 'not-a-coin'], 'usd');
    expect(fetchImpl).toHaveBeenCalledTimes(1);
    expect(new URL(String(fetchImpl.mock.calls[0]![0])).searchParams.get('ids')).toBe(
      'bitcoin,not-a-coin',
    );
    expect([...quotes.keys()]).toEqual(['bitcoin']);
  });

  it.each([
    ['no price in the currency', { current_price: null }, []],
    ['a row for a coin not asked for', { id: 'ethereum' }, []],
  ])('skips %s', async (_name, change, expected) => {
    const quotes = await client(respond(200, withRow(change))).markets(['bitcoin'], 'usd');
    expect([...quotes.keys()]).toEqual(expected);
  });

  it.each([
    ['no rank', { market_cap_rank: null }, 'rank', null],
    ['no sparkline', { sparkline_in_7d: undefined }, 'sparkline7d', null],
    ['gaps in the sparkline', { sparkline_in_7d: { price: [1, null, 3] } }, 'sparkline7d', [1, 3]],
    ['no cap', { market_cap: null }, 'marketCap', null],
    ['no update time', { last_updated: null }, 'sourceUpdatedAt', null],
  ])('reads a row with %s', async (_name, change, field, expected) => {
    const quotes = await client(respond(200, withRow(change))).markets(['bitcoin'], 'usd');
    expect(quotes.get('bitcoin')?.[field as 'rank']).toEqual(expected);
  });

  it.each([
    ['a string price', { current_price: '77671' }, 'current_price'],
    ['a rank of 0', { market_cap_rank: 0 }, 'market_cap_rank'],
    ['a fractional rank', { market_cap_rank: 1.5 }, 'market_cap_rank'],
    ['a non-ISO update time', { last_updated: 'yesterday' }, 'last_updated'],
    ['a sparkline that is not a list', { sparkline_in_7d: { price: 'up' } }, 'sparkline_in_7d'],
    ['a string volume', { total_volume: '1e9' }, 'total_volume'],
  ])('treats %s as malformed, naming the field', async (_name, change, field) => {
    const error = await failure(client(respond(200, withRow(change))).markets(['bitcoin'], 'usd'));
    expect(error.kind).toBe('malformed');
    expect(error.kind === 'malformed' && error.detail).toContain(field);
  });

  it('treats an object instead of the list as malformed', async () => {
    const error = await failure(client(respond(200, '{"bitcoin":{}}')).markets(['bitcoin'], 'usd'));
    expect(error).toMatchObject({ kind: 'malformed' });
  });

  it('reports the 400 "invalid vs_currency" as an unknown currency', async () => {
    const fetchImpl = respond(400, '{"error":"invalid vs_currency"}');
    expect(await failure(client(fetchImpl).markets(['bitcoin'], 'xyz'))).toEqual({
      kind: 'unknown-currency',
      currency: 'xyz',
    });
  });

  it('reports a 429 as rate-limited with the Retry-After time', async () => {
    const fetchImpl = respond(429, '{"status":{"error_code":429}}', {
      ...json,
      'retry-after': '30',
    });
    expect(await failure(client(fetchImpl).markets(['bitcoin'], 'usd'))).toEqual({
      kind: 'rate-limited',
      retryAt: NOW + 30_000,
      fromRetryAfter: true,
    });
  });
});

describe('thinSeries', () => {
  const hourly = Array.from({ length: 168 }, (_, i) => 1000 + i);
  it.each([
    ['168 hourly points', hourly, SPARKLINE_POINTS],
    ['a short series', [1, 2, 3], 3],
    ['an empty one', [], 0],
  ])('keeps at most %s … (%#)', (_name, series, length) => {
    const thinned = thinSeries(series);
    expect(thinned).toHaveLength(length);
    if (series.length > 0) {
      expect(thinned[0]).toBe(series[0]);
      expect(thinned.at(-1)).toBe(series.at(-1));
    }
    // Evenly spaced and in order.
    for (let i = 1; i < thinned.length; i++) expect(thinned[i]!).toBeGreaterThan(thinned[i - 1]!);
  });
});

describe('the persisted cache keeps the card’s market data', () => {
  const entry = (value: Record<string, unknown>) => ({
    quotes: {
      'usd:bitcoin': {
        value: {
          coinId: 'bitcoin',
          currency: 'usd',
          price: row.current_price,
          change24hPct: row.price_change_percentage_24h,
          marketCap: row.market_cap,
          volume24h: row.total_volume,
          sourceUpdatedAt: Date.parse(row.last_updated),
          ...value,
        },
        fetchedAt: NOW,
        lastError: null,
      },
    },
  });
  it.each<[string, Record<string, unknown>, Record<string, unknown> | null]>([
    [
      'rank and sparkline',
      { rank: 1, sparkline7d: row.sparkline_in_7d.price },
      { rank: 1, sparkline7d: row.sparkline_in_7d.price },
    ],
    ['an entry cached before the card (no rank, no sparkline)', {}, {}],
    ['no sparkline from CoinGecko', { rank: 1, sparkline7d: null }, { rank: 1, sparkline7d: null }],
    ['a corrupt sparkline: the entry is dropped', { sparkline7d: ['x'] }, null],
  ])('%s', (_name, value, expected) => {
    const parsed = parseCacheState(entry(value)).quotes['usd:bitcoin'];
    if (expected === null) {
      expect(parsed).toBeUndefined();
    } else {
      expect(parsed?.value).toMatchObject(expected);
      expect(parsed?.value.price).toBe(row.current_price);
      if (!('rank' in expected)) expect(parsed?.value).not.toHaveProperty('rank');
    }
  });
});
