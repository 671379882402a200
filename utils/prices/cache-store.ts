/**
 * The persisted price cache. It lives in `storage.local` so that it survives service-worker
 * restarts, and so that every tab learns of new prices from storage change events without
 * sending a request of its own.
 */
import * as v from 'valibot';
import { storage } from '#imports';
import type { PriceError } from './errors';
import type { MarketChart, PriceQuote } from './types';

/** One cached value with its fetch time and the last refresh failure, if any. */
export interface CacheEntry<T> {
  value: T;
  /** When the background received the value (ms since epoch). */
  fetchedAt: number;
  /** Why the latest refresh failed; null after a success. */
  lastError: PriceError | null;
}

/** While set, no request is sent before `until`. */
export interface BackoffState {
  until: number;
  /** Consecutive failures so far; drives the exponential wait. */
  attempt: number;
  reason: PriceError;
}

/** Everything the price service persists. */
export interface PriceCacheState {
  /** Keyed by {@link quoteKey}. */
  quotes: Record<string, CacheEntry<PriceQuote>>;
  /** Keyed by {@link chartKey}. */
  charts: Record<string, CacheEntry<MarketChart>>;
  backoff: BackoffState | null;
}

/** Cache key of a coin's quote in a currency. */
export function quoteKey(currency: string, coinId: string): string {
  return `${currency}:${coinId}`;
}

/** Cache key of a coin's chart in a currency over `days` days. */
export function chartKey(currency: string, coinId: string, days: number): string {
  return `${currency}:${coinId}:${days}`;
}

/** An empty cache. */
export function emptyCache(): PriceCacheState {
  return { quotes: {}, charts: {}, backoff: null };
}

const finite = v.pipe(v.number(), v.finite());
const nullableFinite = v.nullable(finite);
// Errors are stored as the service produced them; only their kind is checked, since the UI
// falls back to a generic sentence for any detail it cannot read.
const errorSchema = v.looseObject({ kind: v.string() });

const quoteEntrySchema = v.object({
  value: v.object({
    coinId: v.string(),
    currency: v.string(),
    price: finite,
    change24hPct: nullableFinite,
    marketCap: nullableFinite,
    volume24h: nullableFinite,
    sourceUpdatedAt: nullableFinite,
    // Added with the coin card; optional, so entries cached before it still read (no migration).
    rank: v.optional(nullableFinite),
    sparkline7d: v.optional(v.nullable(v.array(finite))),
  }),
  fetchedAt: finite,
  lastError: v.nullable(errorSchema),
});

const chartEntrySchema = v.object({
  value: v.object({
    coinId: v.string(),
    currency: v.string(),
    days: finite,
    prices: v.array(v.tuple([finite, finite])),
  }),
  fetchedAt: finite,
  lastError: v.nullable(errorSchema),
});

const backoffSchema = v.object({ until: finite, attempt: finite, reason: errorSchema });

/**
 * Reads whatever storage held into a valid cache: entries with a wrong shape are dropped one
 * by one (a corrupt entry costs one refetch, never a crash or a wrong number).
 */
export function parseCacheState(raw: unknown): PriceCacheState {
  const state = emptyCache();
  if (!raw || typeof raw !== 'object') return state;
  const record = raw as Record<string, unknown>;
  for (const [section, schema] of [
    ['quotes', quoteEntrySchema],
    ['charts', chartEntrySchema],
  ] as const) {
    const entries = record[section];
    if (!entries || typeof entries !== 'object') continue;
    for (const [key, entry] of Object.entries(entries as Record<string, unknown>)) {
      const parsed = v.safeParse(schema, entry);
      if (parsed.success) {
        (state[section] as Record<string, unknown>)[key] = parsed.output;
      }
    }
  }
  const backoff = v.safeParse(backoffSchema, record.backoff);
  if (backoff.success) state.backoff = backoff.output as BackoffState;
  return state;
}

/** The storage item behind the cache. Read it through {@link parseCacheState}. */
export const priceCacheItem = storage.defineItem<PriceCacheState>('local:priceCache', {
  fallback: emptyCache(),
  version: 1,
});
