import { useId, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { PricePoint } from '@/utils/prices/types';

const WIDTH = 328;
const HEIGHT = 96;
const PAD = 4;

/** Props of {@link WeekChart}. */
export interface WeekChartProps {
  points: readonly PricePoint[];
  /** Formats a value for the readout under the pointer. */
  formatValue: (value: number) => string;
  /** Formats a time for the readout. */
  formatTime: (ms: number) => string;
  label: string;
}

/**
 * A small SVG area chart of the week with the value under the pointer (or under the arrow
 * keys when focused). Drawn by us: no chart library for 8 points.
 */
export function WeekChart({ points, formatValue, formatTime, label }: WeekChartProps) {
  const [active, setActive] = useState<number | null>(null);
  const gradientId = useId();
  const geometry = useMemo(() => {
    if (points.length < 2) return null;
    const times = points.map(([t]) => t);
    const values = points.map(([, v]) => v);
    const [tMin, tMax] = [Math.min(...times), Math.max(...times)];
    const [vMin, vMax] = [Math.min(...values), Math.max(...values)];
    const x = (t: number) => PAD + ((t - tMin) / (tMax - tMin || 1)) * (WIDTH - 2 * PAD);
    const y = (v: number) => PAD + (1 - (v - vMin) / (vMax - vMin || 1)) * (HEIGHT - 2 * PAD);
    const xy = points.map(([t, v]) => [x(t), y(v)] as const);
    const line = xy
      .map(([px, py], i) => `${i ? 'L' : 'M'}${px.toFixed(1)},${py.toFixed(1)}`)
      .join('');
    const area = `${line}L${xy.at(-1)![0].toFixed(1)},${HEIGHT}L${xy[0]![0].toFixed(1)},${HEIGHT}Z`;
    return { xy, line, area };
  }, [points]);

  if (!geometry) {
    return <p className="week-chart__empty">Not enough data for a chart yet.</p>;
  }
  const activePoint = active !== null ? points[active] : undefined;
  const activeXy = active !== null ? geometry.xy[active] : undefined;

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    const px = ((event.clientX - box.left) / box.width) * WIDTH;
    let nearest = 0;
    geometry.xy.forEach(([x], i) => {
      if (Math.abs(x - px) < Math.abs(geometry.xy[nearest]![0] - px)) nearest = i;
    });
    setActive(nearest);
  };
  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const step = event.key === 'ArrowLeft' ? -1 : 1;
    setActive((current) =>
      Math.min(points.length - 1, Math.max(0, (current ?? points.length - 1) + step)),
    );
  };

  return (
    <figure className="week-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={label}
        tabIndex={0}
        onPointerMove={onPointerMove}
        onPointerLeave={() => setActive(null)}
        onKeyDown={onKeyDown}
        onBlur={() => setActive(null)}
      >
        <defs>
          <linearGradient id={gradientId} x1="0" x2="0" y1="0" y2="1">
            <stop offset="0%" stopColor="currentColor" stopOpacity="0.25" />
            <stop offset="100%" stopColor="currentColor" stopOpacity="0" />
          </linearGradient>
        </defs>
        <path d={geometry.area} fill={`url(#${gradientId})`} stroke="none" />
        <path d={geometry.line} fill="none" stroke="currentColor" strokeWidth="2" />
        {activeXy && (
          <>
            <line
              x1={activeXy[0]}
              x2={activeXy[0]}
              y1={0}
              y2={HEIGHT}
              className="week-chart__rule"
            />
            <circle cx={activeXy[0]} cy={activeXy[1]} r={3.5} fill="currentColor" />
          </>
        )}
      </svg>
      <figcaption className="week-chart__readout" aria-live="polite">
        {activePoint
          ? `${formatTime(activePoint[0])}: ${formatValue(activePoint[1])}`
          : 'Point at the chart (or focus it and use ← →) to read a value.'}
      </figcaption>
    </figure>
  );
}
