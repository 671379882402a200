/**
 * Where the pinned-price strip may sit: pure geometry, so clamping and the compact layout can
 * be tested without a browser. Offsets are measured from the strip's corner inwards (px), as
 * the `badgePlacement` setting stores them.
 */
import type { BadgeCorner } from '@/utils/settings/items';

/** Below this viewport width (px) the strip uses its compact layout (controls above, two-line badges). */
export const COMPACT_BELOW_PX = 480;

/** The strip is never wider or taller than the viewport less this on each side (px). */
export const VIEWPORT_MARGIN_PX = 16;

/** How far one arrow key press moves the strip (px); with Shift, {@link KEY_STEP_LARGE_PX}. */
export const KEY_STEP_PX = 10;
/** How far Shift + arrow moves the strip (px). */
export const KEY_STEP_LARGE_PX = 50;

/** A width and a height in CSS px. */
export interface Size {
  width: number;
  height: number;
}

/** Offsets from the strip's corner (px). */
export interface Offsets {
  x: number;
  y: number;
}

/** True when a viewport this wide (px) gets the compact layout. */
export function isCompact(viewportWidth: number): boolean {
  return viewportWidth < COMPACT_BELOW_PX;
}

/** The largest box the strip may take in `viewport`: it wraps inside this rather than overflow. */
export function maxStripSize(viewport: Size): Size {
  return {
    width: Math.max(0, viewport.width - 2 * VIEWPORT_MARGIN_PX),
    height: Math.max(0, viewport.height - 2 * VIEWPORT_MARGIN_PX),
  };
}

/**
 * Offsets that keep a strip of `size` wholly inside `viewport`: between 0 (flush with its
 * corner's edges) and the viewport less the strip. A position saved on a wider screen (or one
 * that no longer fits after a resize) comes back on screen; one that fits is kept as it is.
 */
export function clampOffsets(offsets: Offsets, size: Size, viewport: Size): Offsets {
  // Whole pixels, rounded towards the inside so a fractional size never pokes out.
  const clamp = (value: number, room: number) =>
    Math.min(
      Math.floor(Math.max(0, room)),
      Math.max(0, Math.round(Number.isFinite(value) ? value : 0)),
    );
  return {
    x: clamp(offsets.x, viewport.width - size.width),
    y: clamp(offsets.y, viewport.height - size.height),
  };
}

/**
 * Turns a movement on screen (dx right, dy down, px) into a change of the corner offsets:
 * a strip anchored on the right moves right when its right offset shrinks.
 */
export function offsetDelta(corner: BadgeCorner, dx: number, dy: number): Offsets {
  const [vertical, horizontal] = corner.split('-') as ['top' | 'bottom', 'left' | 'right'];
  return { x: horizontal === 'left' ? dx : -dx, y: vertical === 'top' ? dy : -dy };
}

const ARROWS: Readonly<Record<string, [number, number]>> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** The on-screen movement (px) of an arrow key press on the move handle, or null for other keys. */
export function arrowKeyMove(key: string, large: boolean): { dx: number; dy: number } | null {
  const direction = ARROWS[key];
  if (!direction) return null;
  const step = large ? KEY_STEP_LARGE_PX : KEY_STEP_PX;
  return { dx: direction[0] * step, dy: direction[1] * step };
}
