import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { describeChange, formatAge, formatDataTime, formatPrice } from '@/utils/format';
import { describePriceError } from '@/utils/prices/errors';
import type { PopupActions } from '@/utils/popup/actions';
import { createPopupStore } from '@/utils/popup/store';
import { useNow } from '@/components/shared/useNow';

/** Names of the coins the popup can show, by CoinGecko id. */
const COIN_NAMES: Record<string, string> = { bitcoin: 'Bitcoin' };

/** The toolbar popup: where the coin is now and how fresh that is. */
export function PopupApp({ actions }: { actions: PopupActions }) {
  const store = useMemo(() => createPopupStore(actions), [actions]);
  const state = useStore(store);
  const now = useNow(5_000);

  useEffect(() => actions.keepFresh(state.coinId), [actions, state.coinId]);

  useEffect(() => {
    void store.getState().load();
    // New prices stored by the background (another tab, an alarm) show up at once.
    return actions.onPricesChanged(() => void store.getState().load());
  }, [actions, store]);

  const { quote, currency, error } = state;
  const coinName = COIN_NAMES[state.coinId] ?? state.coinId;
  const change = quote ? describeChange(quote.value.change24hPct) : null;

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
              {formatPrice(quote.value.price, currency)}
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
          <time
            dateTime={new Date(quote.value.sourceUpdatedAt ?? quote.fetchedAt).toISOString()}
          >
            {formatDataTime(quote.value.sourceUpdatedAt ?? quote.fetchedAt)}
          </time>
          {quote.stale && (
            <span className="popup__stale" role="status">
              {' '}
              · stale, fetched {formatAge(now - quote.fetchedAt)}
            </span>
          )}
        </p>
      )}

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
