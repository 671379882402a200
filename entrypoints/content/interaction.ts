/**
 * The reader's ways into a tooltip on a page: hover (pointer), tap and long press (touch, pen),
 * the term-stepping keys, and a click outside to close. Registered only once a frame has a
 * term to show: most frames never have one, and they pay for no listener.
 */
import type { ContentScriptContext } from '#imports';
import type { TooltipController } from '../content-ui/tooltip/tooltip-controller';
import { HoverController, listenForTouch } from './hover';
import { listenForTermKeys, type TermStep } from './keyboard';
import type { FoundTerm } from './scanner';
import { isTrustedInput } from './trusted-events';

/** What the listeners need from the content script. */
export interface InteractionOptions {
  ctx: ContentScriptContext;
  doc: Document;
  /** The terms (and quoted prices) at a caret position. */
  termsAt: (node: Text, offset: number) => FoundTerm[];
  /** The terms keyboard stepping visits, in document order (null: none yet). */
  shownTerms: () => readonly FoundTerm[] | null;
  delayMs: () => number;
  /** The tooltip, once made. */
  tooltip: () => TooltipController | null;
  /** Runs `use` with the tooltip (loading the UI half on first use). */
  withTooltip: (use: (controller: TooltipController) => void) => void;
}

/** The listeners' handles for the rest of the content script. */
export interface Interaction {
  /** Opens the next or previous term's tooltip; false when there is none. */
  stepTo(step: TermStep): boolean;
  /** Closes the tooltip and forgets the hovered term. */
  close(): void;
}

/** Registers the listeners (bound to `ctx`: they go when the script is invalidated). */
export function listenForInteraction(options: InteractionOptions): Interaction {
  const { ctx, doc, termsAt, tooltip, withTooltip } = options;
  const listen = (
    target: EventTarget,
    type: string,
    listener: (event: Event) => void,
    listenerOptions?: AddEventListenerOptions,
  ) => ctx.addEventListener(target as Document, type as 'pointermove', listener, listenerOptions);
  const setTimeout = (callback: () => void, ms: number) => ctx.setTimeout(callback, ms);
  const hover = new HoverController({
    doc,
    termsAt,
    delayMs: options.delayMs,
    isOwnUi: (target) => tooltip()?.isOwn(target) ?? false,
    onApproach: (term) => withTooltip((controller) => controller.prefetch(term.entryId)),
    onEnter: (term, range) => withTooltip((controller) => void controller.open(term, range)),
    // A keyboard reader inside the tooltip keeps it, wherever the pointer goes.
    onLeave: () => {
      if (!tooltip()?.hasFocus()) tooltip()?.close();
    },
    addEventListener: listen,
    setTimeout,
    clearTimeout: (id) => clearTimeout(id),
  });
  // Touch and pen: a tap on a term opens it; in a link, a long press (the tap stays the link's).
  listenForTouch({
    doc,
    termsAt,
    onOpen: (term, range) => {
      hover.markShown(term);
      withTooltip((controller) => void controller.open(term, range, { touch: true }));
    },
    addEventListener: listen,
    setTimeout,
    clearTimeout: (id) => clearTimeout(id),
  });
  const close = () => {
    hover.reset();
    tooltip()?.close();
  };
  const stepTo = listenForTermKeys(ctx, doc, {
    shownTerms: options.shownTerms,
    openTerm: () => tooltip()?.openTerm ?? null,
    open: (term, range) => {
      hover.markShown(term);
      withTooltip((controller) => void controller.open(term, range, { focus: true }));
    },
    close,
  });
  // A click outside the tooltip closes it (WCAG 1.4.13: dismissable).
  ctx.addEventListener(
    doc,
    'pointerdown',
    (event) => {
      const open = tooltip();
      if (isTrustedInput(event) && open?.openTerm && !open.isOwn(event.target)) close();
    },
    { capture: true, passive: true },
  );
  hover.start();
  return { stepTo, close };
}

/**
 * Calls `onFirst` once, at the reader's first pointer move, press, key, scroll or focus in
 * this document (trusted events only): work a reader needs only once they engage with the
 * page waits for it, instead of costing every page load.
 */
export function onFirstInterest(
  ctx: ContentScriptContext,
  doc: Document,
  onFirst: () => void,
): void {
  let done = false;
  const listener = (event: Event) => {
    if (done || !isTrustedInput(event)) return;
    done = true;
    onFirst();
  };
  const passive = { capture: true, passive: true };
  for (const type of ['pointermove', 'pointerdown', 'keydown', 'focusin', 'wheel'] as const) {
    ctx.addEventListener(doc, type, listener, passive);
  }
  const win = doc.defaultView;
  if (win) ctx.addEventListener(win, 'scroll', listener, passive);
}
