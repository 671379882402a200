/**
 * Where content scripts find the compiled glossary: the background stores the packed table
 * (`packed-table.ts`) in `storage.local` at start (`publishTermTable`), every frame reads it
 * there. So no frame carries or compiles the spellings, however large the glossary grows.
 */
import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from '#imports';
import { parsePackedTable, type PackedTermTable } from './packed-table';

/** The table's key in `storage.local`. */
const TERM_TABLE_KEY = 'termTable';

let item: WxtStorageItem<PackedTermTable | null, Record<string, never>> | null = null;

/**
 * The stored table (the background writes it). Defined on first use: WXT reads an item from
 * storage as it is defined, which every frame would pay for. The table carries its own format
 * (`PACKED_FORMAT`): a table of another format reads as none and the background stores the
 * current one, so the item needs no versioned migration (which WXT would also run in every
 * context that defines it).
 */
export function termTableItem(): WxtStorageItem<PackedTermTable | null, Record<string, never>> {
  return (item ??= storage.defineItem<PackedTermTable | null>(`local:${TERM_TABLE_KEY}`, {
    fallback: null,
  }));
}

/** The stored table, or null when storage holds none or a broken one: one storage round. */
export async function readTermTable(): Promise<PackedTermTable | null> {
  try {
    const stored = await browser.storage.local.get(TERM_TABLE_KEY);
    return parsePackedTable(stored[TERM_TABLE_KEY]);
  } catch {
    return null;
  }
}
