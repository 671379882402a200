/**
 * The 7-day view's "since this page" row: the coin's price on the UTC day the tab's page was
 * published, against the price now, by the 7-day table's rule (`sinceArticle`). Pure.
 */
import { formatChangePct, formatPrice, NO_VALUE } from '@/utils/format';
import type { PricePoint, PriceQuote } from '@/utils/prices/types';
import { formatUtcDay } from '@/utils/format/time';
import { beforeHistoryWords, sinceArticle, sinceArticleLine } from '@/utils/prices/since-article';

/** The row's cells and its one-line form (for the Markdown copy). */
export interface SincePageRow {
  /** `Since this page (Apr 13, 2026)`. */
  label: string;
  /** The day's price, or why there is none (`no free price history before …`). */
  price: string;
  /** `+18.83%`, or `—`. */
  change: string;
  /** `Since this page (Apr 13, 2026): $70,791.51 → $84,120.00 (+18.83%)`. */
  line: string;
}

/** The row, or null when the history has no price for the page's day. */
export function sincePageRow(
  points: readonly PricePoint[],
  publishedMs: number,
  quote: PriceQuote,
  fetchedAt: number,
  { locale, keyless }: { locale: string; keyless: boolean },
): SincePageRow | null {
  const current = { price: quote.price, at: quote.sourceUpdatedAt ?? fetchedAt };
  const options = { currency: quote.currency, locale, keyless, label: 'Since this page' };
  const line = sinceArticleLine(points, publishedMs, current, options);
  if (!line) return null;
  const label = `Since this page (${formatUtcDay(publishedMs, locale)})`;
  const since = sinceArticle(points, publishedMs, current);
  if (since.kind === 'change') {
    return {
      label,
      price: formatPrice(since.then, quote.currency, locale),
      change: formatChangePct(since.changePct, locale),
      line,
    };
  }
  if (since.kind === 'before-history') {
    return {
      label,
      price: beforeHistoryWords(since.firstDayMs, { keyless, locale }),
      change: NO_VALUE,
      line,
    };
  }
  return null;
}
