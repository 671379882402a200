/**
 * Where spellings may start in text, and which keys stand there: shared by the first look
 * (every frame) and the matcher (frames with terms).
 *
 * The browser's RegExp engine cuts text into tokens (runs of ASCII letters, runs of digits,
 * characters that start a spelling); a spelling can start only where a token that begins a key
 * starts, and those tokens are looked up in the table's `firstTokens` string. A frame with a
 * few words searches that string once per word; after {@link SEARCHES_BEFORE_MAP} new words it
 * makes a Map of every first token. At a token that begins keys, the text after it is folded as
 * keys are written and its prefixes are tried longest first.
 */
import { ANY_NEXT, WHOLE_KEY, readLength, type TermTokens } from './packed-table';
import {
  foldLetter,
  isAsciiLetterOrUnderscore,
  isAsciiWordChar,
  isHyphen,
  isSpaceCode,
} from './text-chars';

/**
 * The token pattern of lower-case text: a run of ASCII letters and underscores, a run of
 * digits, or one of `otherStarts` (the other characters spellings start with: symbols such as
 * ₿, letters of other scripts). A spelling may start only where one of these tokens starts.
 */
export function tokenPattern(otherStarts: string): string {
  const other = [...otherStarts].map((c) => (/[\\\]^-]/.test(c) ? `\\${c}` : c)).join('');
  return other ? `[a-z_]+|[0-9]+|[${other}]` : '[a-z_]+|[0-9]+';
}

/**
 * Tokens looked up by searching the `firstTokens` string before a frame makes a Map of every
 * first token: a frame with a few words (an ad, a blank page) makes no Map at all.
 */
const SEARCHES_BEFORE_MAP = 24;

/** A frame's view of the first tokens: what it looked up so far. */
export interface TokenLookup {
  readonly table: TermTokens;
  /** Cuts lower-case text into tokens ({@link tokenPattern}); global, reused. */
  readonly tokens: RegExp;
  /** The same, for text in any case. */
  readonly anyCaseTokens: RegExp;
  /** Tokens looked up so far → their entry (-1: none); every first token once many were. */
  readonly entries: Map<string, number>;
  searches: number;
  complete: boolean;
}

/** A lookup over a table's first tokens. Cheap: two RegExp objects, nothing else. */
export function tokenLookupOf(table: TermTokens): TokenLookup {
  // Every start character is escaped or stands in a class: any string compiles.
  const pattern = tokenPattern(table.tokenStarts);
  return {
    table,
    tokens: new RegExp(pattern, 'g'),
    anyCaseTokens: new RegExp(pattern, 'gi'),
    entries: new Map(),
    searches: 0,
    complete: false,
  };
}

/**
 * Where the entry of first token `token` keeps its numbers in `firstTokens` (the position after
 * its tab), or -1 when no key starts with it.
 */
export function entryOf(lookup: TokenLookup, token: string): number {
  const known = lookup.entries.get(token);
  if (known !== undefined) return known;
  if (lookup.complete) return -1;
  const { firstTokens } = lookup.table;
  if (++lookup.searches > SEARCHES_BEFORE_MAP) {
    // Many words: one pass over the entries instead of a search per new word.
    lookup.complete = true;
    for (let at = 0; ;) {
      const tab = firstTokens.indexOf('\t', at);
      if (tab < 0) break;
      lookup.entries.set(firstTokens.slice(at + 1, tab), tab + 1);
      at = firstTokens.indexOf('\n', tab);
      if (at < 0) break;
    }
    return lookup.entries.get(token) ?? -1;
  }
  const at = firstTokens.indexOf(`\n${token}\t`);
  const entry = at < 0 ? -1 : at + token.length + 2;
  lookup.entries.set(token, entry);
  return entry;
}

/**
 * Calls `visit(start, entry)` at each token of `text` that begins a key, in text order, from
 * the position `visit` returns on (a token that starts before it is passed by). Stops when
 * `visit` returns -1.
 */
export function forEachKeyStart(
  lookup: TokenLookup,
  text: string,
  visit: (start: number, entry: number) => number,
): void {
  const lower = text.toLowerCase();
  // A few letters (İ) lower-case to two characters: token offsets in the lower-case text would
  // be off, so such text is cut in its own case and each token lower-cased.
  const sameLength = lower.length === text.length;
  const source = sameLength ? lower : text;
  // Every token at once, as strings: no match object per word (most words begin no key).
  const tokens = source.match(sameLength ? lookup.tokens : lookup.anyCaseTokens);
  if (!tokens) return;
  let cursor = 0;
  let next = 0;
  for (const token of tokens) {
    const entry = entryOf(lookup, sameLength ? token : token.toLowerCase());
    if (entry < 0) continue;
    // Where this token stands: its first whole occurrence after the previous hit (a whole
    // token with this text is this token, as tokens that begin keys are few).
    let start = source.indexOf(token, cursor);
    while (start >= 0 && !isWholeToken(source, start, token.length)) {
      start = source.indexOf(token, start + 1);
    }
    if (start < 0) return;
    cursor = start + token.length;
    if (start < next || !followerFits(lookup.table.firstTokens, entry, text, cursor)) continue;
    next = visit(start, entry);
    if (next < 0) return;
  }
}

/**
 * True when what follows a token in `text` (from `after`) may continue one of its entry's keys:
 * its next two characters, folded as keys are written, are one of the entry's followers.
 */
function followerFits(firstTokens: string, entry: number, text: string, after: number): boolean {
  const n = text.length;
  let t = after;
  const next = (): number => {
    if (t >= n) return -1;
    const code = text.charCodeAt(t++);
    if (isHyphen(code)) return 0x20;
    if (isSpaceCode(code)) {
      while (t < n && isSpaceCode(text.charCodeAt(t))) t++;
      return 0x20;
    }
    return code === 0x2019 || code === 0x2bc ? 0x27 : foldLetter(code);
  };
  const first = next();
  const second = next();
  for (let i = entry + 9; ; i += 2) {
    const a = firstTokens.charCodeAt(i);
    if (a === 0x0a || Number.isNaN(a)) return false;
    if (a === WHOLE_KEY) return true;
    const b = firstTokens.charCodeAt(i + 1);
    if (a === first && (b === ANY_NEXT || b === second)) return true;
  }
}

/** True when [start, start + length) of `text` is a whole token, not part of a longer one. */
export function isWholeToken(text: string, start: number, length: number): boolean {
  const first = text.charCodeAt(start);
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  const after = start + length < text.length ? text.charCodeAt(start + length) : -1;
  if (isAsciiLetterOrUnderscore(first)) {
    return !isAsciiLetterOrUnderscore(before) && !isAsciiLetterOrUnderscore(after);
  }
  if (first >= 0x30 && first <= 0x39) {
    const digit = (code: number) => code >= 0x30 && code <= 0x39;
    return !digit(before) && !digit(after);
  }
  return true;
}

/** Raw characters read beyond a key's length, for runs of white space inside a spelling. */
const WINDOW_SLACK = 32;
const HYPHEN_OR_SPACE_RUN_RE = /\s+|[-\u2010-\u2013]/g;
const CURLY_APOSTROPHES_RE = /[\u2019\u02bc]/g;

/**
 * The end of the longest key that starts at `at` in `text` and that `accept` takes (-1 when
 * none). `accept` gets each folded prefix that may be a key and answers its end in `text`
 * ({@link keyEnd}) when it takes it, else -1. The text after `at` (as long as the
 * entry's longest key) is folded as keys are written (lower case; a hyphen or a run of white
 * space as one space; curly apostrophes straight) by the browser's string functions, and its
 * prefixes that end at a word boundary are tried longest first: `Bitcoin Cash` before
 * `Bitcoin`, and a key glued to more letters (`Bitcoin cashback`) gives way to a shorter one.
 */
export function longestKeyAt(
  lookup: TokenLookup,
  text: string,
  at: number,
  entry: number,
  accept: (key: string) => number,
): number {
  const longest = readLength(lookup.table.firstTokens, entry + 8);
  const raw = text.slice(at, at + longest + WINDOW_SLACK);
  const lower = raw.toLowerCase();
  // A few letters (İ) lower-case to two characters; such text is folded one letter at a time.
  const folded = (lower.length === raw.length ? lower : foldEach(raw))
    .replace(HYPHEN_OR_SPACE_RUN_RE, ' ')
    .replace(CURLY_APOSTROPHES_RE, "'");
  for (let l = Math.min(folded.length, longest); l > 0; l--) {
    // A key ending in an ASCII letter or digit needs a boundary after it: no lookup otherwise.
    if (
      l < folded.length &&
      isAsciiWordChar(folded.charCodeAt(l)) &&
      isAsciiWordChar(folded.charCodeAt(l - 1))
    ) {
      continue;
    }
    const end = accept(folded.slice(0, l));
    if (end >= 0) return end;
  }
  return -1;
}

/** `text` lower-cased one character at a time (lengths kept). */
function foldEach(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += String.fromCharCode(foldLetter(text.charCodeAt(i)));
  return out;
}

/**
 * Where `key` (a normalised spelling) ends when it stands at `at` in `text`, or -1: letters in
 * any case; a space in the key stands for one hyphen of any kind or a run of white space; an
 * apostrophe for a straight, curly or modifier one.
 */
export function keyEnd(text: string, at: number, key: string): number {
  let t = at;
  const n = text.length;
  for (let k = 0; k < key.length; k++) {
    if (t >= n) return -1;
    const want = key.charCodeAt(k);
    const have = text.charCodeAt(t);
    if (want === 0x20) {
      if (isHyphen(have)) {
        t++;
        continue;
      }
      if (!isSpaceCode(have)) return -1;
      t++;
      while (t < n && isSpaceCode(text.charCodeAt(t))) t++;
      continue;
    }
    if (want === 0x27) {
      if (have !== 0x27 && have !== 0x2019 && have !== 0x2bc) return -1;
      t++;
      continue;
    }
    if (foldLetter(have) !== want) return -1;
    t++;
  }
  return t;
}

/**
 * The line of `key` in the part [start, end) of `lines` (a group of lines each `\n key \t …`),
 * without its leading newline; null when the group has no such key.
 */
export function lineIn(lines: string, start: number, end: number, key: string): string | null {
  // The group's own text (a substring: no copy), so a key that is not there costs a search of
  // a few lines, not of the rest of the table.
  const group = lines.slice(start, end);
  const at = group.indexOf(`\n${key}\t`);
  if (at < 0) return null;
  const next = group.indexOf('\n', at + 1);
  return group.slice(at + 1, next < 0 ? group.length : next);
}
