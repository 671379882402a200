/**
 * The one read model of price data: how a stored cache entry, or an answer of the
 * background, becomes what a view shows — the value, when it was last updated, how old that
 * is, whether it is stale and why. The tooltip, the page's price strip, the toolbar badge and
 * the popup all read prices through here, with the same clock and the same staleness rule.
 */
import type { PriceError } from './errors';
import { quoteKey, type CacheEntry, type PriceCacheState } from './cache-store';
import type { PriceQuote, ServeResult } from './types';

/**
 * CoinGecko caches its prices (`/coins/markets`, `/simple/price`) for 60 s: asking sooner only
 * returns the same numbers.
 */
export const PRICE_FRESH_MS = 60_000;
/** Beyond this age (or after a failed refresh) a value is shown as stale. */
export const STALE_AFTER_MS = 3 * PRICE_FRESH_MS;

/** The clock every view reads ages with. */
export const viewClock = (): number => Date.now();

/**
 * Turns a cache entry into what callers see: the value with its age and staleness, or the
 * error when there is no value. The background serves with it; views read the cache with it.
 */
export function serveEntry<T>(
  entry: CacheEntry<T> | undefined,
  failure: PriceError | undefined,
  freshMs: number,
  now: number,
): ServeResult<T> {
  if (!entry) {
    return { ok: false, error: failure ?? { kind: 'malformed', detail: 'no data was returned' } };
  }
  const lastError = failure ?? entry.lastError;
  return {
    ok: true,
    served: {
      value: entry.value,
      fetchedAt: entry.fetchedAt,
      stale: lastError !== null || now - entry.fetchedAt >= Math.max(STALE_AFTER_MS, freshMs * 2),
      lastError,
    },
  };
}

/** A coin's price as a view shows it. */
export type QuoteView =
  | {
      status: 'ready';
      quote: PriceQuote;
      /** CoinGecko's own update time when known, else when the background fetched it. */
      updatedAt: number;
      /** `now − updatedAt`, never negative. */
      ageMs: number;
      stale: boolean;
      /** Why the last refresh failed (the value is then the last good one). */
      reason: PriceError | null;
    }
  | { status: 'unavailable'; reason: PriceError };

/** The view of a served result (an answer of the background). */
export function quoteView(result: ServeResult<PriceQuote>, now: number): QuoteView {
  if (!result.ok) return { status: 'unavailable', reason: result.error };
  const { value, fetchedAt, stale, lastError } = result.served;
  const updatedAt = value.sourceUpdatedAt ?? fetchedAt;
  return {
    status: 'ready',
    quote: value,
    updatedAt,
    ageMs: Math.max(0, now - updatedAt),
    stale,
    reason: lastError,
  };
}

/** The view of a coin's cached price, or null when nothing is cached yet (still loading). */
export function cachedQuoteView(
  cache: PriceCacheState,
  currency: string,
  coinId: string,
  now: number,
): QuoteView | null {
  const entry = cache.quotes[quoteKey(currency, coinId)];
  return entry ? quoteView(serveEntry(entry, undefined, PRICE_FRESH_MS, now), now) : null;
}
