/**
 * Wording of the popup's Network view that only the popup needs: compact axis prices and the
 * divergence sentence. The shared number formats are in `utils/format/network.ts`.
 */
import { DEFAULT_LOCALE, NO_VALUE, formatPrice, numberFormat } from '@/utils/format/numbers';
import { formatSignedPct, isIsoCurrency } from '@/utils/format/network';
import type { Divergence } from './network-series';

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
