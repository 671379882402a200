import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NoticeSlot, noticeText, UNDO_MS, type StripNotice } from '../undo';

const bitcoin: StripNotice = {
  kind: 'unpinned',
  coin: { coinId: 'bitcoin', name: 'Bitcoin', index: 0 },
};
const ether: StripNotice = {
  kind: 'unpinned',
  coin: { coinId: 'ethereum', name: 'Ethereum', index: 1 },
};

describe('NoticeSlot', () => {
  let changes: number;
  let slot: NoticeSlot;

  beforeEach(() => {
    vi.useFakeTimers();
    changes = 0;
    slot = new NoticeSlot(() => changes++);
  });
  afterEach(() => vi.useRealTimers());

  it('offers Undo for about six seconds, then goes', () => {
    expect(UNDO_MS).toBe(6_000);
    slot.show(bitcoin);
    expect(changes).toBe(1);
    vi.advanceTimersByTime(UNDO_MS - 1);
    expect(slot.current).toBe(bitcoin);
    vi.advanceTimersByTime(1);
    expect(slot.current).toBe(null);
    expect(changes).toBe(2);
  });

  it.each([
    ['pointer over it', 10_000],
    ['focus in it', 60_000],
  ])('does not go while held (%s), and goes a full period after release', (_why, heldFor) => {
    slot.show(bitcoin);
    slot.hold(true);
    vi.advanceTimersByTime(heldFor);
    expect(slot.current).toBe(bitcoin);
    slot.hold(false);
    vi.advanceTimersByTime(UNDO_MS - 1);
    expect(slot.current).toBe(bitcoin);
    vi.advanceTimersByTime(1);
    expect(slot.current).toBe(null);
  });

  it('a hold released before the time is up changes nothing', () => {
    slot.show(bitcoin);
    slot.hold(true);
    vi.advanceTimersByTime(2_000);
    slot.hold(false);
    vi.advanceTimersByTime(UNDO_MS - 2_000);
    expect(slot.current).toBe(null);
  });

  it('a second unpin replaces the first and restarts the time', () => {
    slot.show(bitcoin);
    vi.advanceTimersByTime(4_000);
    slot.show(ether);
    vi.advanceTimersByTime(4_000);
    expect(slot.current).toBe(ether);
    vi.advanceTimersByTime(UNDO_MS - 4_000);
    expect(slot.current).toBe(null);
  });

  it('take() hands the notice over once and stops its timer', () => {
    slot.show(bitcoin);
    expect(slot.take()).toBe(bitcoin);
    expect(slot.take()).toBe(null);
    const before = changes;
    vi.advanceTimersByTime(UNDO_MS * 2);
    expect(changes).toBe(before);
  });

  it('the hold goes with the notice: the next one is not held', () => {
    slot.show(bitcoin);
    slot.hold(true);
    slot.take();
    slot.show(ether);
    vi.advanceTimersByTime(UNDO_MS);
    expect(slot.current).toBe(null);
  });
});

it.each([
  [bitcoin, 'Unpinned Bitcoin.'],
  [
    { kind: 'message', text: 'You can pin up to 5 coins.' } as StripNotice,
    'You can pin up to 5 coins.',
  ],
])('notice text %#', (notice, text) => {
  expect(noticeText(notice)).toBe(text);
});
