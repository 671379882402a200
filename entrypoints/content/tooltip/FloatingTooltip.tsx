import { useLayoutEffect, useRef } from 'react';
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { TermTooltip, type TermTooltipProps } from './TermTooltip';

/** Something on the page the tooltip points at: a term's range. */
export interface TooltipAnchor {
  getBoundingClientRect(): DOMRect;
  getClientRects(): DOMRectList;
  /** The element whose scrolling ancestors move the anchor. */
  contextElement?: Element;
}

/** {@link TermTooltip} placed at its anchor, flipped and shifted to stay in the viewport. */
export function FloatingTooltip({
  anchor,
  ...props
}: TermTooltipProps & { anchor: TooltipAnchor }) {
  const floating = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = floating.current;
    if (!element) return;
    const place = () => {
      void computePosition(anchor, element, {
        strategy: 'fixed',
        placement: 'top-start',
        middleware: [offset(8), flip({ padding: 8 }), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        element.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        element.style.visibility = 'visible';
      });
    };
    // Follows the term when the page scrolls or resizes.
    return autoUpdate(anchor, element, place, { animationFrame: false });
  }, [anchor]);
  return (
    <div ref={floating} className="tooltip-frame" style={{ visibility: 'hidden' }}>
      <TermTooltip {...props} />
    </div>
  );
}
