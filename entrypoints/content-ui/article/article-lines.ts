/**
 * The words of a quoted price or per-coin cost against the price now. Pure: numbers in, text
 * out, in the reader's locale. (The coin tooltip's "since this article" line is
 * `sinceArticleLine` in `utils/prices/since-article.ts`, shared with the popup.)
 */
import { formatChangePct, formatPrice } from '@/utils/format';
import type { QuotedPrice } from './quoted-prices';

/**
 * A quoted figure against the price now: `Bitcoin now $84,120.00, +16.87% since this figure`
 * for a price, `Bitcoin now $84,120.00, 15.9% below` (or `above`) for a per-coin cost. `now`
 * is in the quote's own currency.
 */
export function quoteLine(
  coinName: string,
  quote: QuotedPrice,
  now: number,
  locale: string,
): string | null {
  const figure = quote.amount.value;
  if (!(figure > 0) || !Number.isFinite(now)) return null;
  const nowText = `${coinName} now ${formatPrice(now, quote.amount.currency, locale)}`;
  const pct = ((now - figure) / figure) * 100;
  if (quote.kind === 'price') {
    return `${nowText}, ${formatChangePct(Math.round(pct * 100) / 100 + 0, locale)} since this figure`;
  }
  const rounded = Math.round(Math.abs(pct) * 10) / 10;
  if (rounded === 0) return `${nowText}, about the same as this cost`;
  const percent = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(rounded / 100);
  return `${nowText}, ${percent} ${pct < 0 ? 'below' : 'above'}`;
}
