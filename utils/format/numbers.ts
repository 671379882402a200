/**
 * Number formatting for prices and changes. Pure and deterministic: the locale is always
 * passed in (never read from the machine), so tests and every extension surface agree.
 */

/** What every formatter shows when there is no usable value (null, NaN, ±Infinity). */
export const NO_VALUE = '—';

/** Locale used when a caller passes none; fixed so output never depends on the host. */
export const DEFAULT_LOCALE = 'en-US';

// Creating Intl formatters is far slower than using them, and tooltips format on every hover.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** `Intl.NumberFormat` for `locale`, cached; a malformed locale falls back to `en-US`. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch (error) {
      // A malformed UI locale must not blank the price; the options themselves are ours.
      if (!(error instanceof RangeError)) throw error;
      format = new Intl.NumberFormat(DEFAULT_LOCALE, options);
    }
    numberFormats.set(key, format);
  }
  return format;
}

/** Significant digits kept for amounts below one unit, where fixed decimals would hide them. */
const SMALL_VALUE_SIGNIFICANT_DIGITS = 4;

/**
 * Fraction digits for `value`: `minorDigits` (a currency's usual decimals) from 1 up, and for
 * smaller amounts enough decimals to show 4 significant digits, capped at `maxFraction`.
 */
function fractionDigits(
  value: number,
  minorDigits: number,
  maxFraction: number,
): Intl.NumberFormatOptions {
  const abs = Math.abs(value);
  if (abs >= 1 || abs === 0) {
    return { minimumFractionDigits: minorDigits, maximumFractionDigits: minorDigits };
  }
  const leadingZeros = -Math.floor(Math.log10(abs)) - 1;
  const wanted = leadingZeros + SMALL_VALUE_SIGNIFICANT_DIGITS;
  // Intl rejects more than 100 fraction digits; the cap keeps e.g. BTC at satoshi precision.
  const maximum = Math.max(minorDigits, Math.min(wanted, maxFraction, 100));
  return { minimumFractionDigits: minorDigits, maximumFractionDigits: maximum };
}

/** How a non-ISO unit (which Intl's currency style cannot format) is written. */
interface UnitStyle {
  /** Prefix symbol, used in every locale (`₿0.0712`). */
  symbol?: string;
  /** Unit name appended after a space when there is no symbol (`1,234 sats`); else the code. */
  suffix?: string;
  /** Decimals shown from 1 up. */
  minorDigits: number;
  /** Most decimals ever shown for tiny amounts. */
  maxFraction: number;
}

const UNIT_STYLES: Readonly<Record<string, UnitStyle>> = {
  // 8 decimals is one satoshi: more would be precision BTC itself does not have.
  BTC: { symbol: '₿', minorDigits: 2, maxFraction: 8 },
  ETH: { symbol: 'Ξ', minorDigits: 2, maxFraction: 8 },
  SATS: { suffix: 'sats', minorDigits: 0, maxFraction: 3 },
  BITS: { suffix: 'bits', minorDigits: 2, maxFraction: 5 },
};

/** Crypto codes CoinGecko accepts as `vs_currency`; some are 3 letters but are not ISO money. */
const NON_ISO_CODES = new Set([
  'BTC',
  'ETH',
  'LTC',
  'BCH',
  'BNB',
  'EOS',
  'XRP',
  'XLM',
  'LINK',
  'DOT',
  'YFI',
  'SOL',
  'BITS',
  'SATS',
]);

const FALLBACK_STYLE: UnitStyle = { minorDigits: 2, maxFraction: 8 };

/**
 * Formats a price in a CoinGecko `vs_currency`.
 *
 * - ISO currencies use Intl's currency style with the currency's own decimals from 1 up
 *   (`$70,791.51`, `70.791,51 €` in de-DE, `￥10,765,432`) and 4 significant digits below 1
 *   (`$0.07123`, `$0.50`).
 * - `btc`/`eth` get a `₿`/`Ξ` prefix in every locale and up to 8 decimals (`₿0.0712`);
 *   `sats`/`bits` are suffixed (`1,234 sats`); other codes fall back to `1,234.56 XYZ`.
 * - Non-finite values give `—`.
 *
 * @param value Amount in `currency` units.
 * @param currency CoinGecko code in any case (`usd`, `EUR`, `btc`, `sats`).
 * @param locale BCP 47 tag; defaults to `en-US` rather than the machine's locale.
 */
export function formatPrice(value: number, currency: string, locale = DEFAULT_LOCALE): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  const code = currency.trim().toUpperCase();

  if (/^[A-Z]{3}$/.test(code) && !NON_ISO_CODES.has(code)) {
    const minorDigits = numberFormat(locale, {
      style: 'currency',
      currency: code,
    }).resolvedOptions().maximumFractionDigits;
    return numberFormat(locale, {
      style: 'currency',
      currency: code,
      ...fractionDigits(value, minorDigits ?? 2, 20),
    }).format(value);
  }

  const style = UNIT_STYLES[code] ?? FALLBACK_STYLE;
  const digits = fractionDigits(value, style.minorDigits, style.maxFraction);
  if (style.symbol !== undefined) {
    // Sign before the symbol (`-₿0.50`), as currency style would place it.
    const amount = numberFormat(locale, digits).format(Math.abs(value));
    return `${value < 0 ? '-' : ''}${style.symbol}${amount}`;
  }
  return `${numberFormat(locale, digits).format(value)} ${style.suffix ?? code}`;
}

/**
 * A large amount (market cap, volume) in short form: `$1.42T`, `$32.11B`, `1,42 Bio. €` in
 * de-DE, `₿20.03M`, `1.2B sats`; two decimals at most, Intl's compact notation for the locale.
 * Non-finite gives `—`.
 */
export function formatCompactMoney(
  value: number,
  currency: string,
  locale = DEFAULT_LOCALE,
): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  const code = currency.trim().toUpperCase();
  const compact: Intl.NumberFormatOptions = { notation: 'compact', maximumFractionDigits: 2 };
  if (/^[A-Z]{3}$/.test(code) && !NON_ISO_CODES.has(code)) {
    return numberFormat(locale, { ...compact, style: 'currency', currency: code }).format(value);
  }
  const style = UNIT_STYLES[code] ?? FALLBACK_STYLE;
  const amount = numberFormat(locale, compact).format(Math.abs(value));
  const sign = value < 0 ? '-' : '';
  return style.symbol !== undefined
    ? `${sign}${style.symbol}${amount}`
    : `${sign}${amount} ${style.suffix ?? code}`;
}

function percentFormat(locale: string, signDisplay: 'exceptZero' | 'always' | 'never') {
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay,
  });
}

/**
 * The reader's locale (the browser's UI language), so every view formats numbers the same
 * way: the tooltip, the price strip and the popup. `en-US` where the browser names none.
 */
export function readerLocale(): string {
  return (typeof navigator !== 'undefined' && navigator.language) || DEFAULT_LOCALE;
}

/** Direction of a change as shown: anything that rounds to 0.00 % is flat. */
export type ChangeDirection = 'up' | 'down' | 'flat';

/** Formats and classifies in one place so the text and the direction can never disagree. */
function formatSigned(pct: number, locale: string): { text: string; direction: ChangeDirection } {
  const parts = percentFormat(locale, 'exceptZero').formatToParts(pct / 100);
  const sign = parts.find((p) => p.type === 'minusSign' || p.type === 'plusSign');
  if (!sign) {
    // exceptZero drops the sign for values that round to zero, and also avoids `-0.00%`.
    return { text: percentFormat(locale, 'always').format(0), direction: 'flat' };
  }
  // Some locales (sv-SE, fi-FI) use U+2212; we promise ASCII hyphen-minus everywhere.
  const text = parts.map((p) => (p.type === 'minusSign' ? '-' : p.value)).join('');
  return { text, direction: sign.type === 'minusSign' ? 'down' : 'up' };
}

/**
 * Formats a percentage change with its sign always shown and two decimals:
 * `+2.80%`, `-2.83%` (ASCII hyphen-minus), `+0.00%` for anything that rounds to zero,
 * `—` for null or non-finite. Decimal and percent signs follow `locale` (`+2,80 %` in de-DE).
 *
 * @param pct Change in percent (`2.8` means +2.8 %), not a fraction.
 */
export function formatChangePct(pct: number | null, locale = DEFAULT_LOCALE): string {
  if (pct === null || !Number.isFinite(pct)) return NO_VALUE;
  return formatSigned(pct, locale).text;
}

/** A change described for UI that must not rely on colour alone. */
export interface ChangeDescription {
  /** Same string as {@link formatChangePct}. */
  text: string;
  /** `unknown` when there is no value. */
  direction: ChangeDirection | 'unknown';
  /** `▲`, `▼`, `▶` (flat) or `''` (unknown): a shape cue alongside any colour. */
  arrow: string;
  /** Words for screen readers and titles: `up 2.80%`, `down 2.83%`, `unchanged`. */
  label: string;
}

const ARROWS: Readonly<Record<ChangeDirection, string>> = { up: '▲', down: '▼', flat: '▶' };

/**
 * Describes a percentage change as text, direction, arrow and a spoken label. Flat means the
 * change rounds to 0.00 % (|pct| < 0.005), so the arrow always matches the printed digits.
 */
export function describeChange(pct: number | null, locale = DEFAULT_LOCALE): ChangeDescription {
  if (pct === null || !Number.isFinite(pct)) {
    return { text: NO_VALUE, direction: 'unknown', arrow: '', label: 'change unknown' };
  }
  const { text, direction } = formatSigned(pct, locale);
  const magnitude = percentFormat(locale, 'never').format(Math.abs(pct) / 100);
  const label = direction === 'flat' ? 'unchanged' : `${direction} ${magnitude}`;
  return { text, direction, arrow: ARROWS[direction], label };
}

const COMPACT_UNITS = [
  { divisor: 1e3, suffix: 'k' },
  { divisor: 1e6, suffix: 'M' },
  { divisor: 1e9, suffix: 'B' },
  { divisor: 1e12, suffix: 'T' },
] as const;

/** Fixed-point without trailing zeros: the badge has no room for `70.0k` or `1.20`. */
function trimmedFixed(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/**
 * Formats a price for the toolbar badge: at most 5 characters (4 for most values), ASCII
 * only, no locale, no currency sign. The value is rounded first and then placed, so a value
 * that rounds up to the next range moves there (`9999` → `10k`, `999.9` → `1k`).
 *
 * | range            | form                  | examples                          |
 * |------------------|-----------------------|-----------------------------------|
 * | ≥ 1000           | k/M/B/T, 3 digits max | `70.8k`, `123k`, `1.2M`, `10k`    |
 * | 100 – 999        | integer               | `999`, `123`                      |
 * | 10 – 99.9        | 1 decimal             | `70.8`                            |
 * | 1 – 9.99         | 2 decimals            | `1.23`                            |
 * | 0.01 – 0.999     | 3 decimals            | `0.071`, `0.5`                    |
 * | below 0.0095     | 1 significant digit   | `1e-5`, `7e-3`                    |
 *
 * Trailing zeros are dropped (`1.2` not `1.20`); zero is `0`; negatives get a leading `-`
 * (which may make 6 characters; prices are not negative); non-finite gives `—`.
 */
export function formatCompactPrice(value: number): string {
  if (!Number.isFinite(value)) return NO_VALUE;
  if (value < 0) return `-${formatCompactPrice(-value)}`;
  if (value === 0) return '0';

  const small = Number(value.toFixed(3));
  if (small < 0.01) return value.toExponential(0);
  if (small < 1) return trimmedFixed(value, 3);

  // Each test uses the rounded value, so `9.996` is `10` and not `10.00` (too long).
  if (Number(value.toFixed(2)) < 10) return trimmedFixed(value, 2);
  if (Number(value.toFixed(1)) < 100) return trimmedFixed(value, 1);
  if (Number(value.toFixed(0)) < 1000) return value.toFixed(0);

  for (const { divisor, suffix } of COMPACT_UNITS) {
    const scaled = value / divisor;
    // One decimal below 100 (`70.8k`, `1.2M`), none from 100 (`123k`).
    if (Number(scaled.toFixed(1)) < 100) return `${trimmedFixed(scaled, 1)}${suffix}`;
    if (Number(scaled.toFixed(0)) < 1000) return `${scaled.toFixed(0)}${suffix}`;
  }
  // Beyond the last unit the digits simply grow (`1234T`); no price gets there.
  return `${(value / 1e12).toFixed(0)}T`;
}
