import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { NO_VALUE, describeChange, formatPrice, readerLocale } from '@/utils/format';
import { quoteView } from '@/utils/prices/read-model';
import type { PopupActions } from '@/entrypoints/popup/actions';
import { createPopupStore, type PopupTab } from '@/entrypoints/popup/store';
import { useNow } from '@/entrypoints/popup/useNow';
import { coinInfo } from '@/utils/terms/coin-catalog';
import {
  formatWeekTable,
  deriveWeekTable,
  weekRowsToCsv,
  weekTableToMarkdown,
} from '@/utils/prices/week-table';
import { weekPoints } from '@/entrypoints/popup/week-data';
import { sincePageRow } from '@/entrypoints/popup/since-page';
import { WeekTable } from './WeekTable';
import { WeekChart } from './WeekChart';
import { NetworkPanel } from './NetworkPanel';
import { describeFreshness } from './freshness';

const TABS: readonly { id: PopupTab; label: string }[] = [
  { id: 'chart', label: 'Chart' },
  { id: 'table', label: 'Table' },
  { id: 'network', label: 'Network' },
];

/** The toolbar popup: where the coin is now and how fresh that is. */
export function PopupApp({ actions }: { actions: PopupActions }) {
  const store = useMemo(() => createPopupStore(actions), [actions]);
  const state = useStore(store);
  const now = useNow(5_000);
  // The reader's locale, read once: every number and date below is formatted in it.
  const [locale] = useState(readerLocale);

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
  const rows = useMemo(() => (points.length > 0 ? deriveWeekTable(points) : null), [points]);
  const table = useMemo(
    () => (currency && rows ? formatWeekTable(rows, { currency, locale }) : null),
    [rows, currency, locale],
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
  /** The last copy's outcome: a short mark on screen, the whole sentence for screen readers. */
  const [copied, setCopied] = useState<{ mark: string; text: string } | null>(null);
  const copy = async (kind: 'Markdown' | 'CSV') => {
    if (!table || !rows || !currency) return;
    try {
      await actions.copyText(
        kind === 'Markdown'
          ? weekTableToMarkdown(table) + (sincePage && withSincePage ? `\n\n${sincePage.line}` : '')
          : weekRowsToCsv(rows, currency),
      );
      setCopied({ mark: '✓ Copied', text: `Copied the table as ${kind}.` });
    } catch {
      setCopied({
        mark: '✗ Not copied',
        text: 'Could not copy: the browser refused clipboard access.',
      });
    }
  };

  const freshness = describeFreshness({ view, error, loading: state.loading, now, locale });
  // First to last point, as the chart colours its line, so the two always agree.
  const first = points[0]?.[1];
  const weekChange = describeChange(
    first && points.length > 1 ? ((points.at(-1)![1] - first) / first) * 100 : null,
    locale,
  );
  const priceView = state.tab !== 'network';

  return (
    <main className="popup" aria-busy={state.loading}>
      <header className="popup__header">
        <div className="popup__bar">
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
            className="popup__pin"
            data-testid="pin-toggle"
            aria-label={isPinned ? `Unpin ${coinName}` : `Pin ${coinName}`}
            onClick={() => void store.getState().setPinned(state.coinId, !isPinned)}
          >
            <span aria-hidden="true">{isPinned ? '★' : '☆'}</span> {isPinned ? 'Unpin' : 'Pin'}
          </button>
          <button
            type="button"
            className="popup__refresh"
            data-testid="refresh"
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
            <span aria-hidden="true" className="popup__refresh-icon">
              ↻
            </span>{' '}
            Refresh
          </button>
        </div>
        {/* Always there, so the page below does not move when the site becomes known. */}
        <div className="popup__site">
          {state.site && (
            <label>
              <input
                type="checkbox"
                checked={state.site.enabled}
                onChange={(event) => void store.getState().setSiteEnabled(event.target.checked)}
              />{' '}
              HashLens on {state.site.host}
            </label>
          )}
        </div>
      </header>

      <section className="popup__now" aria-label={`${coinName} price`} data-testid="price-box">
        {quote && currency ? (
          <>
            <p className="popup__price" data-testid="current-price">
              {formatPrice(quote.value.price, currency, locale)}
            </p>
            {change && (
              <p
                className={`popup__change popup__change--${change.direction}`}
                data-testid="change-24h"
              >
                <span aria-hidden="true">{change.arrow} </span>
                <span className="visually-hidden">24 h change: </span>
                {change.text} <span className="popup__muted">24 h</span>
              </p>
            )}
          </>
        ) : state.loading ? (
          <p className="popup__price" aria-hidden="true">
            <span className="popup__skeleton popup__skeleton--price" />
          </p>
        ) : (
          <p className="popup__price popup__muted">{NO_VALUE}</p>
        )}
      </section>

      <div className={`popup__status popup__status--${freshness.tone}`} data-testid="updated">
        {freshness.tone === 'loading' ? (
          <p className="popup__muted">{state.loading ? 'Loading prices…' : ''}</p>
        ) : freshness.tone === 'error' ? (
          <p>
            <span role="alert">{freshness.text}</span>{' '}
            <button
              type="button"
              className="popup__retry"
              onClick={() => void store.getState().refresh()}
            >
              Retry
            </button>
          </p>
        ) : (
          <p>
            {freshness.text} ·{' '}
            <time dateTime={freshness.dateTime} data-testid="updated-time">
              {freshness.time}
            </time>
          </p>
        )}
      </div>

      <div className="popup__views">
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
        {priceView && (
          <div className="popup__copy">
            <span className="popup__muted" aria-hidden="true">
              Copy
            </span>
            <button
              type="button"
              aria-label="Copy as Markdown"
              disabled={!table}
              onClick={() => void copy('Markdown')}
            >
              Markdown
            </button>
            <button
              type="button"
              aria-label="Copy as CSV"
              disabled={!table}
              onClick={() => void copy('CSV')}
            >
              CSV
            </button>
          </div>
        )}
      </div>

      {priceView && (
        <div className="popup__week-head">
          {state.tab === 'table' && sincePage ? (
            // Here rather than under the table, so the table view is no taller.
            <label className="popup__since-copy">
              <input
                type="checkbox"
                checked={withSincePage}
                onChange={(event) => setWithSincePage(event.target.checked)}
              />{' '}
              Add “since this page” to Markdown
            </label>
          ) : weekChange.direction !== 'unknown' ? (
            <span
              className={`popup__change popup__change--${weekChange.direction}`}
              data-testid="week-change"
            >
              <span aria-hidden="true">{weekChange.arrow} </span>
              <span className="visually-hidden">7-day change: </span>
              {weekChange.text} <span className="popup__muted">7 days</span>
            </span>
          ) : (
            <span />
          )}
          <span role="status" className="popup__muted">
            {copied && (
              <>
                <span aria-hidden="true">{copied.mark}</span>
                <span className="visually-hidden">{copied.text}</span>
              </>
            )}
          </span>
        </div>
      )}

      <div
        role="tabpanel"
        id="panel-chart"
        aria-labelledby="tab-chart"
        className="popup__panel"
        hidden={state.tab !== 'chart'}
      >
        {quote && currency && points.length > 1 ? (
          <WeekChart
            points={points}
            currency={currency}
            locale={locale}
            coinName={coinName}
            symbol={coinInfo(state.coinId).symbol}
          />
        ) : (
          <div className="week-chart week-chart--empty" data-testid="week-chart-placeholder">
            <p>
              {state.loading
                ? ''
                : error
                  ? 'No prices to chart: see above.'
                  : 'Not enough data for a chart yet.'}
            </p>
          </div>
        )}
      </div>
      <div
        role="tabpanel"
        id="panel-table"
        aria-labelledby="tab-table"
        className="popup__panel"
        hidden={state.tab !== 'table'}
      >
        {table && currency ? (
          <>
            <WeekTable
              table={table}
              caption={`${coinName}, last 7 days (UTC)`}
              sincePage={sincePage}
            />
          </>
        ) : (
          <p className="popup__muted">{state.loading ? '' : 'No 7-day data yet.'}</p>
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

      {priceView && (
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
