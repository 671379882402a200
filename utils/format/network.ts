/**
 * Numbers of the Bitcoin network as every view words them, in the reader's locale: counts and
 * blocks, signed percentages with a true minus sign ("−5.98%"), EH/s, BTC amounts, money with
 * two decimals. Shared by the tooltips and the popup's Network view.
 */
import { hashrateEhs } from '@/utils/network/network-figures';
import { DEFAULT_LOCALE, NO_VALUE, formatPrice, numberFormat } from './numbers';

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
export function isIsoCurrency(currency: string): boolean {
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
