/**
 * The popup's time line: when the shown prices are from, in words and on the clock, and —
 * when a refresh failed or the data has aged — what happened and how old the shown data is.
 */
import { formatDataTimeShort, formatRelativeAge } from '@/utils/format';
import { describePriceError, type PriceError } from '@/utils/prices/errors';
import type { QuoteView } from '@/utils/prices/read-model';

/** What the time line says, and how loudly. */
type Freshness =
  /** Nothing to say yet: the first answer is on its way. */
  | { tone: 'loading' }
  /** Data on screen: `text`, then the time it is from (`09:59 UTC`) in a `<time>`. */
  | {
      tone: 'fresh' | 'stale';
      text: string;
      /** ISO 8601 of the data's time, for `<time dateTime>`. */
      dateTime: string;
      time: string;
    }
  /** A failure, as one plain sentence (an alert, with a retry beside it). */
  | { tone: 'error'; text: string };

/** What the line is computed from. */
interface FreshnessInput {
  /** The shown quote as the read model sees it; null before the first answer. */
  view: QuoteView | null;
  /** The failure of the latest load or refresh, if any. */
  error: PriceError | null;
  loading: boolean;
  now: number;
  locale: string;
}

/**
 * Words the popup's time line:
 * - fresh: `Updated 2 minutes ago · 09:59 UTC`
 * - stale with no failure known (nothing refreshed it): `Not updated since 12 minutes ago · …`
 * - a failed refresh, last good data kept: `Couldn't refresh: <why>. Showing prices from 12
 *   minutes ago.` (the reason distinguishes a rate limit, a server error, a timeout, being
 *   offline and unreadable data — see {@link describePriceError})
 * - no data at all: `Couldn't load prices: <why>`
 *
 * Relative ages are in the reader's locale (`vor 2 Minuten`); the clock time is always UTC,
 * as CoinGecko reports it.
 */
export function describeFreshness({
  view,
  error,
  loading,
  now,
  locale,
}: FreshnessInput): Freshness {
  if (view?.status === 'ready') {
    const age = formatRelativeAge(view.ageMs, locale);
    const failure = error ?? view.reason;
    if (failure) {
      return {
        tone: 'error',
        text: `Couldn't refresh: ${describePriceError(failure, now)} Showing prices from ${age}.`,
      };
    }
    return {
      tone: view.stale ? 'stale' : 'fresh',
      text: view.stale ? `Not updated since ${age}` : `Updated ${age}`,
      dateTime: new Date(view.updatedAt).toISOString(),
      time: formatDataTimeShort(view.updatedAt, now, locale),
    };
  }
  const failure = error ?? (view?.status === 'unavailable' ? view.reason : null);
  if (failure && !loading) {
    return { tone: 'error', text: `Couldn't load prices: ${describePriceError(failure, now)}` };
  }
  return { tone: 'loading' };
}
