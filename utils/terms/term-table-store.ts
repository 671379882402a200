/**
 * Where content scripts find the compiled glossary: the background stores the packed table
 * (`packed-table.ts`) in `storage.local` at start (`publishTermTable`), in two parts. Every
 * frame reads the small first part (its first look); only frames that hold terms read the
 * second. So no frame carries or compiles the spellings, however large the glossary grows.
 */
import { browser } from 'wxt/browser';
import {
  parsePackedTable,
  parseTermGroups,
  parseTermTokens,
  type PackedTermTable,
  type TermGroups,
  type TermTokens,
} from './packed-table';
import { parseTermAnchorKeys, type TermAnchorKeys } from './term-anchors';

/**
 * The parts' keys in `storage.local` (the background writes them: `publishTermTable`), and
 * the key of the table's counting keys grouped by anchor (`TermAnchorKeys`, the first look's).
 */
export const TERM_TABLE_KEYS = {
  tokens: 'termTokens',
  groups: 'termGroups',
  anchorKeys: 'termAnchorKeys',
} as const;
const TOKENS_KEY = TERM_TABLE_KEYS.tokens;
const GROUPS_KEY = TERM_TABLE_KEYS.groups;
const ANCHOR_KEYS_KEY = TERM_TABLE_KEYS.anchorKeys;

/**
 * The table's keys by anchor, or null when storage holds none, a broken value or another
 * table's (`tableId`): one storage round, for the first look.
 */
export async function readTermAnchorKeys(tableId: string): Promise<TermAnchorKeys | null> {
  try {
    const keys = parseTermAnchorKeys(
      (await browser.storage.local.get(ANCHOR_KEYS_KEY))[ANCHOR_KEYS_KEY],
    );
    return keys?.id === tableId ? keys : null;
  } catch {
    return null;
  }
}

/** The first part, or null when storage holds none or a broken one: one storage round. */
export async function readTermTokens(): Promise<TermTokens | null> {
  try {
    return parseTermTokens((await browser.storage.local.get(TOKENS_KEY))[TOKENS_KEY]);
  } catch {
    return null;
  }
}

/** The whole table for `tokens` (null when the second part is missing, broken or another table's). */
export async function readTermTable(tokens: TermTokens): Promise<PackedTermTable | null> {
  try {
    const groups = parseTermGroups((await browser.storage.local.get(GROUPS_KEY))[GROUPS_KEY]);
    return groups ? parsePackedTable({ ...tokens, ...groups }) : null;
  } catch {
    return null;
  }
}

/** The two parts of a table, as stored. */
export function splitTermTable(table: PackedTermTable): { tokens: TermTokens; groups: TermGroups } {
  const { format, id, minLength, tokenStarts, firstTokens, keys, groups, coins } = table;
  return {
    tokens: { format, id, minLength, tokenStarts, firstTokens, keys },
    groups: { format, id, groups, coins },
  };
}
