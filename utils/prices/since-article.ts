/**
 * "Since this article": a coin's price on the day a page was published, from the daily
 * history the background fetched (CoinGecko `market_chart`, `days=365`), against its price
 * now. Pure: UTC arithmetic on numbers the caller passes in, so the page's date never leaves
 * the tab and the result is the same in every time zone. Numbers only: the tooltip prints the
 * change with `formatChangePct` (`+18.83%`), which stays out of the per-frame script.
 */
import { formatChangePct, formatPrice } from '@/utils/format';
import { formatUtcDay } from '@/utils/format/time';
import type { PricePoint } from './types';
import { DAY_MS, lastPointByUtcDay } from './week-table';

/** Milliseconds in a UTC day (UTC has no DST). */

/** The coin's current price and when it was reported (ms since epoch). */
export interface CurrentPrice {
  price: number;
  at: number;
}

/** What the "since this article" line can say about one coin. */
export type SinceArticle =
  | {
      kind: 'change';
      /** The price of the article's UTC day: its last point, or the current price today. */
      then: number;
      /** When `then` was reported (ms): the point's time, or the current price's. */
      thenAt: number;
      now: number;
      /**
       * Change from `then` to `now` in percent, signed and rounded to two decimals (`18.83`,
       * `-2.83`, `0` rather than `-0`), so the figure shown and any sign or colour agree.
       */
      changePct: number;
    }
  /** The day is older than the history: say so in words ({@link beforeHistoryWords}). */
  | { kind: 'before-history'; firstDayMs: number }
  /** No price for that day: a gap in the history, a day after today, or no history at all. */
  | { kind: 'no-price' };

/**
 * Compares the price on the UTC day of `publishedMs` with `current`, by the 7-day table's
 * rule: a day's price is the last point within that UTC day (CoinGecko's daily series holds
 * each day's 00:00 point, and today's "now" point), and today's price is the current price.
 * Points may be in any order; non-finite ones are skipped.
 *
 * @param points `[ms, price]` pairs from `market_chart`.
 * @param publishedMs The page's publication instant; only its UTC day counts.
 * @param current The coin's price now; its time decides which UTC day is today.
 */
export function sinceArticle(
  points: readonly PricePoint[],
  publishedMs: number,
  current: CurrentPrice,
): SinceArticle {
  const day = Math.floor(publishedMs / DAY_MS);
  const today = Math.floor(current.at / DAY_MS);
  if (!Number.isFinite(day) || !Number.isFinite(current.price) || day > today) {
    return { kind: 'no-price' };
  }
  // The 7-day table's rule: a day's price is its last point.
  const byDay = lastPointByUtcDay(points);
  const firstDay = byDay.size > 0 ? Math.min(...byDay.keys()) : Infinity;
  const last = byDay.get(day);
  let then: PricePoint;
  if (day === today) then = [current.at, current.price];
  else if (day < firstDay && firstDay !== Infinity) {
    return { kind: 'before-history', firstDayMs: firstDay * DAY_MS };
  } else if (last) then = [last.time, last.price];
  else return { kind: 'no-price' };

  const [thenAt, thenPrice] = then;
  if (thenPrice === 0) return { kind: 'no-price' };
  const pct = ((current.price - thenPrice) / thenPrice) * 100;
  return {
    kind: 'change',
    then: thenPrice,
    thenAt,
    now: current.price,
    // `+ 0` turns a rounded -0 into 0.
    changePct: Math.round(pct * 100) / 100 + 0,
  };
}

/**
 * The words for a date older than the history: `no free price history before Apr 13, 2025`
 * (the keyless API's 365 days), or `no price history before …` when a Demo or Pro key's plan
 * set the limit.
 *
 * @param firstDayMs 00:00 UTC of the history's first day, as {@link sinceArticle} reports it.
 */
export function beforeHistoryWords(
  firstDayMs: number,
  { keyless = true, locale = 'en-US' }: { keyless?: boolean; locale?: string } = {},
): string {
  const options: Intl.DateTimeFormatOptions = {
    timeZone: 'UTC',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  };
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(locale, options);
  } catch (error) {
    // A malformed UI locale must not blank the line; the options are ours.
    if (!(error instanceof RangeError)) throw error;
    format = new Intl.DateTimeFormat('en-US', options);
  }
  const date = format.format(firstDayMs);
  return `no ${keyless ? 'free ' : ''}price history before ${date}`;
}

/**
 * `Since this article (Apr 13, 2026): $70,791.51 → $84,120.00 (+18.83%)`, or the words for a
 * day older than the history; null when the history has no price for the day (a gap, or a
 * date after today).
 */
export function sinceArticleLine(
  points: readonly PricePoint[],
  publishedMs: number,
  current: CurrentPrice,
  {
    currency,
    locale,
    keyless,
    label = 'Since this article',
  }: { currency: string; locale: string; keyless: boolean; label?: string },
): string | null {
  const head = `${label} (${formatUtcDay(publishedMs, locale)}):`;
  const since = sinceArticle(points, publishedMs, current);
  if (since.kind === 'before-history') {
    return `${head} ${beforeHistoryWords(since.firstDayMs, { keyless, locale })}`;
  }
  if (since.kind === 'no-price') return null;
  const then = formatPrice(since.then, currency, locale);
  const now = formatPrice(since.now, currency, locale);
  return `${head} ${then} → ${now} (${formatChangePct(since.changePct, locale)})`;
}
