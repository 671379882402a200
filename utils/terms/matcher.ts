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
  keyLinesOf,
  packTermTable,
  parseKeyLine,
  type Candidate,
  type KeyRow,
  type PackedTermTable,
} from './packed-table';
import type { CaseRule, MatchContext, TermMatch, TermMatcher } from './types';

/**
 * The result of every scan that finds nothing: one shared, frozen empty array, so the common
 * case (text without terms) allocates nothing.
 */
const NO_MATCHES = Object.freeze([]) as unknown as TermMatch[];

const SEPARATORS_RE = /(?:[-\u2010-\u2013]|\s)+/g;
const APOSTROPHES_RE = /[\u2019\u02bc]/g;
/** A Unicode word character (letter, mark, digit, underscore). */
export const WORD_CHAR_RE = /[\p{L}\p{M}\p{N}_]/u;
const LETTER_OR_MARK_RE = /[\p{L}\p{M}_]/u;
/** Letters of scripts written without spaces between words: they do not end a word. */
const NO_SPACE_SCRIPT_RE =
  /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const LETTER_RE = /\p{L}/u;
/** A token (text between white space) that is a URL, domain, file name or e-mail address. */
const URL_LIKE_RE =
  /:\/\/|(?:^|[^\p{L}\p{N}])www\.|[\p{L}\p{N}_-]\.\p{L}{2,}(?:[/:?#)\]}>"'’,;!.]|$)|[\p{L}\p{N}_.+-]@[\p{L}\p{N}-]+\.\p{L}/u;
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
      return tail < 0x80 ? isAsciiWordChar(tail) : WORD_CHAR_RE.test([...key].pop() ?? '');
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
    rowOf(lookup, word.toLowerCase())?.candidates.some(
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
  const tryAt = (text: string, i: number, token: string, context: MatchContext): number => {
    const end = longestAt(lookup, text, i, token);
    if (end < 0) return i + 1;
    const row = lookup.found!;
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

  /** Calls {@link tryAt} at every token of `source` (lower-case `text`, or `text` itself). */
  const findByTokens = (
    text: string,
    source: string,
    tokens: RegExp,
    lowerEach: boolean,
    context: MatchContext,
  ): void => {
    tokens.lastIndex = 0;
    let next = 0;
    let token: RegExpExecArray | null;
    while ((token = tokens.exec(source)) !== null) {
      const i = token.index;
      if (i < next) continue;
      const first = lowerEach ? token[0].toLowerCase() : token[0];
      if (!lookup.firstTokens.has(first)) continue;
      next = tryAt(text, i, first, context);
    }
  };

  const find = (text: string, context: MatchContext): TermMatch[] => {
    // Most page text has no term: no array is made for it (see NO_MATCHES).
    if (text.length < minLength) return NO_MATCHES;
    out = null;
    // The browser's RegExp engine cuts the text into tokens (runs of ASCII letters, runs of
    // digits, characters that start a spelling); JavaScript looks only at the few tokens that
    // begin a spelling. Every place a spelling may start begins a token.
    const lower = text.toLowerCase();
    if (lower.length === text.length) findByTokens(text, lower, lookup.tokens, false, context);
    // A few letters (İ) lower-case to two characters: token offsets in the lower-case text
    // would be off, so such text is cut in its own case and each token lower-cased.
    else findByTokens(text, text, lookup.anyCaseTokens, true, context);
    const found = out;
    out = null;
    return found ?? NO_MATCHES;
  };

  return { find };
}

/** What the matcher reads of a packed table; the key lookup is made on the first hit. */
interface Lookup {
  /** Cuts lower-case text into tokens ({@link tokenPattern}); global, reused. */
  tokens: RegExp;
  /** The same, for text in any case. */
  anyCaseTokens: RegExp;
  /** The first token of every key: a text token begins a spelling only if it is one of these. */
  firstTokens: Set<string>;
  table: PackedTermTable;
  /** Key → its line; null until the first hit. */
  lines: Map<string, string> | null;
  /** Parsed lines, by key. */
  rows: Map<string, KeyRow>;
  /** The longest key of each first token (made with `lines`). */
  longestByToken: Map<string, number> | null;
  /** The row of the last {@link longestAt} hit. */
  found: KeyRow | null;
}

function lookupOf(table: PackedTermTable): Lookup {
  // Every start character is escaped or stands in a class: any string compiles.
  const pattern = tokenPattern(table.tokenStarts);
  return {
    tokens: new RegExp(pattern, 'g'),
    anyCaseTokens: new RegExp(pattern, 'gi'),
    firstTokens: new Set(table.firstTokens.split('\n')),
    table,
    lines: null,
    rows: new Map(),
    longestByToken: null,
    found: null,
  };
}

/** The key lookup, made on first use. */
function linesOf(lookup: Lookup): Map<string, string> {
  return (lookup.lines ??= keyLinesOf(lookup.table));
}

/** The length of the longest key that starts with `token` (0 for none). */
function longestFor(lookup: Lookup, token: string): number {
  if (!lookup.longestByToken) {
    const { firstTokens, longestByToken } = lookup.table;
    const longest = new Map<string, number>();
    firstTokens.split('\n').forEach((first, i) => longest.set(first, longestByToken.charCodeAt(i)));
    lookup.longestByToken = longest;
  }
  return lookup.longestByToken.get(token) || 0;
}

/** The row of `key` (a lower-case normalised spelling), or undefined. */
function rowOf(lookup: Lookup, key: string): KeyRow | undefined {
  const cached = lookup.rows.get(key);
  if (cached) return cached;
  const line = linesOf(lookup).get(key);
  if (line === undefined) return undefined;
  const row = parseKeyLine(line, lookup.table.coins);
  lookup.rows.set(key, row);
  return row;
}

/**
 * The token pattern of lower-case text: a run of ASCII letters and underscores, a run of
 * digits, or one of `otherStarts` (the other characters spellings start with: symbols such as
 * ₿, letters of other scripts). A spelling may start only where one of these tokens starts.
 */
export function tokenPattern(otherStarts: string): string {
  const other = [...otherStarts].map((c) => (/[\\\]^-]/.test(c) ? `\\${c}` : c)).join('');
  return other ? `[a-z_]+|[0-9]+|[${other}]` : '[a-z_]+|[0-9]+';
}

/** Raw characters read beyond a key's length, for runs of white space inside a spelling. */
const WINDOW_SLACK = 32;
const HYPHEN_OR_SPACE_RUN_RE = /\s+|[-\u2010-\u2013]/g;

/**
 * The end of the longest spelling that starts at `at` with the token `token` (-1 when none
 * does; its row in `lookup.found`). The text after `at` is folded as keys are written (lower
 * case; a hyphen or a run of white space as one space; curly apostrophes straight) by the
 * browser's string functions, and its prefixes that end at a word boundary are looked up
 * longest first: `Bitcoin Cash` wins over `Bitcoin`, and a longer key whose end is glued to
 * more letters (`Bitcoin cashback`) gives way to a shorter one.
 */
function longestAt(lookup: Lookup, text: string, at: number, token: string): number {
  const longest = longestFor(lookup, token);
  const raw = text.slice(at, at + longest + WINDOW_SLACK);
  const lower = raw.toLowerCase();
  // A few letters (İ) lower-case to two characters; such text is folded one letter at a time.
  const folded = (lower.length === raw.length ? lower : foldEach(raw))
    .replace(HYPHEN_OR_SPACE_RUN_RE, ' ')
    .replace(APOSTROPHES_RE, "'");
  for (let l = Math.min(folded.length, longest); l > 0; l--) {
    // A key ending in an ASCII letter or digit needs a boundary after it: no lookup otherwise.
    if (
      l < folded.length &&
      isAsciiWordChar(folded.charCodeAt(l)) &&
      isAsciiWordChar(folded.charCodeAt(l - 1))
    ) {
      continue;
    }
    const key = folded.slice(0, l);
    const row = rowOf(lookup, key);
    if (!row) continue;
    const end = keyEnd(text, at, key);
    if (end < 0) continue;
    if (row.wordEnded && end < text.length && isAsciiWordChar(text.charCodeAt(end))) continue;
    lookup.found = row;
    return end;
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
function keyEnd(text: string, at: number, key: string): number {
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

/** A character in lower case, as keys are written (non-ASCII through `toLowerCase`). */
function foldLetter(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

function isHyphen(code: number): boolean {
  return code === 0x2d || (code >= 0x2010 && code <= 0x2013);
}

function isAsciiLetterOrUnderscore(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
}

function isAsciiWordChar(code: number): boolean {
  return isAsciiLetterOrUnderscore(code) || (code >= 0x30 && code <= 0x39);
}

/** The code point that ends just before `index`, or -1 at the start. */
function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(index - 2) ?? -1;
  }
  return low;
}

/** True when `cp` joins a word: a letter or mark (or with `digits`, a digit) of a spaced script. */
function joinsWord(cp: number, digits: boolean): boolean {
  if (cp < 0) return false;
  if (cp < 0x80) {
    // ASCII: letters and underscore, and digits when asked.
    return (
      (cp >= 0x61 && cp <= 0x7a) ||
      (cp >= 0x41 && cp <= 0x5a) ||
      cp === 0x5f ||
      (digits && cp >= 0x30 && cp <= 0x39)
    );
  }
  const ch = String.fromCodePoint(cp);
  return (digits ? WORD_CHAR_RE : LETTER_OR_MARK_RE).test(ch) && !NO_SPACE_SCRIPT_RE.test(ch);
}

function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x3000 ||
    code === 0x202f ||
    code === 0x1680 ||
    code === 0x205f ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200a)
  );
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
  return URL_LIKE_RE.test(text.slice(s, e));
}

/** True when [s, e) holds `@`, `:` or a dot before a letter: what {@link URL_LIKE_RE} needs. */
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
  return LETTER_RE.test(text[i]!);
}

function isShoutedWord(word: string, isKnownUpper: (word: string) => boolean): boolean {
  return (
    word.length >= 2 &&
    word === word.toUpperCase() &&
    word !== word.toLowerCase() &&
    !isKnownUpper(word)
  );
}

/**
 * Crypto signals for {@link hasCryptoContext}: words that (almost) only appear in crypto text.
 * Flags `gi` without `u` for speed (see the module comment); group 1 holds Latin-script words,
 * whose Unicode word boundaries are checked in JavaScript.
 */
const CRYPTO_SIGNAL_RE = new RegExp(
  '(?:^|[^a-z0-9_])(' +
    [
      'bitcoins?',
      'btc',
      'ethereum',
      'blockchains?',
      'cryptocurrenc(?:y|ies)',
      'crypto[- ]?(?:assets?|currenc(?:y|ies)|markets?|exchanges?|prices?|tokens?|coins?|wallets?|industry|investors?|traders?)',
      // Bare "crypto", but not cryptography's "crypto library/API/module…".
      'cryptos?(?![a-z0-9_])(?![- ](?:librar|api|modul|subsystem|code|engine|accelerat|hardware|algorithm|primitive|kernel|key|wars))',
      'stablecoins?',
      'altcoins?',
      'defi',
      'web3',
      'nfts?',
      'coinbase',
      'binance',
      'dogecoin',
      'litecoin',
      'usdt',
      'usdc',
      'krypto(?:währung(?:en)?)?',
      'criptomonedas?',
      'criptomoedas?',
      'cryptomonnaies?',
    ].join('|') +
    ')(?![a-z0-9_])|криптовалют|₿|比特币|比特幣|ビットコイン|암호화폐|비트코인',
  'gi',
);

/**
 * True when `text` (a sample of the page's visible text) shows crypto context: at least
 * `minSignals` occurrences (default 2) of unambiguous crypto words such as Bitcoin, BTC,
 * Ethereum, blockchain, cryptocurrency, stablecoin (also in German, Spanish, Portuguese,
 * French, Russian, Chinese, Japanese, Korean). Two signals, not one, so a page with a single
 * stray mention ("Comedian and Bitcoin…" in a byline) or "crypto libraries" in a software
 * article does not switch on context-dependent terms such as tickers, "whale" or "custody".
 */
export function hasCryptoContext(text: string, minSignals = 2): boolean {
  if (minSignals <= 0) return true;
  CRYPTO_SIGNAL_RE.lastIndex = 0;
  let count = 0;
  let m: RegExpExecArray | null;
  while ((m = CRYPTO_SIGNAL_RE.exec(text)) !== null) {
    const word = m[1];
    if (word !== undefined) {
      const end = m.index + m[0].length;
      const start = end - word.length;
      // Latin words glued to other letters (Unicode-aware) do not count.
      if (
        joinsWord(codePointBefore(text, start), false) ||
        joinsWord(text.codePointAt(end) ?? -1, true)
      ) {
        CRYPTO_SIGNAL_RE.lastIndex = start + 1;
        continue;
      }
    }
    if (++count >= minSignals) return true;
  }
  return false;
}

/**
 * Mining signals for {@link hasMiningContext}: phrases that name crypto mining itself, never
 * coal, gold or data mining (bare "mining" and "miners" do not count). Flags `gi`; group 1 is
 * the phrase, whose Unicode word boundaries are checked in JavaScript.
 */
const MINING_SIGNAL_RE = new RegExp(
  '(?:^|[^a-z0-9_])(' +
    [
      '(?:bitcoin|btc|crypto|cryptocurrency)[- ]min(?:ing|ers?)',
      'cryptomin(?:ing|ers?)',
      'hash[- ]?(?:rates?|power|price)',
      'hashprices?',
      'asics?',
      '(?:tera|peta|exa|zetta)hash(?:es)?',
      '[tpez]h/s',
      'mining (?:pools?|rigs?|difficulty|revenue|firms?|compan(?:y|ies)|operations?|facilit(?:y|ies)|farms?|hardware|machines?|stocks?)',
      'difficulty (?:adjustments?|epochs?|retargets?)',
      'network difficulty',
      'block (?:rewards?|subsid(?:y|ies))',
      'halving',
      'proof[- ]of[- ]work',
      'j/th',
      'mining',
    ].join('|') +
    ')(?![a-z0-9_])',
  'gi',
);

/**
 * True when `text` (a page's head and first paragraphs) is about crypto mining: it names crypto
 * at least once ({@link hasCryptoContext} with one signal: the mining phrases below are crypto
 * signals too) and holds at least `minSignals` (default 3) mining signals, of which at least
 * two name crypto mining itself (bare "mining" counts once it is a crypto page, but "coal
 * mining" twice never makes one). Terms that need mining context (bare "difficulty",
 * "capitulation", "miners") match only on such pages.
 */
export function hasMiningContext(text: string, minSignals = 3): boolean {
  if (!hasCryptoContext(text, 1)) return false;
  MINING_SIGNAL_RE.lastIndex = 0;
  let count = 0;
  let specific = 0;
  let m: RegExpExecArray | null;
  while ((m = MINING_SIGNAL_RE.exec(text)) !== null) {
    const word = m[1]!;
    const end = m.index + m[0].length;
    const start = end - word.length;
    if (
      joinsWord(codePointBefore(text, start), false) ||
      joinsWord(text.codePointAt(end) ?? -1, true)
    ) {
      MINING_SIGNAL_RE.lastIndex = start + 1;
      continue;
    }
    count++;
    if (word.toLowerCase() !== 'mining') specific++;
    if (count >= minSignals && specific >= 2) return true;
  }
  return false;
}
