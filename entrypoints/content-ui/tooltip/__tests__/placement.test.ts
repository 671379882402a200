import { describe, expect, it } from 'vitest';
import { placeTooltip, TOOLTIP_GAP_PX, type Box } from '../placement';

const viewport = { width: 1000, height: 800 };
const size = { width: 300, height: 120 };
const term = (left: number, top: number, width = 60, height = 18): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('placeTooltip', () => {
  it.each<[string, Box, { x: number; y: number; side: 'above' | 'below' }]>([
    ['room above', term(100, 400), { x: 100, y: 400 - TOOLTIP_GAP_PX - 120, side: 'above' }],
    ['near the top: below', term(100, 50), { x: 100, y: 50 + 18 + TOOLTIP_GAP_PX, side: 'below' }],
    [
      'near the right edge: shifted left',
      term(950, 400),
      { x: 1000 - 300 - 8, y: 272, side: 'above' },
    ],
    ['off the left edge: clamped', term(-40, 400), { x: 8, y: 272, side: 'above' }],
  ])('%s', (_name, anchor, expected) => {
    expect(placeTooltip(anchor, size, viewport)).toEqual(expected);
  });

  it.each([term(10, 10), term(500, 790, 60, 10), term(700, 300), term(0, 140), term(20, 127)])(
    'never covers the word at %j',
    (anchor) => {
      const { x, y } = placeTooltip(anchor, size, viewport);
      expect(
        overlaps({ left: x, top: y, right: x + size.width, bottom: y + size.height }, anchor),
      ).toBe(false);
    },
  );
});

describe('placeTooltip keeps the side it has while the card grows', () => {
  const grown = { width: 300, height: 260 };
  it.each<[string, Box, 'above' | 'below', { y: number; side: 'above' | 'below' }]>([
    // Below: the top edge stays put, the card grows downwards.
    [
      'below, room either way',
      term(100, 400),
      'below',
      { y: 400 + 18 + TOOLTIP_GAP_PX, side: 'below' },
    ],
    // Above: the bottom edge stays on the term, the card grows upwards.
    [
      'above, room either way',
      term(100, 400),
      'above',
      { y: 400 - TOOLTIP_GAP_PX - 260, side: 'above' },
    ],
    // No room left on its side: the card moves once, to where it fits.
    [
      'above, no room left above',
      term(100, 200),
      'above',
      { y: 200 + 18 + TOOLTIP_GAP_PX, side: 'below' },
    ],
    [
      'below, no room left below',
      term(100, 600),
      'below',
      { y: 600 - TOOLTIP_GAP_PX - 260, side: 'above' },
    ],
  ])('%s', (_name, anchor, keep, expected) => {
    expect(placeTooltip(anchor, grown, viewport, keep)).toMatchObject(expected);
  });
});
