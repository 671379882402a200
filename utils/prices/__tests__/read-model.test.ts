import { describe, expect, it } from 'vitest';
import { emptyCache, quoteKey, type CacheEntry } from '../cache-store';
import type { PriceError } from '../errors';
import { cachedQuoteView, quoteView, STALE_AFTER_MS } from '../read-model';
import type { PriceQuote } from '../types';

const NOW = Date.UTC(2026, 3, 13, 10, 0, 0);
const quote = (sourceUpdatedAt: number | null): PriceQuote => ({
  coinId: 'bitcoin',
  currency: 'usd',
  price: 70791.51,
  change24hPct: 2.8,
  marketCap: null,
  volume24h: null,
  sourceUpdatedAt,
});
const cacheWith = (entry: CacheEntry<PriceQuote>) => ({
  ...emptyCache(),
  quotes: { [quoteKey('usd', 'bitcoin')]: entry },
});
const failure: PriceError = { kind: 'server-error', status: 503 };

describe('cachedQuoteView', () => {
  it('is null (loading) when nothing is cached for the coin and currency', () => {
    expect(cachedQuoteView(emptyCache(), 'usd', 'bitcoin', NOW)).toBeNull();
    const cache = cacheWith({ value: quote(NOW), fetchedAt: NOW, lastError: null });
    expect(cachedQuoteView(cache, 'eur', 'bitcoin', NOW)).toBeNull();
  });

  it.each<
    [string, CacheEntry<PriceQuote>, { ageMs: number; stale: boolean; reason: PriceError | null }]
  >([
    [
      'fresh: age from CoinGecko’s own time',
      { value: quote(NOW - 42_000), fetchedAt: NOW - 5_000, lastError: null },
      { ageMs: 42_000, stale: false, reason: null },
    ],
    [
      'no source time: age from the fetch',
      { value: quote(null), fetchedAt: NOW - 5_000, lastError: null },
      { ageMs: 5_000, stale: false, reason: null },
    ],
    [
      'old: stale without a failure',
      { value: quote(null), fetchedAt: NOW - STALE_AFTER_MS, lastError: null },
      { ageMs: STALE_AFTER_MS, stale: true, reason: null },
    ],
    [
      'a failed refresh: stale with the reason',
      { value: quote(NOW - 1_000), fetchedAt: NOW - 1_000, lastError: failure },
      { ageMs: 1_000, stale: true, reason: failure },
    ],
    [
      'a source time in the future (clock skew): age 0',
      { value: quote(NOW + 9_000), fetchedAt: NOW, lastError: null },
      { ageMs: 0, stale: false, reason: null },
    ],
  ])('%s', (_name, entry, expected) => {
    const view = cachedQuoteView(cacheWith(entry), 'usd', 'bitcoin', NOW);
    expect(view).toMatchObject({ status: 'ready', quote: entry.value, ...expected });
  });
});

describe('quoteView', () => {
  it('gives the reason when the background has no value', () => {
    expect(quoteView({ ok: false, error: failure }, NOW)).toEqual({
      status: 'unavailable',
      reason: failure,
    });
  });
});
