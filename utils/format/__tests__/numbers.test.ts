import { describe, expect, it } from 'vitest';
import {
  describeChange,
  formatChangePct,
  formatCompactPrice,
  formatPrice,
  NO_VALUE,
} from '@/utils/format';

// Intl separates number and symbol with a no-break space (and fr-FR groups with U+202F).
const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('formatPrice', () => {
  it.each([
    // ISO currencies, 1 and up: the currency's own decimals.
    [70791.5149, 'usd', 'en-US', '$70,791.51'],
    [68864.2318, 'USD', undefined, '$68,864.23'],
    [1, 'usd', 'en-US', '$1.00'],
    [65432.1, 'eur', 'de-DE', `65.432,10${NBSP}€`],
    [70791.5149, 'usd', 'de-DE', `70.791,51${NBSP}$`],
    [1234.5, 'eur', 'fr-FR', `1${NNBSP}234,50${NBSP}€`],
    [10765432.4, 'jpy', 'ja-JP', '￥10,765,432'],
    [70791.5149, 'usd', 'ja-JP', '$70,791.51'],
    [1234.5, 'xau', 'en-US', `XAU${NBSP}1,234.50`],
    // Below 1: 4 significant digits, never fewer than the currency's decimals.
    [0.07123, 'usd', 'en-US', '$0.07123'],
    [0.071234, 'usd', 'en-US', '$0.07123'],
    [0.5, 'usd', 'en-US', '$0.50'],
    [0.123456, 'usd', 'en-US', '$0.1235'],
    [0.000012345, 'usd', 'en-US', '$0.00001235'],
    [0.99999, 'usd', 'en-US', '$1.00'],
    [0, 'usd', 'en-US', '$0.00'],
    [0.07123, 'eur', 'de-DE', `0,07123${NBSP}€`],
    [0.5, 'jpy', 'ja-JP', '￥0.5'],
    // Crypto units CoinGecko supports but Intl does not know.
    [0.0712, 'btc', 'en-US', '₿0.0712'],
    [0.071234567, 'btc', 'en-US', '₿0.07123'],
    [0.000000012345, 'btc', 'en-US', '₿0.00000001'],
    [1.5, 'BTC', 'en-US', '₿1.50'],
    [0.0712, 'btc', 'de-DE', '₿0,0712'],
    [-0.5, 'btc', 'en-US', '-₿0.50'],
    [21.4567, 'eth', 'en-US', 'Ξ21.46'],
    [1234, 'sats', 'en-US', '1,234 sats'],
    [1234.4, 'sats', 'de-DE', '1.234 sats'],
    [1234.56, 'bits', 'en-US', '1,234.56 bits'],
    [1234.56, 'ltc', 'en-US', '1,234.56 LTC'],
    [1234.56, 'link', 'en-US', '1,234.56 LINK'],
    [1234.56, 'xyz1', 'en-US', '1,234.56 XYZ1'],
    // No value.
    [Number.NaN, 'usd', 'en-US', NO_VALUE],
    [Number.POSITIVE_INFINITY, 'btc', 'en-US', NO_VALUE],
    [Number.NEGATIVE_INFINITY, 'sats', 'en-US', NO_VALUE],
  ] as const)('%s %s in %s → %s', (value, currency, locale, expected) => {
    expect(formatPrice(value, currency, locale)).toBe(expected);
  });

  it('falls back to en-US for a malformed locale instead of throwing', () => {
    expect(formatPrice(70791.5149, 'usd', 'not a locale!')).toBe('$70,791.51');
  });
});

describe('formatChangePct', () => {
  it.each([
    [2.8, 'en-US', '+2.80%'],
    [4.5176, 'en-US', '+4.52%'],
    [-2.8262, 'en-US', '-2.83%'],
    [0, 'en-US', '+0.00%'],
    [-0, 'en-US', '+0.00%'],
    // Rounds to zero: never `-0.00%`.
    [-0.004, 'en-US', '+0.00%'],
    [0.004, 'en-US', '+0.00%'],
    [0.006, 'en-US', '+0.01%'],
    [-0.006, 'en-US', '-0.01%'],
    [12345.678, 'en-US', '+12,345.68%'],
    [2.8, 'de-DE', `+2,80${NBSP}%`],
    [-2.8262, 'de-DE', `-2,83${NBSP}%`],
    [0, 'de-DE', `+0,00${NBSP}%`],
    [2.8, 'ja-JP', '+2.80%'],
    [-2.8262, 'ja-JP', '-2.83%'],
    // sv-SE uses U+2212 natively; we promise ASCII hyphen-minus.
    [-2.8262, 'sv-SE', `-2,83${NBSP}%`],
    [null, 'en-US', NO_VALUE],
    [Number.NaN, 'en-US', NO_VALUE],
    [Number.POSITIVE_INFINITY, 'en-US', NO_VALUE],
  ] as const)('%s in %s → %s', (pct, locale, expected) => {
    expect(formatChangePct(pct, locale)).toBe(expected);
  });

  it('defaults to en-US', () => {
    expect(formatChangePct(2.8)).toBe('+2.80%');
  });
});

describe('describeChange', () => {
  it.each([
    [2.8, { text: '+2.80%', direction: 'up', arrow: '▲', label: 'up 2.80%' }],
    [-2.8262, { text: '-2.83%', direction: 'down', arrow: '▼', label: 'down 2.83%' }],
    [0, { text: '+0.00%', direction: 'flat', arrow: '▶', label: 'unchanged' }],
    [0.0049, { text: '+0.00%', direction: 'flat', arrow: '▶', label: 'unchanged' }],
    [-0.0049, { text: '+0.00%', direction: 'flat', arrow: '▶', label: 'unchanged' }],
    [0.006, { text: '+0.01%', direction: 'up', arrow: '▲', label: 'up 0.01%' }],
    [-0.006, { text: '-0.01%', direction: 'down', arrow: '▼', label: 'down 0.01%' }],
    [null, { text: NO_VALUE, direction: 'unknown', arrow: '', label: 'change unknown' }],
    [Number.NaN, { text: NO_VALUE, direction: 'unknown', arrow: '', label: 'change unknown' }],
  ] as const)('%s → %o', (pct, expected) => {
    expect(describeChange(pct)).toEqual(expected);
  });

  it.each([
    ['de-DE', -2.8262, `-2,83${NBSP}%`, `down 2,83${NBSP}%`],
    ['ja-JP', 4.5176, '+4.52%', 'up 4.52%'],
  ] as const)('in %s, %s → text %s, label %s', (locale, pct, text, label) => {
    expect(describeChange(pct, locale)).toMatchObject({ text, label });
  });
});

describe('formatCompactPrice', () => {
  it.each([
    // Thousands and up: at most 3 digits plus a suffix.
    [70791.51, '70.8k'],
    [73053.8912, '73.1k'],
    [123456, '123k'],
    [1234567, '1.2M'],
    [1000, '1k'],
    [1050, '1.1k'],
    [9999, '10k'],
    [70000, '70k'],
    [99949, '99.9k'],
    [99950, '100k'],
    [999499, '999k'],
    [999500, '1M'],
    [2.5e9, '2.5B'],
    [3.21e12, '3.2T'],
    [1.234e15, '1234T'],
    // Below 1000: rounded first, so an edge moves up a range.
    [999.4, '999'],
    [999.5, '1k'],
    [999.9, '1k'],
    [123.4, '123'],
    [99.94, '99.9'],
    [99.96, '100'],
    [70.79, '70.8'],
    [10, '10'],
    [9.994, '9.99'],
    [9.996, '10'],
    [1.2345, '1.23'],
    [1.2, '1.2'],
    [1, '1'],
    // Below 1: three decimals, then one significant digit in exponent form.
    [0.9996, '1'],
    [0.5, '0.5'],
    [0.123456, '0.123'],
    [0.071, '0.071'],
    [0.0123, '0.012'],
    [0.0096, '0.01'],
    [0.0071, '7e-3'],
    [0.000012, '1e-5'],
    [0.0000096, '1e-5'],
    [0, '0'],
    [-70791.51, '-70.8k'],
    [Number.NaN, NO_VALUE],
    [Number.POSITIVE_INFINITY, NO_VALUE],
  ])('%s → %s', (value, expected) => {
    expect(formatCompactPrice(value)).toBe(expected);
  });

  it.each([0.00001, 0.0123, 0.9999, 1.999, 9.999, 99.99, 999.9, 9999, 99999, 999999, 1e11])(
    '%s fits a badge (≤ 5 characters)',
    (value) => {
      expect(formatCompactPrice(value).length).toBeLessThanOrEqual(5);
    },
  );
});
