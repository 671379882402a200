import { afterEach, describe, expect, it } from 'vitest';
import type { PricePoint } from '@/utils/prices/types';
import {
  beforeHistoryWords,
  sinceArticle,
  sinceArticleLine,
  type CurrentPrice,
  type SinceArticle,
} from '../since-article';

const at = (iso: string) => Date.parse(iso);

// The seed week as CoinGecko's market_chart gave it on 2026-04-13 (the same points as the
// 7-day table's tests): daily 00:00 UTC points, then the "now" point at 09:59 UTC, which is
// the 13th's last point and so its price (70,791.51, not the 00:00 point's 72,418.06).
const SEED_POINTS: readonly PricePoint[] = [
  [1775520000000, 68864.2318],
  [1775606400000, 71975.6204],
  [1775692800000, 71117.0791],
  [1775779200000, 71770.7463],
  [1775865600000, 72972.7087],
  [1775952000000, 73053.8912],
  [1776038400000, 72418.0633],
  [1776074340000, 70791.5149],
];

/** A week later, Bitcoin at the example price. */
const NOW: CurrentPrice = { price: 84120, at: at('2026-04-20T12:00:00Z') };

const change = (then: number, thenAt: string, changePct: number, now = 84120) =>
  ({ kind: 'change', then, thenAt: at(thenAt), now, changePct }) as const;

describe('sinceArticle', () => {
  it.each<
    [
      name: string,
      points: readonly PricePoint[],
      published: string,
      current: CurrentPrice,
      expected: SinceArticle,
    ]
  >([
    [
      'the seed article (Apr 13, 09:59 UTC): the day’s last point',
      SEED_POINTS,
      '2026-04-13T09:59:00Z',
      NOW,
      change(70791.5149, '2026-04-13T09:59:00Z', 18.83),
    ],
    [
      'any time of the day gives the same day’s price',
      SEED_POINTS,
      '2026-04-13T23:59:59.999Z',
      NOW,
      change(70791.5149, '2026-04-13T09:59:00Z', 18.83),
    ],
    [
      'a day with one 00:00 point',
      SEED_POINTS,
      '2026-04-08T18:30:00Z',
      NOW,
      change(71975.6204, '2026-04-08T00:00:00Z', 16.87),
    ],
    [
      'the first day of the history',
      SEED_POINTS,
      '2026-04-07T00:00:00Z',
      NOW,
      change(68864.2318, '2026-04-07T00:00:00Z', 22.15),
    ],
    [
      'a fall',
      SEED_POINTS,
      '2026-04-12T08:00:00Z',
      { price: 60000, at: NOW.at },
      change(73053.8912, '2026-04-12T00:00:00Z', -17.87, 60000),
    ],
    [
      'a change that rounds to zero is 0, never -0',
      SEED_POINTS,
      '2026-04-12T08:00:00Z',
      { price: 73053.89, at: NOW.at },
      change(73053.8912, '2026-04-12T00:00:00Z', 0, 73053.89),
    ],
    [
      'today: the current price, not the history',
      SEED_POINTS,
      '2026-04-13T01:00:00Z',
      { price: 70800, at: at('2026-04-13T10:05:00Z') },
      change(70800, '2026-04-13T10:05:00Z', 0, 70800),
    ],
    [
      'today with no history at all',
      [],
      '2026-04-20T06:00:00Z',
      NOW,
      change(84120, '2026-04-20T12:00:00Z', 0),
    ],
    [
      'the day before the history',
      SEED_POINTS,
      '2026-04-06T23:59:59Z',
      NOW,
      { kind: 'before-history', firstDayMs: at('2026-04-07T00:00:00Z') },
    ],
    [
      'years before the history',
      SEED_POINTS,
      '2015-01-01T00:00:00Z',
      NOW,
      { kind: 'before-history', firstDayMs: at('2026-04-07T00:00:00Z') },
    ],
    [
      'a day missing from the history',
      SEED_POINTS.filter(([time]) => time !== at('2026-04-10T00:00:00Z')),
      '2026-04-10T12:00:00Z',
      NOW,
      { kind: 'no-price' },
    ],
    [
      'a day after the history but before today',
      SEED_POINTS,
      '2026-04-16T12:00:00Z',
      NOW,
      { kind: 'no-price' },
    ],
    ['a day after today', SEED_POINTS, '2026-04-21T00:00:00Z', NOW, { kind: 'no-price' }],
    ['no history, a past day', [], '2026-04-08T00:00:00Z', NOW, { kind: 'no-price' }],
    [
      'a point just after midnight is that day’s; one at midnight is the next day’s',
      [
        [at('2026-04-08T23:59:59.999Z'), 100],
        [at('2026-04-09T00:00:00.001Z'), 200],
        [at('2026-04-10T00:00:00.000Z'), 300],
      ],
      '2026-04-09T12:00:00Z',
      { price: 400, at: NOW.at },
      change(200, '2026-04-09T00:00:00.001Z', 100, 400),
    ],
    [
      'points in any order; the latest of the day wins; non-finite points are skipped',
      [
        [at('2026-04-09T09:00:00Z'), 300],
        [at('2026-04-09T00:00:00Z'), 100],
        [at('2026-04-09T18:00:00Z'), Number.NaN],
        [Number.NaN, 999],
        [at('2026-04-08T00:00:00Z'), 50],
      ],
      '2026-04-09T01:00:00Z',
      { price: 150, at: NOW.at },
      change(300, '2026-04-09T09:00:00Z', -50, 150),
    ],
    [
      'a zero price gives no percentage',
      [[at('2026-04-09T00:00:00Z'), 0]],
      '2026-04-09T01:00:00Z',
      NOW,
      { kind: 'no-price' },
    ],
    ['an invalid date', SEED_POINTS, 'not a date', NOW, { kind: 'no-price' }],
  ])('%s', (_name, points, published, current, expected) => {
    expect(sinceArticle(points, at(published), current)).toEqual(expected);
  });
});

describe('beforeHistoryWords', () => {
  const first = at('2025-04-13T00:00:00Z');

  it.each<[name: string, options: Parameters<typeof beforeHistoryWords>[1], expected: string]>([
    ['keyless (the default)', undefined, 'no free price history before Apr 13, 2025'],
    ['keyless', { keyless: true }, 'no free price history before Apr 13, 2025'],
    ['with a Demo or Pro key', { keyless: false }, 'no price history before Apr 13, 2025'],
    ['a German date', { locale: 'de-DE' }, 'no free price history before 13. Apr. 2025'],
    [
      'a malformed locale',
      { locale: 'not a locale!' },
      'no free price history before Apr 13, 2025',
    ],
  ])('%s', (_name, options, expected) => {
    expect(beforeHistoryWords(first, options)).toBe(expected);
  });
});

// Switches the process zone, as the 7-day table's tests do, to prove nothing reads it.
describe('time-zone independence', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it.each([
    ['America/New_York', -4],
    ['Asia/Tokyo', 9],
    ['Pacific/Pago_Pago', -11],
  ])('TZ=%s (UTC offset %d h) gives the same day, price and words', (tz, offsetHours) => {
    process.env.TZ = tz;
    expect(-new Date(NOW.at).getTimezoneOffset() / 60).toBe(offsetHours);
    expect(sinceArticle(SEED_POINTS, at('2026-04-13T23:30:00Z'), NOW)).toEqual(
      change(70791.5149, '2026-04-13T09:59:00Z', 18.83),
    );
    expect(beforeHistoryWords(at('2025-04-13T00:00:00Z'))).toBe(
      'no free price history before Apr 13, 2025',
    );
  });
});

const lineOptions = { currency: 'usd', locale: 'en-US', keyless: true };

describe('sinceArticleLine', () => {
  it('compares the article day’s last point with the price now (the issue’s example)', () => {
    expect(sinceArticleLine(SEED_POINTS, Date.UTC(2026, 3, 13, 9, 59), NOW, lineOptions)).toBe(
      'Since this article (Apr 13, 2026): $70,791.51 → $84,120.00 (+18.83%)',
    );
  });

  it('reads any time of the day as that UTC day', () => {
    expect(sinceArticleLine(SEED_POINTS, Date.UTC(2026, 3, 8, 23, 59), NOW, lineOptions)).toBe(
      'Since this article (Apr 8, 2026): $71,975.62 → $84,120.00 (+16.87%)',
    );
  });

  it('says in words when the day is older than the history', () => {
    expect(sinceArticleLine(SEED_POINTS, Date.UTC(2024, 0, 10), NOW, lineOptions)).toBe(
      'Since this article (Jan 10, 2024): no free price history before Apr 7, 2026',
    );
    expect(
      sinceArticleLine(SEED_POINTS, Date.UTC(2024, 0, 10), NOW, { ...lineOptions, keyless: false }),
    ).toBe('Since this article (Jan 10, 2024): no price history before Apr 7, 2026');
  });

  it('shows nothing for a day without a price or after today', () => {
    expect(sinceArticleLine(SEED_POINTS, Date.UTC(2026, 3, 16), NOW, lineOptions)).toBeNull();
    expect(sinceArticleLine(SEED_POINTS, Date.UTC(2026, 4, 1), NOW, lineOptions)).toBeNull();
  });

  it('follows the locale and the currency', () => {
    expect(
      sinceArticleLine(SEED_POINTS, Date.UTC(2026, 3, 13), NOW, {
        ...lineOptions,
        locale: 'de-DE',
      })?.replace(/\u00a0/g, ' '),
    ).toBe('Since this article (13. Apr. 2026): 70.791,51 $ → 84.120,00 $ (+18,83 %)');
  });
});
