import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { describeChange, formatAge, formatDataTime, formatPrice } from '@/utils/format';
import { describePriceError } from '@/utils/prices/errors';
import type { PopupActions } from '@/utils/popup/actions';
import { createPopupStore } from '@/utils/popup/store';
import { useNow } from '@/components/shared/useNow';
import {
  formatWeekTable,
  deriveWeekTable,
  weekTableToCsv,
  weekTableToMarkdown,
} from '@/utils/prices/week-table';
import { weekPoints } from '@/utils/popup/week-data';
import { WeekTable } from './WeekTable';
import { WeekChart } from './WeekChart';

/** Names of the coins the popup can show, by CoinGecko id. */
const COIN_NAMES: Record<string, string> = { bitcoin: 'Bitcoin' };

/** The toolbar popup: where the coin is now and how fresh that is. */
export function PopupApp({ actions }: { actions: PopupActions }) {
  const store = useMemo(() => createPopupStore(actions), [actions]);
  const state = useStore(store);
  const now = useNow(5_000);
  const locale = navigator.language || 'en-US';

  useEffect(() => actions.keepFresh(state.coinId), [actions, state.coinId]);

  useEffect(() => {
    void store.getState().load();
    // New prices stored by the background (another tab, an alarm) show up at once.
    return actions.onPricesChanged(() => void store.getState().load());
  }, [actions, store]);

  const { quote, currency, error, chart } = state;
  const coinName = COIN_NAMES[state.coinId] ?? state.coinId;
  const change = quote ? describeChange(quote.value.change24hPct, locale) : null;
  const points = useMemo(
    () => weekPoints(chart?.value ?? null, quote?.value ?? null),
    [chart, quote],
  );
  const table = useMemo(
    () =>
      currency && points.length > 0
        ? formatWeekTable(deriveWeekTable(points), { currency, locale })
        : null,
    [points, currency, locale],
  );
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async (kind: 'Markdown' | 'CSV') => {
    if (!table) return;
    try {
      await actions.copyText(
        kind === 'Markdown' ? weekTableToMarkdown(table) : weekTableToCsv(table),
      );
      setCopied(`Copied the table as ${kind}.`);
    } catch {
      setCopied(`Could not copy: the browser refused clipboard access.`);
    }
  };

  return (
    <main className="popup" aria-busy={state.loading}>
      <header className="popup__header">
        <h1>{coinName}</h1>
        <button
          type="button"
          onClick={() => void store.getState().refresh()}
          disabled={state.refreshing}
          aria-label={state.refreshing ? 'Refreshing prices' : 'Refresh prices'}
        >
          {state.refreshing ? 'Refreshing…' : 'Refresh'}
        </button>
      </header>

      <section className="popup__now" aria-label={`${coinName} price`}>
        {quote && currency ? (
          <>
            <p className="popup__price" data-testid="current-price">
              {formatPrice(quote.value.price, currency, locale)}
            </p>
            {change && (
              <p className={`popup__change popup__change--${change.direction}`}>
                <span aria-hidden="true">{change.arrow} </span>
                <span className="visually-hidden">24 h change: </span>
                {change.text} <span className="popup__muted">24 h</span>
              </p>
            )}
          </>
        ) : state.loading ? (
          <p className="popup__price popup__price--loading">Loading…</p>
        ) : null}
      </section>

      {quote && (
        <p className="popup__freshness" data-testid="updated">
          Crypto Market Pulse ·{' '}
          <time dateTime={new Date(quote.value.sourceUpdatedAt ?? quote.fetchedAt).toISOString()}>
            {formatDataTime(quote.value.sourceUpdatedAt ?? quote.fetchedAt, locale)}
          </time>
          {quote.stale && (
            <span className="popup__stale" role="status">
              {' '}
              · stale, fetched {formatAge(now - quote.fetchedAt)}
            </span>
          )}
        </p>
      )}

      <section className="popup__week" aria-label="Last 7 days">
        {table && currency ? (
          <>
            <WeekChart
              points={points}
              label={`${coinName} price over the last 7 days`}
              formatValue={(value) => formatPrice(value, currency, locale)}
              formatTime={(ms) => formatDataTime(ms, locale)}
            />
            <WeekTable table={table} caption={`${coinName}, last 7 days (UTC)`} />
            <div className="popup__copy">
              <button type="button" onClick={() => void copy('Markdown')}>
                Copy as Markdown
              </button>
              <button type="button" onClick={() => void copy('CSV')}>
                Copy as CSV
              </button>
              <span role="status" className="popup__muted">
                {copied}
              </span>
            </div>
          </>
        ) : (
          <div className="popup__week-placeholder">
            {state.loading ? 'Loading the week…' : 'No 7-day data yet.'}
          </div>
        )}
      </section>

      {error && (
        <p className="popup__error" role="alert">
          {describePriceError(error, now)}{' '}
          <button type="button" onClick={() => void store.getState().refresh()}>
            Retry
          </button>
        </p>
      )}

      <footer className="popup__footer">
        <a href="https://www.coingecko.com/" target="_blank" rel="noreferrer">
          Data provided by CoinGecko
        </a>
      </footer>
    </main>
  );
}
