import { describe, expect, it } from 'vitest';
import {
  formatBlocks,
  formatBtc,
  formatEhs,
  formatMoney2,
  formatPct,
  formatSignedPct,
} from '../network';
import { formatUtcDay } from '../time';

describe('formatSignedPct', () => {
  it.each([
    { pct: -5.975736194371207, locale: 'en-US', digits: 2, text: '\u22125.98%' },
    { pct: 4.1234, locale: 'en-US', digits: 1, text: '+4.1%' },
    { pct: -6.25, locale: 'de-DE', digits: 1, text: '\u22126,3\u00a0%' },
    { pct: 0.001, locale: 'en-US', digits: 2, text: '0.00%' },
    { pct: null, locale: 'en-US', digits: 2, text: '—' },
    { pct: Number.NaN, locale: 'en-US', digits: 2, text: '—' },
    { pct: 1.5, locale: 'not a locale!', digits: 1, text: '+1.5%' },
  ])('$pct in $locale → $text', ({ pct, locale, digits, text }) => {
    expect(formatSignedPct(pct, locale, digits)).toBe(text);
  });
});

describe('network figures in words', () => {
  it.each([
    [formatBlocks(82_269, 'en-US'), '82,269 blocks'],
    [formatBlocks(1, 'en-US'), '1 block'],
    [formatBlocks(82_269, 'de-DE'), '82.269 blocks'],
    [formatBtc(3.125, 'en-US'), '3.125 BTC'],
    [formatBtc(1.5625, 'de-DE'), '1,5625 BTC'],
    [formatEhs(933_299_493_326_075_100_000, 'en-US'), '933 EH/s'],
    [formatPct(2.5297619047619047, 'en-US'), '2.53%'],
    [formatUtcDay(Date.UTC(2026, 9, 4, 23, 59), 'en-US'), 'Oct 4, 2026'],
    [formatMoney2(38.8049, 'usd', 'en-US'), '$38.80'],
    [formatMoney2(1234.5, 'eur', 'de-DE'), '1.234,50\u00a0€'],
    [formatMoney2(6543.21, 'jpy', 'en-US'), '¥6,543.21'],
    [formatMoney2(0.00047646, 'btc', 'en-US'), '₿0.0004765'],
  ])('%s is %s', (actual, expected) => {
    expect(actual).toBe(expected);
  });
});
