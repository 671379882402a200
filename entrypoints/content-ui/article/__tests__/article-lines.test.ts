import { describe, expect, it } from 'vitest';
import { quoteLine } from '../article-lines';
import type { QuotedPrice } from '../quoted-prices';

function quote(value: number, kind: QuotedPrice['kind'], currency = 'USD'): QuotedPrice {
  return { amount: { value, currency, start: 0, end: 1, scale: '' }, coinId: 'bitcoin', kind };
}

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
