import { describe, expect, it } from 'vitest';
import type { PricePoint } from '@/utils/prices/types';
import { articleDay, quoteLine, sinceArticleLine } from '../article-lines';
import type { QuotedPrice } from '../quoted-prices';

/** The seed week (CoinGecko's daily series, ending with the 09:59 "now" point). */
const SEED: PricePoint[] = [
  [1775520000000, 68864.2318],
  [1775606400000, 71975.6204],
  [1775692800000, 71117.0791],
  [1775779200000, 71770.7463],
  [1775865600000, 72972.7087],
  [1775952000000, 73053.8912],
  [1776038400000, 72418.0633],
  [1776074340000, 70791.5149],
];
const LATER = { price: 84_120, at: Date.UTC(2026, 3, 20, 12) };
const options = { currency: 'usd', locale: 'en-US', keyless: true };

function quote(value: number, kind: QuotedPrice['kind'], currency = 'USD'): QuotedPrice {
  return { amount: { value, currency, start: 0, end: 1, scale: '' }, coinId: 'bitcoin', kind };
}

describe('sinceArticleLine', () => {
  it('compares the article day’s last point with the price now (the issue’s example)', () => {
    expect(sinceArticleLine(SEED, Date.UTC(2026, 3, 13, 9, 59), LATER, options)).toBe(
      'Since this article (Apr 13, 2026): $70,791.51 → $84,120.00 (+18.83%)',
    );
  });

  it('reads any time of the day as that UTC day', () => {
    expect(sinceArticleLine(SEED, Date.UTC(2026, 3, 8, 23, 59), LATER, options)).toBe(
      'Since this article (Apr 8, 2026): $71,975.62 → $84,120.00 (+16.87%)',
    );
  });

  it('says in words when the day is older than the history', () => {
    expect(sinceArticleLine(SEED, Date.UTC(2024, 0, 10), LATER, options)).toBe(
      'Since this article (Jan 10, 2024): no free price history before Apr 7, 2026',
    );
    expect(
      sinceArticleLine(SEED, Date.UTC(2024, 0, 10), LATER, { ...options, keyless: false }),
    ).toBe('Since this article (Jan 10, 2024): no price history before Apr 7, 2026');
  });

  it('shows nothing for a day without a price or after today', () => {
    expect(sinceArticleLine(SEED, Date.UTC(2026, 3, 16), LATER, options)).toBeNull();
    expect(sinceArticleLine(SEED, Date.UTC(2026, 4, 1), LATER, options)).toBeNull();
  });

  it('follows the locale and the currency', () => {
    expect(
      sinceArticleLine(SEED, Date.UTC(2026, 3, 13), LATER, {
        ...options,
        locale: 'de-DE',
      })?.replace(/\u00a0/g, ' '),
    ).toBe('Since this article (13. Apr. 2026): 70.791,51 $ → 84.120,00 $ (+18,83 %)');
  });
});

describe('quoteLine', () => {
  it.each<[QuotedPrice, number, string]>([
    [quote(71_975.62, 'price'), 84_120, 'Bitcoin now $84,120.00, +16.87% since this figure'],
    [quote(90_000, 'price'), 84_120, 'Bitcoin now $84,120.00, -6.53% since this figure'],
    [quote(84_120, 'price'), 84_120, 'Bitcoin now $84,120.00, +0.00% since this figure'],
    [quote(100_000, 'per-coin-cost'), 84_120, 'Bitcoin now $84,120.00, 15.9% below'],
    [quote(45_000, 'per-coin-cost'), 84_120, 'Bitcoin now $84,120.00, 86.9% above'],
    [quote(84_100, 'per-coin-cost'), 84_120, 'Bitcoin now $84,120.00, about the same as this cost'],
    [quote(65_200, 'price', 'EUR'), 73_000, 'Bitcoin now €73,000.00, +11.96% since this figure'],
  ])('case %#', (q, now, expected) => {
    expect(quoteLine('Bitcoin', q, now, 'en-US')).toBe(expected);
  });

  it('says nothing about a zero figure or a missing price', () => {
    expect(quoteLine('Bitcoin', quote(0, 'price'), 84_120, 'en-US')).toBeNull();
    expect(quoteLine('Bitcoin', quote(1, 'price'), Number.NaN, 'en-US')).toBeNull();
  });
});

describe('articleDay', () => {
  it('is the UTC day, whatever the hour', () => {
    expect(articleDay(Date.UTC(2026, 3, 13, 23, 59), 'en-US')).toBe('Apr 13, 2026');
    expect(articleDay(Date.UTC(2026, 3, 13), 'not a locale!')).toBe('Apr 13, 2026');
  });
});
