// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listenForTouch, LONG_PRESS_MS, TAP_SLOP_PX } from '../hover';
import type { FoundTerm } from '../scanner';

/** The term's box on screen; points inside hit it. */
const BOX = { left: 0, top: 0, right: 100, bottom: 20 };
const ON_TERM = { x: 50, y: 10 };
const OFF_TERM = { x: 400, y: 300 };

type Step =
  | ['down' | 'move' | 'up', { x: number; y: number }, string?]
  | ['cancel']
  | ['wait', number]
  | ['click' | 'contextmenu'];

let onOpen: ReturnType<typeof vi.fn<(term: FoundTerm, range: Range) => void>>;
let term: FoundTerm;
/** Whether each click / context menu was prevented, in order. */
let prevented: Record<'click' | 'contextmenu', boolean[]>;

function setUp(inLink: boolean) {
  // <p>Read about Bitcoin here</p>, the text inside <a href> when `inLink`.
  const paragraph = document.createElement('p');
  const text = document.createTextNode('Read about Bitcoin here');
  if (inLink) {
    const link = document.createElement('a');
    link.href = 'https://example.com/next';
    link.append(text);
    paragraph.append(link);
  } else {
    paragraph.append(text);
  }
  document.body.append(paragraph);
  term = { node: text, start: 11, end: 18, entryId: 'bitcoin' } as unknown as FoundTerm;
  // happy-dom has no layout: the caret and the term's box come from the test's geometry.
  (
    document as unknown as { caretRangeFromPoint: (x: number, y: number) => Range | null }
  ).caretRangeFromPoint = (x, y) => {
    if (x < BOX.left || x > BOX.right || y < BOX.top || y > BOX.bottom) return null;
    const range = document.createRange();
    range.setStart(text, 12);
    return range;
  };
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(
    () => [BOX] as unknown as DOMRectList,
  );
  onOpen = vi.fn<(term: FoundTerm, range: Range) => void>();
  prevented = { click: [], contextmenu: [] };
  listenForTouch({
    doc: document,
    termsAt: (node, offset) =>
      node === term.node && offset >= term.start && offset <= term.end ? [term] : [],
    onOpen,
    addEventListener: (target, type, listener, options) =>
      target.addEventListener(type, listener, options),
    setTimeout: (callback, ms) => window.setTimeout(callback, ms) as unknown as number,
    clearTimeout: (id) => window.clearTimeout(id),
  });
}

/** A trusted event (the reader's), as the browser would send it. */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

function run(steps: Step[], pointerType = 'touch') {
  const target = term.node.parentElement!;
  for (const step of steps) {
    const [kind] = step;
    if (kind === 'wait') {
      vi.advanceTimersByTime(step[1]);
    } else if (kind === 'cancel') {
      target.dispatchEvent(
        trusted(new PointerEvent('pointercancel', { bubbles: true, pointerId: 1 })),
      );
    } else if (kind === 'click' || kind === 'contextmenu') {
      const event = trusted(new MouseEvent(kind, { bubbles: true, cancelable: true }));
      target.dispatchEvent(event);
      prevented[kind].push(event.defaultPrevented);
    } else {
      const [, point, type = pointerType] = step as ['down', { x: number; y: number }, string?];
      target.dispatchEvent(
        trusted(
          new PointerEvent(`pointer${kind}`, {
            bubbles: true,
            cancelable: true,
            clientX: point.x,
            clientY: point.y,
            pointerId: 1,
            pointerType: type,
            isPrimary: true,
          }),
        ),
      );
    }
  }
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

const nudge = (by: number) => ({ x: ON_TERM.x + by, y: ON_TERM.y });

describe('listenForTouch', () => {
  it.each<[name: string, inLink: boolean, steps: Step[], opens: number, clicks: boolean[]]>([
    [
      'a tap on a term opens it',
      false,
      [['down', ON_TERM], ['up', ON_TERM], ['click']],
      1,
      [false],
    ],
    [
      'a pen tap opens it too',
      false,
      [['down', ON_TERM, 'pen'], ['up', ON_TERM, 'pen'], ['click']],
      1,
      [false],
    ],
    [
      'a tap beside any term does nothing',
      false,
      [['down', OFF_TERM], ['up', OFF_TERM], ['click']],
      0,
      [false],
    ],
    [
      'a tap on a term in a link follows the link',
      true,
      [['down', ON_TERM], ['up', ON_TERM], ['click']],
      0,
      [false],
    ],
    [
      'a long press on a term in a link opens it, and its release follows nothing',
      true,
      [['down', ON_TERM], ['wait', LONG_PRESS_MS], ['up', ON_TERM], ['click']],
      1,
      [true],
    ],
    [
      'a press released just before the long press is a tap (in a link: the link)',
      true,
      [['down', ON_TERM], ['wait', LONG_PRESS_MS - 1], ['up', ON_TERM], ['click']],
      0,
      [false],
    ],
    [
      'moving further than the slop (a scroll) cancels the tap',
      false,
      [
        ['down', ON_TERM],
        ['move', nudge(TAP_SLOP_PX + 1)],
        ['up', nudge(TAP_SLOP_PX + 1)],
      ],
      0,
      [],
    ],
    [
      'moving further than the slop cancels the long press',
      true,
      [
        ['down', ON_TERM],
        ['move', nudge(TAP_SLOP_PX + 5)],
        ['wait', LONG_PRESS_MS * 2],
        ['up', ON_TERM],
      ],
      0,
      [],
    ],
    [
      'a small wobble is still a tap',
      false,
      [
        ['down', ON_TERM],
        ['move', nudge(TAP_SLOP_PX - 2)],
        ['up', nudge(TAP_SLOP_PX - 2)],
      ],
      1,
      [],
    ],
    [
      'the browser taking the gesture (pointercancel) cancels it',
      true,
      [['down', ON_TERM], ['cancel'], ['wait', LONG_PRESS_MS]],
      0,
      [],
    ],
    [
      'a mouse is left to hover',
      false,
      [
        ['down', ON_TERM, 'mouse'],
        ['up', ON_TERM, 'mouse'],
        ['wait', LONG_PRESS_MS],
      ],
      0,
      [],
    ],
    [
      'a later click (a keyboard Enter on the link) is the page’s again',
      true,
      [['down', ON_TERM], ['wait', LONG_PRESS_MS], ['up', ON_TERM], ['click'], ['click']],
      1,
      [true, false],
    ],
  ])('%s', (_name, inLink, steps, opens, clicks) => {
    setUp(inLink);
    run(steps);
    expect(onOpen).toHaveBeenCalledTimes(opens);
    if (opens) expect(onOpen.mock.calls[0]![0]).toBe(term);
    if (opens) expect((onOpen.mock.calls[0]![1] as Range).toString()).toBe('Bitcoin');
    expect(prevented.click).toEqual(clicks);
  });

  it.each<[string, Step[], boolean[], number]>([
    [
      'the browser’s menu during a press on a term is replaced by the tooltip',
      [['down', ON_TERM], ['contextmenu']],
      [true],
      1,
    ],
    ['no press of ours: the page’s menu stays', [['down', OFF_TERM], ['contextmenu']], [false], 0],
    [
      'after the long press opened, the menu is still suppressed',
      [['down', ON_TERM], ['wait', LONG_PRESS_MS], ['contextmenu']],
      [true],
      1,
    ],
  ])('%s', (_name, steps, menus, opens) => {
    setUp(true);
    run(steps);
    expect(prevented.contextmenu).toEqual(menus);
    expect(onOpen).toHaveBeenCalledTimes(opens);
  });

  it('ignores events a page script dispatches', () => {
    setUp(false);
    const target = term.node.parentElement!;
    for (const type of ['pointerdown', 'pointerup']) {
      target.dispatchEvent(
        new PointerEvent(type, {
          bubbles: true,
          clientX: 50,
          clientY: 10,
          pointerType: 'touch',
          isPrimary: true,
        }),
      );
    }
    vi.advanceTimersByTime(LONG_PRESS_MS);
    expect(onOpen).not.toHaveBeenCalled();
  });
});
