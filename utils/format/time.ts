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
 * `09:59 UTC`: always 24-hour `HH:mm` in ASCII digits, built by hand because Intl's en-US
 * joins date and time with " at " and may drop the leading zero.
 */
function utcClock(ms: number): string {
  const date = new Date(ms);
  const hh = String(date.getUTCHours()).padStart(2, '0');
  const mm = String(date.getUTCMinutes()).padStart(2, '0');
  return `${hh}:${mm} UTC`;
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
  return `${utcDateFormat(locale, 'long').format(ms)}, ${utcClock(ms)}`;
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

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function relativeFormat(locale: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(locale);
  if (!format) {
    const options: Intl.RelativeTimeFormatOptions = { style: 'long', numeric: 'auto' };
    try {
      format = new Intl.RelativeTimeFormat(locale, options);
    } catch (error) {
      // A malformed UI locale must not blank the age.
      if (!(error instanceof RangeError)) throw error;
      format = new Intl.RelativeTimeFormat(DEFAULT_LOCALE, options);
    }
    relativeFormats.set(locale, format);
  }
  return format;
}

/** Largest unit first; an age is told in the largest unit it has one whole of. */
const RELATIVE_UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
  ['second', SECOND],
];

/**
 * How old data is, in words of the reader's language (`Intl.RelativeTimeFormat`):
 * `2 minutes ago` (en-US), `vor 2 Minuten` (de-DE), `il y a 2 minutes` (fr-FR), `2 分前`
 * (ja-JP); under 5 s (or negative, from clock skew) the locale's `now`. Floored like
 * {@link formatAge}, so an age is never overstated. Non-finite gives `—`.
 *
 * @param ms Age in milliseconds (now minus the data's time), not a timestamp.
 */
export function formatRelativeAge(ms: number, locale = DEFAULT_LOCALE): string {
  if (!Number.isFinite(ms)) return NO_VALUE;
  if (ms < 5 * SECOND) return relativeFormat(locale).format(0, 'second');
  const [unit, size] = RELATIVE_UNITS.find(([, size]) => ms >= size) ?? RELATIVE_UNITS.at(-1)!;
  return relativeFormat(locale).format(-Math.floor(ms / size), unit);
}

/**
 * When data is from, as short as stays unambiguous: `09:59 UTC` on the same UTC day as
 * `now`, else the full {@link formatDataTime} (`April 13, 2026, 09:59 UTC`).
 */
export function formatDataTimeShort(ms: number, now: number, locale = DEFAULT_LOCALE): string {
  if (!isValidTime(ms)) return NO_VALUE;
  if (Math.floor(ms / DAY) !== Math.floor(now / DAY)) return formatDataTime(ms, locale);
  return utcClock(ms);
}
