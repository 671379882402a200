import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pinnedCoinsSetting } from '@/utils/settings/items';
import { addPin, MAX_PINS, movePin, PinStore, removePin, sanitisePins } from '../pins';

describe('pin rules', () => {
  it.each([
    ['pins at the end', ['bitcoin'], 'ethereum', ['bitcoin', 'ethereum']],
    ['pinning twice changes nothing', ['bitcoin'], 'bitcoin', ['bitcoin']],
    ['pins into an empty list', [], 'solana', ['solana']],
  ])('%s', (_name, pins, coinId, expected) => {
    expect(addPin(pins, coinId)).toEqual({ ok: true, pins: expected });
  });

  it.each([
    ['back at the start', ['b', 'c'], 'a', 0, ['a', 'b', 'c']],
    ['back in the middle', ['a', 'c'], 'b', 1, ['a', 'b', 'c']],
    ['at the end', ['a', 'b'], 'c', 2, ['a', 'b', 'c']],
    ['past the end: at the end', ['a'], 'c', 4, ['a', 'c']],
    ['already pinned: left where it is', ['a', 'b'], 'b', 0, ['a', 'b']],
  ])('pins at a place (Undo): %s', (_name, pins, coinId, index, expected) => {
    expect(addPin(pins, coinId, index)).toEqual({ ok: true, pins: expected });
  });

  it('refuses a pin at a place past the limit too', () => {
    expect(addPin(['a', 'b', 'c', 'd', 'e'], 'f', 0).ok).toBe(false);
  });

  it(`refuses a ${MAX_PINS + 1}th pin with a clear message and keeps the list`, () => {
    const five = ['bitcoin', 'ethereum', 'solana', 'tether', 'dogecoin'];
    const result = addPin(five, 'cardano');
    expect(result).toEqual({
      ok: false,
      pins: five,
      message: 'You can pin up to 5 coins. Unpin one to pin Cardano.',
    });
  });

  it.each([
    ['up', ['a', 'b', 'c'], 'c', -1, ['a', 'c', 'b']],
    ['down', ['a', 'b', 'c'], 'a', 1, ['b', 'a', 'c']],
    ['clamped at the top', ['a', 'b', 'c'], 'a', -3, ['a', 'b', 'c']],
    ['clamped at the bottom', ['a', 'b', 'c'], 'b', 9, ['a', 'c', 'b']],
    ['an unknown coin', ['a', 'b'], 'z', 1, ['a', 'b']],
  ])('moves %s', (_name, pins, coinId, offset, expected) => {
    expect(movePin(pins, coinId, offset).pins).toEqual(expected);
  });

  it('unpins and keeps the order of the rest', () => {
    expect(removePin(['a', 'b', 'c'], 'b').pins).toEqual(['a', 'c']);
  });

  it.each([
    ['not a list', 'bitcoin', []],
    [
      'duplicates and junk',
      ['bitcoin', 'bitcoin', 3, null, 'Bad Id', 'ethereum'],
      ['bitcoin', 'ethereum'],
    ],
    ['too many', ['a', 'b', 'c', 'd', 'e', 'f', 'g'], ['a', 'b', 'c', 'd', 'e']],
  ])('sanitises %s', (_name, raw, expected) => {
    expect(sanitisePins(raw)).toEqual(expected);
  });
});

describe('PinStore', () => {
  beforeEach(() => fakeBrowser.reset());

  it('persists pins in order across "reloads" (a new store reads the same storage)', async () => {
    const store = new PinStore();
    await store.apply((pins) => addPin(pins, 'bitcoin'));
    await store.apply((pins) => addPin(pins, 'ethereum'));
    await new PinStore().apply((pins) => movePin(pins, 'ethereum', -1));
    expect(await pinnedCoinsSetting.getValue()).toEqual(['ethereum', 'bitcoin']);
  });

  it('serialises concurrent pins from many tabs: none is lost', async () => {
    const store = new PinStore();
    await Promise.all(
      ['bitcoin', 'ethereum', 'solana', 'tether'].map((id) =>
        store.apply((pins) => addPin(pins, id)),
      ),
    );
    expect(await pinnedCoinsSetting.getValue()).toEqual([
      'bitcoin',
      'ethereum',
      'solana',
      'tether',
    ]);
  });

  it('does not save a refused change', async () => {
    await pinnedCoinsSetting.setValue(['a', 'b', 'c', 'd', 'e']);
    const result = await new PinStore().apply((pins) => addPin(pins, 'f'));
    expect(result.ok).toBe(false);
    expect(await pinnedCoinsSetting.getValue()).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('repairs corrupt stored pins before changing them', async () => {
    await fakeBrowser.storage.sync.set({ pinnedCoins: ['bitcoin', 42, 'bitcoin'] });
    await new PinStore().apply((pins) => addPin(pins, 'ethereum'));
    expect(await pinnedCoinsSetting.getValue()).toEqual(['bitcoin', 'ethereum']);
  });
});
