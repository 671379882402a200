/**
 * Turns pointer movement into "the reader rests on this term": hit-tests the caret under the
 * pointer against the term index (no listeners on page elements, no DOM change) and applies
 * a hover-intent delay so tooltips do not flash while the pointer passes by.
 */
import type { FoundTerm } from './scanner';
import { isTrustedInput } from './trusted-events';

/** Caret position under a point, across browsers. */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
): { node: Node; offset: number } | null {
  const withPosition = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const position = withPosition.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const withRange = doc as Document & {
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const range = withRange.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** A live range over a found term. */
export function rangeOf(doc: Document, term: FoundTerm): Range | null {
  if (!term.node.isConnected || term.end > term.node.data.length) return null;
  const range = doc.createRange();
  range.setStart(term.node, term.start);
  range.setEnd(term.node, term.end);
  return range;
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) {
      return true;
    }
  }
  return false;
}

/** The term under the point, if any. */
export function hitTest(
  doc: Document,
  termsAt: (node: Text, offset: number) => FoundTerm[],
  x: number,
  y: number,
): { term: FoundTerm; range: Range } | null {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  for (const term of termsAt(caret.node as Text, caret.offset)) {
    const range = rangeOf(doc, term);
    if (range && rectsContain(range, x, y)) return { term, range };
  }
  return null;
}

/** What the hover controller needs; `ctx`-bound timers and listeners in the content script. */
export interface HoverOptions {
  doc: Document;
  termsAt: (node: Text, offset: number) => FoundTerm[];
  /** Hover-intent delay before a tooltip opens. */
  delayMs: () => number;
  /** True when the event target is HashLens's own UI (the pointer moved onto the tooltip). */
  isOwnUi: (target: EventTarget | null) => boolean;
  /** The pointer reached a term (the tooltip opens after the delay): time to fetch its text. */
  onApproach?: (term: FoundTerm) => void;
  onEnter: (term: FoundTerm, range: Range) => void;
  onLeave: () => void;
  addEventListener: (
    target: EventTarget,
    type: string,
    listener: (event: Event) => void,
    options?: AddEventListenerOptions,
  ) => void;
  setTimeout: (callback: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
}

/** At most one hit test per this many ms, however fast the pointer moves. */
export const HIT_TEST_INTERVAL_MS = 16;

/** Time the pointer may spend off the term (on its way to the tooltip) before it closes. */
export const LEAVE_GRACE_MS = 250;

/** Watches the pointer; call `start()` once. */
export class HoverController {
  private candidate: FoundTerm | null = null;
  private shown: FoundTerm | null = null;
  private enterTimer: number | null = null;
  private leaveTimer: number | null = null;
  private throttle: number | null = null;
  private lastPoint = { x: 0, y: 0, target: null as EventTarget | null };

  constructor(private readonly options: HoverOptions) {}

  start(): void {
    const { doc, addEventListener } = this.options;
    addEventListener(
      doc,
      'pointermove',
      (event) => {
        const pointer = event as PointerEvent;
        // Only the reader's pointer: a page's synthetic pointermove must not open tooltips.
        // A finger dragging (scrolling) is not hovering: touch has its own gestures below.
        if (!isTrustedInput(event) || pointer.pointerType === 'touch') return;
        this.lastPoint = { x: pointer.clientX, y: pointer.clientY, target: pointer.target };
        // Leading-edge test, then at most one per interval with the latest point. A timer,
        // not requestAnimationFrame: frames do not run in tabs the browser deems hidden.
        if (this.throttle !== null) return;
        this.update();
        this.throttle = this.options.setTimeout(() => {
          this.throttle = null;
          this.update();
        }, HIT_TEST_INTERVAL_MS);
      },
      { passive: true, capture: true },
    );
  }

  /** Marks the shown tooltip closed (Esc, or closed from elsewhere). */
  reset(): void {
    this.clearTimers();
    this.candidate = null;
    this.shown = null;
  }

  /** Called when the tooltip opened for a term by other means (keyboard). */
  markShown(term: FoundTerm): void {
    this.clearTimers();
    this.candidate = term;
    this.shown = term;
  }

  private update(): void {
    const { x, y, target } = this.lastPoint;
    if (this.options.isOwnUi(target)) {
      // On the tooltip: keep it open (WCAG 1.4.13, hoverable).
      this.cancelLeave();
      return;
    }
    const hit = hitTest(this.options.doc, this.options.termsAt, x, y);
    if (hit && hit.term === this.candidate) {
      this.cancelLeave();
      return;
    }
    this.clearEnter();
    this.candidate = hit?.term ?? null;
    if (hit) {
      this.cancelLeave();
      this.options.onApproach?.(hit.term);
      this.enterTimer = this.options.setTimeout(() => {
        this.enterTimer = null;
        const range = rangeOf(this.options.doc, hit.term);
        if (!range) return;
        this.shown = hit.term;
        this.options.onEnter(hit.term, range);
      }, this.options.delayMs());
    } else if (this.shown && this.leaveTimer === null) {
      this.leaveTimer = this.options.setTimeout(() => {
        this.leaveTimer = null;
        this.shown = null;
        this.options.onLeave();
      }, LEAVE_GRACE_MS);
    }
  }

  private clearEnter(): void {
    if (this.enterTimer !== null) this.options.clearTimeout(this.enterTimer);
    this.enterTimer = null;
  }

  private cancelLeave(): void {
    if (this.leaveTimer !== null) this.options.clearTimeout(this.leaveTimer);
    this.leaveTimer = null;
  }

  private clearTimers(): void {
    this.clearEnter();
    this.cancelLeave();
  }
}

/** Hold this long on a term (in a link: the only way to open its tooltip by touch). */
export const LONG_PRESS_MS = 500;

/** A finger that moves further than this is scrolling or selecting, not tapping. */
export const TAP_SLOP_PX = 10;

/** Elements whose tap does something of the page's own: a tap there stays the page's. */
const INTERACTIVE = 'a[href],button,summary,label,[role="button"],[role="link"]';

/** What {@link listenForTouch} needs; `ctx`-bound timers and listeners in the content script. */
export interface TouchOptions {
  doc: Document;
  termsAt: (node: Text, offset: number) => FoundTerm[];
  /** A tap (or a long press) on a term: open its tooltip. */
  onOpen: (term: FoundTerm, range: Range) => void;
  addEventListener: HoverOptions['addEventListener'];
  setTimeout: (callback: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
}

/** One finger (or pen) on the screen. */
interface Press {
  id: number;
  x: number;
  y: number;
  hit: { term: FoundTerm; range: Range };
  /** The term is inside a link (or button): only a long press opens its tooltip. */
  inLink: boolean;
  timer: number | null;
  /** The long press opened the tooltip. */
  opened: boolean;
}

/**
 * Touch and pen (issue 17): a tap on a term opens its tooltip (a tap elsewhere closes it, in
 * `index.ts`, as a click does). A term inside a link keeps the link: the tap follows it, and a
 * long press opens the tooltip instead of the browser's menu. Nothing is prevented except the
 * context menu, selection and click of a long press that opened a tooltip: a page's own taps
 * always reach it.
 */
export function listenForTouch(options: TouchOptions): void {
  // Closures rather than a class: every frame downloads this, and local names minify.
  const { doc, addEventListener, setTimeout, clearTimeout } = options;
  let press: Press | null = null;
  // Until when (event time) a click is the release of a long press that opened a tooltip,
  // not the page's: a link under it must not be followed then.
  let swallowClickUntil = -1;

  const open = (held: Press) => {
    const range = rangeOf(doc, held.hit.term);
    if (range) options.onOpen(held.hit.term, range);
  };
  // Forgets the press (the finger moved, lifted, or the browser took the gesture).
  const cancel = () => {
    if (press?.timer != null) clearTimeout(press.timer);
    press = null;
  };
  // Opens the held term now (the long press), once.
  const hold = (held: Press) => {
    if (held.opened) return;
    if (held.timer !== null) clearTimeout(held.timer);
    held.timer = null;
    held.opened = true;
    open(held);
  };
  const passive = { capture: true, passive: true };

  addEventListener(
    doc,
    'pointerdown',
    (event) => {
      const pointer = event as PointerEvent;
      cancel();
      swallowClickUntil = -1;
      if (!isTrustedInput(event) || pointer.pointerType === 'mouse' || !pointer.isPrimary) return;
      const hit = hitTest(doc, options.termsAt, pointer.clientX, pointer.clientY);
      if (!hit) return;
      const held: Press = {
        id: pointer.pointerId,
        x: pointer.clientX,
        y: pointer.clientY,
        hit,
        inLink: !!hit.term.node.parentElement?.closest(INTERACTIVE),
        timer: null,
        opened: false,
      };
      held.timer = setTimeout(() => hold(held), LONG_PRESS_MS);
      press = held;
    },
    passive,
  );
  addEventListener(
    doc,
    'pointermove',
    (event) => {
      const pointer = event as PointerEvent;
      if (!press || pointer.pointerId !== press.id || press.opened) return;
      const moved = Math.hypot(pointer.clientX - press.x, pointer.clientY - press.y);
      if (moved > TAP_SLOP_PX) cancel();
    },
    passive,
  );
  addEventListener(
    doc,
    'pointerup',
    (event) => {
      const held = press;
      if (!held || (event as PointerEvent).pointerId !== held.id) return;
      cancel();
      if (held.opened) swallowClickUntil = event.timeStamp + 1000;
      else if (!held.inLink) open(held);
    },
    passive,
  );
  addEventListener(doc, 'pointercancel', cancel, passive);
  // Not passive, but each is prevented only while a press on a term is ours. The browser's
  // own long press (its context menu) on a held term is ours too, even before LONG_PRESS_MS:
  // the tooltip replaces the menu.
  addEventListener(
    doc,
    'contextmenu',
    (event) => {
      if (!isTrustedInput(event) || !press) return;
      event.preventDefault();
      hold(press);
    },
    { capture: true },
  );
  addEventListener(
    doc,
    'selectstart',
    (event) => {
      if (press?.opened) event.preventDefault();
    },
    { capture: true },
  );
  addEventListener(
    doc,
    'click',
    (event) => {
      if (isTrustedInput(event) && event.timeStamp <= swallowClickUntil) {
        event.preventDefault();
        event.stopPropagation();
      }
      swallowClickUntil = -1;
    },
    { capture: true },
  );
}
