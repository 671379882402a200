import { useId, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { describeChange, formatDataTime, formatPrice } from '@/utils/format';
import { numberFormat } from '@/utils/format/numbers';
import { formatUtcDay, formatUtcDayShort } from '@/utils/format/time';
import { DAY_MS } from '@/utils/prices/week-table';
import type { PricePoint } from '@/utils/prices/types';

/** The plot's own units: the SVG is stretched to the box, lines keep their width. */
const VIEW_W = 1000;
const VIEW_H = 100;
/** Room above the high and below the low (in % of the plot's height) for their labels. */
const LABEL_BAND = 18;

/** Props of {@link WeekChart}. */
export interface WeekChartProps {
  points: readonly PricePoint[];
  /** CoinGecko `vs_currency` of the points. */
  currency: string;
  locale: string;
  /** `Bitcoin`: names the chart. */
  coinName: string;
  /** `BTC`: starts the summary sentence. */
  symbol: string;
}

/** A point's place in the plot, in % of its width and height. */
interface Place {
  x: number;
  y: number;
}

/** How the week went: first to last point, and its extremes. */
export interface WeekShape {
  places: Place[];
  low: number;
  high: number;
  /** Change from the first to the last point, in percent; null when the first is 0. */
  changePct: number | null;
  /** 00:00 UTC of each day the week spans, with its place, for the date ticks. */
  ticks: { at: number; x: number }[];
}

/** Index of the smallest (or, with `sign` -1, largest) value; the earliest on a tie. */
function extremeIndex(points: readonly PricePoint[], sign: 1 | -1): number {
  let best = 0;
  points.forEach(([, value], i) => {
    if (sign * value < sign * points[best]![1]) best = i;
  });
  return best;
}

/** Geometry of the week, or null with fewer than two points (no line to draw). */
export function weekShape(points: readonly PricePoint[]): WeekShape | null {
  if (points.length < 2) return null;
  const t0 = points[0]![0];
  const t1 = points.at(-1)![0];
  const values = points.map(([, value]) => value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const x = (t: number) => ((t - t0) / (t1 - t0 || 1)) * 100;
  const y = (v: number) =>
    LABEL_BAND + (max === min ? 0.5 : 1 - (v - min) / (max - min)) * (100 - 2 * LABEL_BAND);
  const ticks: { at: number; x: number }[] = [];
  for (let day = Math.ceil(t0 / DAY_MS) * DAY_MS; day <= t1; day += DAY_MS) {
    ticks.push({ at: day, x: x(day) });
  }
  const first = points[0]![1];
  return {
    places: points.map(([t, v]) => ({ x: x(t), y: y(v) })),
    low: extremeIndex(points, 1),
    high: extremeIndex(points, -1),
    changePct: first === 0 ? null : ((points.at(-1)![1] - first) / first) * 100,
    ticks,
  };
}

/**
 * The chart's text alternative: `BTC rose 2.80% over 7 days, low $68,864.23 on Apr 7, 2026,
 * high $73,053.89 on Apr 12, 2026.`
 */
export function weekSummary(
  points: readonly PricePoint[],
  shape: WeekShape,
  { symbol, currency, locale }: { symbol: string; currency: string; locale: string },
): string {
  const change = describeChange(shape.changePct, locale);
  const magnitude =
    shape.changePct === null
      ? ''
      : numberFormat(locale, {
          style: 'percent',
          minimumFractionDigits: 2,
          maximumFractionDigits: 2,
        }).format(Math.abs(shape.changePct) / 100);
  const moved =
    change.direction === 'up'
      ? `rose ${magnitude}`
      : change.direction === 'down'
        ? `fell ${magnitude}`
        : change.direction === 'flat'
          ? 'was unchanged'
          : 'moved by an unknown amount';
  const at = (i: number) =>
    `${formatPrice(points[i]![1], currency, locale)} on ${formatUtcDay(points[i]![0], locale)}`;
  return `${symbol} ${moved} over 7 days, low ${at(shape.low)}, high ${at(shape.high)}.`;
}

/**
 * Where a label centred on `x` (% of the width) goes so that it stays inside the plot: pinned
 * to the left or right edge when `x` is near one, else centred on `x`.
 */
function labelPlace(x: number): { className: string; style: { left: string } } {
  if (x < 8) return { className: ' week-chart__at--start', style: { left: '0%' } };
  if (x > 92) return { className: ' week-chart__at--end', style: { left: '100%' } };
  return { className: '', style: { left: `${x}%` } };
}

/**
 * The week as an SVG line, full width: date ticks, the low and the high labelled, coloured by
 * the week's direction (with ▲/▼ and the signed change, not colour alone). Pointing at it, or
 * focusing it and using ← → (Home, End), reads a point's time and value. Its text alternative
 * is a summary sentence (`aria-describedby`). Drawn by us: no chart library for 8 points.
 */
export function WeekChart({ points, currency, locale, coinName, symbol }: WeekChartProps) {
  const [active, setActive] = useState<number | null>(null);
  const summaryId = useId();
  const shape = useMemo(() => weekShape(points), [points]);

  if (!shape) {
    return (
      <div className="week-chart week-chart--empty">
        <p>Not enough data for a chart yet.</p>
      </div>
    );
  }
  const change = describeChange(shape.changePct, locale);
  const line = shape.places
    .map(({ x, y }, i) => `${i ? 'L' : 'M'}${((x * VIEW_W) / 100).toFixed(1)},${y.toFixed(2)}`)
    .join('');
  const area = `${line}L${VIEW_W},${VIEW_H}L0,${VIEW_H}Z`;
  const shown = active ?? points.length - 1;
  const readout = (i: number) =>
    `${formatDataTime(points[i]![0], locale)}: ${formatPrice(points[i]![1], currency, locale)}`;

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const px = ((event.clientX - box.left) / (box.width || 1)) * 100;
    let nearest = 0;
    shape.places.forEach(({ x }, i) => {
      if (Math.abs(x - px) < Math.abs(shape.places[nearest]!.x - px)) nearest = i;
    });
    setActive(nearest);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const last = points.length - 1;
    const moves: Record<string, (from: number) => number> = {
      ArrowLeft: (from) => Math.max(0, from - 1),
      ArrowDown: (from) => Math.max(0, from - 1),
      ArrowRight: (from) => Math.min(last, from + 1),
      ArrowUp: (from) => Math.min(last, from + 1),
      Home: () => 0,
      End: () => last,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    setActive((current) => move(current ?? last));
  };
  const label = (kind: 'low' | 'high') => {
    const i = shape[kind];
    const { className, style } = labelPlace(shape.places[i]!.x);
    return (
      <span
        className={`week-chart__extreme week-chart__extreme--${kind}${className}`}
        style={style}
        data-testid={`chart-${kind}`}
      >
        {kind === 'high' ? 'High' : 'Low'} {formatPrice(points[i]![1], currency, locale)}
      </span>
    );
  };
  const activePlace = active !== null ? shape.places[active] : undefined;

  return (
    <figure className={`week-chart week-chart--${change.direction}`} data-testid="week-chart">
      <div
        className="week-chart__plot"
        role="slider"
        tabIndex={0}
        aria-label={`${coinName} price over the last 7 days`}
        aria-describedby={summaryId}
        aria-valuemin={0}
        aria-valuemax={points.length - 1}
        aria-valuenow={shown}
        aria-valuetext={readout(shown)}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setActive(null)}
        onKeyDown={onKeyDown}
        onBlur={() => setActive(null)}
      >
        <svg
          viewBox={`0 0 ${VIEW_W} ${VIEW_H}`}
          preserveAspectRatio="none"
          aria-hidden="true"
          focusable="false"
        >
          {shape.ticks.map(({ at, x }) => (
            <line
              key={at}
              className="week-chart__grid"
              x1={(x * VIEW_W) / 100}
              x2={(x * VIEW_W) / 100}
              y1={0}
              y2={VIEW_H}
            />
          ))}
          <path className="week-chart__area" d={area} />
          <path className="week-chart__line" d={line} />
          {activePlace && (
            <line
              className="week-chart__rule"
              x1={(activePlace.x * VIEW_W) / 100}
              x2={(activePlace.x * VIEW_W) / 100}
              y1={0}
              y2={VIEW_H}
            />
          )}
        </svg>
        {activePlace && (
          <span
            className="week-chart__dot"
            style={{ left: `${activePlace.x}%`, top: `${activePlace.y}%` }}
          />
        )}
        {label('high')}
        {label('low')}
      </div>
      <div className="week-chart__ticks" aria-hidden="true">
        {shape.ticks.map(({ at, x }) => {
          const { className, style } = labelPlace(x);
          return (
            <span key={at} className={`week-chart__tick${className}`} style={style}>
              {formatUtcDayShort(at, locale)}
            </span>
          );
        })}
      </div>
      <p className="week-chart__readout" data-testid="chart-readout">
        {active !== null
          ? readout(active)
          : 'Point at the chart, or focus it and use ← →, to read a value.'}
      </p>
      <p id={summaryId} className="visually-hidden" data-testid="chart-summary">
        {weekSummary(points, shape, { symbol, currency, locale })}
      </p>
    </figure>
  );
}
