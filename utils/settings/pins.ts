/**
 * Pinned coins: pure list rules (limit, order) and the background's serialised store.
 */
import { pinnedCoinsSetting } from '@/utils/settings/items';
import { coinInfo } from '@/utils/terms/coin-catalog';

/** How many coins can be pinned: badges must stay compact. */
export const MAX_PINS = 5;

/** The outcome of a pin change, with the list after it. */
export type PinChange =
  { ok: true; pins: string[] } | { ok: false; pins: string[]; message: string };

/**
 * Pins `coinId` at the end, or at `index` (clamped to the list; Undo puts a coin back where it
 * was). Refuses past {@link MAX_PINS}. Pinning twice changes nothing.
 */
export function addPin(pins: readonly string[], coinId: string, index?: number): PinChange {
  if (pins.includes(coinId)) return { ok: true, pins: [...pins] };
  if (pins.length >= MAX_PINS) {
    return {
      ok: false,
      pins: [...pins],
      message: `You can pin up to ${MAX_PINS} coins. Unpin one to pin ${coinInfo(coinId).name}.`,
    };
  }
  const next = [...pins];
  next.splice(Math.min(Math.max(0, index ?? pins.length), pins.length), 0, coinId);
  return { ok: true, pins: next };
}

/** Unpins `coinId`; the others keep their order. */
export function removePin(pins: readonly string[], coinId: string): PinChange {
  return { ok: true, pins: pins.filter((id) => id !== coinId) };
}

/** Moves `coinId` by `offset` places (−1 = earlier), clamped to the list. */
export function movePin(pins: readonly string[], coinId: string, offset: number): PinChange {
  const from = pins.indexOf(coinId);
  if (from < 0) return { ok: true, pins: [...pins] };
  const to = Math.min(pins.length - 1, Math.max(0, from + offset));
  const next = [...pins];
  next.splice(from, 1);
  next.splice(to, 0, coinId);
  return { ok: true, pins: next };
}

/** Cleans whatever storage held into a valid pin list (unique ids, at most the limit). */
export function sanitisePins(raw: unknown): string[] {
  if (!Array.isArray(raw)) return [];
  const ids = raw.filter(
    (id): id is string => typeof id === 'string' && /^[a-z0-9][a-z0-9-]{0,79}$/.test(id),
  );
  return [...new Set(ids)].slice(0, MAX_PINS);
}

/**
 * Applies pin changes one at a time. Tabs and the popup ask the background to pin, so two
 * tabs pinning at once cannot overwrite each other's read-modify-write.
 */
export class PinStore {
  private chain: Promise<unknown> = Promise.resolve();

  /** Runs `change` on the current pins and saves the result when it succeeds. */
  apply(change: (pins: readonly string[]) => PinChange): Promise<PinChange> {
    const next = this.chain.then(async () => {
      const result = change(sanitisePins(await pinnedCoinsSetting.getValue()));
      if (result.ok) await pinnedCoinsSetting.setValue(result.pins);
      return result;
    });
    this.chain = next.catch(() => undefined);
    return next;
  }
}
