/**
 * The whole glossary: each entry's spellings (`spellings.ts`) joined with its definition
 * (`definitions.ts`) and, for coins, the name and ticker of `coin-catalog.ts`. For the
 * background (which answers the tooltip's definition requests) and for tests; the content
 * script never imports it.
 */
import { COIN_CATALOG, coinInfo, coinLabel } from './coin-catalog';
import { DEFINITIONS } from './definitions';
import { TERM_SPELLINGS } from './spellings';
import type { GlossaryEntry } from './types';

const coinIds = new Set(COIN_CATALOG.map((coin) => coin.id));

function join(): GlossaryEntry[] {
  return TERM_SPELLINGS.map((spelling) => {
    const definition = DEFINITIONS[spelling.id];
    if (!definition) throw new Error(`The glossary entry "${spelling.id}" has no definition.`);
    const coin = spelling.coinId ? coinInfo(spelling.coinId) : undefined;
    // A coin's own entry is titled by the catalog; phrases tied to a coin keep their title.
    const isCoin = definition.category === 'coin' && coin !== undefined && coinIds.has(coin.id);
    const title = isCoin ? coinLabel(coin) : definition.title;
    if (!title) throw new Error(`The glossary entry "${spelling.id}" has no title.`);
    return {
      ...spelling,
      ...definition,
      title,
      ...(coin ? { symbol: coin.symbol } : {}),
    };
  });
}

/** Every entry, terms first, then coins. */
export const GLOSSARY: readonly GlossaryEntry[] = join();

let entriesById: Map<string, GlossaryEntry> | null = null;

/** The {@link GLOSSARY} entry with this id, or undefined. */
export function getEntry(id: string): GlossaryEntry | undefined {
  entriesById ??= new Map(GLOSSARY.map((entry) => [entry.id, entry]));
  return entriesById.get(id);
}
