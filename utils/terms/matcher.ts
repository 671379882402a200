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
import type { CaseRule, MatchContext, TermMatch, TermMatcher } from './types';

/**
 * The result of every scan that finds nothing: one shared, frozen empty array, so the common
 * case (text without terms) allocates nothing.
 */
const NO_MATCHES = Object.freeze([]) as unknown as TermMatch[];

/** One alias as the matcher checks it after a hit. */
interface Candidate {
  entryId: string;
  /** The coin a coin entry names (from {@link TermTable.coins}); undefined for other entries. */
  coinId: string | undefined;
  rule: CaseRule;
  needsContext: boolean;
  /** Only on pages about mining ({@link MatchContext.miningContext}): bare "difficulty". */
  needsMining: boolean;
  /** Alias with normalised separators, as written. */
  exact: string;
  /** `exact` in upper case. */
  upper: string;
  /** True when a `$` before the spelling makes it a cashtag (coin tickers). */
  cashtag: boolean;
  /** Stop phrase: consume, never report. */
  stop: boolean;
}

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
 * The compiled glossary a matcher runs on: every spelling's candidate. Built once from the spellings (`term-table.ts`, in the background), stored, and
 * read by every content script, so no frame compiles the glossary itself.
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
 * Version of the {@link TermTable} layout and flag meanings. A stored table of another format
 * (an older build's, whose flags lack {@link CANDIDATE.needsMining} or which has no
 * {@link TermTable.coins}) is refused by
 * {@link parseTermTable}, so the background compiles and stores the current one.
 */
export const TERM_TABLE_FORMAT = 3;

const CASE_RULE_SET: ReadonlySet<string> = new Set([
  'insensitive',
  'sensitive',
  'upper',
  'symbol',
  'cashtag',
]);

/**
 * Checks a stored table (storage can hold anything: an older build's value, corruption);
 * null when it is not a usable table.
 */
export function parseTermTable(raw: unknown): TermTable | null {
  if (!raw || typeof raw !== 'object') return null;
  const table = raw as Partial<TermTable>;
  if (table.format !== TERM_TABLE_FORMAT || typeof table.id !== 'string') return null;
  if (typeof table.minLength !== 'number' || !Array.isArray(table.candidates)) return null;
  const coins: unknown = table.coins;
  if (!coins || typeof coins !== 'object' || Array.isArray(coins)) return null;
  for (const coinId of Object.values(coins)) if (typeof coinId !== 'string') return null;
  for (const candidate of table.candidates as unknown[]) {
    if (
      !Array.isArray(candidate) ||
      typeof candidate[0] !== 'string' ||
      !CASE_RULE_SET.has(candidate[1] as string) ||
      typeof candidate[2] !== 'string' ||
      candidate[2] === '' ||
      typeof candidate[3] !== 'number'
    ) {
      return null;
    }
  }
  return table as TermTable;
}

/** Builds the matcher a {@link TermTable} describes. Cheap: two Maps, no RegExp to compile. */
export function matcherFromTable(table: TermTable): TermMatcher {
  const byKey = new Map<string, Candidate[]>();
  for (const [entryId, rule, exact, flags] of table.candidates) {
    const key = exact.toLowerCase();
    const candidate: Candidate = {
      entryId,
      coinId: Object.hasOwn(table.coins, entryId) ? table.coins[entryId] : undefined,
      rule,
      needsContext: (flags & CANDIDATE.needsContext) !== 0,
      needsMining: (flags & CANDIDATE.needsMining) !== 0,
      exact,
      upper: exact.toUpperCase(),
      cashtag: (flags & CANDIDATE.cashtag) !== 0,
      stop: (flags & CANDIDATE.stop) !== 0,
    };
    const list = byKey.get(key);
    if (list) list.push(candidate);
    else byKey.set(key, [candidate]);
  }
  const index = buildStartIndex(byKey.keys());
  const minLength = table.minLength;
  const isKnownUpper = (word: string): boolean =>
    byKey
      .get(word.toLowerCase())
      ?.some(
        (c) => !c.stop && (c.rule === 'upper' || c.rule === 'symbol' || c.rule === 'cashtag'),
      ) ?? false;

  /** Set by `accept`: the candidate it returned was accepted only thanks to deferred context. */
  let acceptedOnContext = false;

  /** The accepted candidate for a hit, or null. `cashtag`: the spelling follows a `$`. */
  const accept = (
    spelling: string,
    text: string,
    start: number,
    end: number,
    cashtag: boolean,
    context: MatchContext,
  ): Candidate | null => {
    acceptedOnContext = false;
    // Keys never contain hyphens, special spaces or curly apostrophes, so when the lower-cased
    // spelling is a key it is already normalised (the common case: no string replacing).
    let list = byKey.get(spelling.toLowerCase());
    let normalized: string | null = list ? spelling : null;
    list ??= byKey.get(aliasKey(spelling));
    if (!list) return null;
    // Deferred context: accept as if the page had context and note when that mattered.
    const withContext = context.cryptoContext || context.deferContext === true;
    for (const c of list) {
      if (cashtag && c.cashtag) {
        acceptedOnContext = false;
        return c;
      }
      // Mining context is known before the scan (never deferred): a page about mining.
      if (c.needsMining && context.miningContext !== true) continue;
      if (c.needsContext && !withContext) continue;
      acceptedOnContext = c.needsContext && !context.cryptoContext;
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

  const find = (text: string, context: MatchContext): TermMatch[] => {
    // Most page text has no term: no array is made for it (see NO_MATCHES).
    if (text.length < minLength) return NO_MATCHES;
    let out: TermMatch[] | null = null;
    const n = text.length;
    let i = 0;
    while (i < n) {
      // A spelling may start at the text's start or after anything but an ASCII letter or
      // underscore (so `0.5BTC` finds BTC); JavaScript checks Unicode boundaries on hits.
      if (i > 0 && isAsciiLetterOrUnderscore(text.charCodeAt(i - 1))) {
        i++;
        continue;
      }
      // Most characters start no spelling at all: one table read rules them out.
      const first = text.charCodeAt(i);
      if (first < 0x80 ? index.asciiStarts[first] === 0 : !index.otherStarts.has(first)) {
        i++;
        continue;
      }
      const end = longestAt(index, text, i);
      if (end < 0) {
        i++;
        continue;
      }
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
          : accept(spelling, text, aliasStart, end, cashtag, context);
      if (candidate === null || isInsideUrlOrEmail(text, start, end)) {
        // Let a spelling that starts inside this one still match (with a boundary before it).
        i = aliasStart + 2;
        continue;
      }
      if (!candidate.stop) {
        out ??= [];
        const match: TermMatch = acceptedOnContext
          ? { start, end, entryId: candidate.entryId, needsContext: true }
          : { start, end, entryId: candidate.entryId };
        if (candidate.coinId) match.coinId = candidate.coinId;
        out.push(match);
      }
      // The next spelling needs a boundary character after this one.
      i = end + 1;
    }
    return out ?? NO_MATCHES;
  };

  return { find };
}

/** A spelling key in the start index: the key, and whether a word boundary must follow it. */
interface IndexedKey {
  key: string;
  /** Ends in a letter, digit or underscore: the next character must not be ASCII alphanumeric. */
  wordEnded: boolean;
}

/**
 * Keys by their first three folded characters (keys of three or more), first two (keys of
 * two, and keys whose second character is a separator) or first one (keys of one), each list
 * longest first. Three characters make the lists
 * short: ordinary words rarely share a spelling's first three letters.
 */
interface StartIndex {
  /** 1 for each ASCII character (in either case) that some key starts with. */
  asciiStarts: Uint8Array;
  /** Other characters (in either case) that some key starts with. */
  otherStarts: Set<number>;
  three: Map<number | string, IndexedKey[]>;
  two: Map<number | string, IndexedKey[]>;
  one: Map<number | string, IndexedKey[]>;
}

/**
 * One Map key for up to three UTF-16 code units: a small integer when all are ASCII (the
 * common case, which V8 hashes fastest), else the characters themselves.
 */
function prefixKey(a: number, b = 0, c = 0): number | string {
  return a < 0x80 && b < 0x80 && c < 0x80 ? (a << 14) | (b << 7) | c : String.fromCharCode(a, b, c);
}

function buildStartIndex(keys: Iterable<string>): StartIndex {
  const index: StartIndex = {
    asciiStarts: new Uint8Array(0x80),
    otherStarts: new Set(),
    three: new Map(),
    two: new Map(),
    one: new Map(),
  };
  for (const key of keys) {
    const head = key.charCodeAt(0);
    if (head < 0x80) {
      index.asciiStarts[head] = 1;
      if (head >= 0x61 && head <= 0x7a) index.asciiStarts[head - 32] = 1;
    } else {
      index.otherStarts.add(head);
      const upper = key[0]!.toUpperCase();
      if (upper.length === 1) index.otherStarts.add(upper.charCodeAt(0));
    }
    // A separator second (`x y`) may stand for a run of spaces: index such keys by two.
    const [map, code] =
      key.length >= 3 && key.charCodeAt(1) !== 0x20
        ? [index.three, prefixKey(key.charCodeAt(0), key.charCodeAt(1), key.charCodeAt(2))]
        : key.length >= 2
          ? [index.two, prefixKey(key.charCodeAt(0), key.charCodeAt(1))]
          : [index.one, prefixKey(key.charCodeAt(0))];
    const tail = key.charCodeAt(key.length - 1);
    const wordEnded = tail < 0x80 ? isAsciiWordChar(tail) : WORD_CHAR_RE.test([...key].pop() ?? '');
    const entry = { key, wordEnded };
    const list = map.get(code);
    if (list) list.push(entry);
    else map.set(code, [entry]);
  }
  for (const map of [index.three, index.two, index.one]) {
    for (const list of map.values()) list.sort((x, y) => y.key.length - x.key.length);
  }
  return index;
}

/**
 * The end of the longest spelling that starts at `at` (-1 when none does): keys are tried
 * longest first, so `Bitcoin Cash` wins over `Bitcoin`, and a longer key whose end is glued to
 * more letters (`Bitcoin cashback`) gives way to a shorter one.
 */
function longestAt(index: StartIndex, text: string, at: number): number {
  const n = text.length;
  const a = foldLetter(text.charCodeAt(at));
  const b = at + 1 < n ? foldAny(text.charCodeAt(at + 1)) : -1;
  const c = at + 2 < n && b >= 0 ? foldAny(text.charCodeAt(at + 2)) : -1;
  // No array per call: this runs at every possible word start of every text.
  let end = c >= 0 ? firstEnd(index.three.get(prefixKey(a, b, c)), text, at) : -1;
  if (end < 0 && b >= 0) end = firstEnd(index.two.get(prefixKey(a, b)), text, at);
  if (end < 0) end = firstEnd(index.one.get(prefixKey(a)), text, at);
  return end;
}

/** The end of the first key of `list` (longest first) that stands at `at`, or -1. */
function firstEnd(list: IndexedKey[] | undefined, text: string, at: number): number {
  if (!list) return -1;
  for (const { key, wordEnded } of list) {
    const end = keyEnd(text, at, key);
    if (end < 0) continue;
    if (wordEnded && end < text.length && isAsciiWordChar(text.charCodeAt(end))) continue;
    return end;
  }
  return -1;
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

/** {@link foldLetter}, with separators as keys write them (a space, a straight apostrophe). */
function foldAny(code: number): number {
  if (isHyphen(code) || isSpaceCode(code)) return 0x20;
  if (code === 0x2019 || code === 0x2bc) return 0x27;
  return foldLetter(code);
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
  return URL_LIKE_RE.test(text.slice(s, e));
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
  while (i >= 0 && i < text.length && !LETTER_RE.test(text[i] ?? '')) {
    if (++skipped > 3) return '';
    i += dir;
  }
  const wordEdge = i;
  while (i >= 0 && i < text.length && LETTER_RE.test(text[i] ?? '')) i += dir;
  return dir === 1 ? text.slice(wordEdge, i) : text.slice(i + 1, wordEdge + 1);
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
