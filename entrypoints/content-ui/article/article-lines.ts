/**
 * The words of "since this article": the tooltip's line for a coin on a dated page, and the
 * line of a quoted price or per-coin cost. Pure: numbers in, text out, in the reader's locale.
 */
import { formatChangePct, formatPrice } from '@/utils/format';
import type { PricePoint } from '@/utils/prices/types';
import { beforeHistoryWords, sinceArticle, type CurrentPrice } from './since-article';
import type { QuotedPrice } from './quoted-prices';

/** `Apr 13, 2026`: the page's UTC day in the locale's medium date. */
export function articleDay(ms: number, locale: string): string {
  const options: Intl.DateTimeFormatOptions = {
    timeZone: 'UTC',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  };
  try {
    return new Intl.DateTimeFormat(locale, options).format(ms);
  } catch {
    return new Intl.DateTimeFormat('en-US', options).format(ms);
  }
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
  const head = `${label} (${articleDay(publishedMs, locale)}):`;
  const since = sinceArticle(points, publishedMs, current);
  if (since.kind === 'before-history') {
    return `${head} ${beforeHistoryWords(since.firstDayMs, { keyless, locale })}`;
  }
  if (since.kind === 'no-price') return null;
  const then = formatPrice(since.then, currency, locale);
  const now = formatPrice(since.now, currency, locale);
  return `${head} ${then} → ${now} (${formatChangePct(since.changePct, locale)})`;
}

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
