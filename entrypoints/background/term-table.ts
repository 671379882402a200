/**
 * Keeps the compiled glossary in storage for the content scripts (see
 * `utils/terms/term-table-store.ts`): written at every start when a stored part differs (a
 * new version, a first install, a corrupt value).
 */
import { browser } from 'wxt/browser';
import { packTable } from '@/utils/terms/matcher';
import { parseTermGroups, parseTermTokens } from '@/utils/terms/packed-table';
import {
  parseTermAnchorKeys,
  termAnchorKeysOf,
  type TermAnchorKeys,
} from '@/utils/terms/term-anchors';
import { defaultTermTable } from '@/utils/terms/term-table';
import { storage, type WxtStorageItem } from '#imports';
import type { TermGroups, TermTokens } from '@/utils/terms/packed-table';
import { TERM_TABLE_KEYS, splitTermTable } from '@/utils/terms/term-table-store';

/** Where builds before the table was split kept it: removed, not migrated (it is rebuilt). */
const OLD_TABLE_KEY = 'termTable';

type Item<T> = WxtStorageItem<T | null, Record<string, never>>;
interface TermTableItems {
  tokens: Item<TermTokens>;
  groups: Item<TermGroups>;
  anchorKeys: Item<TermAnchorKeys>;
}
let items: TermTableItems | null = null;

/**
 * The stored parts, and the counting keys by anchor (the first look's). Each carries the
 * table's id (the parts also their format, `PACKED_FORMAT`): a value of another format or table
 * reads as none and is written again here, so no versioned migration is needed.
 */
export function termTableItems(): TermTableItems {
  return (items ??= {
    tokens: storage.defineItem<TermTokens | null>(`local:${TERM_TABLE_KEYS.tokens}`, {
      fallback: null,
    }),
    groups: storage.defineItem<TermGroups | null>(`local:${TERM_TABLE_KEYS.groups}`, {
      fallback: null,
    }),
    anchorKeys: storage.defineItem<TermAnchorKeys | null>(`local:${TERM_TABLE_KEYS.anchorKeys}`, {
      fallback: null,
    }),
  });
}

/** Stores the current table's parts and keys by anchor unless storage already holds them. */
export async function publishTermTable(): Promise<void> {
  const { tokens, groups } = splitTermTable(packTable(defaultTermTable()));
  const items = termTableItems();
  const [storedTokens, storedGroups, storedAnchorKeys] = await Promise.all([
    items.tokens.getValue().catch(() => null),
    items.groups.getValue().catch(() => null),
    items.anchorKeys.getValue().catch(() => null),
  ]);
  // Groups first: a frame that reads the new first part finds its second part beside it.
  if (parseTermGroups(storedGroups)?.id !== groups.id) await items.groups.setValue(groups);
  if (parseTermAnchorKeys(storedAnchorKeys)?.id !== tokens.id) {
    await items.anchorKeys.setValue(termAnchorKeysOf(tokens));
  }
  if (parseTermTokens(storedTokens)?.id !== tokens.id) await items.tokens.setValue(tokens);
  await browser.storage.local.remove(OLD_TABLE_KEY).catch(() => undefined);
}
