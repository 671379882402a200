/**
 * Where the tooltip goes: above the term, or below it when there is no room above, moved
 * sideways to stay in the viewport. It never covers the word it explains.
 */

/** A rectangle in viewport coordinates. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Gap between the term and the tooltip, and the viewport margin kept free. */
export const TOOLTIP_GAP_PX = 8;

/** Which side of its term the tooltip is on. */
export type Side = 'above' | 'below';

/**
 * The tooltip's top-left corner for a term at `anchor` and a tooltip of `size`, in a viewport
 * of `viewport` (width, height). Pure, so it is tested without layout.
 *
 * `keep` is the side the open tooltip already has: it stays there while it still fits, so a
 * card that grows ("More", live figures) grows away from its term — down from a fixed top edge
 * below it, up from a fixed bottom edge above it — instead of jumping to the other side.
 */
export function placeTooltip(
  anchor: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  keep?: Side,
): { x: number; y: number; side: Side } {
  const gap = TOOLTIP_GAP_PX;
  const roomAbove = anchor.top - gap;
  const roomBelow = viewport.height - anchor.bottom - gap;
  const fitsAbove = size.height + gap <= roomAbove;
  const fitsBelow = size.height + gap <= roomBelow;
  // Above when it fits there, or when above still has more room than below.
  const above =
    keep === 'above' && fitsAbove
      ? true
      : keep === 'below' && fitsBelow
        ? false
        : fitsAbove || (!fitsBelow && roomAbove > roomBelow);
  const y = above ? anchor.top - gap - size.height : anchor.bottom + gap;
  const maxX = Math.max(gap, viewport.width - size.width - gap);
  const x = Math.min(maxX, Math.max(gap, anchor.left));
  return { x: Math.round(x), y: Math.round(y), side: above ? 'above' : 'below' };
}
