/**
 * Wording and number formats of the popup's Network view, in the reader's locale. Prices go
 * through `formatPrice` like the rest of the popup; dates are UTC like every date HashLens
 * prints; negative changes carry a true minus sign ("−5.98%"), as the tooltips write them.
 */
import { DEFAULT_LOCALE, NO_VALUE, formatPrice } from '@/utils/format';
import { hashrateEhs } from '@/utils/network/network-figures';
import type { Divergence } from './network-series';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Intl.NumberFormat for `locale`, cached, falling back to en-US for a malformed locale. */
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      format = new Intl.NumberFormat(DEFAULT_LOCALE, options);
    }
    numberFormats.set(key, format);
  }
  return format;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

function utcDateFormat(locale: string, withYear: boolean): Intl.DateTimeFormat {
  const key = `${locale}\u0000${withYear}`;
  let format = dateFormats.get(key);
  if (!format) {
    const options: Intl.DateTimeFormatOptions = {
      timeZone: 'UTC',
      month: 'short',
      day: 'numeric',
      ...(withYear ? { year: 'numeric' } : {}),
    };
    try {
      format = new Intl.DateTimeFormat(locale, options);
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
      format = new Intl.DateTimeFormat(DEFAULT_LOCALE, options);
    }
    dateFormats.set(key, format);
  }
  return format;
}

/** A whole number with the locale's grouping: `82,269` (en-US), `82.269` (de-DE). */
export function formatCount(value: number, locale = DEFAULT_LOCALE): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** `82,269 blocks`, `1 block`. */
export function formatBlocks(count: number, locale = DEFAULT_LOCALE): string {
  return `${formatCount(count, locale)} ${count === 1 ? 'block' : 'blocks'}`;
}

/**
 * A signed percentage: `+4.1%`, `−6.3%` (U+2212), `0.0%` when it rounds to zero; `digits`
 * decimals; `—` for null or non-finite.
 */
export function formatSignedPct(pct: number | null, locale = DEFAULT_LOCALE, digits = 2): string {
  if (pct === null || !Number.isFinite(pct)) return NO_VALUE;
  const text = numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).format(pct / 100);
  return text.replace('-', '\u2212');
}

/** An unsigned percentage: `2.53%`. */
export function formatPct(pct: number, locale = DEFAULT_LOCALE, digits = 2): string {
  if (!Number.isFinite(pct)) return NO_VALUE;
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(pct / 100);
}

/** A UTC calendar day with a short month: `Oct 4, 2026` (en-US), `4. Okt. 2026` (de-DE). */
export function formatUtcDay(ms: number, locale = DEFAULT_LOCALE): string {
  if (!Number.isFinite(ms)) return NO_VALUE;
  return utcDateFormat(locale, true).format(ms);
}

/** A UTC day without the year, for the chart's date labels: `Sep 19`. */
export function formatUtcDayShort(ms: number, locale = DEFAULT_LOCALE): string {
  if (!Number.isFinite(ms)) return NO_VALUE;
  return utcDateFormat(locale, false).format(ms);
}

/** Hash rate in whole EH/s, as the tooltips show it: `933 EH/s`. */
export function formatEhs(hashesPerSecond: number, locale = DEFAULT_LOCALE): string {
  return `${formatCount(hashrateEhs(hashesPerSecond), locale)} EH/s`;
}

/** An amount of BTC with the decimals it needs: `3.125 BTC`, `1.5625 BTC`. */
export function formatBtc(btc: number, locale = DEFAULT_LOCALE): string {
  if (!Number.isFinite(btc)) return NO_VALUE;
  return `${numberFormat(locale, { maximumFractionDigits: 8 }).format(btc)} BTC`;
}

/** `47,612 sats`. */
export function formatSats(sats: number, locale = DEFAULT_LOCALE): string {
  return `${formatCount(sats, locale)} sats`;
}

let isoCurrencies: ReadonlySet<string> | null = null;

/** True for an ISO 4217 code Intl formats as money (`usd`), false for `btc`, `sats` …. */
function isIsoCurrency(currency: string): boolean {
  isoCurrencies ??= new Set(Intl.supportedValuesOf('currency'));
  return isoCurrencies.has(currency.trim().toUpperCase());
}

/**
 * Money with exactly two decimals (`$38.81`, `35,58 €`); for a crypto `vs_currency` such as
 * `btc`, the popup's usual price format (`₿0.0004765`).
 */
export function formatMoney2(value: number, currency: string, locale = DEFAULT_LOCALE): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  if (!isIsoCurrency(currency)) return formatPrice(value, currency, locale);
  return numberFormat(locale, {
    style: 'currency',
    currency: currency.trim().toUpperCase(),
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);
}

/** A price for an axis label: three significant digits, compact (`$81.4K`). */
export function formatAxisPrice(value: number, currency: string, locale = DEFAULT_LOCALE): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  if (!isIsoCurrency(currency)) return formatPrice(value, currency, locale);
  return numberFormat(locale, {
    style: 'currency',
    currency: currency.trim().toUpperCase(),
    notation: 'compact',
    maximumSignificantDigits: 3,
  }).format(value);
}

/**
 * The divergence in words: `Hash rate +4.1%, price −6.3% over 30 days`. With one change
 * unknown, the other alone and why; null when neither is known.
 */
export function divergenceSentence(divergence: Divergence, locale = DEFAULT_LOCALE): string | null {
  const { hashratePct, pricePct, days } = divergence;
  const hashrate = formatSignedPct(hashratePct, locale, 1);
  const price = formatSignedPct(pricePct, locale, 1);
  if (hashratePct !== null && pricePct !== null) {
    return `Hash rate ${hashrate}, price ${price} over ${days} days`;
  }
  if (hashratePct !== null) {
    return `Hash rate ${hashrate} over ${days} days (no price for that span)`;
  }
  if (pricePct !== null) {
    return `Price ${price} over ${days} days (no hash rate for that span)`;
  }
  return null;
}
