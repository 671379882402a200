import { afterEach, describe, expect, it } from 'vitest';
import {
  DAY_MS,
  deriveWeekTable,
  formatWeekTable,
  weekRowsToCsv,
  weekTableToMarkdown,
  type WeekRow,
} from '../week-table';
import type { PricePoint } from '../types';

// CoinGecko /coins/bitcoin/market_chart?vs_currency=usd&days=7&interval=daily for the seed
// article's week, copied inline so the test needs no shared files. Daily 00:00 UTC points plus
// the "now" point 2026-04-13 09:59 UTC; the 00:00 point of the 13th (72,418.06) is superseded.
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

// The seed article's table, verbatim.
const SEED_MARKDOWN_LINES = [
  '| Date | Price (USD) | 7D Change |',
  '|---|---|---|',
  '| 4/7/2026 | $68,864.23 | +0.00% |',
  '| 4/8/2026 | $71,975.62 | +4.52% |',
  '| 4/9/2026 | $71,117.08 | +3.27% |',
  '| 4/10/2026 | $71,770.75 | +4.22% |',
  '| 4/11/2026 | $72,972.71 | +5.97% |',
  '| 4/12/2026 | $73,053.89 | +6.08% |',
  '| 4/13/2026 | $70,791.51 | +2.80% |',
];

const SEED_DAYS = [
  '2026-04-07',
  '2026-04-08',
  '2026-04-09',
  '2026-04-10',
  '2026-04-11',
  '2026-04-12',
  '2026-04-13',
];

const at = (iso: string) => Date.parse(iso);
const pct = (price: number, base: number) => ((price - base) / base) * 100;

/** Rows as [dayUtc, price, changePct rounded to 4 dp, baseDayUtc] for compact tables. */
function summary(rows: readonly WeekRow[]) {
  return rows.map((r) => [
    r.dayUtc,
    r.price,
    r.changePct === null ? null : Number(r.changePct.toFixed(4)),
    r.baseDayUtc,
  ]);
}
const round4 = (n: number) => Number(n.toFixed(4));

describe('deriveWeekTable: the seed week', () => {
  const rows = deriveWeekTable(SEED_POINTS);

  it('has one row per UTC day, oldest first, the last point of each day', () => {
    const base = 68864.2318;
    expect(summary(rows)).toEqual([
      ['2026-04-07', 68864.2318, 0, '2026-04-07'],
      ['2026-04-08', 71975.6204, round4(pct(71975.6204, base)), '2026-04-07'],
      ['2026-04-09', 71117.0791, round4(pct(71117.0791, base)), '2026-04-07'],
      ['2026-04-10', 71770.7463, round4(pct(71770.7463, base)), '2026-04-07'],
      ['2026-04-11', 72972.7087, round4(pct(72972.7087, base)), '2026-04-07'],
      ['2026-04-12', 73053.8912, round4(pct(73053.8912, base)), '2026-04-07'],
      // 09:59 "now" point, not the 00:00 one (72,418.06).
      ['2026-04-13', 70791.5149, round4(pct(70791.5149, base)), '2026-04-07'],
    ]);
    expect(rows.map((r) => r.dayStartMs)).toEqual(SEED_DAYS.map((d) => at(`${d}T00:00:00Z`)));
  });

  it('formats to the seed table cell for cell (en-US, usd)', () => {
    const table = formatWeekTable(rows, { currency: 'usd', locale: 'en-US' });
    const cells = SEED_MARKDOWN_LINES.map((line) => line.slice(2, -2).split(' | '));
    expect(table.header).toEqual(cells[0]);
    expect(table.rows).toEqual(cells.slice(2));
  });

  it('renders exactly the seed Markdown (9 lines, no trailing newline)', () => {
    const table = formatWeekTable(rows, { currency: 'usd' });
    expect(weekTableToMarkdown(table)).toBe(SEED_MARKDOWN_LINES.join('\n'));
  });

  it.each(['en-US', 'de-DE', 'fr-FR', 'ja-JP', 'en-IN'])(
    'renders machine-readable CSV whatever the display locale (%s): ISO dates, dot decimals, no grouping',
    (locale) => {
      // The display table follows the locale; the CSV is built from the rows and does not.
      expect(formatWeekTable(rows, { currency: 'usd', locale }).rows).toHaveLength(7);
      const base = SEED_POINTS[0]![1];
      const expected = [
        'Date (UTC),Price (USD),7D Change (%)',
        ...rows.map((row) => {
          const change = ((row.price! - base) / base) * 100;
          return `${row.dayUtc},${row.price},${Math.abs(change) < 0.005 ? '0.00' : change.toFixed(2)}`;
        }),
        '',
      ].join('\r\n');
      expect(weekRowsToCsv(rows, 'usd')).toBe(expected);
      expect(weekRowsToCsv(rows, 'usd').split('\r\n')[2]).toBe('2026-04-08,71975.6204,4.52');
    },
  );
});

describe('deriveWeekTable: windows and sampling', () => {
  // Daily points at 00:00 for 04-06 … 04-13, then one at 00:05 on 04-14 (day D).
  const justAfterMidnight: PricePoint[] = [
    ...Array.from({ length: 8 }, (_, i): PricePoint => [
      at('2026-04-06T00:00:00Z') + i * DAY_MS,
      100 + i,
    ]),
    [at('2026-04-14T00:05:00Z'), 200],
  ];

  // 168 hourly points ending 2026-04-13 09:00 UTC: starts 04-06 10:00, a day outside the window.
  const hourlyEnd = at('2026-04-13T09:00:00Z');
  const hourly: PricePoint[] = Array.from({ length: 168 }, (_, i): PricePoint => [
    hourlyEnd - (167 - i) * 3_600_000,
    1000 + i,
  ]);
  // Hour index of 23:00 UTC on 04-07 is 13 (04-06 10:00 is index 0), then every 24 hours.
  const hourlyPrice = (index: number) => 1000 + index;

  // 5-minute points for the last 24 h: only 04-12 and 04-13 have data.
  const fiveMinEnd = at('2026-04-13T09:55:00Z');
  const fiveMin: PricePoint[] = Array.from({ length: 288 }, (_, i): PricePoint => [
    fiveMinEnd - (287 - i) * 300_000,
    50 + i / 100,
  ]);

  it.each([
    [
      'data ending 00:05 UTC: that day is the newest row, D-6 the oldest',
      justAfterMidnight,
      [
        ['2026-04-08', 102, 0, '2026-04-08'],
        ['2026-04-09', 103, round4(pct(103, 102)), '2026-04-08'],
        ['2026-04-10', 104, round4(pct(104, 102)), '2026-04-08'],
        ['2026-04-11', 105, round4(pct(105, 102)), '2026-04-08'],
        ['2026-04-12', 106, round4(pct(106, 102)), '2026-04-08'],
        ['2026-04-13', 107, round4(pct(107, 102)), '2026-04-08'],
        ['2026-04-14', 200, round4(pct(200, 102)), '2026-04-08'],
      ],
    ],
    [
      'hourly (168 points): the 23:00 point of each day, the latest hour of today',
      hourly,
      [
        ['2026-04-07', hourlyPrice(37), 0, '2026-04-07'],
        ['2026-04-08', hourlyPrice(61), round4(pct(1061, 1037)), '2026-04-07'],
        ['2026-04-09', hourlyPrice(85), round4(pct(1085, 1037)), '2026-04-07'],
        ['2026-04-10', hourlyPrice(109), round4(pct(1109, 1037)), '2026-04-07'],
        ['2026-04-11', hourlyPrice(133), round4(pct(1133, 1037)), '2026-04-07'],
        ['2026-04-12', hourlyPrice(157), round4(pct(1157, 1037)), '2026-04-07'],
        ['2026-04-13', hourlyPrice(167), round4(pct(1167, 1037)), '2026-04-07'],
      ],
    ],
    [
      '5-minute data for one day: older days empty, change measured from 04-12',
      fiveMin,
      [
        ['2026-04-07', null, null, null],
        ['2026-04-08', null, null, null],
        ['2026-04-09', null, null, null],
        ['2026-04-10', null, null, null],
        ['2026-04-11', null, null, null],
        // 04-12 23:55 is index 287 - (10 h of 5-min steps = 120) = 167.
        ['2026-04-12', 51.67, 0, '2026-04-12'],
        ['2026-04-13', 52.87, round4(pct(52.87, 51.67)), '2026-04-12'],
      ],
    ],
  ] as const)('%s', (_name, points, expected) => {
    expect(summary(deriveWeekTable(points))).toEqual(expected);
  });

  it('CSV leaves a day without data empty rather than writing a dash', () => {
    const lines = weekRowsToCsv(deriveWeekTable(fiveMin), 'usd').split('\r\n');
    expect(lines[1]).toBe('2026-04-07,,');
    expect(lines[6]).toBe('2026-04-12,51.67,0.00');
  });

  it('hourly input really is 168 points starting outside the window', () => {
    expect(hourly).toHaveLength(168);
    expect(new Date(hourly[0]![0]).toISOString()).toBe('2026-04-06T10:00:00.000Z');
    expect(new Date(hourly[37]![0]).toISOString()).toBe('2026-04-07T23:00:00.000Z');
  });
});

describe('deriveWeekTable: gaps and odd input', () => {
  const seedRows = deriveWeekTable(SEED_POINTS);
  const without = (...days: string[]) =>
    SEED_POINTS.filter(([t]) => !days.includes(new Date(t).toISOString().slice(0, 10)));

  it('missing middle days get null rows; other rows are unchanged', () => {
    const rows = deriveWeekTable(without('2026-04-09', '2026-04-10'));
    expect(rows.map((r) => r.dayUtc)).toEqual(SEED_DAYS);
    expect(rows[2]).toEqual({
      dayUtc: '2026-04-09',
      dayStartMs: at('2026-04-09T00:00:00Z'),
      price: null,
      changePct: null,
      baseDayUtc: null,
    });
    expect(rows[3]).toMatchObject({ price: null, changePct: null, baseDayUtc: null });
    expect([rows[0], rows[1], rows[4], rows[5], rows[6]]).toEqual([
      seedRows[0],
      seedRows[1],
      seedRows[4],
      seedRows[5],
      seedRows[6],
    ]);
    expect(formatWeekTable(rows, { currency: 'usd' }).rows[2]).toEqual(['4/9/2026', '—', '—']);
  });

  it('a missing oldest day moves the base to the oldest day with data', () => {
    const rows = deriveWeekTable(without('2026-04-07'));
    expect(summary(rows)).toEqual([
      ['2026-04-07', null, null, null],
      ['2026-04-08', 71975.6204, 0, '2026-04-08'],
      ['2026-04-09', 71117.0791, round4(pct(71117.0791, 71975.6204)), '2026-04-08'],
      ['2026-04-10', 71770.7463, round4(pct(71770.7463, 71975.6204)), '2026-04-08'],
      ['2026-04-11', 72972.7087, round4(pct(72972.7087, 71975.6204)), '2026-04-08'],
      ['2026-04-12', 73053.8912, round4(pct(73053.8912, 71975.6204)), '2026-04-08'],
      ['2026-04-13', 70791.5149, round4(pct(70791.5149, 71975.6204)), '2026-04-08'],
    ]);
    expect(formatWeekTable(rows, { currency: 'usd' }).rows.map((r) => r[2])).toEqual([
      '—',
      '+0.00%',
      '-1.19%',
      '-0.28%',
      '+1.39%',
      '+1.50%',
      '-1.65%',
    ]);
  });

  it.each([
    ['a single point', [[at('2026-04-13T09:59:00Z'), 70791.5149]], 6],
    ['a single point at exactly 00:00 UTC', [[at('2026-04-13T00:00:00Z'), 1]], 6],
  ] as const)('%s: 7 rows, only the last has a price', (_name, points, withData) => {
    const rows = deriveWeekTable(points);
    expect(rows.map((r) => r.dayUtc)).toEqual(SEED_DAYS);
    expect(rows.findIndex((r) => r.price !== null)).toBe(withData);
    expect(rows[6]).toMatchObject({ changePct: 0, baseDayUtc: '2026-04-13' });
  });

  it.each([
    ['reversed', [...SEED_POINTS].reverse()],
    ['shuffled', [5, 7, 0, 3, 6, 1, 4, 2].map((i) => SEED_POINTS[i]!)],
    [
      'with non-finite values mixed in',
      [
        [Number.NaN, 1],
        ...SEED_POINTS.slice(0, 4),
        [at('2026-04-13T23:00:00Z'), Number.NaN], // later than the real last point
        [Number.POSITIVE_INFINITY, 5], // would make the window end "at infinity"
        [at('2026-04-10T12:00:00Z'), Number.POSITIVE_INFINITY],
        ...SEED_POINTS.slice(4),
        [at('2026-04-20T00:00:00Z'), Number.NEGATIVE_INFINITY],
      ],
    ],
  ] as const)('%s input gives the same rows as the seed', (_name, points) => {
    expect(deriveWeekTable(points as readonly PricePoint[])).toEqual(seedRows);
  });

  it.each([
    ['empty input', []],
    [
      'only non-finite points',
      [
        [Number.NaN, 1],
        [1, Number.NaN],
      ],
    ],
  ] as const)('%s gives an empty table', (_name, points) => {
    const rows = deriveWeekTable(points as readonly PricePoint[]);
    expect(rows).toEqual([]);
    const table = formatWeekTable(rows, { currency: 'usd' });
    expect(weekTableToMarkdown(table)).toBe(SEED_MARKDOWN_LINES.slice(0, 2).join('\n'));
    expect(weekRowsToCsv(rows, 'usd')).toBe('Date (UTC),Price (USD),7D Change (%)\r\n');
  });

  it('of two points with the same time, the later one in the input wins', () => {
    const t = at('2026-04-13T09:59:00Z');
    expect(
      deriveWeekTable([
        [t, 1],
        [t, 2],
      ])[6]?.price,
    ).toBe(2);
  });

  it('ignores points before the window and handles times before 1970', () => {
    const rows = deriveWeekTable([
      [at('1969-12-20T12:00:00Z'), 5],
      [at('1969-12-31T23:59:59Z'), 10],
      [at('1970-01-01T00:00:01Z'), 11],
    ]);
    expect(summary(rows)).toEqual([
      ['1969-12-26', null, null, null],
      ['1969-12-27', null, null, null],
      ['1969-12-28', null, null, null],
      ['1969-12-29', null, null, null],
      ['1969-12-30', null, null, null],
      ['1969-12-31', 10, 0, '1969-12-31'],
      ['1970-01-01', 11, 10, '1969-12-31'],
    ]);
  });

  it('a base price of 0 leaves changes unknown rather than infinite', () => {
    const rows = deriveWeekTable([
      [at('2026-04-12T10:00:00Z'), 0],
      [at('2026-04-13T10:00:00Z'), 5],
    ]);
    expect(rows.slice(5).map((r) => [r.price, r.changePct])).toEqual([
      [0, null],
      [5, null],
    ]);
  });
});

describe('formatWeekTable in other locales and currencies', () => {
  const rows = deriveWeekTable(SEED_POINTS);

  it.each([
    [
      'de-DE',
      'eur',
      ['Date', 'Price (EUR)', '7D Change'],
      ['7.4.2026', '68.864,23\u00a0€', '+0,00\u00a0%'],
      ['13.4.2026', '70.791,51\u00a0€', '+2,80\u00a0%'],
    ],
    [
      'ja-JP',
      'jpy',
      ['Date', 'Price (JPY)', '7D Change'],
      ['2026/4/7', '￥68,864', '+0.00%'],
      ['2026/4/13', '￥70,792', '+2.80%'],
    ],
    [
      'en-US',
      'BTC',
      ['Date', 'Price (BTC)', '7D Change'],
      ['4/7/2026', '₿68,864.23', '+0.00%'],
      ['4/13/2026', '₿70,791.51', '+2.80%'],
    ],
  ] as const)('%s / %s', (locale, currency, header, first, last) => {
    // The numbers are the USD series; only the presentation is under test here.
    const table = formatWeekTable(rows, { currency, locale });
    expect(table.header).toEqual(header);
    expect(table.rows[0]).toEqual(first);
    expect(table.rows[6]).toEqual(last);
  });

  it('shows a negative change with an ASCII minus', () => {
    const falling = deriveWeekTable([
      [at('2026-04-07T12:00:00Z'), 72000],
      [at('2026-04-13T12:00:00Z'), 69965.12],
    ]);
    expect(formatWeekTable(falling, { currency: 'usd' }).rows[6]).toEqual([
      '4/13/2026',
      '$69,965.12',
      '-2.83%',
    ]);
  });
});

describe('weekTableToMarkdown escaping', () => {
  it.each([
    ['pipe', 'a|b', 'a\\|b'],
    ['newline', 'a\nb', 'a b'],
    ['backslash', 'a\\b', 'a\\\\b'],
  ])('Markdown escapes a %s', (_name, cell, expected) => {
    const md = weekTableToMarkdown({
      header: ['Date', 'Price (USD)', '7D Change'],
      rows: [[cell, 'x', 'y']],
    });
    expect(md.split('\n')[2]).toBe(`| ${expected} | x | y |`);
  });
});

// Run this file under several TZ values (`TZ=Asia/Tokyo npx vitest run …`); it also switches
// the zone in-process, so a single run already covers zones on both sides of UTC.
describe(`time-zone independence (process TZ=${process.env.TZ ?? 'unset'})`, () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it('every row is a UTC midnight whose UTC calendar date is its dayUtc', () => {
    for (const row of deriveWeekTable(SEED_POINTS)) {
      const d = new Date(row.dayStartMs);
      expect([
        d.getUTCHours(),
        d.getUTCMinutes(),
        d.getUTCSeconds(),
        d.getUTCMilliseconds(),
      ]).toEqual([0, 0, 0, 0]);
      const ymd = [
        d.getUTCFullYear(),
        String(d.getUTCMonth() + 1).padStart(2, '0'),
        String(d.getUTCDate()).padStart(2, '0'),
      ].join('-');
      expect(row.dayUtc).toBe(ymd);
    }
  });

  it('formats the seed table identically in this process zone', () => {
    const table = formatWeekTable(deriveWeekTable(SEED_POINTS), { currency: 'usd' });
    expect(weekTableToMarkdown(table)).toBe(SEED_MARKDOWN_LINES.join('\n'));
  });

  it.each([
    ['UTC', 0],
    ['America/New_York', -4], // EDT in April 2026
    ['Asia/Tokyo', 9],
    ['Pacific/Kiritimati', 14],
    ['Pacific/Pago_Pago', -11],
  ])('TZ=%s (UTC offset %d h) gives the same rows and cells', (tz, offsetHours) => {
    process.env.TZ = tz;
    // Guard against a vacuous pass: the zone switch must really be in effect.
    expect((0 - new Date(SEED_POINTS[0]![0]).getTimezoneOffset()) / 60).toBe(offsetHours);
    const rows = deriveWeekTable(SEED_POINTS);
    expect(rows.map((r) => r.dayUtc)).toEqual(SEED_DAYS);
    const table = formatWeekTable(rows, { currency: 'usd' });
    expect(weekTableToMarkdown(table)).toBe(SEED_MARKDOWN_LINES.join('\n'));
  });
});
