/**
 * The two series of the popup's Network chart and the 30-day divergence stated under it. Pure
 * functions of the overview's data (no clock): the chart, its text alternative and the sentence
 * all read the same series, so what is drawn and what is said can never disagree.
 *
 * Daily hash rate points are stamped with the UTC midnight that ENDS the day they cover (see
 * `utils/network/network-figures.ts`); the 7-day average at a stamp is the mean of the points in
 * `(stamp − 7 d, stamp]`, the same window the tooltip's trend uses.
 */
import { DAY_MS, movingAverage } from '@/utils/network/network-figures';
import type { HashratePoint } from '@/utils/network/network-types';
import type { PricePoint } from '@/utils/prices/types';

/** Days the chart spans, ending at the newest point of either series. */
export const CHART_DAYS = 90;
/** Days of the change the divergence sentence states. */
export const CHANGE_DAYS = 30;
/** Days of the hash rate's moving average. */
export const AVERAGE_DAYS = 7;

/** `[ms since epoch, value]`, oldest first. */
export type SeriesPoint = PricePoint;

/**
 * The `days`-day moving average of daily hash rate (H/s) at every stamp where a full window of
 * history exists (`movingAverage` of the network figures), oldest first.
 */
export function hashrateAverageSeries(
  points: readonly HashratePoint[],
  days = AVERAGE_DAYS,
): SeriesPoint[] {
  const series: SeriesPoint[] = [];
  points.forEach((point, index) => {
    const average = movingAverage(points, index, days);
    if (average !== null) series.push([point.at, average]);
  });
  return series;
}

/** The time span the chart draws: `[end − days, end]`. */
export interface ChartWindow {
  start: number;
  end: number;
}

/** The `days` ending at the newest point of any series; null when every series is empty. */
export function chartWindow(
  series: readonly (readonly SeriesPoint[])[],
  days = CHART_DAYS,
): ChartWindow | null {
  const ends = series.flatMap((points) => {
    const last = points.at(-1);
    return last ? [last[0]] : [];
  });
  if (ends.length === 0) return null;
  const end = Math.max(...ends);
  return { start: end - days * DAY_MS, end };
}

/** The points inside `window` (ends included). */
export function clipSeries(series: readonly SeriesPoint[], window: ChartWindow): SeriesPoint[] {
  return series.filter(([at]) => at >= window.start && at <= window.end);
}

/** The point nearest to `at`, if one lies within `toleranceMs` of it (the earlier one on a tie). */
export function pointNear(
  series: readonly SeriesPoint[],
  at: number,
  toleranceMs = DAY_MS,
): SeriesPoint | null {
  let best: SeriesPoint | null = null;
  for (const point of series) {
    const distance = Math.abs(point[0] - at);
    if (distance <= toleranceMs && (best === null || distance < Math.abs(best[0] - at))) {
      best = point;
    }
  }
  return best;
}

/** How a series moved over some days. */
export interface SeriesChange {
  /** `(to / from − 1) × 100`. */
  pct: number;
  from: SeriesPoint;
  to: SeriesPoint;
}

/**
 * The change of a series over `days`: its newest value against its value `days` earlier (the
 * point nearest to that moment, within half a day, so a daily series ending "now" finds its
 * midnight and a series of daily stamps only the stamp itself). Null when the series does not
 * reach back that far or the earlier value is not positive.
 */
export function changeOver(
  series: readonly SeriesPoint[],
  days = CHANGE_DAYS,
): SeriesChange | null {
  const to = series.at(-1);
  if (!to) return null;
  const from = pointNear(series, to[0] - days * DAY_MS, DAY_MS / 2);
  if (!from || from === to || !(from[1] > 0)) return null;
  return { pct: (to[1] / from[1] - 1) * 100, from, to };
}

/** The divergence stated in words: both series' change over the same number of days. */
export interface Divergence {
  days: number;
  /** Change of the hash rate's 7-day average, in percent; null without that history. */
  hashratePct: number | null;
  /** Change of the BTC price, in percent; null without that history. */
  pricePct: number | null;
}

/** Both series' change over `days`, from the series as the chart draws them. */
export function divergence(
  hashrate: readonly SeriesPoint[],
  price: readonly SeriesPoint[],
  days = CHANGE_DAYS,
): Divergence {
  return {
    days,
    hashratePct: changeOver(hashrate, days)?.pct ?? null,
    pricePct: changeOver(price, days)?.pct ?? null,
  };
}

/** What the Network chart draws and says. */
export interface NetworkChartData {
  /** Null when neither series has a point. */
  window: ChartWindow | null;
  /** 7-day average hash rate (H/s) inside the window. */
  hashrate: SeriesPoint[];
  /** BTC price inside the window. */
  price: SeriesPoint[];
  divergence: Divergence;
}

/**
 * The chart's series: the hash rate's 7-day average (computed over the whole history, so the
 * window's first days have their full week) and the price, both cut to the last 90 days of
 * whichever reaches further; and the divergence over those same series.
 */
export function networkChartData(
  hashratePoints: readonly HashratePoint[],
  pricePoints: readonly SeriesPoint[],
): NetworkChartData {
  const averages = hashrateAverageSeries(hashratePoints);
  const prices = [...pricePoints].sort((a, b) => a[0] - b[0]);
  const window = chartWindow([averages, prices]);
  const hashrate = window ? clipSeries(averages, window) : [];
  const price = window ? clipSeries(prices, window) : [];
  return { window, hashrate, price, divergence: divergence(hashrate, price) };
}

/** One row of the chart's table: a day and both values there (null where a series has none). */
export interface ChartRow {
  at: number;
  hashrate: number | null;
  price: number | null;
}

/**
 * The rows of the chart's text alternative: one every `stepDays` back from the newest point of
 * the hash rate series (or of the price when there is no hash rate), oldest first, each with
 * both series' values within half a day of it.
 */
export function chartRows(data: NetworkChartData, stepDays = 7): ChartRow[] {
  const { window } = data;
  const last = (data.hashrate.at(-1) ?? data.price.at(-1))?.[0];
  if (!window || last === undefined) return [];
  const rows: ChartRow[] = [];
  for (let at = last; at >= window.start; at -= stepDays * DAY_MS) {
    rows.unshift({
      at,
      hashrate: pointNear(data.hashrate, at, DAY_MS / 2)?.[1] ?? null,
      price: pointNear(data.price, at, DAY_MS / 2)?.[1] ?? null,
    });
  }
  return rows;
}
