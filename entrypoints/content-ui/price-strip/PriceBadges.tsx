/** @jsxImportSource preact */
import type { JSX } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { describeChange, formatAge, formatPrice } from '@/utils/format';
import { describePriceError } from '@/utils/prices/errors';
import type { QuoteView } from '@/utils/prices/read-model';
import type { BadgeCorner } from '@/utils/settings/items';
import {
  arrowKeyMove,
  clampOffsets,
  isCompact,
  maxStripSize,
  offsetDelta,
  type Offsets,
  type Size,
} from './placement';
import { noticeText, type StripNotice } from './undo';

type StripPointerEvent = JSX.TargetedPointerEvent<HTMLButtonElement>;

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
  /** The viewport (px): the strip is kept inside it, and compact when it is narrow. */
  viewport: Size;
  /** "Unpinned Bitcoin. Undo" and the like; null when there is nothing to say. */
  notice: StripNotice | null;
  onToggleCollapsed: () => void;
  onHideOnSite: () => void;
  onUnpin: (coinId: string) => void;
  onUndo: () => void;
  /** True while the reader points at or focuses the notice (its timer waits). */
  onNoticeHold: (held: boolean) => void;
  /** Called with the new offsets from the corner after a drag or arrow-key move. */
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

/** The element with focus in `node`'s root (document or our shadow root). */
function focusedIn(node: Node): Element | null {
  return (node.getRootNode() as Document | ShadowRoot).activeElement;
}

/**
 * The Undo button. When it goes (pressed, or its time ran out) while it has focus,
 * `onFocusLost` puts focus somewhere in the strip rather than let it fall off to the page.
 */
function UndoButton(props: { onUndo: () => void; onFocusLost: () => void }) {
  const ref = useRef<HTMLButtonElement>(null);
  const { onFocusLost } = props;
  useLayoutEffect(() => {
    const button = ref.current;
    // Preact runs this before it takes the button out of the page, so focus is still here.
    return () => {
      if (button && focusedIn(button) === button) queueMicrotask(onFocusLost);
    };
  }, [onFocusLost]);
  return (
    <button type="button" ref={ref} class="badges__undo" onClick={props.onUndo}>
      Undo
    </button>
  );
}

/**
 * The pinned-price strip: one badge per pinned coin (ticker, price, 24 h change with arrow;
 * the data's age on hover and in the accessible name). Fixed to a corner and always inside the
 * viewport (a saved position is clamped, never rewritten), compact on narrow screens, moved by
 * mouse, finger or arrow keys from its handle, collapsible; it takes no room in the page.
 */
export function PriceBadges(props: PriceBadgesProps) {
  const { items, currency, now, corner, offsetX, offsetY, collapsed, viewport, notice } = props;
  const stripRef = useRef<HTMLDivElement>(null);
  const moveRef = useRef<HTMLButtonElement>(null);
  const undoFocusRef = useRef(false);
  const noticeRef = useRef<HTMLDivElement>(null);
  const dragRef = useRef<{ pointerId: number; x: number; y: number; from: Offsets } | null>(null);
  const holdRef = useRef({ pointer: false, focus: false });
  // An arrow-key move not yet saved (saved on key up or when the handle loses focus).
  const keyedRef = useRef(false);
  /** The last position this strip saved, until the saved settings show it. */
  const savingRef = useRef<Offsets | null>(null);
  const [size, setSize] = useState<Size | null>(null);
  // A position being dragged or keyed, shown until the saved one catches up.
  const [moving, setMovingState] = useState<Offsets | null>(null);
  // The same, for handlers that run twice before a re-render (key repeat, pointer moves).
  const movingRef = useRef<Offsets | null>(null);
  const setMoving = (offsets: Offsets | null) => {
    movingRef.current = offsets;
    setMovingState(offsets);
  };
  const [vertical, horizontal] = corner.split('-') as ['top' | 'bottom', 'left' | 'right'];
  const compact = isCompact(viewport.width);
  const limit = maxStripSize(viewport);

  const clampHere = (offsets: Offsets) => (size ? clampOffsets(offsets, size, viewport) : offsets);
  const shown = moving ?? clampHere({ x: offsetX, y: offsetY });

  const focusHandle = useCallback(() => moveRef.current?.focus(), []);
  // Measured now and whenever it changes size (prices, pins, wrapping, collapsing), before paint.
  useLayoutEffect(() => {
    const strip = stripRef.current;
    if (!strip) return;
    const measure = () => {
      // Rounded up: a fractional width (1059.8 px) must not leave the strip 0.2 px off screen.
      const rect = strip.getBoundingClientRect();
      const next = { width: Math.ceil(rect.width), height: Math.ceil(rect.height) };
      setSize((size) =>
        size && size.width === next.width && size.height === next.height ? size : next,
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(strip);
    return () => observer.disconnect();
  }, []);
  // The saved position caught up (or changed elsewhere): show it, unless a move is under way.
  // An earlier save landing while a later one is on its way is not the position to show (nor
  // to move on from: arrow presses in quick succession save one after another).
  useEffect(() => {
    const saving = savingRef.current;
    if (saving && (saving.x !== offsetX || saving.y !== offsetY)) return;
    savingRef.current = null;
    if (!dragRef.current && !keyedRef.current) setMoving(null);
  }, [offsetX, offsetY, corner]);
  // Unpinned from its own button with focus on it: Undo takes the focus the button loses.
  useLayoutEffect(() => {
    if (!notice) {
      // The notice went with the pointer or focus in it: nothing holds the next one.
      holdRef.current = { pointer: false, focus: false };
      return;
    }
    if (!undoFocusRef.current || notice.kind !== 'unpinned') return;
    undoFocusRef.current = false;
    noticeRef.current?.querySelector('button')?.focus();
  }, [notice]);

  const commit = (offsets: Offsets) => {
    keyedRef.current = false;
    if (offsets.x !== offsetX || offsets.y !== offsetY) {
      savingRef.current = offsets;
      props.onMoved(offsets.x, offsets.y);
    } else setMoving(null);
  };
  const moveBy = (from: Offsets, dx: number, dy: number) => {
    const delta = offsetDelta(corner, dx, dy);
    return clampHere({ x: from.x + delta.x, y: from.y + delta.y });
  };

  const onPointerDown = (event: StripPointerEvent) => {
    // Primary button, finger or pen; one pointer at a time.
    if (event.button !== 0 || dragRef.current) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    dragRef.current = {
      pointerId: event.pointerId,
      x: event.clientX,
      y: event.clientY,
      from: shown,
    };
  };
  const onPointerMove = (event: StripPointerEvent) => {
    const start = dragRef.current;
    if (!start || start.pointerId !== event.pointerId) return;
    setMoving(moveBy(start.from, event.clientX - start.x, event.clientY - start.y));
  };
  const onPointerUp = (event: StripPointerEvent) => {
    const start = dragRef.current;
    if (!start || start.pointerId !== event.pointerId) return;
    dragRef.current = null;
    const dx = event.clientX - start.x;
    const dy = event.clientY - start.y;
    // A press without a move saves nothing (not even the clamped form of a saved place).
    if (dx === 0 && dy === 0) setMoving(null);
    else commit(moveBy(start.from, dx, dy));
  };
  // The browser took the pointer away (a scroll gesture, a system dialog): put it back.
  const onPointerCancel = (event: StripPointerEvent) => {
    if (dragRef.current?.pointerId !== event.pointerId) return;
    dragRef.current = null;
    setMoving(null);
  };
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLButtonElement>) => {
    const step = arrowKeyMove(event.key, event.shiftKey);
    if (!step || dragRef.current) return;
    // The arrows move the strip, not the page.
    event.preventDefault();
    keyedRef.current = true;
    setMoving(moveBy(movingRef.current ?? shown, step.dx, step.dy));
  };
  // Saved once the key is released: a held arrow repeats far faster than sync storage allows.
  const onKeyUp = (event: JSX.TargetedKeyboardEvent<HTMLButtonElement>) => {
    const offsets = movingRef.current;
    if (keyedRef.current && offsets && arrowKeyMove(event.key, false)) commit(offsets);
  };
  const onMoveBlur = () => {
    if (keyedRef.current && movingRef.current) commit(movingRef.current);
  };

  const setHold = (which: 'pointer' | 'focus', on: boolean) => {
    holdRef.current[which] = on;
    props.onNoticeHold(holdRef.current.pointer || holdRef.current.focus);
  };

  const style = {
    [vertical]: `${shown.y}px`,
    [horizontal]: `${shown.x}px`,
    maxWidth: `${limit.width}px`,
    maxHeight: `${limit.height}px`,
  };
  const classes = ['badges'];
  if (collapsed) classes.push('badges--collapsed');
  if (compact) classes.push('badges--compact');

  return (
    <div
      ref={stripRef}
      class={classes.join(' ')}
      style={style}
      role="region"
      aria-label="HashLens pinned prices"
    >
      <div class="badges__bar">
        <button
          type="button"
          ref={moveRef}
          class="badges__move"
          aria-label="Move pinned prices"
          aria-keyshortcuts="ArrowLeft ArrowRight ArrowUp ArrowDown"
          title="Drag to move (or focus and use the arrow keys)"
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerUp}
          onPointerCancel={onPointerCancel}
          onKeyDown={onKeyDown}
          onKeyUp={onKeyUp}
          onBlur={onMoveBlur}
        >
          <span aria-hidden="true">⠿</span>
        </button>
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
                  <span class="badge__main">
                    <span class="badge__symbol">{item.symbol}</span>
                    <span class="badge__price" data-testid="badge-price">
                      {text.price}
                    </span>
                  </span>
                  {(text.change || text.stale) && (
                    <span class="badge__meta">
                      {text.change && (
                        <span class={`badge__change badge__change--${text.change.direction}`}>
                          {text.change.arrow} {text.change.text}
                        </span>
                      )}
                      {text.stale && <span class="badge__age">{text.age}</span>}
                    </span>
                  )}
                  <button
                    type="button"
                    class="badge__unpin"
                    aria-label={`Unpin ${item.name}`}
                    title={`Unpin ${item.name}`}
                    onClick={(event) => {
                      // From the keyboard or a screen reader (a click with no mouse press, detail
                      // 0), focus must not fall off to the page when the badge goes: Undo takes
                      // it. A mouse click leaves focus alone.
                      const button = event.currentTarget;
                      undoFocusRef.current =
                        event.detail === 0 ||
                        (focusedIn(button) === button && button.matches(':focus-visible'));
                      props.onUnpin(item.coinId);
                    }}
                  >
                    <span aria-hidden="true">×</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        <button
          type="button"
          class="badges__toggle"
          aria-expanded={!collapsed}
          aria-label={collapsed ? 'Show pinned prices' : 'Collapse pinned prices'}
          title={collapsed ? 'Show pinned prices' : 'Collapse pinned prices'}
          onClick={props.onToggleCollapsed}
        >
          <span aria-hidden="true">{collapsed ? `₿ ${items.length}` : '▾'}</span>
        </button>
        {!collapsed && (
          <button
            type="button"
            class="badges__hide"
            aria-label="Hide pinned prices on this site"
            title="Hide pinned prices on this site"
            onClick={props.onHideOnSite}
          >
            <span aria-hidden="true">⊘</span>
          </button>
        )}
      </div>
      {/* Always in the page, so screen readers hear what is put in it (politely). */}
      <div
        ref={noticeRef}
        class="badges__notice"
        role="status"
        onPointerEnter={() => setHold('pointer', true)}
        onPointerLeave={() => setHold('pointer', false)}
        onFocusIn={() => setHold('focus', true)}
        onFocusOut={(event) => {
          const next = event.relatedTarget as Node | null;
          if (!next || !event.currentTarget.contains(next)) setHold('focus', false);
        }}
      >
        {notice && (
          <>
            <span class="badges__notice-text">{noticeText(notice)}</span>{' '}
            {notice.kind === 'unpinned' && (
              <UndoButton onUndo={props.onUndo} onFocusLost={focusHandle} />
            )}
          </>
        )}
      </div>
    </div>
  );
}
