// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { blockUntrustedEvents, isTrustedInput, UI_EVENT_TYPES } from '../trusted-events';

describe('blockUntrustedEvents', () => {
  it.each(UI_EVENT_TYPES)('a script-dispatched %s never reaches HashLens UI', (type) => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const button = document.createElement('button');
    root.append(button);
    document.body.append(host);
    blockUntrustedEvents(root);
    const listener = vi.fn();
    button.addEventListener(type, listener);
    button.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
    expect(listener).not.toHaveBeenCalled();
    host.remove();
  });

  it('lets trusted input through', () => {
    const target = document.createElement('div');
    blockUntrustedEvents(target);
    const event = new Event('click');
    Object.defineProperty(event, 'isTrusted', { value: true });
    const listener = vi.fn();
    target.addEventListener('click', listener);
    target.dispatchEvent(event);
    expect(listener).toHaveBeenCalledOnce();
  });
});

describe('isTrustedInput', () => {
  it.each([
    [false, false],
    [true, true],
  ])('isTrusted %s → %s', (trusted, expected) => {
    const event = new Event('keydown');
    Object.defineProperty(event, 'isTrusted', { value: trusted });
    expect(isTrustedInput(event)).toBe(expected);
  });
});
