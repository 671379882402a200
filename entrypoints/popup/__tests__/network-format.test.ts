import { describe, expect, it } from 'vitest';
import { divergenceSentence, formatAxisPrice } from '../network-format';

describe('divergenceSentence', () => {
  it.each([
    {
      divergence: { days: 30, hashratePct: 4.1, pricePct: -6.3 },
      text: 'Hash rate +4.1%, price \u22126.3% over 30 days',
    },
    {
      divergence: { days: 30, hashratePct: 4.1, pricePct: null },
      text: 'Hash rate +4.1% over 30 days (no price for that span)',
    },
    {
      divergence: { days: 30, hashratePct: null, pricePct: -6.3 },
      text: 'Price \u22126.3% over 30 days (no hash rate for that span)',
    },
    { divergence: { days: 30, hashratePct: null, pricePct: null }, text: null },
  ])('$text', ({ divergence, text }) => {
    expect(divergenceSentence(divergence, 'en-US')).toBe(text);
  });
});

describe('formatAxisPrice', () => {
  it.each([
    [89_512, 'usd', '$89.5K'],
    [1, 'btc', '₿1.00'],
  ])('%s %s is %s', (value, currency, expected) => {
    expect(formatAxisPrice(value, currency, 'en-US')).toBe(expected);
  });
});
