import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { answerPageDateQueries, askTabForPageDate } from '../page-date-query';

type Listener = (
  message: unknown,
  sender: { id?: string; tab?: unknown },
  sendResponse: (answer: unknown) => void,
) => unknown;

/** The listener the content script registers, called as the browser would. */
function registered(win: Window, publishedMs: number | null | (() => Promise<number | null>)) {
  const add = vi.spyOn(browser.runtime.onMessage, 'addListener');
  const stop = answerPageDateQueries(win, () =>
    typeof publishedMs === 'function' ? publishedMs() : publishedMs,
  );
  const listener = add.mock.calls.at(-1)![0] as unknown as Listener;
  add.mockRestore();
  /** The answer sent (undefined: none), once the listener's work settled. */
  const ask = async (message: unknown, sender: { id?: string; tab?: unknown }) => {
    const sendResponse = vi.fn();
    const kept = listener(message, sender, sendResponse);
    await vi.waitFor(() => {
      if (kept === true) expect(sendResponse).toHaveBeenCalled();
    });
    return sendResponse.mock.calls[0]?.[0];
  };
  return { ask, stop };
}

const top = { top: null as unknown } as unknown as Window;
(top as unknown as { top: Window }).top = top;
const query = { hashlens: 1, type: 'pageDate' };

beforeEach(() => fakeBrowser.reset());

describe('answerPageDateQueries', () => {
  it('answers HashLens pages with the date only', async () => {
    const { ask } = registered(top, Date.UTC(2026, 3, 13, 9, 59));
    expect(await ask(query, { id: browser.runtime.id })).toEqual({
      publishedMs: Date.UTC(2026, 3, 13, 9, 59),
    });
  });

  it('answers null on an undated page', async () => {
    expect(await registered(top, null).ask(query, { id: browser.runtime.id })).toEqual({
      publishedMs: null,
    });
  });

  it('answers once the date is worked out on demand, and null when that fails', async () => {
    const later = registered(top, () => Promise.resolve(Date.UTC(2019, 5, 26)));
    expect(await later.ask(query, { id: browser.runtime.id })).toEqual({
      publishedMs: Date.UTC(2019, 5, 26),
    });
    const failing = registered(top, () => Promise.reject(new Error('UI bundle gone')));
    expect(await failing.ask(query, { id: browser.runtime.id })).toEqual({ publishedMs: null });
  });

  it('ignores other senders, other messages and subframes', async () => {
    const { ask } = registered(top, 1);
    expect(await ask(query, { id: 'another-extension' })).toBeUndefined();
    expect(await ask(query, { id: browser.runtime.id, tab: { id: 3 } })).toBeUndefined();
    expect(
      await ask({ hashlens: 1, type: 'whichSite' }, { id: browser.runtime.id }),
    ).toBeUndefined();
    const frame = { top } as unknown as Window;
    expect(await registered(frame, 1).ask(query, { id: browser.runtime.id })).toBeUndefined();
  });
});

describe('askTabForPageDate', () => {
  it('keeps only a finite number', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage') as unknown as ReturnType<
      typeof vi.fn<(...args: unknown[]) => Promise<unknown>>
    >;
    send.mockResolvedValueOnce({ publishedMs: 5 });
    expect(await askTabForPageDate(1)).toBe(5);
    send.mockResolvedValueOnce({ publishedMs: '2026-04-13' });
    expect(await askTabForPageDate(1)).toBeNull();
    send.mockRejectedValueOnce(new Error('no content script'));
    expect(await askTabForPageDate(1)).toBeNull();
    expect(send).toHaveBeenCalledWith(1, { hashlens: 1, type: 'pageDate' }, { frameId: 0 });
  });
});
