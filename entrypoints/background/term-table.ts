/**
 * Keeps the compiled glossary in storage for the content scripts (see
 * `utils/terms/term-table-store.ts`): written at every start when the stored one differs (a
 * new version, a first install, a corrupt value).
 */
import { packTable } from '@/utils/terms/matcher';
import { parsePackedTable } from '@/utils/terms/packed-table';
import { defaultTermTable } from '@/utils/terms/term-table';
import { termTableItem } from '@/utils/terms/term-table-store';

/** Stores the current table unless storage already holds exactly it. */
export async function publishTermTable(): Promise<void> {
  const table = packTable(defaultTermTable());
  const stored = parsePackedTable(
    await termTableItem()
      .getValue()
      .catch(() => null),
  );
  if (stored?.id !== table.id) await termTableItem().setValue(table);
}
