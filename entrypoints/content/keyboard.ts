/**
 * Keyboard access to the marked terms (WCAG 1.4.13 and 2.1.1): Alt+Shift+J opens the next
 * term's tooltip, Alt+Shift+K the previous one, Esc closes it. Physical keys (`code`), so the
 * shortcut works on any layout and with the characters Alt+Shift types on macOS.
 */
import type { ContentScriptContext } from '#imports';
import { rangeOf } from './hover';
import type { FoundTerm } from './scanner';
import { isTrustedInput } from './trusted-events';

/** Which way a keyboard command steps through the terms. */
export type TermStep = 'next' | 'previous';

/** The physical keys that step, pressed with Alt+Shift. */
export const TERM_STEP_KEYS: Readonly<Record<TermStep, string>> = {
  next: 'KeyJ',
  previous: 'KeyK',
};

/** The step a key press asks for, or null when it is not one of ours. */
export function termStepOf(
  event: Pick<KeyboardEvent, 'code' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>,
): TermStep | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  if (event.code === TERM_STEP_KEYS.next) return 'next';
  if (event.code === TERM_STEP_KEYS.previous) return 'previous';
  return null;
}

/** True when keys pressed at `target` type text (the reader is writing: leave them alone). */
export function isTypingTarget(target: EventTarget | null): boolean {
  const element = target as (Element & { isContentEditable?: boolean }) | null;
  if (!element || typeof element.tagName !== 'string') return false;
  if (element.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(element.tagName);
}

/**
 * The index of the term to open, stepping from `current` (an index into `count` terms, or -1
 * when none is open: then `fallback`, the first term in view for `next`, the last one for
 * `previous`). Wraps around at both ends; -1 when there are no terms.
 */
export function stepIndex(count: number, current: number, step: TermStep, fallback = -1): number {
  if (count <= 0) return -1;
  if (current < 0) {
    if (fallback >= 0 && fallback < count) return fallback;
    return step === 'next' ? 0 : count - 1;
  }
  return step === 'next' ? (current + 1) % count : (current - 1 + count) % count;
}

/**
 * With no tooltip open, where stepping starts: the first term whose box starts inside the
 * viewport or below it (`next`), or the last one that ends inside it or above (`previous`).
 * `rectOf` returns the term's box in viewport pixels (null when it has none).
 */
export function startIndexInView(
  terms: readonly FoundTerm[],
  step: TermStep,
  viewportHeight: number,
  rectOf: (term: FoundTerm) => { top: number; bottom: number } | null,
): number {
  if (step === 'next') {
    for (let i = 0; i < terms.length; i++) {
      const rect = rectOf(terms[i]!);
      if (rect && rect.top >= 0) return i;
    }
    return -1;
  }
  for (let i = terms.length - 1; i >= 0; i--) {
    const rect = rectOf(terms[i]!);
    if (rect && rect.bottom <= viewportHeight) return i;
  }
  return -1;
}

/** What keyboard stepping needs from the rest of the content script. */
export interface TermKeysOptions {
  /** The shown terms in document order; null while HashLens is off on this page. */
  shownTerms: () => readonly FoundTerm[] | null;
  /** The term whose tooltip is open. */
  openTerm: () => FoundTerm | null;
  /** Opens the tooltip of `term` (already in view). */
  open: (term: FoundTerm, range: Range) => void;
  close: () => void;
}

/**
 * Listens for Alt+Shift+J / K and Esc on `doc` (capture phase, real key presses only): steps
 * to the next or previous term, scrolling its element into view; the tooltip then takes focus.
 * Returns the stepping function, for the browser's shortcut commands.
 */
export function listenForTermKeys(
  ctx: Pick<ContentScriptContext, 'addEventListener'>,
  doc: Document,
  options: TermKeysOptions,
): (step: TermStep) => boolean {
  const win = doc.defaultView ?? window;
  const stepTo = (step: TermStep): boolean => {
    const shown = options.shownTerms() ?? [];
    const open = options.openTerm();
    const current = open ? shown.indexOf(open) : -1;
    const fallback =
      current < 0
        ? startIndexInView(shown, step, win.innerHeight, (term) => {
            const rect = rangeOf(doc, term)?.getBoundingClientRect();
            return rect && (rect.width > 0 || rect.height > 0) ? rect : null;
          })
        : -1;
    const term = shown[stepIndex(shown.length, current, step, fallback)];
    const range = term ? rangeOf(doc, term) : null;
    if (!term || !range) return false;
    const rect = range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > win.innerHeight) {
      // Scrolls the term's element into view; nothing on the page receives focus.
      term.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    }
    options.open(term, range);
    return true;
  };
  ctx.addEventListener(
    doc,
    'keydown',
    (event) => {
      // A page dispatching fake key presses must not step, scroll or open anything.
      if (!isTrustedInput(event)) return;
      const key = event as KeyboardEvent;
      if (key.key === 'Escape' && options.openTerm()) {
        options.close();
        return;
      }
      const step = termStepOf(key);
      if (!step || !options.shownTerms() || isTypingTarget(key.target)) return;
      if (stepTo(step)) key.preventDefault();
    },
    { capture: true },
  );
  // The browser's shortcut commands step the same way (see utils/messaging/term-step.ts).
  return (step) => (options.shownTerms() ? stepTo(step) : false);
}
