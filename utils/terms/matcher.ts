/**
 * The term matcher: finds glossary spellings in plain text in one pass per text, in every
 * frame, without compiling anything large.
 *
 * How it works:
 * - `compileTermTable` (`term-table.ts`, in the background) turns the glossary into a
 *   {@link TermTable}: one candidate per spelling, its separators normalised. It is stored;
 *   {@link matcherFromTable} indexes it (a Map from the first two lower-cased characters to
 *   the spellings that start with them, longest first) and runs it in every frame.
 * - Why not one RegExp of every spelling: compiling a 40 kB alternation costs V8 tens of
 *   milliseconds, in every frame of every page, and V8 does not optimise RegExps over 20 kB.
 *   The index costs a Map lookup per possible word start and compiles nothing.
 * - A spelling may start at the text's start or after anything but an ASCII letter or
 *   underscore (digits are allowed, so `0.5BTC` matches); one ending in a letter or digit may
 *   not be followed by an ASCII letter, digit or underscore. On a hit, JavaScript rejects
 *   other Unicode letters or digits as neighbours (`Bitcoinа` with a Cyrillic а), except
 *   letters of scripts written without spaces (Chinese, Japanese, Thai …), so `用Bitcoin支付`
 *   matches. Multi-word aliases accept any run of white space (including no-break spaces) or
 *   one hyphen (`-`, `‐`, `‑`, `‒`, `–`) between words; straight and curly apostrophes are
 *   interchangeable; letters match in any case.
 * - Each hit is then checked: the case rule, crypto context, cashtags, stop phrases and URL /
 *   e-mail surroundings. Lower-case "one", "near", "link" in prose are hits that these checks
 *   drop; they are rare enough not to matter for speed.
 * - At each position the longest alias wins (`Bitcoin Cash` over `Bitcoin`); one whose end is
 *   glued to more letters gives way to a shorter one (`Bitcoin cashback` still finds
 *   `Bitcoin`). When the longest alias is rejected by the checks the scan resumes after the
 *   next character, so an alias that starts later inside it can still match, but a shorter
 *   alias starting at the same position is not tried: the glossary avoids such nestings.
 *
 * Matches are refused inside URLs (`https://…`, `www.…`, `bitcoin.org`, `example.com/bitcoin`),
 * e-mail addresses (`satoshi@gmx.com`) and @handles (`@bitcoin`), and in file names such as
 * `bitcoin.pdf`.
 */
import {
  PACKED_FORMAT,
  packTermTable,
  parseKeyLine,
  readNumber,
  type Candidate,
  type KeyRow,
  type PackedTermTable,
} from './packed-table';
import {
  wordCharRe,
  letterRe,
  lazyRegExp,
  codePointBefore,
  isAsciiLetterOrUnderscore,
  isAsciiWordChar,
  isSpaceCode,
  joinsWord,
} from './text-chars';
import {
  entryOf,
  forEachKeyStart,
  keyEnd,
  lineIn,
  longestKeyAt,
  tokenLookupOf,
  tokenPattern,
  type TokenLookup,
} from './token-lookup';
import type { CaseRule, MatchContext, TermMatch, TermMatcher } from './types';

/**
 * The result of every scan that finds nothing: one shared, frozen empty array, so the common
 * case (text without terms) allocates nothing.
 */
const NO_MATCHES = Object.freeze([]) as unknown as TermMatch[];

const SEPARATORS_RE = /(?:[-\u2010-\u2013]|\s)+/g;
const APOSTROPHES_RE = /[\u2019\u02bc]/g;
/** A token (text between white space) that is a URL, domain, file name or e-mail address. */
const urlLikeRe = lazyRegExp(
  String.raw`:\/\/|(?:^|[^\p{L}\p{N}])www\.|[\p{L}\p{N}_-]\.\p{L}{2,}(?:[/:?#)\]}>"'’,;!.]|$)|[\p{L}\p{N}_.+-]@[\p{L}\p{N}-]+\.\p{L}`,
  'u',
);
/** How far to look for the ends of a token when checking for URLs (bounds the cost). */
const TOKEN_SCAN_LIMIT = 256;

/** Separators folded to one space, curly apostrophes to straight ones (case kept). */
export function normalizeSpelling(s: string): string {
  return s.replace(SEPARATORS_RE, ' ').replace(APOSTROPHES_RE, "'");
}

/** The lookup key of a spelling: {@link normalizeSpelling} in lower case. */
export function aliasKey(s: string): string {
  return normalizeSpelling(s).toLowerCase();
}

/**
 * The compiled glossary: every spelling's candidate. Built once from the spellings
 * (`term-table.ts`, in the background) and packed ({@link packTable}) into the form stored for
 * the content scripts, so no frame compiles the glossary itself.
 */
export interface TermTable {
  /** {@link TERM_TABLE_FORMAT} of the build that compiled it: other formats are recompiled. */
  format: number;
  /** Changes whenever the spellings change (a hash of the rest). */
  id: string;
  /** Length of the shortest spelling: shorter texts are skipped without a scan. */
  minLength: number;
  /** One candidate per spelling: [entry id ('' for a stop phrase), case rule, spelling, flags]. */
  candidates: TermCandidate[];
  /**
   * Coin entry id → CoinGecko id, for the entries that name a coin (not a phrase tied to one,
   * such as "Bitcoin mining"): matches of them carry {@link TermMatch.coinId}.
   */
  coins: Record<string, string>;
}

/** A spelling as stored: entry id, case rule, spelling (separators normalised), {@link CANDIDATE}. */
export type TermCandidate = [entryId: string, rule: CaseRule, exact: string, flags: number];

/**
 * Bits of a candidate's flags. `needsMining` marks words that only stand on pages about mining
 * (bare "difficulty", "capitulation"); such candidates carry `needsContext` too.
 */
export const CANDIDATE = { needsContext: 1, cashtag: 2, stop: 4, needsMining: 8 } as const;

/**
 * Version of the table layout and flag meanings: the packed layout's (the stored form, see
 * `packed-table.ts`), also part of every {@link TermTable.id}. A stored table of another format
 * is refused by `parsePackedTable`, so the background compiles and stores the current one.
 */
export const TERM_TABLE_FORMAT = PACKED_FORMAT;

/** Builds the matcher a {@link TermTable} describes (packs it first: tests, scripts). */
export function matcherFromTable(table: TermTable): TermMatcher {
  return matcherFromPacked(packTable(table));
}

/** The {@link PackedTermTable} of a {@link TermTable}: what the background stores. */
export function packTable(table: TermTable): PackedTermTable {
  return packTermTable(table.candidates, table, {
    wordEnded: (key) => {
      const tail = key.charCodeAt(key.length - 1);
      return tail < 0x80 ? isAsciiWordChar(tail) : wordCharRe().test([...key].pop() ?? '');
    },
    tokenPattern,
  });
}

/**
 * Builds the matcher of a packed table. Cheap: a 128-entry table of start characters and the
 * bucket range of each ASCII first character; keys are searched in the table's strings.
 */
export function matcherFromPacked(table: PackedTermTable): TermMatcher {
  const lookup = lookupOf(table);
  const minLength = table.minLength;
  const isKnownUpper = (word: string): boolean =>
    keyRowOf(lookup, word.toLowerCase())?.candidates.some(
      (c) =>
        (c.flags & CANDIDATE.stop) === 0 &&
        (c.rule === 'upper' || c.rule === 'symbol' || c.rule === 'cashtag'),
    ) ?? false;

  /** Set by `accept`: the candidate it returned was accepted only thanks to deferred context. */
  let acceptedOnContext = false;

  /** The accepted candidate of a key's row for a hit, or null. `cashtag`: it follows a `$`. */
  const accept = (
    row: KeyRow,
    spelling: string,
    text: string,
    start: number,
    end: number,
    cashtag: boolean,
    context: MatchContext,
  ): Candidate | null => {
    acceptedOnContext = false;
    const list = row.candidates;
    let normalized: string | null = null;
    // Deferred context: accept as if the page had context and note when that mattered.
    const withContext = context.cryptoContext || context.deferContext === true;
    for (const c of list) {
      if (cashtag && (c.flags & CANDIDATE.cashtag) !== 0) {
        acceptedOnContext = false;
        return c;
      }
      const needsContext = (c.flags & CANDIDATE.needsContext) !== 0;
      // Mining context is known before the scan (never deferred): a page about mining. Read
      // only here, so a page whose subject is worked out lazily pays for it on such hits only.
      if ((c.flags & CANDIDATE.needsMining) !== 0 && context.miningContext !== true) continue;
      if (needsContext && !withContext) continue;
      acceptedOnContext = needsContext && !context.cryptoContext;
      if (c.rule === 'insensitive') return c;
      normalized ??= normalizeSpelling(spelling);
      switch (c.rule) {
        case 'sensitive':
          if (normalized === c.exact) return c;
          break;
        case 'upper':
          if (normalized === c.exact || normalized === c.upper) return c;
          break;
        case 'symbol':
          if (
            withContext &&
            normalized === c.upper &&
            !isShouting(text, start, end, isKnownUpper)
          ) {
            acceptedOnContext = !context.cryptoContext;
            return c;
          }
          break;
        case 'cashtag':
          break;
      }
    }
    acceptedOnContext = false;
    return null;
  };

  /** Matches found by the running {@link find}; null until its first. */
  let out: TermMatch[] | null = null;

  /**
   * Tries the spellings that start at `i` (a possible start: no ASCII letter or underscore
   * before it) and records a match; returns where the next spelling may start.
   */
  const tryAt = (text: string, i: number, entry: number, context: MatchContext): number => {
    let row: KeyRow | null = null;
    const end = longestKeyAt(lookup, text, i, entry, (key) => {
      row = rowIn(lookup, entry, key);
      if (!row) return -1;
      const keyEnds = keyEnd(text, i, key);
      const glued = keyEnds < text.length && isAsciiWordChar(text.charCodeAt(keyEnds));
      return keyEnds < 0 || (row.wordEnded && glued) ? -1 : keyEnds;
    });
    if (end < 0 || !row) return i + 1;
    const aliasStart = i;
    const spelling = text.slice(aliasStart, end);
    const cashtag = aliasStart > 0 && text.charCodeAt(aliasStart - 1) === 0x24; /* $ */
    const start = cashtag ? aliasStart - 1 : aliasStart;
    // Unicode-aware boundaries; the index only checked ASCII ones. Spellings that begin or
    // end with a symbol (₿) need none on that side.
    const candidate =
      (joinsWord(spelling.charCodeAt(0), true) &&
        joinsWord(codePointBefore(text, aliasStart), false)) ||
      (joinsWord(spelling.charCodeAt(spelling.length - 1), true) &&
        joinsWord(text.codePointAt(end) ?? -1, true))
        ? null
        : accept(row, spelling, text, aliasStart, end, cashtag, context);
    // Let a spelling that starts inside a refused one still match (with a boundary before it).
    if (candidate === null || isInsideUrlOrEmail(text, start, end)) return aliasStart + 2;
    if ((candidate.flags & CANDIDATE.stop) === 0) {
      out ??= [];
      const match: TermMatch = acceptedOnContext
        ? { start, end, entryId: candidate.entryId, needsContext: true }
        : { start, end, entryId: candidate.entryId };
      if (candidate.coinId) match.coinId = candidate.coinId;
      out.push(match);
    }
    // The next spelling needs a boundary character after this one.
    return end + 1;
  };

  const find = (text: string, context: MatchContext): TermMatch[] => {
    // Most page text has no term: no array is made for it (see NO_MATCHES).
    if (text.length < minLength) return NO_MATCHES;
    out = null;
    forEachKeyStart(lookup, text, (start, entry) => tryAt(text, start, entry, context));
    const found = out;
    out = null;
    return found ?? NO_MATCHES;
  };

  return { find };
}

/** The matcher's view of a packed table: the token lookup, and the key rows read so far. */
interface Lookup extends TokenLookup {
  readonly groupsTable: PackedTermTable;
  /** Parsed key lines, by key (null: no such key). */
  readonly rows: Map<string, KeyRow | null>;
}

function lookupOf(table: PackedTermTable): Lookup {
  return { ...tokenLookupOf(table), groupsTable: table, rows: new Map() };
}

/** The row of `key` in the group of the entry at `entry`, or null (parsed once per key). */
function rowIn(lookup: Lookup, entry: number, key: string): KeyRow | null {
  const cached = lookup.rows.get(key);
  if (cached !== undefined) return cached;
  const { firstTokens, groups, coins } = lookup.groupsTable;
  const line = lineIn(
    groups,
    readNumber(firstTokens, entry + 4),
    readNumber(firstTokens, entry + 6),
    key,
  );
  const row = line === null ? null : parseKeyLine(line, coins);
  lookup.rows.set(key, row);
  return row;
}

/** The row of a whole key (ticker checks), or null. */
function keyRowOf(lookup: Lookup, key: string): KeyRow | null {
  const tokens = new RegExp(lookup.tokens.source, 'y');
  const first = tokens.exec(key)?.[0];
  const entry = first === undefined ? -1 : entryOf(lookup, first);
  return entry < 0 ? null : rowIn(lookup, entry, key);
}

/** True when the match at [start, end) sits inside a URL, domain, file name or e-mail. */
function isInsideUrlOrEmail(text: string, start: number, end: number): boolean {
  if (start > 0 && text.charCodeAt(start - 1) === 0x40 /* @ */) return true;
  let s = start;
  const sMin = Math.max(0, start - TOKEN_SCAN_LIMIT);
  while (s > sMin && !isSpaceCode(text.charCodeAt(s - 1))) s--;
  let e = end;
  const eMax = Math.min(text.length, end + TOKEN_SCAN_LIMIT);
  while (e < eMax && !isSpaceCode(text.charCodeAt(e))) e++;
  if (s === start && e === end) return false;
  // The RegExp needs Unicode tables that are costly to compile: most tokens ("Bitcoin," or
  // "(BTC)") are ruled out by what every URL, domain, file name and e-mail address contains.
  if (!mayBeUrlOrEmail(text, s, e)) return false;
  return urlLikeRe().test(text.slice(s, e));
}

/** True when [s, e) holds `@`, `:` or a dot before a letter: what {@link urlLikeRe} needs. */
function mayBeUrlOrEmail(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x40 /* @ */ || code === 0x3a /* : */) return true;
    if (code === 0x2e /* . */ && i + 1 < e) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0x80 || isAsciiLetterOrUnderscore(next)) return true;
    }
  }
  return false;
}

/**
 * True when an upper-case ticker stands next to another all-caps word that is not a ticker or
 * an upper-case term: a shouted headline or a button label (`COPY LINK`, `SOL PRICE`).
 */
function isShouting(
  text: string,
  start: number,
  end: number,
  isKnownUpper: (word: string) => boolean,
): boolean {
  return (
    isShoutedWord(neighbourWord(text, start, -1), isKnownUpper) ||
    isShoutedWord(neighbourWord(text, end, 1), isKnownUpper)
  );
}

/** The letters-only word before `from` (dir -1) or after it (dir 1), skipping ≤ 3 other chars. */
function neighbourWord(text: string, from: number, dir: 1 | -1): string {
  let i = dir === 1 ? from : from - 1;
  let skipped = 0;
  while (i >= 0 && i < text.length && !isLetterAt(text, i)) {
    if (++skipped > 3) return '';
    i += dir;
  }
  const wordEdge = i;
  while (i >= 0 && i < text.length && isLetterAt(text, i)) i += dir;
  return dir === 1 ? text.slice(wordEdge, i) : text.slice(i + 1, wordEdge + 1);
}

/** True when `text[i]` is a letter (ASCII without the Unicode RegExp, which is costly to compile). */
function isLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
  return letterRe().test(text[i]!);
}

function isShoutedWord(word: string, isKnownUpper: (word: string) => boolean): boolean {
  return (
    word.length >= 2 &&
    word === word.toUpperCase() &&
    word !== word.toLowerCase() &&
    !isKnownUpper(word)
  );
}
