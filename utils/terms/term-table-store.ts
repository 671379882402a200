/**
 * Where content scripts find the compiled glossary: the background stores the
 * {@link TermTable} in `storage.local` at start (`publishTermTable`), every frame reads it
 * there. So no frame carries or compiles the spellings, however large the glossary grows.
 */
import { storage } from '#imports';
import { parseTermTable, type TermTable } from './matcher';

/** The stored table; read it through {@link readTermTable}. */
export const termTableItem = storage.defineItem<TermTable | null>('local:termTable', {
  fallback: null,
  // Version 2: tables carry a format (TERM_TABLE_FORMAT) and the needsMining flag. An older
  // table is dropped; the background stores the current one at its next start.
  version: 2,
  migrations: { 2: () => null },
});

/** The stored table, or null when storage holds none or a broken one. */
export async function readTermTable(): Promise<TermTable | null> {
  try {
    return parseTermTable(await termTableItem.getValue());
  } catch {
    return null;
  }
}
