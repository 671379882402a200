import { describe, expect, it } from 'vitest';
import {
  arrowKeyMove,
  clampOffsets,
  COMPACT_BELOW_PX,
  isCompact,
  KEY_STEP_LARGE_PX,
  KEY_STEP_PX,
  maxStripSize,
  offsetDelta,
  VIEWPORT_MARGIN_PX,
} from '../placement';

describe('clampOffsets: the strip stays wholly inside the viewport', () => {
  // [case, viewport width, viewport height, strip width, strip height, saved x, saved y]
  it.each([
    ['the default place on a phone', 390, 844, 358, 158, 16, 16],
    ['the default place on a desktop', 1280, 800, 1060, 36, 16, 16],
    ['a desktop drag on a phone', 390, 844, 358, 158, 800, 300],
    ['far off screen (a 4K window before)', 390, 844, 358, 158, 5000, 4000],
    ['far off screen on a desktop', 1280, 800, 650, 36, 5000, 4000],
    ['a tiny 320 px screen', 320, 568, 288, 200, 40, 40],
    ['a strip wider than the viewport', 300, 400, 420, 60, 30, 30],
    ['negative offsets (hand-edited storage)', 768, 1024, 500, 36, -50, -10],
    ['fractional offsets', 1280, 800, 600, 36, 100.6, 20.4],
  ])('%s', (_name, vw, vh, width, height, x, y) => {
    const out = clampOffsets({ x, y }, { width, height }, { width: vw, height: vh });
    // Whole pixels, never negative, and the far edge inside the viewport (unless it cannot fit).
    expect(Number.isInteger(out.x) && Number.isInteger(out.y)).toBe(true);
    expect(out.x).toBeGreaterThanOrEqual(0);
    expect(out.y).toBeGreaterThanOrEqual(0);
    expect(out.x + width <= vw || out.x === 0).toBe(true);
    expect(out.y + height <= vh || out.y === 0).toBe(true);
    // As close to the saved place as fits: kept when it fits, else against the far edge.
    expect(out.x).toBe(Math.max(0, Math.min(Math.round(x), Math.floor(vw - width))));
    expect(out.y).toBe(Math.max(0, Math.min(Math.round(y), Math.floor(vh - height))));
  });

  it('keeps a saved place that fits as it is', () => {
    expect(
      clampOffsets({ x: 400, y: 300 }, { width: 650, height: 36 }, { width: 1280, height: 800 }),
    ).toEqual({ x: 400, y: 300 });
  });

  it('rounds inwards: a 1059.8 px strip measured as 1060 px never pokes out', () => {
    expect(
      clampOffsets({ x: 9999, y: 0 }, { width: 1060, height: 36 }, { width: 1265, height: 800 }),
    ).toEqual({ x: 205, y: 0 });
  });

  it.each([NaN, Infinity, -Infinity])('treats a non-finite offset (%s) as the corner', (bad) => {
    expect(
      clampOffsets({ x: bad, y: bad }, { width: 100, height: 30 }, { width: 390, height: 844 }),
    ).toEqual({ x: 0, y: 0 });
  });
});

describe('compact layout and size limit', () => {
  it.each([
    [320, true],
    [390, true],
    [COMPACT_BELOW_PX - 1, true],
    [COMPACT_BELOW_PX, false],
    [768, false],
    [1280, false],
  ])('a %i px wide viewport is compact: %s', (width, compact) => {
    expect(isCompact(width)).toBe(compact);
  });

  it.each([
    [390, 844, 358, 812],
    [1280, 800, 1248, 768],
    [20, 20, 0, 0],
  ])('at %i x %i the strip may be at most %i x %i px', (width, height, maxW, maxH) => {
    expect(maxStripSize({ width, height })).toEqual({ width: maxW, height: maxH });
    expect(maxW).toBe(Math.max(0, width - 2 * VIEWPORT_MARGIN_PX));
  });
});

describe('moving', () => {
  it.each([
    ['bottom-right', 30, -20, { x: -30, y: 20 }],
    ['bottom-left', 30, -20, { x: 30, y: 20 }],
    ['top-right', 30, -20, { x: -30, y: -20 }],
    ['top-left', 30, -20, { x: 30, y: -20 }],
  ] as const)(
    'from %s, a move of (%i, %i) on screen changes the offsets by %o',
    (corner, dx, dy, delta) => {
      expect(offsetDelta(corner, dx, dy)).toEqual(delta);
    },
  );

  it.each([
    ['ArrowLeft', false, { dx: -KEY_STEP_PX, dy: 0 }],
    ['ArrowRight', false, { dx: KEY_STEP_PX, dy: 0 }],
    ['ArrowUp', true, { dx: 0, dy: -KEY_STEP_LARGE_PX }],
    ['ArrowDown', true, { dx: 0, dy: KEY_STEP_LARGE_PX }],
    ['Enter', false, null],
    ['a', true, null],
  ])('%s (Shift %s) moves by %o', (key, large, move) => {
    expect(arrowKeyMove(key, large)).toEqual(move);
  });
});
