import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { describeChange, formatAge, formatDataTime, formatPrice } from '@/utils/format';
import { describePriceError } from '@/utils/prices/errors';
import { quoteView } from '@/utils/prices/read-model';
import type { PopupActions } from '@/entrypoints/popup/actions';
import { createPopupStore, type PopupTab } from '@/entrypoints/popup/store';
import { useNow } from '@/entrypoints/popup/useNow';
import { coinInfo } from '@/utils/terms/coin-catalog';
import {
  formatWeekTable,
  deriveWeekTable,
  weekTableToCsv,
  weekTableToMarkdown,
} from '@/utils/prices/week-table';
import { weekPoints } from '@/entrypoints/popup/week-data';
import { sincePageRow } from '@/entrypoints/popup/since-page';
import { WeekTable } from './WeekTable';
import { WeekChart } from './WeekChart';
import { NetworkPanel } from './NetworkPanel';

const TABS: readonly { id: PopupTab; label: string }[] = [
  { id: 'price', label: 'Price' },
  { id: 'network', label: 'Network' },
];

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
  const coinName = coinInfo(state.coinId).name;
  const isPinned = state.pins.includes(state.coinId);
  const switcherCoins = [...new Set([state.coinId, ...state.trackedCoins, ...state.pins])];
  const change = quote ? describeChange(quote.value.change24hPct, locale) : null;
  // The one read model of prices (as the tooltip, the strip and the toolbar badge read them).
  const view = quote ? quoteView({ ok: true, served: quote }, now) : null;
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
  const { history, pageDate } = state;
  const sincePage = useMemo(
    () =>
      quote &&
      pageDate !== null &&
      history?.coinId === quote.value.coinId &&
      history.currency === quote.value.currency
        ? sincePageRow(history.points, pageDate, quote.value, quote.fetchedAt, {
            locale,
            keyless: history.keyless,
          })
        : null,
    [quote, pageDate, history, locale],
  );
  const [withSincePage, setWithSincePage] = useState(true);
  const tabRefs = useRef<Partial<Record<PopupTab, HTMLButtonElement | null>>>({});
  // Arrow keys, Home and End move between the tabs and show the one they land on.
  const onTabKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.findIndex((tab) => tab.id === state.tab);
    const targets: Record<string, number> = {
      ArrowLeft: (index - 1 + TABS.length) % TABS.length,
      ArrowRight: (index + 1) % TABS.length,
      Home: 0,
      End: TABS.length - 1,
    };
    const target = TABS[targets[event.key] ?? -1];
    if (!target) return;
    event.preventDefault();
    store.getState().showTab(target.id);
    tabRefs.current[target.id]?.focus();
  };
  const network = state.network?.enabled ? state.network : null;
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async (kind: 'Markdown' | 'CSV') => {
    if (!table) return;
    try {
      await actions.copyText(
        kind === 'Markdown'
          ? weekTableToMarkdown(table) + (sincePage && withSincePage ? `\n\n${sincePage.line}` : '')
          : weekTableToCsv(table),
      );
      setCopied(`Copied the table as ${kind}.`);
    } catch {
      setCopied(`Could not copy: the browser refused clipboard access.`);
    }
  };

  return (
    <main className="popup" aria-busy={state.loading}>
      <header className="popup__header">
        <h1>
          <label className="visually-hidden" htmlFor="coin-switcher">
            Coin
          </label>
          <select
            id="coin-switcher"
            className="popup__coin"
            value={state.coinId}
            onChange={(event) => void store.getState().selectCoin(event.target.value)}
          >
            {switcherCoins.map((id) => (
              <option key={id} value={id}>
                {coinInfo(id).name}
              </option>
            ))}
          </select>
        </h1>
        <button
          type="button"
          aria-pressed={isPinned}
          onClick={() => void store.getState().setPinned(state.coinId, !isPinned)}
        >
          {isPinned ? `Unpin ${coinName}` : `Pin ${coinName}`}
        </button>
        <button
          type="button"
          onClick={() => void store.getState().refresh()}
          disabled={state.refreshing}
          aria-label={
            state.tab === 'network'
              ? state.refreshing
                ? 'Refreshing prices and network data'
                : 'Refresh prices and network data'
              : state.refreshing
                ? 'Refreshing prices'
                : 'Refresh prices'
          }
        >
          {state.refreshing ? 'Refreshing…' : 'Refresh'}
        </button>
      </header>

      <div className="popup__now-row">
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
        <div className="popup__tabs" role="tablist" aria-label="View" onKeyDown={onTabKeyDown}>
          {TABS.map((tab) => (
            <button
              key={tab.id}
              ref={(element) => {
                tabRefs.current[tab.id] = element;
              }}
              type="button"
              role="tab"
              id={`tab-${tab.id}`}
              aria-selected={state.tab === tab.id}
              aria-controls={`panel-${tab.id}`}
              tabIndex={state.tab === tab.id ? 0 : -1}
              onClick={() => store.getState().showTab(tab.id)}
            >
              {tab.label}
            </button>
          ))}
        </div>
      </div>

      {view?.status === 'ready' && (
        <p className="popup__freshness" data-testid="updated">
          Crypto Market Pulse ·{' '}
          <time dateTime={new Date(view.updatedAt).toISOString()}>
            {formatDataTime(view.updatedAt, locale)}
          </time>
          {view.stale && (
            <span className="popup__stale" role="status">
              {' '}
              · stale, updated {formatAge(view.ageMs)}
            </span>
          )}
        </p>
      )}

      <div
        role="tabpanel"
        id="panel-price"
        aria-labelledby="tab-price"
        hidden={state.tab !== 'price'}
      >
        {state.tab === 'price' && (
          <section className="popup__week" aria-label="Last 7 days">
            {table && currency ? (
              <>
                <WeekChart
                  points={points}
                  label={`${coinName} price over the last 7 days`}
                  formatValue={(value) => formatPrice(value, currency, locale)}
                  formatTime={(ms) => formatDataTime(ms, locale)}
                />
                <WeekTable
                  table={table}
                  caption={`${coinName}, last 7 days (UTC)`}
                  sincePage={sincePage}
                />
                {sincePage && (
                  <label className="popup__since-copy">
                    <input
                      type="checkbox"
                      checked={withSincePage}
                      onChange={(event) => setWithSincePage(event.target.checked)}
                    />{' '}
                    Include “since this page” in the Markdown copy
                  </label>
                )}
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
        )}
      </div>
      <div
        role="tabpanel"
        id="panel-network"
        aria-labelledby="tab-network"
        hidden={state.tab !== 'network'}
      >
        {state.tab === 'network' && (
          <NetworkPanel
            overview={state.network}
            receivedAt={state.networkReceivedAt}
            loading={state.networkLoading}
            error={state.networkError}
            now={now}
            locale={locale}
            onRetry={() => void store.getState().loadNetwork()}
            onOpenOptions={() => void actions.openOptions()}
          />
        )}
      </div>

      {error && (
        <p className="popup__error" role="alert">
          {describePriceError(error, now)}{' '}
          <button type="button" onClick={() => void store.getState().refresh()}>
            Retry
          </button>
        </p>
      )}

      <section className="popup__pins" aria-labelledby="pins-heading">
        <h2 id="pins-heading">Pinned</h2>
        {state.pinMessage && (
          <p role="status" className="popup__error">
            {state.pinMessage}
          </p>
        )}
        {state.pins.length === 0 ? (
          <p className="popup__muted">
            Nothing pinned. Pin a coin to keep its price on every page and on the toolbar.
          </p>
        ) : (
          <ol className="popup__pin-list">
            {state.pins.map((id, index) => {
              const info = coinInfo(id);
              const result = state.pinQuotes[id];
              const pinChange = result?.ok
                ? describeChange(result.served.value.change24hPct, locale)
                : null;
              return (
                <li key={id}>
                  <button
                    type="button"
                    className="popup__pin-name"
                    onClick={() => void store.getState().selectCoin(id)}
                  >
                    {info.symbol}
                  </button>
                  <span className="popup__pin-price">
                    {result?.ok && currency
                      ? formatPrice(result.served.value.price, currency, locale)
                      : '—'}
                    {pinChange && (
                      <span className={`popup__change--${pinChange.direction}`}>
                        {' '}
                        {pinChange.arrow} {pinChange.text}
                      </span>
                    )}
                  </span>
                  <span className="popup__pin-actions">
                    <button
                      type="button"
                      aria-label={`Move ${info.name} up`}
                      disabled={index === 0}
                      onClick={() => void store.getState().movePin(id, -1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      aria-label={`Move ${info.name} down`}
                      disabled={index === state.pins.length - 1}
                      onClick={() => void store.getState().movePin(id, 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      aria-label={`Unpin ${info.name}`}
                      onClick={() => void store.getState().setPinned(id, false)}
                    >
                      ×
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
        )}
      </section>

      {state.site && (
        <label className="popup__site">
          <input
            type="checkbox"
            checked={state.site.enabled}
            onChange={(event) => void store.getState().setSiteEnabled(event.target.checked)}
          />{' '}
          HashLens on {state.site.host}
        </label>
      )}

      <footer className="popup__footer">
        <a href="https://www.coingecko.com/" target="_blank" rel="noreferrer">
          Data provided by CoinGecko
        </a>
        {state.tab === 'network' && network && (
          <span className="popup__source"> · Data: {network.view.source}</span>
        )}
      </footer>
    </main>
  );
}
