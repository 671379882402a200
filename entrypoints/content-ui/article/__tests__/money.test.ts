import { describe, expect, it } from 'vitest';
import { findMoneyAmounts } from '../money';

/** Each amount as `text = value currency`, the form the tables record. */
function amounts(text: string): string[] {
  return findMoneyAmounts(text).map(
    (a) => `${text.slice(a.start, a.end)} = ${a.value} ${a.currency}`,
  );
}

describe('findMoneyAmounts', () => {
  it.each<[text: string, value: number, currency: string]>([
    // The seed article's forms.
    ['$71,975.62', 71975.62, 'USD'],
    ['$71,975', 71975, 'USD'],
    ['$100,000', 100000, 'USD'],
    ['$119.4 billion', 119.4e9, 'USD'],
    // Other locales and forms found on real pages.
    ['US$71,975', 71975, 'USD'],
    ['US$ 71,975', 71975, 'USD'],
    ['71.975,62 €', 71975.62, 'EUR'],
    ['71.975,62\u00a0€', 71975.62, 'EUR'],
    ['71\u202f975,62\u00a0€', 71975.62, 'EUR'],
    ['71.975 €', 71975, 'EUR'],
    ['1.234.567,89 €', 1234567.89, 'EUR'],
    ['€65.2k', 65200, 'EUR'],
    ['€65,2k', 65200, 'EUR'],
    ['$72k', 72000, 'USD'],
    ['$72K', 72000, 'USD'],
    ['£1.2m', 1.2e6, 'GBP'],
    ['$1.2 trillion', 1.2e12, 'USD'],
    ['$1.4T', 1.4e12, 'USD'],
    ['$25bn', 25e9, 'USD'],
    ['€1.234bn', 1.234e9, 'EUR'],
    ['5 Mio. €', 5e6, 'EUR'],
    ['¥10,765,432', 10765432, 'JPY'],
    ['CN¥500', 500, 'CNY'],
    ['₹60,00,000', 6000000, 'INR'],
    ['₩98,000,000', 98e6, 'KRW'],
    ['R$ 350,00', 350, 'BRL'],
    ['A$1,200', 1200, 'AUD'],
    ['C$95,000', 95000, 'CAD'],
    ['HK$550,000', 550000, 'HKD'],
    ["1'234.50 CHF", 1234.5, 'CHF'],
    ['USD 5,000', 5000, 'USD'],
    ['5,000 USD', 5000, 'USD'],
    ['EUR65,000', 65000, 'EUR'],
    ['100$', 100, 'USD'],
    // Below one unit the separator is a decimal one, even before three digits.
    ['$0.075', 0.075, 'USD'],
    ['0,075 €', 0.075, 'EUR'],
    ['$5,5', 5.5, 'USD'],
    ['€10', 10, 'EUR'],
  ])('%s is %d %s', (text, value, currency) => {
    expect(findMoneyAmounts(text)).toEqual([
      expect.objectContaining({ value, currency, start: 0, end: text.length }),
    ]);
  });

  it.each<[text: string, expected: string[]]>([
    [
      'As mining costs cross the $100,000 threshold for a single coin, miners leave.',
      ['$100,000 = 100000 USD'],
    ],
    ['Facing $100,000+ costs', ['$100,000 = 100000 USD']],
    [
      'valued at roughly $25 billion in 2025, is projected to reach approximately $119.4 billion by 2033.',
      ['$25 billion = 25000000000 USD', '$119.4 billion = 119400000000 USD'],
    ],
    ['between $70,000-$75,000.', ['$70,000 = 70000 USD', '$75,000 = 75000 USD']],
    ['| 4/8/2026 | $71,975.62 | +4.52% |', ['$71,975.62 = 71975.62 USD']],
    ['Bitcoin (BTC) $71,975.62 ▲2.8%', ['$71,975.62 = 71975.62 USD']],
    ['It closed at 65.200,10 EUR, up 4.52%.', ['65.200,10 EUR = 65200.1 EUR']],
    // No currency, or glued to letters: not money.
    ['71,975.62 and 4.52% and 2026', []],
    ['5,000 USDT', []],
    ['AUS$5 X1$ $100Bitcoin', []],
    ['the 7D change', []],
  ])('%s', (text, expected) => {
    expect(amounts(text)).toEqual(expected);
  });

  it('gives UTF-16 offsets and the scale as written', () => {
    const text = 'Up 😀 to €65.2k and $1.2 trillion';
    expect(findMoneyAmounts(text)).toEqual([
      { value: 65200, currency: 'EUR', start: 9, end: 15, scale: 'k' },
      { value: 1.2e12, currency: 'USD', start: 20, end: 33, scale: 'trillion' },
    ]);
  });

  it('finds amounts again on the next call (the shared pattern is reset)', () => {
    expect(amounts('$5 and $6')).toEqual(['$5 = 5 USD', '$6 = 6 USD']);
    expect(amounts('$7')).toEqual(['$7 = 7 USD']);
  });
});
