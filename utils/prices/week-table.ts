/**
 * The 7-day price table the seed article prints (Date | Price | 7D Change), derived from a
 * CoinGecko `market_chart` series. Pure: UTC arithmetic only, so the rows are the same in
 * every time zone, and formatting takes its locale as an argument.
 */
import {
  DEFAULT_LOCALE,
  NO_VALUE,
  formatChangePct,
  formatPrice,
  formatUtcShortDate,
} from '@/utils/format';
import type { PricePoint } from './types';

/** Milliseconds in a UTC day; UTC has no DST, so every day has exactly this many. */
export const DAY_MS = 24 * 60 * 60 * 1000;

/** Number of rows in the table: the UTC day of the latest point and the 6 before it. */
export const WEEK_DAYS = 7;

/** One UTC calendar day of the table. */
export interface WeekRow {
  /** The UTC day as `YYYY-MM-DD`. */
  dayUtc: string;
  /** 00:00 UTC of that day (ms since epoch). */
  dayStartMs: number;
  /** The last price CoinGecko reported within the day; null when it reported none. */
  price: number | null;
  /** Change in percent against the base row's price; `0` on the base row, null without data. */
  changePct: number | null;
  /**
   * The day `changePct` is measured from: the oldest row with a price. Equal to the first
   * row's `dayUtc` unless that day has no data; null when this row has no change.
   */
  baseDayUtc: string | null;
}

/**
 * Builds one row per UTC calendar day for the 7 days ending with the UTC day of the latest
 * point, oldest first.
 *
 * Each day's price is the last point within that UTC day, whatever the sampling (daily,
 * hourly, 5-minute). This matters for CoinGecko's daily series, which ends with a "now"
 * point: on 2026-04-13 it holds 00:00 (72,418.06) and 09:59 (70,791.51), and the day's row
 * must show the latter, as the seed article does.
 *
 * Days without a point get `price: null, changePct: null`. Changes are measured against the
 * oldest row that has a price (normally the first row; see `baseDayUtc`). Input may be in
 * any order; points with non-finite time or price are skipped; among points with the same
 * time the one later in the input wins. No usable points give an empty table. A base price
 * of 0 leaves every change null (no meaningful percentage).
 */
export function deriveWeekTable(points: readonly PricePoint[]): WeekRow[] {
  const lastByDay = lastPointByUtcDay(points);
  if (lastByDay.size === 0) return [];
  const newestDay = Math.max(...lastByDay.keys());

  const days: { day: number; price: number | null }[] = [];
  for (let day = newestDay - WEEK_DAYS + 1; day <= newestDay; day++) {
    days.push({ day, price: lastByDay.get(day)?.price ?? null });
  }

  const base = days.find((d) => d.price !== null);
  const basePrice = base?.price ?? null;
  const baseDayUtc = base ? isoDay(base.day) : null;
  return days.map(({ day, price }) => {
    const changePct =
      price === null || basePrice === null || basePrice === 0
        ? null
        : ((price - basePrice) / basePrice) * 100;
    return {
      dayUtc: isoDay(day),
      dayStartMs: day * DAY_MS,
      price,
      changePct,
      baseDayUtc: changePct === null ? null : baseDayUtc,
    };
  });
}

/**
 * The price of each UTC day (by day index, `floor(ms / DAY_MS)`): the last point within that
 * day. Points with non-finite time or price are skipped; among points with the same time the
 * one later in the input wins. The one rule for a day's price: the 7-day table and "since this
 * article" both read it.
 */
export function lastPointByUtcDay(
  points: readonly PricePoint[],
): Map<number, { time: number; price: number }> {
  const lastByDay = new Map<number, { time: number; price: number }>();
  for (const [time, price] of points) {
    if (!Number.isFinite(time) || !Number.isFinite(price)) continue;
    // Math.floor, not truncation, so times before 1970 still land in the right day.
    const day = Math.floor(time / DAY_MS);
    const seen = lastByDay.get(day);
    if (!seen || time >= seen.time) lastByDay.set(day, { time, price });
  }
  return lastByDay;
}

/** `YYYY-MM-DD` of a UTC day index; toISOString is always UTC. */
function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A table's three columns, as text. */
export type WeekTableCells = readonly [date: string, price: string, change: string];

/** The table as display strings, ready for a grid, Markdown or CSV. */
export interface FormattedWeekTable {
  /** `['Date', 'Price (USD)', '7D Change']`; the labels are English, the currency upper case. */
  header: WeekTableCells;
  rows: readonly WeekTableCells[];
}

/** How to format a week table. */
export interface FormatWeekTableOptions {
  /** CoinGecko `vs_currency` the prices are in (`usd`, `eur`, `btc` …). */
  currency: string;
  /** BCP 47 locale for dates and numbers; defaults to `en-US`. */
  locale?: string;
}

/**
 * Formats rows as display strings: the UTC date in the locale's numeric short date
 * (`4/7/2026`), the price via `formatPrice` (`$68,864.23`), the change via `formatChangePct`
 * (`+4.52%`). Missing values show `—`. With the seed week and `en-US` this reproduces the
 * seed article's table cell for cell.
 */
export function formatWeekTable(
  rows: readonly WeekRow[],
  { currency, locale = DEFAULT_LOCALE }: FormatWeekTableOptions,
): FormattedWeekTable {
  return {
    header: ['Date', `Price (${currency.trim().toUpperCase()})`, '7D Change'],
    rows: rows.map((row): WeekTableCells => [
      formatUtcShortDate(row.dayStartMs, locale),
      row.price === null ? NO_VALUE : formatPrice(row.price, currency, locale),
      formatChangePct(row.changePct, locale),
    ]),
  };
}

/** Escapes what would break a GFM table cell: a pipe ends the cell, a newline the row. */
function markdownCell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, ' ');
}

/**
 * Renders the table as GitHub-flavoured Markdown in exactly the seed article's form:
 * `| Date | Price (USD) | 7D Change |`, then `|---|---|---|`, then one line per row, joined
 * with `\n` and with no trailing newline, so callers can embed it where they like.
 */
export function weekTableToMarkdown(table: FormattedWeekTable): string {
  const line = (cells: readonly string[]) => `| ${cells.map(markdownCell).join(' | ')} |`;
  return [line(table.header), '|---|---|---|', ...table.rows.map(line)].join('\n');
}

/** A change in percent for CSV: two decimals, and `0.00` rather than `-0.00`. */
function csvPercent(pct: number): string {
  return Math.abs(pct) < 0.005 ? '0.00' : pct.toFixed(2);
}

/**
 * Renders the week as CSV for spreadsheets and scripts, the same whatever the reader's
 * locale: RFC 4180 records ending in `\r\n` (the last included), ISO dates (`2026-04-07`),
 * prices as CoinGecko sent them with a dot decimal and no grouping (`68864.2345`), changes in
 * percent with two decimals (`4.52`), and an empty field where a day has no value. The
 * display table (`formatWeekTable`) is for reading; this is for computing.
 */
export function weekRowsToCsv(rows: readonly WeekRow[], currency: string): string {
  const header = `Date (UTC),Price (${currency.trim().toUpperCase()}),7D Change (%)`;
  const records = rows.map((row) =>
    [
      row.dayUtc,
      row.price === null ? '' : String(row.price),
      row.changePct === null ? '' : csvPercent(row.changePct),
    ].join(','),
  );
  return [header, ...records].map((record) => `${record}\r\n`).join('');
}
