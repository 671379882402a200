import { describe, expect, it } from 'vitest';
import { emptyCache, quoteKey, type PriceCacheState } from '@/utils/prices/cache-store';
import { actionBadgeView, BADGE_COLORS } from '../action-badge';

const NOW = Date.UTC(2026, 3, 13, 10, 2, 0);

function cacheWith(
  quotes: [coinId: string, price: number, change: number | null, fetchedAgoMs: number][],
  currency = 'usd',
): PriceCacheState {
  const cache = emptyCache();
  for (const [coinId, price, change, ago] of quotes) {
    cache.quotes[quoteKey(currency, coinId)] = {
      value: {
        coinId,
        currency,
        price,
        change24hPct: change,
        marketCap: null,
        volume24h: null,
        sourceUpdatedAt: NOW - ago,
      },
      fetchedAt: NOW - ago,
      lastError: null,
    };
  }
  return cache;
}

describe('actionBadgeView', () => {
  it('is empty when nothing is pinned', () => {
    expect(actionBadgeView([], cacheWith([['bitcoin', 70791.51, 1, 0]]), 'usd', NOW)).toEqual({
      text: '',
      color: BADGE_COLORS.flat,
      title: 'HashLens',
    });
  });

  it.each([
    ['down', 70791.5149, -2.8262, '70.8k', BADGE_COLORS.down],
    ['up', 2500.4, 1.5, '2.5k', BADGE_COLORS.up],
    ['flat', 0.071, 0.001, '0.071', BADGE_COLORS.flat],
  ])('shows the first pin compactly, coloured %s', (_dir, price, change, text, color) => {
    const view = actionBadgeView(
      ['bitcoin'],
      cacheWith([['bitcoin', price, change, 30_000]]),
      'usd',
      NOW,
    );
    expect(view.text).toBe(text);
    expect(view.color).toBe(color);
  });

  it('lists every pin with price, arrow, change and age in the title', () => {
    const cache = cacheWith([
      ['bitcoin', 70791.5149, -2.8262, 42_000],
      ['ethereum', 2500, 1.2, 5 * 60_000],
    ]);
    const view = actionBadgeView(['bitcoin', 'ethereum', 'solana'], cache, 'usd', NOW);
    expect(view.title.split('\n')).toEqual([
      'HashLens',
      'BTC $70,791.51 ▼ -2.83% (24 h) · updated 42 s ago',
      'ETH $2,500.00 ▲ +1.20% (24 h) · updated 5 min ago · stale',
      'SOL (Solana): no price yet',
    ]);
  });

  it('greys the badge when the first pin is stale', () => {
    const view = actionBadgeView(
      ['bitcoin'],
      cacheWith([['bitcoin', 70791.51, 2, 10 * 60_000]]),
      'usd',
      NOW,
    );
    expect(view.color).toBe(BADGE_COLORS.stale);
  });

  it('uses the chosen currency', () => {
    const view = actionBadgeView(
      ['bitcoin'],
      cacheWith([['bitcoin', 65123.4, 1, 0]], 'eur'),
      'eur',
      NOW,
    );
    expect(view.text).toBe('65.1k');
    expect(view.title).toContain('€65,123.40');
  });
});
