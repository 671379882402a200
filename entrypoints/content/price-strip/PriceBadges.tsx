import { useRef, type PointerEvent as ReactPointerEvent } from 'react';
import { describeChange, formatAge, formatPrice } from '@/utils/format';
import { describePriceError } from '@/utils/prices/errors';
import type { PriceQuote, ServeResult } from '@/utils/prices/types';
import type { BadgeCorner } from '@/utils/settings/items';

/** One pinned coin as the strip shows it. */
export interface BadgeItem {
  coinId: string;
  name: string;
  symbol: string;
  result: ServeResult<PriceQuote> | null;
}

/** Props of {@link PriceBadges}. */
export interface PriceBadgesProps {
  items: BadgeItem[];
  currency: string;
  now: number;
  corner: BadgeCorner;
  offsetX: number;
  offsetY: number;
  collapsed: boolean;
  onToggleCollapsed: () => void;
  onHideOnSite: () => void;
  onUnpin: (coinId: string) => void;
  /** Called with the new offsets from the corner after a drag. */
  onMoved: (offsetX: number, offsetY: number) => void;
}

function badgeText(item: BadgeItem, currency: string, now: number) {
  if (!item.result) return { price: '…', change: null, age: 'loading', stale: false, error: null };
  if (!item.result.ok) {
    return {
      price: '—',
      change: null,
      age: 'no price',
      stale: true,
      error: describePriceError(item.result.error, now),
    };
  }
  const { value, stale, fetchedAt, lastError } = item.result.served;
  return {
    price: formatPrice(value.price, currency),
    change: describeChange(value.change24hPct),
    age: formatAge(Math.max(0, now - (value.sourceUpdatedAt ?? fetchedAt))),
    stale,
    error: lastError ? describePriceError(lastError, now) : null,
  };
}

/**
 * The pinned-price strip: one badge per pinned coin (ticker, price, 24 h change with arrow;
 * the data's age on hover and in the accessible name). Fixed to a corner, draggable,
 * collapsible; it takes no room in the page's layout.
 */
export function PriceBadges(props: PriceBadgesProps) {
  const { items, currency, now, corner, offsetX, offsetY, collapsed } = props;
  const strip = useRef<HTMLDivElement>(null);
  const drag = useRef<{ x: number; y: number; offsetX: number; offsetY: number } | null>(null);
  const [vertical, horizontal] = corner.split('-') as ['top' | 'bottom', 'left' | 'right'];
  const position = { [vertical]: `${offsetY}px`, [horizontal]: `${offsetX}px` };

  const onPointerDown = (event: ReactPointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, y: event.clientY, offsetX, offsetY };
  };
  const offsetsFor = (event: ReactPointerEvent<HTMLElement>) => {
    const start = drag.current!;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    const box = strip.current?.getBoundingClientRect();
    const maxX = Math.max(0, window.innerWidth - (box?.width ?? 0));
    const maxY = Math.max(0, window.innerHeight - (box?.height ?? 0));
    const clamp = (value: number, max: number) => Math.round(Math.min(max, Math.max(0, value)));
    return {
      x: clamp(start.offsetX + (horizontal === 'left' ? dx : -dx), maxX),
      y: clamp(start.offsetY + (vertical === 'top' ? dy : -dy), maxY),
    };
  };
  const onPointerMove = (event: ReactPointerEvent<HTMLElement>) => {
    if (!drag.current || !strip.current) return;
    const { x, y } = offsetsFor(event);
    strip.current.style[horizontal] = `${x}px`;
    strip.current.style[vertical] = `${y}px`;
  };
  const onPointerUp = (event: ReactPointerEvent<HTMLElement>) => {
    if (!drag.current) return;
    const { x, y } = offsetsFor(event);
    drag.current = null;
    if (x !== offsetX || y !== offsetY) props.onMoved(x, y);
  };

  return (
    <div
      ref={strip}
      className={`badges${collapsed ? ' badges--collapsed' : ''}`}
      style={position}
      role="region"
      aria-label="HashLens pinned prices"
    >
      <span
        className="badges__grip"
        title="Drag to move"
        aria-hidden="true"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
      >
        ⋮⋮
      </span>
      {!collapsed && (
        <ul className="badges__list">
          {items.map((item) => {
            const text = badgeText(item, currency, now);
            const description =
              `${item.name} ${text.price}` +
              (text.change ? `, ${text.change.label} in 24 h` : '') +
              `, updated ${text.age}` +
              (text.stale ? ', stale' : '') +
              (text.error ? `. ${text.error}` : '');
            return (
              <li
                key={item.coinId}
                className={`badge${text.stale ? ' badge--stale' : ''}`}
                title={description}
                aria-label={description}
                data-coin={item.coinId}
              >
                <span className="badge__symbol">{item.symbol}</span>
                <span className="badge__price" data-testid="badge-price">
                  {text.price}
                </span>
                {text.change && (
                  <span className={`badge__change badge__change--${text.change.direction}`}>
                    {text.change.arrow} {text.change.text}
                  </span>
                )}
                {text.stale && <span className="badge__age">{text.age}</span>}
                <button
                  type="button"
                  className="badge__unpin"
                  aria-label={`Unpin ${item.name}`}
                  onClick={() => props.onUnpin(item.coinId)}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <button
        type="button"
        className="badges__button"
        aria-expanded={!collapsed}
        aria-label={collapsed ? 'Show pinned prices' : 'Collapse pinned prices'}
        onClick={props.onToggleCollapsed}
      >
        {collapsed ? '₿' : '–'}
      </button>
      {!collapsed && (
        <button
          type="button"
          className="badges__button"
          aria-label="Hide pinned prices on this site"
          title="Hide on this site"
          onClick={props.onHideOnSite}
        >
          ⊘
        </button>
      )}
    </div>
  );
}
