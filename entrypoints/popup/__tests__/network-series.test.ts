import { describe, expect, it } from 'vitest';
import { DAY_MS, hashrateTrend } from '@/utils/network/network-figures';
import type { HashratePoint } from '@/utils/network/network-types';
import type { PricePoint } from '@/utils/prices/types';
import {
  CHART_DAYS,
  chartRows,
  chartWindow,
  changeOver,
  divergence,
  hashrateAverageSeries,
  networkChartData,
} from '../network-series';
import { priceSeries, raw1w, raw3m } from './network-fixtures';

// Every expected value below is computed here from the raw recorded answers (seconds, H/s),
// not from the code under test.
type RawPoint = { timestamp: number; avgHashrate: number };
const toPoints = (raw: RawPoint[]): HashratePoint[] =>
  raw.map((p) => ({ at: p.timestamp * 1000, hashrate: p.avgHashrate }));
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
/** Mean of the 7 raw points ending `back` points before the newest. */
const rawAverage7 = (raw: RawPoint[], back = 0) =>
  mean(raw.slice(raw.length - 7 - back, raw.length - back).map((p) => p.avgHashrate));

const full = raw3m.hashrates;
const prices = priceSeries();
/** The price's change over 30 days, found by hand: the newest against the nearest midnight. */
function rawPriceChange(series: readonly PricePoint[]): number {
  const [lastAt, lastPrice] = series.at(-1)!;
  const target = lastAt - 30 * DAY_MS;
  const candidates = series.filter(([at]) => Math.abs(at - target) <= DAY_MS / 2);
  candidates.sort((a, b) => Math.abs(a[0] - target) - Math.abs(b[0] - target));
  return (lastPrice / candidates[0]![1] - 1) * 100;
}

describe('hashrateAverageSeries', () => {
  it('is the mean of each full week of the recorded 3-month history', () => {
    const series = hashrateAverageSeries(toPoints(full));
    // The first six days have no full week before them.
    expect(series).toHaveLength(full.length - 6);
    series.forEach(([at, value], i) => {
      const raw = full.slice(i, i + 7);
      expect(at).toBe(raw.at(-1)!.timestamp * 1000);
      expect(value).toBeCloseTo(mean(raw.map((p) => p.avgHashrate)), -3);
    });
  });

  it('has nothing for an empty history, and one point for exactly a week', () => {
    expect(hashrateAverageSeries([])).toEqual([]);
    const week = hashrateAverageSeries(toPoints(raw1w.hashrates));
    expect(week).toHaveLength(1);
    expect(week[0]![1]).toBeCloseTo(rawAverage7(raw1w.hashrates), -3);
  });
});

describe('divergence over the last 30 days', () => {
  it.each([
    {
      name: 'the recorded 3 months and a 90-day price',
      history: full,
      price: prices,
      hashratePct: (rawAverage7(full) / rawAverage7(full, 30) - 1) * 100,
      pricePct: rawPriceChange(prices),
    },
    {
      name: 'the last 37 days: just enough for the week 30 days ago',
      history: full.slice(-37),
      price: prices,
      hashratePct: (rawAverage7(full) / rawAverage7(full, 30) - 1) * 100,
      pricePct: rawPriceChange(prices),
    },
    {
      name: 'the last 36 days: that week is one day short',
      history: full.slice(-36),
      price: prices,
      hashratePct: null,
      pricePct: rawPriceChange(prices),
    },
    {
      name: 'the recorded week (hashrate/1w)',
      history: raw1w.hashrates,
      price: prices,
      hashratePct: null,
      pricePct: rawPriceChange(prices),
    },
    {
      name: 'no price at all',
      history: full,
      price: [],
      hashratePct: (rawAverage7(full) / rawAverage7(full, 30) - 1) * 100,
      pricePct: null,
    },
    {
      name: 'only the last 7 days of price',
      history: full,
      price: prices.slice(-8),
      hashratePct: (rawAverage7(full) / rawAverage7(full, 30) - 1) * 100,
      pricePct: null,
    },
    { name: 'nothing', history: [], price: [], hashratePct: null, pricePct: null },
  ])('$name', ({ history, price, hashratePct, pricePct }) => {
    const data = networkChartData(toPoints(history), price);
    expect(data.divergence.days).toBe(30);
    if (hashratePct === null) expect(data.divergence.hashratePct).toBeNull();
    else expect(data.divergence.hashratePct).toBeCloseTo(hashratePct, 9);
    if (pricePct === null) expect(data.divergence.pricePct).toBeNull();
    else expect(data.divergence.pricePct).toBeCloseTo(pricePct, 9);
  });

  it("agrees with the tooltip's 30-day change of the 7-day average", () => {
    const points = toPoints(full);
    const data = networkChartData(points, prices);
    expect(data.divergence.hashratePct).toBeCloseTo(hashrateTrend(points)!.change30dPct!, 9);
  });

  it('reads the same series the chart draws', () => {
    const data = networkChartData(toPoints(full), prices);
    expect(divergence(data.hashrate, data.price)).toEqual(data.divergence);
  });
});

describe('the chart window', () => {
  it('spans the 90 days ending at the newest point of either series', () => {
    const data = networkChartData(toPoints(full), prices);
    const end = prices.at(-1)![0];
    expect(data.window).toEqual({ start: end - CHART_DAYS * DAY_MS, end });
    expect(data.price.every(([at]) => at >= end - CHART_DAYS * DAY_MS)).toBe(true);
    expect(data.price.at(-1)).toEqual(prices.at(-1));
    // The hash rate's averages from its first full week on, all inside the window.
    expect(data.hashrate.at(-1)![0]).toBe(full.at(-1)!.timestamp * 1000);
    expect(data.hashrate[0]![0]).toBe(full[6]!.timestamp * 1000);
  });

  it.each([
    { name: 'no series', series: [[]], window: null },
    {
      name: 'one point',
      series: [[[5 * DAY_MS, 1]]],
      window: { start: -85 * DAY_MS, end: 5 * DAY_MS },
    },
  ] as const)('$name', ({ series, window }) => {
    expect(chartWindow(series as unknown as PricePoint[][])).toEqual(window);
  });

  it('leaves out a price series from long before the hash rate', () => {
    const old = prices.map(([at, value]) => [at - 150 * DAY_MS, value] as const);
    const data = networkChartData(toPoints(full), old);
    expect(data.price).toEqual([]);
    expect(data.divergence.pricePct).toBeNull();
    expect(data.hashrate.length).toBeGreaterThan(0);
  });
});

describe('changeOver', () => {
  const day = (n: number, value: number) => [n * DAY_MS, value] as const;
  it.each([
    { name: 'exactly 30 days', series: [day(0, 100), day(30, 110)], pct: 10 },
    {
      name: 'the nearest point within half a day ("now" ends a daily series)',
      series: [day(0, 96), day(1, 80), day(30.75, 72)],
      pct: -10,
    },
    {
      name: 'the earlier point on a tie',
      series: [day(0, 80), day(1, 90), day(30.5, 72)],
      pct: -10,
    },
    {
      name: 'a neighbouring day is not 30 days ago',
      series: [day(0, 100), day(31, 90)],
      pct: null,
    },
    { name: 'a single point', series: [day(30, 110)], pct: null },
    { name: 'a zero start', series: [day(0, 0), day(30, 110)], pct: null },
  ])('$name', ({ series, pct }) => {
    const change = changeOver(series);
    if (pct === null) expect(change).toBeNull();
    else expect(change?.pct).toBeCloseTo(pct, 9);
  });
});

describe('chartRows', () => {
  it('has one row a week back from the newest hash rate, each with both values', () => {
    const data = networkChartData(toPoints(full), prices);
    const rows = chartRows(data);
    const newest = full.at(-1)!.timestamp * 1000;
    expect(rows.at(-1)).toEqual({
      at: newest,
      hashrate: expect.closeTo(rawAverage7(full), -3),
      price: prices.find(([at]) => at === newest)![1],
    });
    expect(rows.map((row) => row.at)).toEqual(
      rows.map((_, i) => newest - (rows.length - 1 - i) * 7 * DAY_MS),
    );
    expect(rows[0]!.at - 7 * DAY_MS).toBeLessThan(data.window!.start);
  });
});
