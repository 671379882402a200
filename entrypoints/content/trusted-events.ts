/**
 * Only the reader acts on HashLens. A page can dispatch events that look like a key press, a
 * pointer movement or a click (`isTrusted` false), and it can reach into HashLens's open shadow
 * roots; such events must never open tooltips, step through terms, pin or unpin coins, or move
 * the badges. The browser sets `isTrusted` for real input only, in every world.
 */

/** Event types HashLens's own UI reacts to. */
export const UI_EVENT_TYPES = [
  'click',
  'auxclick',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointermove',
  'pointerup',
  'keydown',
  'keyup',
  'input',
  'change',
  'submit',
] as const;

/** True when the event comes from the reader (real input), not from a script. */
export function isTrustedInput(event: Event): boolean {
  return event.isTrusted;
}

/**
 * Stops every untrusted UI event at `root` (capture phase, before React's listeners on the
 * container inside it), so a page script calling `.click()` on our buttons does nothing.
 */
export function blockUntrustedEvents(root: EventTarget): void {
  const stop = (event: Event) => {
    if (!isTrustedInput(event)) event.stopImmediatePropagation();
  };
  for (const type of UI_EVENT_TYPES) root.addEventListener(type, stop, { capture: true });
}
