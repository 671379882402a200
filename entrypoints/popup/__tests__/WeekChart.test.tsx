// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import seedChart from '@/e2e/fixtures/coingecko/seed-week/market_chart__bitcoin__usd__days-7__interval-daily.json';
import { formatDataTime, formatPrice } from '@/utils/format';
import { formatUtcDay, formatUtcDayShort } from '@/utils/format/time';
import type { PricePoint } from '@/utils/prices/types';
import { WeekChart } from '../WeekChart';

const SEED = seedChart.prices as [number, number][] as PricePoint[];
const DAY = 86_400_000;
const T0 = Date.UTC(2026, 3, 7);

afterEach(cleanup);

function renderChart(points: readonly PricePoint[], locale = 'en-US') {
  render(
    <WeekChart points={points} currency="usd" locale={locale} coinName="Bitcoin" symbol="BTC" />,
  );
  return screen.getByRole('slider', { name: 'Bitcoin price over the last 7 days' });
}

/** The extreme of `points` (`1` low, `-1` high), the earliest on a tie. */
function extreme(points: readonly PricePoint[], sign: 1 | -1): PricePoint {
  return points.reduce((best, point) => (sign * point[1] < sign * best[1] ? point : best));
}

describe('WeekChart', () => {
  it('labels the low and the high with their values, and describes the week in a sentence', () => {
    const chart = renderChart(SEED);
    const [low, high] = [extreme(SEED, 1), extreme(SEED, -1)];
    expect(screen.getByTestId('chart-low').textContent).toBe(`Low ${formatPrice(low[1], 'usd')}`);
    expect(screen.getByTestId('chart-high').textContent).toBe(
      `High ${formatPrice(high[1], 'usd')}`,
    );
    const first = SEED[0]![1];
    const last = SEED.at(-1)![1];
    const pct = (((last - first) / first) * 100).toFixed(2);
    const summary = document.getElementById(chart.getAttribute('aria-describedby')!)!;
    expect(summary.textContent).toBe(
      `BTC rose ${pct}% over 7 days, low ${formatPrice(low[1], 'usd')} on ${formatUtcDay(low[0])}, ` +
        `high ${formatPrice(high[1], 'usd')} on ${formatUtcDay(high[0])}.`,
    );
  });

  it('puts a date tick on every UTC day of the week', () => {
    renderChart(SEED);
    const ticks = [...document.querySelectorAll('.week-chart__tick')].map((t) => t.textContent);
    const days = Array.from({ length: 7 }, (_, i) => formatUtcDayShort(T0 + i * DAY));
    expect(ticks).toEqual(days);
  });

  it.each<[string, PricePoint[], string, string]>([
    [
      'up',
      [
        [T0, 100],
        [T0 + DAY, 90],
        [T0 + 2 * DAY, 110],
      ],
      'week-chart--up',
      'rose 10.00%',
    ],
    [
      'down',
      [
        [T0, 100],
        [T0 + DAY, 120],
        [T0 + 2 * DAY, 95],
      ],
      'week-chart--down',
      'fell 5.00%',
    ],
    [
      'flat',
      [
        [T0, 100],
        [T0 + DAY, 120],
        [T0 + 2 * DAY, 100],
      ],
      'week-chart--flat',
      'was unchanged',
    ],
  ])('colours a week that went %s, and says so in words', (_name, points, colour, words) => {
    const chart = renderChart(points);
    expect(screen.getByTestId('week-chart').classList).toContain(colour);
    expect(document.getElementById(chart.getAttribute('aria-describedby')!)!.textContent).toMatch(
      new RegExp(`^BTC ${words} over 7 days`),
    );
  });

  it('reads the value under the arrow keys (and Home, End), from the newest point', async () => {
    const chart = renderChart(SEED);
    const readout = screen.getByTestId('chart-readout');
    const at = (i: number) => `${formatDataTime(SEED[i]![0])}: ${formatPrice(SEED[i]![1], 'usd')}`;
    expect(chart.tabIndex).toBe(0);
    expect(chart.getAttribute('aria-valuetext')).toBe(at(SEED.length - 1));
    await act(async () => fireEvent.keyDown(chart, { key: 'ArrowLeft' }));
    expect(readout.textContent).toBe(at(SEED.length - 2));
    expect(chart.getAttribute('aria-valuetext')).toBe(at(SEED.length - 2));
    expect(chart.getAttribute('aria-valuenow')).toBe(String(SEED.length - 2));
    await act(async () => fireEvent.keyDown(chart, { key: 'Home' }));
    expect(readout.textContent).toBe(at(0));
    // Stops at the ends rather than wrapping.
    await act(async () => fireEvent.keyDown(chart, { key: 'ArrowLeft' }));
    expect(readout.textContent).toBe(at(0));
    await act(async () => fireEvent.keyDown(chart, { key: 'ArrowRight' }));
    expect(readout.textContent).toBe(at(1));
    await act(async () => fireEvent.keyDown(chart, { key: 'End' }));
    expect(readout.textContent).toBe(at(SEED.length - 1));
    await act(async () => fireEvent.blur(chart));
    expect(readout.textContent).toMatch(/^Point at the chart/);
  });

  it('formats its labels in the reader locale', () => {
    renderChart(SEED, 'de-DE');
    const high = extreme(SEED, -1);
    expect(screen.getByTestId('chart-high').textContent).toBe(
      `High ${formatPrice(high[1], 'usd', 'de-DE')}`,
    );
    expect(document.querySelector('.week-chart__tick')!.textContent).toBe(
      formatUtcDayShort(T0, 'de-DE'),
    );
  });

  it('says there is not enough data for one point', () => {
    render(
      <WeekChart
        points={[[T0, 1]]}
        currency="usd"
        locale="en-US"
        coinName="Bitcoin"
        symbol="BTC"
      />,
    );
    expect(screen.getByText('Not enough data for a chart yet.')).toBeTruthy();
  });
});
