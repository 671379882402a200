import { useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { formatPrice } from '@/utils/format';
import { DAY_MS, hashrateEhs } from '@/utils/network/network-figures';
import { formatCount, formatEhs } from '@/utils/format/network';
import { formatUtcDay, formatUtcDayShort } from '@/utils/format/time';
import { formatAxisPrice } from './network-format';
import { chartRows, pointNear, type NetworkChartData, type SeriesPoint } from './network-series';

const WIDTH = 300;
const HEIGHT = 100;
const PAD = 4;

/** Props of {@link NetworkChart}. */
export interface NetworkChartProps {
  data: NetworkChartData;
  /** The price series' `vs_currency`; null when there is no price series. */
  currency: string | null;
  locale: string;
}

interface Scale {
  min: number;
  max: number;
  y: (value: number) => number;
}

function scale(series: readonly SeriesPoint[]): Scale | null {
  if (series.length === 0) return null;
  const values = series.map(([, value]) => value);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || Math.abs(max) || 1;
  return {
    min,
    max,
    y: (value) => PAD + (1 - (value - min) / span) * (HEIGHT - 2 * PAD),
  };
}

function path(series: readonly SeriesPoint[], x: (at: number) => number, y: Scale['y']): string {
  return series
    .map(([at, value], i) => `${i ? 'L' : 'M'}${x(at).toFixed(1)},${y(value).toFixed(1)}`)
    .join('');
}

/**
 * The Network view's chart: the hash rate's 7-day average (left axis, EH/s) and the BTC price
 * (right axis) over the last 90 days, drawn by us in SVG. Its text alternatives are the summary
 * it is labelled with and a visually hidden table of one row a week; pointing at it, or
 * focusing it and using ← →, reads both values of a day.
 */
export function NetworkChart({ data, currency, locale }: NetworkChartProps) {
  const [active, setActive] = useState<number | null>(null);
  const { window } = data;
  const geometry = useMemo(() => {
    if (!window) return null;
    const x = (at: number) =>
      PAD + ((at - window.start) / (window.end - window.start || 1)) * (WIDTH - 2 * PAD);
    const hashScale = scale(data.hashrate);
    const priceScale = scale(data.price);
    return {
      x,
      hashScale,
      priceScale,
      hashPath: hashScale ? path(data.hashrate, x, hashScale.y) : null,
      pricePath: priceScale ? path(data.price, x, priceScale.y) : null,
    };
  }, [window, data.hashrate, data.price]);
  // The days the readout steps through: the hash rate's, or the price's without one.
  const steps = data.hashrate.length > 0 ? data.hashrate : data.price;
  const rows = useMemo(() => chartRows(data), [data]);

  if (!window || !geometry) return null;
  const { x, hashScale, priceScale } = geometry;
  const ehs = (value: number) => formatEhs(value, locale);
  const money = (value: number) => (currency ? formatPrice(value, currency, locale) : '—');
  const axisMoney = (value: number) => (currency ? formatAxisPrice(value, currency, locale) : '');
  const currencyCode = currency?.toUpperCase() ?? '';

  const summary = [
    `Hash rate (7-day average) and BTC price, ${formatUtcDay(window.start, locale)} to ${formatUtcDay(window.end, locale)}`,
    hashScale ? `hash rate from ${ehs(hashScale.min)} to ${ehs(hashScale.max)}` : 'no hash rate',
    priceScale ? `price from ${money(priceScale.min)} to ${money(priceScale.max)}` : 'no price',
  ].join('; ');

  const activeAt = active !== null ? steps[active]?.[0] : undefined;
  const activeHash = activeAt !== undefined ? pointNear(data.hashrate, activeAt, DAY_MS / 2) : null;
  const activePrice = activeAt !== undefined ? pointNear(data.price, activeAt, DAY_MS / 2) : null;

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    if (steps.length === 0) return;
    const box = event.currentTarget.getBoundingClientRect();
    const px = ((event.clientX - box.left) / (box.width || 1)) * WIDTH;
    let nearest = 0;
    steps.forEach(([at], i) => {
      if (Math.abs(x(at) - px) < Math.abs(x(steps[nearest]![0]) - px)) nearest = i;
    });
    setActive(nearest);
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    const last = steps.length - 1;
    if (last < 0) return;
    const moves: Record<string, (current: number) => number> = {
      ArrowLeft: (current) => current - 1,
      ArrowRight: (current) => current + 1,
      Home: () => 0,
      End: () => last,
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    setActive((current) => Math.min(last, Math.max(0, move(current ?? last + 1))));
  };

  return (
    <figure className="net-chart">
      <ul className="net-chart__legend">
        <li className="net-chart__key net-chart__key--hashrate">
          <svg width="16" height="8" aria-hidden="true">
            <line x1="0" x2="16" y1="4" y2="4" />
          </svg>
          Hash rate, 7-day avg (EH/s, left)
        </li>
        <li className="net-chart__key net-chart__key--price">
          <svg width="16" height="8" aria-hidden="true">
            <line x1="0" x2="16" y1="4" y2="4" />
          </svg>
          BTC price{currencyCode ? ` (${currencyCode}, right)` : ''}
        </li>
      </ul>
      <div className="net-chart__plot">
        <div className="net-chart__axis net-chart__axis--left" aria-hidden="true">
          <span>{hashScale ? formatCount(hashrateEhs(hashScale.max), locale) : ''}</span>
          <span>{hashScale ? formatCount(hashrateEhs(hashScale.min), locale) : ''}</span>
        </div>
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          preserveAspectRatio="none"
          role="img"
          aria-label={summary}
          tabIndex={0}
          onPointerMove={onPointerMove}
          onPointerLeave={() => setActive(null)}
          onKeyDown={onKeyDown}
          onBlur={() => setActive(null)}
        >
          <line className="net-chart__frame" x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} />
          {geometry.hashPath && (
            <path className="net-chart__line net-chart__line--hashrate" d={geometry.hashPath} />
          )}
          {geometry.pricePath && (
            <path className="net-chart__line net-chart__line--price" d={geometry.pricePath} />
          )}
          {activeAt !== undefined && (
            <line
              className="net-chart__rule"
              x1={x(activeAt)}
              x2={x(activeAt)}
              y1={0}
              y2={HEIGHT}
            />
          )}
        </svg>
        <div className="net-chart__axis net-chart__axis--right" aria-hidden="true">
          <span>{priceScale ? axisMoney(priceScale.max) : ''}</span>
          <span>{priceScale ? axisMoney(priceScale.min) : ''}</span>
        </div>
        <div className="net-chart__dates" aria-hidden="true">
          <span>{formatUtcDayShort(window.start, locale)}</span>
          <span>{formatUtcDayShort((window.start + window.end) / 2, locale)}</span>
          <span>{formatUtcDayShort(window.end, locale)}</span>
        </div>
      </div>
      <p className="net-chart__readout" aria-live="polite">
        {activeAt !== undefined
          ? `${formatUtcDay(activeAt, locale)}: ${activeHash ? ehs(activeHash[1]) : 'no hash rate'}, ${
              activePrice ? money(activePrice[1]) : 'no price'
            }`
          : 'Point at the chart (or focus it and use ← →) to read a day.'}
      </p>
      <div className="visually-hidden">
        <table>
          <caption>Hash rate (7-day average) and BTC price, one row a week (UTC)</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Hash rate, 7-day average</th>
              <th scope="col">BTC price{currencyCode ? ` (${currencyCode})` : ''}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.at}>
                <th scope="row">{formatUtcDay(row.at, locale)}</th>
                <td>{row.hashrate !== null ? ehs(row.hashrate) : '—'}</td>
                <td>{row.price !== null ? money(row.price) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
