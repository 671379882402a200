import { describe, expect, it } from 'vitest';
import type { PriceError } from '@/utils/prices/errors';
import type { QuoteView } from '@/utils/prices/read-model';
import type { PriceQuote } from '@/utils/prices/types';
import { describeFreshness } from '../freshness';

const NOW = Date.UTC(2026, 3, 13, 10, 0, 0);
const MIN = 60_000;
const quote: PriceQuote = {
  coinId: 'bitcoin',
  currency: 'usd',
  price: 70791.5149,
  change24hPct: -2.8262,
  marketCap: null,
  volume24h: null,
  sourceUpdatedAt: NOW - MIN,
};

/** The read model's view of a quote updated `ageMs` before NOW. */
function ready(ageMs: number, extra: Partial<{ stale: boolean; reason: PriceError }> = {}) {
  return {
    status: 'ready',
    quote,
    updatedAt: NOW - ageMs,
    ageMs,
    stale: extra.stale ?? false,
    reason: extra.reason ?? null,
  } satisfies QuoteView;
}

describe('describeFreshness: when the prices are from, and what went wrong', () => {
  it.each<[string, QuoteView, string, string]>([
    ['seconds, en-US', ready(42_000), 'en-US', 'Updated 42 seconds ago · 09:59 UTC'],
    ['just now', ready(2_000), 'en-US', 'Updated now · 09:59 UTC'],
    ['two minutes', ready(2 * MIN), 'en-US', 'Updated 2 minutes ago · 09:58 UTC'],
    ['in German', ready(2 * MIN), 'de-DE', 'Updated vor 2 Minuten · 09:58 UTC'],
    ['in French', ready(2 * MIN), 'fr-FR', 'Updated il y a 2 minutes · 09:58 UTC'],
    ['in Japanese', ready(2 * MIN), 'ja-JP', 'Updated 2 分前 · 09:58 UTC'],
    // Another UTC day: the date is spelled out, or the clock time alone would mislead.
    [
      'yesterday',
      ready(11 * 60 * MIN),
      'en-US',
      'Updated 11 hours ago · April 12, 2026, 23:00 UTC',
    ],
    [
      'old without a failure',
      ready(12 * MIN, { stale: true }),
      'en-US',
      'Not updated since 12 minutes ago · 09:48 UTC',
    ],
  ])('%s', (_name, view, locale, expected) => {
    const line = describeFreshness({ view, error: null, loading: false, now: NOW, locale });
    expect(line.tone).toBe(view.status === 'ready' && view.stale ? 'stale' : 'fresh');
    expect(line.tone !== 'loading' && line.tone !== 'error' && `${line.text} · ${line.time}`).toBe(
      expected,
    );
  });

  it.each<[string, PriceError, string]>([
    [
      'rate limited (429)',
      { kind: 'rate-limited', retryAt: NOW + 45_000, fromRetryAfter: true },
      "Couldn't refresh: CoinGecko's rate limit was reached; HashLens retries in 45 s. Showing prices from 12 minutes ago.",
    ],
    [
      'server error (5xx)',
      { kind: 'server-error', status: 502 },
      "Couldn't refresh: CoinGecko is having trouble (HTTP 502); HashLens will retry. Showing prices from 12 minutes ago.",
    ],
    [
      'timeout',
      { kind: 'timeout', afterMs: 10_000 },
      "Couldn't refresh: CoinGecko did not answer within 10 s. Showing prices from 12 minutes ago.",
    ],
    [
      'offline',
      { kind: 'offline', detail: 'Failed to fetch' },
      "Couldn't refresh: CoinGecko could not be reached; check the connection. Showing prices from 12 minutes ago.",
    ],
    [
      'bad data',
      { kind: 'malformed', detail: 'price is not a number' },
      "Couldn't refresh: CoinGecko sent data HashLens could not read (price is not a number). Showing prices from 12 minutes ago.",
    ],
  ])(
    'a failed refresh, %s: says what happened and how old the shown prices are',
    (_n, reason, text) => {
      const view = ready(12 * MIN, { stale: true, reason });
      // The view carries the failure (from the cache), or the store does (the refresh itself).
      for (const [viewed, error] of [
        [view, null],
        [ready(12 * MIN, { stale: true }), reason],
      ] as const) {
        expect(
          describeFreshness({ view: viewed, error, loading: false, now: NOW, locale: 'en-US' }),
        ).toEqual({ tone: 'error', text });
      }
    },
  );

  it.each<[string, PriceError, string]>([
    [
      'rate limited',
      { kind: 'rate-limited', retryAt: NOW + 120_000, fromRetryAfter: true },
      "Couldn't load prices: CoinGecko's rate limit was reached; HashLens retries in 2 min.",
    ],
    [
      'offline',
      { kind: 'offline', detail: 'x' },
      "Couldn't load prices: CoinGecko could not be reached; check the connection.",
    ],
  ])('nothing to show, %s: says so without an age', (_name, error, text) => {
    expect(
      describeFreshness({ view: null, error, loading: false, now: NOW, locale: 'en-US' }),
    ).toEqual({ tone: 'error', text });
    expect(
      describeFreshness({
        view: { status: 'unavailable', reason: error },
        error: null,
        loading: false,
        now: NOW,
        locale: 'en-US',
      }),
    ).toEqual({ tone: 'error', text });
  });

  it('says nothing while the first answer is on its way', () => {
    expect(
      describeFreshness({ view: null, error: null, loading: true, now: NOW, locale: 'en-US' }),
    ).toEqual({ tone: 'loading' });
  });

  it('gives the data time as ISO 8601 for <time dateTime>', () => {
    const line = describeFreshness({
      view: ready(MIN),
      error: null,
      loading: false,
      now: NOW,
      locale: 'en-US',
    });
    expect(line.tone === 'fresh' && line.dateTime).toBe('2026-04-13T09:59:00.000Z');
  });
});
