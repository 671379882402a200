/**
 * The first look every frame takes: does this text hold a term at all? It reads only the small
 * part of the table ({@link TermTokens}) and answers from the keys alone, so a frame without
 * terms never loads the matcher, its candidates or anything that shows terms.
 *
 * It errs on the side of "yes": a key that stands in any case, or as written, is a term here
 * even where the matcher's finer checks (Unicode boundaries, URLs, stop phrases) would drop it.
 * Keys that stand only on crypto pages (`whale`, `SOL`, cashtags) count when the page's head
 * shows crypto context (asked once, and only when such a key is seen).
 */
import { lineIn, longestKeyAt, forEachKeyStart, tokenLookupOf, keyEnd } from './token-lookup';
import { readNumber, type TermTokens } from './packed-table';
import { isAsciiWordChar } from './text-chars';

/** Looks at texts of one frame; true once any of them holds a term. */
export type FirstLook = (text: string) => boolean;

const SEPARATOR_RUN_RE = /(?:[-\u2010-\u2013]|\s)+/g;

/**
 * A first look over `table`. `headShowsContext` tells whether the page's head shows crypto
 * context (asked at most once).
 */
export function firstLookOf(table: TermTokens, headShowsContext: () => boolean): FirstLook {
  const lookup = tokenLookupOf(table);
  const { firstTokens, keys, minLength } = table;
  let context: boolean | null = null;
  const withContext = () => (context ??= headShowsContext());
  return (text) => {
    if (text.length < minLength) return false;
    let found = false;
    forEachKeyStart(lookup, text, (at, entry) => {
      const end = longestKeyAt(lookup, text, at, entry, (key) => {
        const line = lineIn(
          keys,
          readNumber(firstTokens, entry),
          readNumber(firstTokens, entry + 2),
          key,
        );
        if (line === null) return -1;
        const tab = line.indexOf('\t');
        const keyEnds = keyEnd(text, at, key);
        if (keyEnds < 0) return -1;
        const glued = keyEnds < text.length && isAsciiWordChar(text.charCodeAt(keyEnds));
        if (line.charCodeAt(tab + 1) === 0x31 && glued) return -1;
        const kind = line[tab + 2];
        if (kind === 'i') return keyEnds;
        if (kind === 'c') {
          const written = text
            .slice(at, keyEnds)
            .replace(SEPARATOR_RUN_RE, ' ')
            .replace(/[\u2019\u02bc]/g, "'");
          return line
            .slice(tab + 3)
            .split('\u001e')
            .includes(written)
            ? keyEnds
            : -1;
        }
        if (kind === 'w' && withContext()) return keyEnds;
        return -1;
      });
      if (end >= 0) found = true;
      return found ? -1 : Math.max(end, at + 1);
    });
    return found;
  };
}
