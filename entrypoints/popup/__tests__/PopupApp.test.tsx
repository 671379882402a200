// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import seedChart from '@/e2e/fixtures/coingecko/seed-week/market_chart__bitcoin__usd__days-7__interval-daily.json';
import { SEED_TABLE } from '@/e2e/fixtures/seed-table';
import type { PopupActions } from '@/entrypoints/popup/actions';
import {
  describeChange,
  formatChangePct,
  formatPrice,
  formatRelativeAge,
  formatUtcShortDate,
} from '@/utils/format';
import { deriveWeekTable } from '@/utils/prices/week-table';
import type { MarketChart, PriceQuote, ServeResult } from '@/utils/prices/types';
import { PopupApp } from '../PopupApp';

const NOW = Date.UTC(2026, 3, 13, 10, 0, 0);
const seedQuote: PriceQuote = {
  coinId: 'bitcoin',
  currency: 'usd',
  price: 70791.5149,
  change24hPct: -2.8262,
  marketCap: null,
  volume24h: null,
  sourceUpdatedAt: 1776074340_000,
};
const chart: MarketChart = {
  coinId: 'bitcoin',
  currency: 'usd',
  days: 7,
  prices: seedChart.prices as [number, number][],
};
const served = <T,>(value: T, extra: Partial<{ stale: boolean; fetchedAt: number }> = {}) =>
  ({
    ok: true,
    served: { value, fetchedAt: NOW - 5_000, stale: false, lastError: null, ...extra },
  }) as ServeResult<T>;

function fakeActions(overrides: Partial<PopupActions> = {}): PopupActions {
  return {
    getCurrency: async () => 'usd',
    getTrackedCoins: async () => ['bitcoin', 'ethereum'],
    getPins: async () => [],
    getQuotes: async (coinIds) =>
      Object.fromEntries(coinIds.map((id) => [id, served({ ...seedQuote, coinId: id })])),
    setPin: async (coinId, pinned) => ({ ok: true, pins: pinned ? [coinId] : [] }),
    movePin: async () => ({ ok: true, pins: [] }),
    getActiveSite: async () => null,
    getPageDate: async () => null,
    getPriceHistory: async () => {
      throw new Error('no history on an undated page');
    },
    isSiteEnabled: async () => true,
    setSiteEnabled: async () => {},
    getQuote: async () => served(seedQuote),
    getChart: async () => served(chart),
    refresh: async () => served(seedQuote),
    onPricesChanged: () => () => {},
    keepFresh: () => () => {},
    copyText: async () => {},
    loadNetwork: async () => ({ enabled: false }),
    openOptions: async () => {},
    ...overrides,
  };
}

async function renderPopup(actions: PopupActions) {
  await act(async () => {
    render(<PopupApp actions={actions} />);
  });
}

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Shows the Table view (the Chart view is the first one). */
async function showTable() {
  await act(async () => fireEvent.click(screen.getByRole('tab', { name: 'Table' })));
}

describe('PopupApp', () => {
  it('shows a loading state without a layout jump, then the price', async () => {
    let resolve!: (value: ServeResult<PriceQuote>) => void;
    const pending = new Promise<ServeResult<PriceQuote>>((r) => (resolve = r));
    await renderPopup(fakeActions({ getQuote: () => pending }));
    // Placeholders where the price and the chart will be, and a plain line saying why.
    expect(screen.getByTestId('updated').textContent).toBe('Loading prices…');
    expect(screen.queryByTestId('current-price')).toBeNull();
    expect(screen.getByTestId('price-box').querySelector('.popup__skeleton')).toBeTruthy();
    expect(screen.getByTestId('week-chart-placeholder')).toBeTruthy();
    // The controls are there from the start.
    expect(screen.getByRole('button', { name: 'Pin Bitcoin' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Refresh prices' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Table' })).toBeTruthy();
    await act(async () => resolve(served(seedQuote)));
    expect(screen.getByTestId('current-price').textContent).toBe('$70,791.51');
    expect(screen.queryByTestId('week-chart-placeholder')).toBeNull();
    expect(screen.getByTestId('week-chart')).toBeTruthy();
  });

  it('shows the seed table cell for cell in a real table', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(NOW);
    await renderPopup(fakeActions());
    await showTable();
    const table = screen.getByRole('table', { name: 'Bitcoin, last 7 days (UTC)' });
    expect(table.querySelectorAll('thead th[scope="col"]')).toHaveLength(3);
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
    expect(rows).toEqual(SEED_TABLE);
    // CoinGecko's 09:59 stamp, a minute before NOW, on the same UTC day.
    expect(screen.getByTestId('updated').textContent).toBe('Updated 1 minute ago · 09:59 UTC');
    expect(screen.getByRole('link', { name: 'Data provided by CoinGecko' })).toBeTruthy();
  });

  it("copies the table as the seed's Markdown", async () => {
    const copyText = vi.fn(async () => {});
    await renderPopup(fakeActions({ copyText }));
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' })),
    );
    expect(copyText).toHaveBeenCalledWith(
      [
        '| Date | Price (USD) | 7D Change |',
        '|---|---|---|',
        '| 4/7/2026 | $68,864.23 | +0.00% |',
        '| 4/8/2026 | $71,975.62 | +4.52% |',
        '| 4/9/2026 | $71,117.08 | +3.27% |',
        '| 4/10/2026 | $71,770.75 | +4.22% |',
        '| 4/11/2026 | $72,972.71 | +5.97% |',
        '| 4/12/2026 | $73,053.89 | +6.08% |',
        '| 4/13/2026 | $70,791.51 | +2.80% |',
      ].join('\n'),
    );
    expect(screen.getByText('Copied the table as Markdown.')).toBeTruthy();
  });

  describe('on a dated page', () => {
    const dated = (overrides: Partial<PopupActions> = {}) =>
      fakeActions({
        getPageDate: async () => Date.UTC(2026, 3, 8, 10),
        getPriceHistory: async () => ({
          chart: served({ ...chart, days: 365 }),
          keyless: true,
        }),
        ...overrides,
      });

    it('adds a "since this page" row to the 7-day table', async () => {
      await renderPopup(dated());
      const row = await screen.findByTestId('since-page');
      expect([...row.querySelectorAll('th, td')].map((cell) => cell.textContent)).toEqual([
        'Since this page (Apr 8, 2026)',
        '$71,975.62',
        '-1.65%',
      ]);
    });

    it('says so when the page is older than the history', async () => {
      await renderPopup(dated({ getPageDate: async () => Date.UTC(2024, 0, 10) }));
      const row = await screen.findByTestId('since-page');
      expect([...row.querySelectorAll('th, td')].map((cell) => cell.textContent)).toEqual([
        'Since this page (Jan 10, 2024)',
        'no free price history before Apr 7, 2026',
        '—',
      ]);
    });

    it('copies it with the Markdown table, unless the reader leaves it out', async () => {
      const copyText = vi.fn(async () => {});
      await renderPopup(dated({ copyText }));
      await screen.findByTestId('since-page');
      await showTable();
      const copy = screen.getByRole('button', { name: 'Copy as Markdown' });
      await act(async () => fireEvent.click(copy));
      expect(copyText).toHaveBeenLastCalledWith(
        expect.stringMatching(
          /\| 4\/13\/2026 \| \$70,791\.51 \| \+2\.80% \|\n\nSince this page \(Apr 8, 2026\): \$71,975\.62 → \$70,791\.51 \(-1\.65%\)$/,
        ),
      );
      await act(async () =>
        fireEvent.click(screen.getByRole('checkbox', { name: /since this page/ })),
      );
      await act(async () => fireEvent.click(copy));
      expect(copyText).toHaveBeenLastCalledWith(expect.stringMatching(/\| \+2\.80% \|$/));
    });

    it('shows no row on a page without a date, and asks for no history', async () => {
      const getPriceHistory = vi.fn<PopupActions['getPriceHistory']>();
      await renderPopup(dated({ getPageDate: async () => null, getPriceHistory }));
      await showTable();
      await screen.findByRole('table', { name: 'Bitcoin, last 7 days (UTC)' });
      expect(screen.queryByTestId('since-page')).toBeNull();
      expect(getPriceHistory).not.toHaveBeenCalled();
    });
  });

  it('marks stale data with its age and the reason', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(NOW);
    const stale = {
      ok: true,
      served: {
        value: seedQuote,
        fetchedAt: NOW - 5 * 60_000,
        stale: true,
        lastError: { kind: 'server-error', status: 500 },
      },
    } as ServeResult<PriceQuote>;
    await renderPopup(fakeActions({ getQuote: async () => stale }));
    // Its age is CoinGecko's own update time's (the read model's), not the fetch's.
    expect(screen.getByRole('alert').textContent).toBe(
      "Couldn't refresh: CoinGecko is having trouble (HTTP 500); HashLens will retry. " +
        `Showing prices from ${formatRelativeAge(NOW - (seedQuote.sourceUpdatedAt ?? 0), 'en-US')}.`,
    );
    expect(screen.getByTestId('current-price').textContent).toBe('$70,791.51');
  });

  it('explains an error in words with a retry, when there is no data', async () => {
    const refresh = vi.fn(async () => served(seedQuote));
    await renderPopup(
      fakeActions({
        getQuote: async () => ({ ok: false, error: { kind: 'blocked', status: 403 } }),
        getChart: async () => ({ ok: false, error: { kind: 'blocked', status: 403 } }),
        refresh,
      }),
    );
    expect(screen.getByRole('alert').textContent).toBe(
      "Couldn't load prices: CoinGecko's firewall blocked the request (HTTP 403); a VPN or proxy can cause this.",
    );
    // The chart keeps its place, saying why it is empty; no empty block under the error.
    expect(screen.getByTestId('week-chart-placeholder').textContent).toBe(
      'No prices to chart: see above.',
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Retry' })));
    expect(refresh).toHaveBeenCalledWith('bitcoin', 'usd');
    expect(screen.getByTestId('current-price').textContent).toBe('$70,791.51');
  });

  it('keeps the last good data on screen when a refresh fails', async () => {
    await renderPopup(
      fakeActions({
        refresh: async () => ({
          ok: false,
          error: { kind: 'rate-limited', retryAt: Date.now() + 60_000, fromRetryAfter: true },
        }),
      }),
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Refresh prices' })));
    expect(screen.getByTestId('current-price').textContent).toBe('$70,791.51');
    expect(screen.getByRole('alert').textContent).toContain('rate limit');
    await showTable();
    expect(screen.getAllByRole('row')).toHaveLength(8);
  });
});

describe('PopupApp, prices changing elsewhere', () => {
  it('keeps explaining a failed refresh when new cache contents arrive', async () => {
    let notify = () => {};
    const failed = {
      ok: true,
      served: {
        value: seedQuote,
        fetchedAt: NOW - 11 * 60_000,
        stale: true,
        lastError: { kind: 'timeout', afterMs: 10_000 },
      },
    } as ServeResult<PriceQuote>;
    await renderPopup(
      fakeActions({
        getQuote: async () => failed,
        refresh: async () => failed,
        onPricesChanged: (callback) => {
          notify = callback;
          return () => {};
        },
      }),
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Refresh prices' })));
    // The background stores the failure; every open view reloads from the cache.
    await act(async () => notify());
    expect(screen.getByRole('alert').textContent).toContain('did not answer within 10 s');
    expect(screen.getByTestId('current-price').textContent).toBe('$70,791.51');
  });
});

describe('PopupApp, pins, coins and the site switch', () => {
  it('pins the current coin with "Pin Bitcoin" and then offers "Unpin Bitcoin"', async () => {
    let pins: string[] = [];
    const setPin = vi.fn(async (coinId: string, pinned: boolean) => {
      pins = pinned ? [...pins, coinId] : pins.filter((id) => id !== coinId);
      return { ok: true as const, pins };
    });
    await renderPopup(fakeActions({ setPin, getPins: async () => pins }));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Pin Bitcoin' })));
    expect(setPin).toHaveBeenCalledWith('bitcoin', true);
    // The header's toggle and the pinned list's button both unpin it.
    expect(screen.getAllByRole('button', { name: 'Unpin Bitcoin' })).toHaveLength(2);
    const list = screen.getByRole('list');
    expect(within(list).getByText('BTC')).toBeTruthy();
    expect(within(list).getByText(/\$70,791\.51/)).toBeTruthy();
  });

  it('says why a pin was refused', async () => {
    const five = ['ethereum', 'solana', 'tether', 'dogecoin', 'cardano'];
    await renderPopup(
      fakeActions({
        getPins: async () => five,
        setPin: async () => ({
          ok: false,
          pins: five,
          message: 'You can pin up to 5 coins. Unpin one to pin Bitcoin.',
        }),
      }),
    );
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Pin Bitcoin' })));
    expect(screen.getByText('You can pin up to 5 coins. Unpin one to pin Bitcoin.')).toBeTruthy();
  });

  it('reorders and unpins from the list', async () => {
    const movePin = vi.fn(async () => ({ ok: true as const, pins: ['ethereum', 'bitcoin'] }));
    const setPin = vi.fn(async () => ({ ok: true as const, pins: ['bitcoin'] }));
    await renderPopup(
      fakeActions({ getPins: async () => ['bitcoin', 'ethereum'], movePin, setPin }),
    );
    expect(
      (screen.getByRole('button', { name: 'Move Bitcoin up' }) as HTMLButtonElement).disabled,
    ).toBe(true);
    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Move Ethereum up' })),
    );
    expect(movePin).toHaveBeenCalledWith('ethereum', -1);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent?.slice(0, 3))).toEqual([
      'ETH',
      'BTC',
    ]);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Unpin Ethereum' })));
    expect(setPin).toHaveBeenCalledWith('ethereum', false);
  });

  it('switches coin', async () => {
    const getQuote = vi.fn(async (coinId: string) =>
      served({ ...seedQuote, coinId, price: coinId === 'ethereum' ? 2500 : 70791.5149 }),
    );
    await renderPopup(fakeActions({ getQuote }));
    await act(async () =>
      fireEvent.change(screen.getByRole('combobox', { name: 'Coin' }), {
        target: { value: 'ethereum' },
      }),
    );
    expect(getQuote).toHaveBeenLastCalledWith('ethereum', 'usd');
    expect(screen.getByTestId('current-price').textContent).toBe('$2,500.00');
    expect(screen.getByRole('button', { name: 'Pin Ethereum' })).toBeTruthy();
  });

  it("turns HashLens off and on for the current tab's site", async () => {
    const setSiteEnabled = vi.fn(async () => {});
    await renderPopup(
      fakeActions({ getActiveSite: async () => 'news.example.com', setSiteEnabled }),
    );
    const toggle = screen.getByRole('checkbox', {
      name: 'HashLens on news.example.com',
    }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    await act(async () => fireEvent.click(toggle));
    expect(setSiteEnabled).toHaveBeenCalledWith('news.example.com', false);
    expect(toggle.checked).toBe(false);
  });
});

describe('PopupApp, one number and date format per locale', () => {
  const rows = deriveWeekTable(chart.prices);
  it.each(['de-DE', 'fr-FR', 'ja-JP', 'en-IN', 'en-US'])(
    'in %s, the price, the changes, the dates and the table are what utils/format gives',
    async (locale) => {
      vi.spyOn(Date, 'now').mockReturnValue(NOW);
      vi.spyOn(navigator, 'language', 'get').mockReturnValue(locale);
      await renderPopup(fakeActions({ getPins: async () => ['ethereum'] }));

      expect(screen.getByTestId('current-price').textContent).toBe(
        formatPrice(seedQuote.price, 'usd', locale),
      );
      const change = describeChange(seedQuote.change24hPct, locale);
      expect(screen.getByTestId('change-24h').textContent).toBe(
        `${change.arrow} 24 h change: ${change.text} 24 h`,
      );
      expect(screen.getByTestId('updated').textContent).toBe(
        `Updated ${formatRelativeAge(60_000, locale)} · 09:59 UTC`,
      );
      const first = chart.prices[0]![1];
      const weekPct = ((seedQuote.price - first) / first) * 100;
      expect(screen.getByTestId('week-change').textContent).toBe(
        `${describeChange(weekPct, locale).arrow} 7-day change: ${formatChangePct(weekPct, locale)} 7 days`,
      );
      const high = Math.max(...chart.prices.map(([, v]) => v));
      expect(screen.getByTestId('chart-high').textContent).toBe(
        `High ${formatPrice(high, 'usd', locale)}`,
      );
      expect(
        within(screen.getByRole('list')).getByText(/ETH/).parentElement!.textContent,
      ).toContain(formatPrice(seedQuote.price, 'usd', locale));

      await showTable();
      const table = screen.getByRole('table', { name: 'Bitcoin, last 7 days (UTC)' });
      const body = within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
      expect(body).toEqual(
        rows.map((row) => [
          formatUtcShortDate(row.dayStartMs, locale),
          formatPrice(row.price!, 'usd', locale),
          formatChangePct(row.changePct, locale),
        ]),
      );
    },
  );
});
