/** @jsxImportSource preact */
import type { JSX } from 'preact';
import { useRef } from 'preact/hooks';
import { describeChange, formatAge, formatPrice } from '@/utils/format';
import { describePriceError } from '@/utils/prices/errors';
import type { QuoteView } from '@/utils/prices/read-model';
import type { BadgeCorner } from '@/utils/settings/items';

type StripPointerEvent = JSX.TargetedPointerEvent<HTMLElement>;

/** One pinned coin as the strip shows it. */
export interface BadgeItem {
  coinId: string;
  name: string;
  symbol: string;
  /** Null until the first price arrives. */
  price: QuoteView | null;
}

/** Props of {@link PriceBadges}. */
export interface PriceBadgesProps {
  items: BadgeItem[];
  currency: string;
  /** BCP 47 locale numbers are formatted in (the reader's). */
  locale: string;
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

function badgeText(item: BadgeItem, currency: string, locale: string, now: number) {
  const view = item.price;
  if (!view) return { price: '…', change: null, age: 'loading', stale: false, error: null };
  if (view.status === 'unavailable') {
    return {
      price: '—',
      change: null,
      age: 'no price',
      stale: true,
      error: describePriceError(view.reason, now),
    };
  }
  return {
    price: formatPrice(view.quote.price, currency, locale),
    change: describeChange(view.quote.change24hPct, locale),
    age: formatAge(view.ageMs),
    stale: view.stale,
    error: view.reason ? describePriceError(view.reason, now) : null,
  };
}

/**
 * The pinned-price strip: one badge per pinned coin (ticker, price, 24 h change with arrow;
 * the data's age on hover and in the accessible name). Fixed to a corner, draggable,
 * collapsible; it takes no room in the page's layout.
 */
export function PriceBadges(props: PriceBadgesProps) {
  const { items, currency, now, corner, offsetX, offsetY, collapsed } = props;
  const stripRef = useRef<HTMLDivElement>(null);
  const dragRef = useRef<{ x: number; y: number; offsetX: number; offsetY: number } | null>(null);
  const [vertical, horizontal] = corner.split('-') as ['top' | 'bottom', 'left' | 'right'];
  const position = { [vertical]: `${offsetY}px`, [horizontal]: `${offsetX}px` };

  const onPointerDown = (event: StripPointerEvent) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    dragRef.current = { x: event.clientX, y: event.clientY, offsetX, offsetY };
  };
  const offsetsFor = (event: StripPointerEvent) => {
    const start = dragRef.current!;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    const box = stripRef.current?.getBoundingClientRect();
    const maxX = Math.max(0, window.innerWidth - (box?.width ?? 0));
    const maxY = Math.max(0, window.innerHeight - (box?.height ?? 0));
    const clamp = (value: number, max: number) => Math.round(Math.min(max, Math.max(0, value)));
    return {
      x: clamp(start.offsetX + (horizontal === 'left' ? dx : -dx), maxX),
      y: clamp(start.offsetY + (vertical === 'top' ? dy : -dy), maxY),
    };
  };
  const onPointerMove = (event: StripPointerEvent) => {
    if (!dragRef.current || !stripRef.current) return;
    const { x, y } = offsetsFor(event);
    stripRef.current.style[horizontal] = `${x}px`;
    stripRef.current.style[vertical] = `${y}px`;
  };
  const onPointerUp = (event: StripPointerEvent) => {
    if (!dragRef.current) return;
    const { x, y } = offsetsFor(event);
    dragRef.current = null;
    if (x !== offsetX || y !== offsetY) props.onMoved(x, y);
  };

  return (
    <div
      ref={stripRef}
      class={`badges${collapsed ? ' badges--collapsed' : ''}`}
      style={position}
      role="region"
      aria-label="HashLens pinned prices"
    >
      <span
        class="badges__grip"
        title="Drag to move"
        aria-hidden="true"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
      >
        ⋮⋮
      </span>
      {!collapsed && (
        <ul class="badges__list">
          {items.map((item) => {
            const text = badgeText(item, currency, props.locale, now);
            const description =
              `${item.name} ${text.price}` +
              (text.change ? `, ${text.change.label} in 24 h` : '') +
              `, updated ${text.age}` +
              (text.stale ? ', stale' : '') +
              (text.error ? `. ${text.error}` : '');
            return (
              <li
                key={item.coinId}
                class={`badge${text.stale ? ' badge--stale' : ''}`}
                title={description}
                aria-label={description}
                data-coin={item.coinId}
              >
                <span class="badge__symbol">{item.symbol}</span>
                <span class="badge__price" data-testid="badge-price">
                  {text.price}
                </span>
                {text.change && (
                  <span class={`badge__change badge__change--${text.change.direction}`}>
                    {text.change.arrow} {text.change.text}
                  </span>
                )}
                {text.stale && <span class="badge__age">{text.age}</span>}
                <button
                  type="button"
                  class="badge__unpin"
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
        class="badges__button"
        aria-expanded={!collapsed}
        aria-label={collapsed ? 'Show pinned prices' : 'Collapse pinned prices'}
        onClick={props.onToggleCollapsed}
      >
        {collapsed ? '₿' : '–'}
      </button>
      {!collapsed && (
        <button
          type="button"
          class="badges__button"
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
