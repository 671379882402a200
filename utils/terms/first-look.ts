/**
 * The first look every frame takes: does this text hold a term at all? It reads only the small
 * part of the table ({@link TermTokens}) and answers from the keys alone, so a frame without
 * terms never loads the matcher, its candidates or anything that shows terms.
 *
 * It errs on the side of "yes": a key that stands in any case, or as written, is a term here
 * even where the matcher's finer checks (Unicode boundaries, URLs, stop phrases) would drop it.
 * Keys that stand only on crypto pages (`whale`, `SOL`, cashtags) are weak: the caller decides
 * whether the page may be one (its head names a term).
 */
import { forEachKeyStart, keyEnd, lineIn, longestKeyAt, tokenLookupOf } from './token-lookup';
import { readNumber, type TermTokens } from './packed-table';
import { isAsciiWordChar } from './text-chars';

/** What a text holds: {@link STRONG} a term, {@link WEAK} only terms of crypto pages, or 0. */
export type FirstLook = (text: string) => number;

/** A key that stands on any page. */
export const STRONG = 2;
/** A key that stands only on crypto pages. */
export const WEAK = 1;

const SEPARATOR_RUN_RE = /(?:[-\u2010-\u2013]|\s)+/g;
const CURLY_APOSTROPHES_RE = /[\u2019\u02bc]/g;

/** A first look over `table`. */
export function firstLookOf(table: TermTokens): FirstLook {
  const lookup = tokenLookupOf(table);
  const { firstTokens, keys, minLength } = table;
  return (text) => {
    if (text.length < minLength) return 0;
    let grade = 0;
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
        if (kind === 'i') grade = STRONG;
        else if (kind === 'c') {
          const written = text
            .slice(at, keyEnds)
            .replace(SEPARATOR_RUN_RE, ' ')
            .replace(CURLY_APOSTROPHES_RE, "'");
          if (
            line
              .slice(tab + 3)
              .split('\u001e')
              .includes(written)
          )
            grade = STRONG;
        } else if (kind === 'w') grade = Math.max(grade, WEAK);
        // A shorter key may still stand where this one does not (on any page).
        return grade === STRONG ? keyEnds : -1;
      });
      return grade === STRONG ? -1 : Math.max(end, at + 1);
    });
    return grade;
  };
}
