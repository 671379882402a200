import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { answerTermSteps, type TermStepCommand } from '../term-step';

type Listener = (message: unknown, sender: { id?: string; tab?: unknown }) => unknown;

const top = { top: null as unknown } as unknown as Window;
(top as unknown as { top: Window }).top = top;
const frame = { top } as unknown as Window;

/** The steps a content script took for one message, as the browser would deliver it. */
function stepsFor(win: Window, message: unknown, sender: { id?: string; tab?: unknown }) {
  const add = vi.spyOn(browser.runtime.onMessage, 'addListener');
  const steps: TermStepCommand[] = [];
  const stop = answerTermSteps(win, (step) => steps.push(step));
  const listener = add.mock.calls.at(-1)![0] as unknown as Listener;
  add.mockRestore();
  listener(message, sender);
  stop();
  return steps;
}

beforeEach(() => fakeBrowser.reset());

describe('answerTermSteps', () => {
  it.each<[string, Window, unknown, { id?: string; tab?: unknown }, TermStepCommand[]]>([
    [
      'the background asks for the next term',
      top,
      { hashlens: 1, type: 'stepTerm', step: 'next' },
      { id: 'self' },
      ['next'],
    ],
    [
      'and for the previous one',
      top,
      { hashlens: 1, type: 'stepTerm', step: 'previous' },
      { id: 'self' },
      ['previous'],
    ],
    ['another extension', top, { hashlens: 1, type: 'stepTerm', step: 'next' }, { id: 'evil' }, []],
    [
      'another tab’s content script',
      top,
      { hashlens: 1, type: 'stepTerm', step: 'next' },
      { id: 'self', tab: { id: 3 } },
      [],
    ],
    [
      'a frame (only the top frame steps)',
      frame,
      { hashlens: 1, type: 'stepTerm', step: 'next' },
      { id: 'self' },
      [],
    ],
    [
      'an unknown step',
      top,
      { hashlens: 1, type: 'stepTerm', step: 'sideways' },
      { id: 'self' },
      [],
    ],
    ['another message', top, { hashlens: 1, type: 'whichSite' }, { id: 'self' }, []],
  ])('%s', (_name, win, message, sender, expected) => {
    const id = sender.id === 'self' ? browser.runtime.id : sender.id;
    expect(stepsFor(win, message, { ...sender, id })).toEqual(expected);
  });
});
