// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  isTypingTarget,
  startIndexInView,
  stepIndex,
  termStepOf,
  type TermStep,
} from '../keyboard';
import type { FoundTerm } from '../scanner';

/** Test fixtures (our own markup) into the body, parsed as a page would be, without an HTML sink. */
function setBody(html: string): void {
  const parsed = new DOMParser().parseFromString(
    `<!doctype html><body>${html}</body>`,
    'text/html',
  );
  document.body.replaceChildren(
    ...[...parsed.body.childNodes].map((node) => document.importNode(node, true)),
  );
}
const key = (code: string, mods: Partial<Record<'alt' | 'shift' | 'ctrl' | 'meta', boolean>>) => ({
  code,
  altKey: mods.alt ?? false,
  shiftKey: mods.shift ?? false,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
});

describe('keyboard commands', () => {
  it.each<[string, ReturnType<typeof key>, TermStep | null]>([
    ['Alt+Shift+J', key('KeyJ', { alt: true, shift: true }), 'next'],
    ['Alt+Shift+K', key('KeyK', { alt: true, shift: true }), 'previous'],
    ['Alt+J', key('KeyJ', { alt: true }), null],
    ['Shift+J', key('KeyJ', { shift: true }), null],
    ['Ctrl+Alt+Shift+J', key('KeyJ', { alt: true, shift: true, ctrl: true }), null],
    ['Meta+Alt+Shift+K', key('KeyK', { alt: true, shift: true, meta: true }), null],
    ['Alt+Shift+L', key('KeyL', { alt: true, shift: true }), null],
  ])('%s → %s', (_name, event, step) => {
    expect(termStepOf(event)).toBe(step);
  });

  it.each<[count: number, current: number, step: TermStep, fallback: number, index: number]>([
    [0, -1, 'next', -1, -1],
    [3, -1, 'next', -1, 0],
    [3, -1, 'previous', -1, 2],
    [3, -1, 'next', 1, 1],
    [3, 0, 'next', -1, 1],
    [3, 2, 'next', -1, 0],
    [3, 0, 'previous', -1, 2],
    [3, 2, 'previous', 0, 1],
  ])('stepIndex(%i, %i, %s, %i) = %i', (count, current, step, fallback, index) => {
    expect(stepIndex(count, current, step, fallback)).toBe(index);
  });

  it.each<[html: string, typing: boolean]>([
    ['<input id="t">', true],
    ['<textarea id="t"></textarea>', true],
    ['<select id="t"></select>', true],
    ['<p id="t">text</p>', false],
    ['<button id="t">ok</button>', false],
  ])('isTypingTarget(%s) = %s', (html, typing) => {
    setBody(html);
    expect(isTypingTarget(document.getElementById('t'))).toBe(typing);
    expect(isTypingTarget(null)).toBe(false);
  });

  it.each<[step: TermStep, index: number]>([
    ['next', 1],
    ['previous', 2],
  ])('starts %s from the terms in view', (step, index) => {
    // Boxes: above the viewport, in it, in it, below it (viewport 0…100).
    const boxes = [
      { top: -50, bottom: -30 },
      { top: 10, bottom: 30 },
      { top: 60, bottom: 80 },
      { top: 150, bottom: 170 },
    ];
    const terms = boxes.map((_, i) => ({ start: i }) as unknown as FoundTerm);
    expect(startIndexInView(terms, step, 100, (t) => boxes[t.start] ?? null)).toBe(index);
  });
});
