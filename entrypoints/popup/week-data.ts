/**
 * The points behind the popup's week: the daily chart, with the current quote as the newest
 * point when it is newer (the chart's last point lags the live price by up to its cache time).
 */
import type { MarketChart, PricePoint, PriceQuote } from '@/utils/prices/types';

/** Chart points plus the live quote when it is newer than the chart's last point. */
export function weekPoints(chart: MarketChart | null, quote: PriceQuote | null): PricePoint[] {
  const points: PricePoint[] = chart ? [...chart.prices] : [];
  if (!quote || quote.sourceUpdatedAt === null) return points;
  if (chart && (chart.currency !== quote.currency || chart.coinId !== quote.coinId)) return points;
  const last = points.at(-1);
  if (!last || quote.sourceUpdatedAt > last[0]) points.push([quote.sourceUpdatedAt, quote.price]);
  return points;
}
