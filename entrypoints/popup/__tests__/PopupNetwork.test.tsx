// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import seedChart from '@/e2e/fixtures/coingecko/seed-week/market_chart__bitcoin__usd__days-7__interval-daily.json';
import type { PopupActions } from '@/entrypoints/popup/actions';
import type { NetworkOverview } from '@/utils/messaging/protocol';
import { describeNetworkError } from '@/utils/network/network-errors';
import { networkView } from '@/utils/network/network-view';
import { describePriceError } from '@/utils/prices/errors';
import type { MarketChart, PriceQuote, ServeResult } from '@/utils/prices/types';
import { PopupApp } from '../PopupApp';
import {
  BTC_USD,
  RECORDED_NOW,
  cacheFromRecording,
  overviewOf,
  priceSeries,
  raw3m,
  rawAdjustment,
  rawRewardStats,
} from './network-fixtures';

const MINUTE = 60_000;
const DAY = 86_400_000;
/** The background answers one minute after it fetched the recorded responses. */
const ANSWERED_AT = RECORDED_NOW + MINUTE;

const quote: PriceQuote = {
  coinId: 'bitcoin',
  currency: 'usd',
  price: BTC_USD.price,
  change24hPct: 1.2,
  marketCap: null,
  volume24h: null,
  sourceUpdatedAt: BTC_USD.fetchedAt,
};
const served = <T,>(value: T) =>
  ({
    ok: true,
    served: { value, fetchedAt: ANSWERED_AT, stale: false, lastError: null },
  }) as ServeResult<T>;
const weekChart: MarketChart = {
  coinId: 'bitcoin',
  currency: 'usd',
  days: 7,
  prices: seedChart.prices as [number, number][],
};

function fakeActions(overrides: Partial<PopupActions> = {}): PopupActions {
  return {
    getCurrency: async () => 'usd',
    getTrackedCoins: async () => ['bitcoin'],
    getPins: async () => [],
    getQuotes: async () => ({}),
    setPin: async () => ({ ok: true, pins: [] }),
    movePin: async () => ({ ok: true, pins: [] }),
    getActiveSite: async () => null,
    getPageDate: async () => null,
    getPriceHistory: async () => {
      throw new Error('no history on an undated page');
    },
    isSiteEnabled: async () => true,
    setSiteEnabled: async () => {},
    getQuote: async () => served(quote),
    getChart: async () => served(weekChart),
    refresh: async () => served(quote),
    onPricesChanged: () => () => {},
    keepFresh: () => () => {},
    copyText: async () => {},
    loadNetwork: async () => overviewOf(await cacheFromRecording(), ANSWERED_AT),
    openOptions: async () => {},
    ...overrides,
  };
}

async function renderPopup(actions: PopupActions) {
  await act(async () => {
    render(<PopupApp actions={actions} />);
  });
}

async function openNetwork() {
  await act(async () => fireEvent.click(screen.getByRole('tab', { name: 'Network' })));
}

/** The group of one figure in the Network view's list, by its name. */
function figure(name: string): HTMLElement {
  const term = screen.getByText(name, { selector: 'dt' });
  return term.parentElement!;
}

// Expected values, computed from the recorded answers here (not copied from the UI).
const en = (value: number, options: Intl.NumberFormatOptions = {}) =>
  new Intl.NumberFormat('en-US', options).format(value);
const signed = (pct: number, digits: number) =>
  en(pct / 100, {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: 'exceptZero',
  }).replace('-', '\u2212');
const tip = rawAdjustment.nextRetargetHeight - rawAdjustment.remainingBlocks;
const halvingHeight = Math.ceil((tip + 1) / 210_000) * 210_000;
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
const hashrates = raw3m.hashrates.map((p) => p.avgHashrate);
const hashrateChange = (mean(hashrates.slice(-7)) / mean(hashrates.slice(-37, -30)) - 1) * 100;
const prices = priceSeries();
const priceChange = (() => {
  const [lastAt, last] = prices.at(-1)!;
  // The daily point nearest to 30 days before the newest ("now") point.
  const then = prices.reduce((best, point) =>
    Math.abs(point[0] - (lastAt - 30 * DAY)) < Math.abs(best[0] - (lastAt - 30 * DAY))
      ? point
      : best,
  );
  return (last / then[1] - 1) * 100;
})();

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('PopupApp, the Network view', () => {
  it('switches views with tabs, by click and by arrow keys, asking for the data once', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(ANSWERED_AT);
    const loadNetwork = vi.fn(fakeActions().loadNetwork);
    await renderPopup(fakeActions({ loadNetwork }));
    const tablist = screen.getByRole('tablist', { name: 'View' });
    const [chart, table, network] = within(tablist).getAllByRole('tab');
    expect([chart, table, network].map((tab) => tab!.textContent)).toEqual([
      'Chart',
      'Table',
      'Network',
    ]);
    expect(chart!.getAttribute('aria-selected')).toBe('true');
    expect(network!.tabIndex).toBe(-1);
    expect(screen.getByRole('tabpanel', { name: 'Chart' })).toBeTruthy();
    const weekChart = { name: 'Bitcoin price over the last 7 days' };
    expect(screen.getByRole('slider', weekChart)).toBeTruthy();
    expect(loadNetwork).not.toHaveBeenCalled();

    // From the first tab, ← wraps round to the last.
    await act(async () => {
      chart!.focus();
      fireEvent.keyDown(chart!, { key: 'ArrowLeft' });
    });
    expect(network!.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(network);
    expect(loadNetwork).toHaveBeenCalledWith('usd');
    const panel = screen.getByRole('tabpanel', { name: 'Network' });
    expect(within(panel).getByText(/Next difficulty adjustment/)).toBeTruthy();
    expect(screen.queryByRole('slider', weekChart)).toBeNull();
    // The pins belong to the price views.
    expect(screen.queryByRole('heading', { name: 'Pinned' })).toBeNull();

    await act(async () => fireEvent.keyDown(network!, { key: 'ArrowRight' }));
    expect(document.activeElement).toBe(chart);
    expect(screen.getByRole('slider', weekChart)).toBeTruthy();
    await act(async () => fireEvent.keyDown(chart!, { key: 'End' }));
    expect(document.activeElement).toBe(network);
    await act(async () => fireEvent.keyDown(network!, { key: 'Home' }));
    expect(document.activeElement).toBe(chart);
    await openNetwork();
    expect(loadNetwork).toHaveBeenCalledTimes(1);
  });

  it('states the 30-day divergence in words and draws both series with labelled axes', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(ANSWERED_AT);
    await renderPopup(fakeActions());
    await openNetwork();
    expect(screen.getByTestId('divergence').textContent).toBe(
      `Hash rate ${signed(hashrateChange, 1)}, price ${signed(priceChange, 1)} over 30 days`,
    );
    expect(screen.getByText('Hash rate, 7-day avg (EH/s, left)')).toBeTruthy();
    expect(screen.getByText('BTC price (USD, right)')).toBeTruthy();
    // The text alternative: a summary for the image and a table of one row a week.
    const chart = screen.getByRole('img', { name: /^Hash rate \(7-day average\) and BTC price/ });
    const lows = [...Array(hashrates.length - 6).keys()].map((i) =>
      mean(hashrates.slice(i, i + 7)),
    );
    expect(chart.getAttribute('aria-label')).toContain(
      `hash rate from ${en(Math.round(Math.min(...lows) / 1e18))} EH/s to ${en(Math.round(Math.max(...lows) / 1e18))} EH/s`,
    );
    const table = screen.getByRole('table', { name: /one row a week/ });
    const lastRow = within(table).getAllByRole('row').at(-1)!;
    const newest = raw3m.hashrates.at(-1)!.timestamp * 1000;
    expect([...lastRow.querySelectorAll('th, td')].map((cell) => cell.textContent)).toEqual([
      'Sep 19, 2026',
      `${Math.round(mean(hashrates.slice(-7)) / 1e18)} EH/s`,
      en(prices.find(([at]) => at === newest)![1], { style: 'currency', currency: 'USD' }),
    ]);
    // Focus the chart and step to the newest day to read both values.
    await act(async () => {
      chart.focus();
      fireEvent.keyDown(chart, { key: 'End' });
    });
    expect(screen.getByText(/^Sep 19, 2026: \d+ EH\/s, \$/)).toBeTruthy();
  });

  it('shows the next adjustment with a progress bar, the halving and hashprice, with ages', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(ANSWERED_AT);
    await renderPopup(fakeActions());
    await openNetwork();
    const adjustment = figure('Next difficulty adjustment');
    expect(adjustment.textContent).toContain(
      `${signed(rawAdjustment.difficultyChange, 2)} in ${en(rawAdjustment.remainingBlocks)} blocks`,
    );
    const progress = within(adjustment).getByRole('progressbar', {
      name: 'Difficulty epoch progress',
    }) as HTMLProgressElement;
    expect(progress.value).toBe(2016 - rawAdjustment.remainingBlocks);
    expect(progress.max).toBe(2016);
    expect(adjustment.textContent).toContain('updated 1 minute ago');

    const halving = figure('Next halving');
    expect(halving.textContent).toContain(`${en(halvingHeight - tip)} blocks`);
    expect(halving.textContent).toContain('82,269 blocks');
    expect(halving.textContent).toContain('Subsidy 3.125 BTC → 1.5625 BTC');

    // Hashprice by the formula, from the recorded difficulty and fees.
    const rewards = rawRewardStats;
    const blocks = rewards.endBlock - rewards.startBlock + 1;
    const sats =
      ((1e15 * 86_400) / (raw3m.currentDifficulty * 2 ** 32)) *
      (312_500_000 + Number(rewards.totalFee) / blocks);
    const usd = (value: number) =>
      en(value, { style: 'currency', currency: 'USD', minimumFractionDigits: 2 });
    const hashprice = figure('Hashprice');
    expect(hashprice.textContent).toContain(
      `${usd((sats / 1e8) * BTC_USD.price)} per PH/s per day`,
    );
    expect(hashprice.textContent).toContain(`at BTC ${usd(BTC_USD.price)}, September 19, 2026`);

    expect(screen.getByText(/Data: mempool\.space/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Data provided by CoinGecko' })).toBeTruthy();
  });

  it('gives hashprice in sats without a BTC price', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(ANSWERED_AT);
    const overview = overviewOf(await cacheFromRecording(), ANSWERED_AT, { btcPrice: null });
    await renderPopup(fakeActions({ loadNetwork: async () => overview }));
    await openNetwork();
    const sats = overview.enabled ? overview.view.hashprice.value!.satsPerPhDay : NaN;
    expect(figure('Hashprice').textContent).toContain(
      `${en(Math.round(sats))} sats per PH/s per day`,
    );
  });

  it('ages the figures while the popup stays open', async () => {
    vi.useFakeTimers({ now: ANSWERED_AT, toFake: ['Date', 'setInterval', 'clearInterval'] });
    await renderPopup(fakeActions());
    await openNetwork();
    expect(figure('Next halving').textContent).toContain('updated 1 minute ago');
    await act(async () => {
      vi.setSystemTime(ANSWERED_AT + 2 * MINUTE);
      vi.advanceTimersByTime(5_000);
    });
    expect(figure('Next halving').textContent).toContain('updated 3 minutes ago');
  });

  it('says network data is off and where to turn it on', async () => {
    const openOptions = vi.fn(async () => {});
    await renderPopup(
      fakeActions({
        loadNetwork: async (): Promise<NetworkOverview> => ({ enabled: false }),
        openOptions,
      }),
    );
    await openNetwork();
    const panel = screen.getByRole('tabpanel', { name: 'Network' });
    expect(panel.textContent).toContain('Network data is off.');
    expect(panel.textContent).toContain('Options → Network data');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Open Options' })));
    expect(openOptions).toHaveBeenCalled();
    expect(screen.queryByText(/Data: mempool/)).toBeNull();
  });

  it('labels stale figures with their reason and draws the hash rate without a price', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(ANSWERED_AT);
    const state = await cacheFromRecording();
    // The last refresh of the difficulty adjustment hit mempool.space's rate limit.
    const rateLimited = {
      kind: 'rate-limited' as const,
      retryAt: ANSWERED_AT + 4 * MINUTE,
      fromRetryAfter: true,
    };
    state.entries.difficulty!.lastError = rateLimited;
    const priceError = { kind: 'timeout' as const, afterMs: 10_000 };
    const overview = overviewOf(state, ANSWERED_AT, { price: { ok: false, error: priceError } });
    await renderPopup(fakeActions({ loadNetwork: async () => overview }));
    await openNetwork();

    const reason = describeNetworkError(rateLimited, ANSWERED_AT, 'mempool.space');
    expect(networkView(state, ANSWERED_AT).nextAdjustment.reason).toBe(reason);
    for (const name of ['Next difficulty adjustment', 'Next halving', 'Hashprice']) {
      expect(figure(name).textContent).toContain('stale · updated 1 minute ago');
      expect(figure(name).textContent).toContain(reason);
    }
    // The halving is still counted from the last good tip.
    expect(figure('Next halving').textContent).toContain(`${en(halvingHeight - tip)} blocks`);
    expect(
      screen.getByText(`No BTC price to draw: ${describePriceError(priceError, ANSWERED_AT)}`),
    ).toBeTruthy();
    expect(screen.getByRole('img', { name: /hash rate from .* EH\/s.*; no price/ })).toBeTruthy();
    expect(screen.getByTestId('divergence').textContent).toBe(
      `Hash rate ${signed(hashrateChange, 1)} over 30 days (no price for that span)`,
    );
  });

  it('says why a figure is missing', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(ANSWERED_AT);
    const state = await cacheFromRecording();
    delete state.entries.rewardStats;
    const overview = overviewOf(state, ANSWERED_AT);
    await renderPopup(fakeActions({ loadNetwork: async () => overview }));
    await openNetwork();
    const reason = overview.enabled ? overview.view.hashprice.reason : null;
    expect(reason).toBeTruthy();
    expect(figure('Hashprice').textContent).toContain(reason!);
    expect(figure('Hashprice').textContent).not.toContain('per PH/s');
  });

  it('asks again in the new currency when the currency changes', async () => {
    let currency = 'usd';
    let notify = () => {};
    const loadNetwork = vi.fn(fakeActions().loadNetwork);
    await renderPopup(
      fakeActions({
        getCurrency: async () => currency,
        loadNetwork,
        onPricesChanged: (callback) => {
          notify = callback;
          return () => {};
        },
      }),
    );
    await openNetwork();
    currency = 'eur';
    await act(async () => notify());
    expect(loadNetwork.mock.calls).toEqual([['usd'], ['eur']]);
    await act(async () => notify());
    expect(loadNetwork).toHaveBeenCalledTimes(2);
  });

  it('explains a failed request, retries, and refreshes from the header', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(ANSWERED_AT);
    const good = overviewOf(await cacheFromRecording(), ANSWERED_AT);
    const loadNetwork = vi
      .fn<PopupActions['loadNetwork']>()
      .mockRejectedValueOnce(new Error("HashLens's background could not be reached: gone"))
      .mockResolvedValue(good);
    const refresh = vi.fn(async () => served(quote));
    await renderPopup(fakeActions({ loadNetwork, refresh }));
    await openNetwork();
    const panel = screen.getByRole('tabpanel', { name: 'Network' });
    expect(within(panel).getByRole('alert').textContent).toContain(
      "Could not load the network data. HashLens's background could not be reached: gone",
    );
    await act(async () => fireEvent.click(within(panel).getByRole('button', { name: 'Retry' })));
    expect(within(panel).queryByRole('alert')).toBeNull();
    expect(figure('Next halving').textContent).toContain(`${en(halvingHeight - tip)} blocks`);

    await act(async () =>
      fireEvent.click(screen.getByRole('button', { name: 'Refresh prices and network data' })),
    );
    expect(loadNetwork).toHaveBeenCalledTimes(3);
    expect(refresh).toHaveBeenCalledWith('bitcoin', 'usd');
  });
});
