/**
 * Time formatting. Every date HashLens prints is a UTC date (CoinGecko's days and timestamps
 * are UTC), so nothing here reads the process or browser time zone.
 */
import { DEFAULT_LOCALE, NO_VALUE } from './numbers';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Formats how old data is: `just now` (under 5 s, or negative from clock skew), `42 s ago`,
 * `3 min ago`, `2 h ago`, `3 d ago`. Units are floored so an age is never overstated
 * (59.9 s is `59 s ago`, not `1 min ago`). Non-finite gives `—`.
 *
 * @param ms Age in milliseconds (now minus the data's time), not a timestamp.
 */
export function formatAge(ms: number): string {
  if (!Number.isFinite(ms)) return NO_VALUE;
  if (ms < 5 * SECOND) return 'just now';
  if (ms < MINUTE) return `${Math.floor(ms / SECOND)} s ago`;
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min ago`;
  if (ms < DAY) return `${Math.floor(ms / HOUR)} h ago`;
  return `${Math.floor(ms / DAY)} d ago`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function utcDateFormat(
  locale: string,
  month: 'numeric' | 'long' | 'short',
  withYear = true,
): Intl.DateTimeFormat {
  const key = `${locale}\u0000${month}\u0000${withYear}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      timeZone: 'UTC',
      ...(withYear ? { year: 'numeric' } : {}),
      month,
      day: 'numeric',
    };
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch (error) {
      // A malformed UI locale must not blank the date.
      if (!(error instanceof RangeError)) throw error;
      format = new Intl.DateTimeFormat(DEFAULT_LOCALE, options);
    }
    dateFormats.set(key, format);
  }
  return format;
}

function isValidTime(ms: number): boolean {
  return Number.isFinite(ms) && !Number.isNaN(new Date(ms).getTime());
}

/**
 * Formats the UTC calendar date of `ms` as the locale's numeric short date:
 * `4/7/2026` (en-US), `7.4.2026` (de-DE), `2026/4/7` (ja-JP). Invalid times give `—`.
 */
export function formatUtcShortDate(ms: number, locale = DEFAULT_LOCALE): string {
  if (!isValidTime(ms)) return NO_VALUE;
  return utcDateFormat(locale, 'numeric').format(ms);
}

/**
 * Formats a data timestamp the way the seed article stamps it:
 * `April 13, 2026, 09:59 UTC` (en-US), `13. April 2026, 09:59 UTC` (de-DE),
 * `2026年4月13日, 09:59 UTC` (ja-JP). The date part is the locale's long date in UTC; the time
 * is always 24-hour `HH:mm` in ASCII digits followed by `UTC`, so readers in any zone see
 * the same instant CoinGecko reported. Invalid times give `—`.
 */
export function formatDataTime(ms: number, locale = DEFAULT_LOCALE): string {
  if (!isValidTime(ms)) return NO_VALUE;
  const date = new Date(ms);
  // Built by hand: Intl's en-US joins date and time with " at " and may drop the leading zero.
  const hh = String(date.getUTCHours()).padStart(2, '0');
  const mm = String(date.getUTCMinutes()).padStart(2, '0');
  return `${utcDateFormat(locale, 'long').format(ms)}, ${hh}:${mm} UTC`;
}

/** A UTC calendar day with a short month: `Oct 4, 2026` (en-US), `4. Okt. 2026` (de-DE). */
export function formatUtcDay(ms: number, locale = DEFAULT_LOCALE): string {
  if (!isValidTime(ms)) return NO_VALUE;
  return utcDateFormat(locale, 'short').format(ms);
}

/** A UTC day without the year, for chart labels: `Sep 19`. */
export function formatUtcDayShort(ms: number, locale = DEFAULT_LOCALE): string {
  if (!isValidTime(ms)) return NO_VALUE;
  return utcDateFormat(locale, 'short', false).format(ms);
}
