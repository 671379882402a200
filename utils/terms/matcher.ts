/**
 * The term matcher: finds glossary spellings in plain text with one RegExp scan per text.
 *
 * How it works:
 * - `compileTermTable` (`term-table.ts`, in the background) builds ONE combined RegExp from
 *   every alias (and stop phrase): a trie of the lower-cased aliases, so the engine dispatches
 *   on the next character instead of trying hundreds of alternatives, with flags `gi`. The
 *   {@link TermTable} it makes is stored; {@link matcherFromTable} runs it in every frame. Not `u`: in V8 the `u` flag (and `\p{…}` classes)
 *   make such a pattern about ten times slower, so the RegExp only does cheap ASCII boundary
 *   checks and JavaScript does the Unicode-aware ones on the (rare) hits.
 * - The pattern is `(?:^|[^a-z_])(trie)(?![a-z0-9_])`: the character before a term must not be
 *   an ASCII letter or underscore (digits are allowed, so `0.5BTC` matches), the one after it
 *   not an ASCII letter, digit or underscore. On a hit, JavaScript rejects other Unicode letters
 *   or digits as neighbours (`Bitcoinа` with a Cyrillic а), except letters of scripts written
 *   without spaces (Chinese, Japanese, Thai …), so `用Bitcoin支付` matches. Multi-word aliases
 *   accept any run of white space (including no-break spaces) or one hyphen (`-`, `‐`, `‑`,
 *   `‒`, `–`) between words; straight and curly apostrophes are interchangeable.
 * - Each RegExp hit is then checked in JavaScript: the case rule, crypto context, cashtags,
 *   stop phrases and URL / e-mail surroundings. Lower-case "one", "near", "link" in prose are
 *   RegExp hits that these checks drop; they are rare enough not to matter for speed.
 * - At each position the longest alias wins (the trie is greedy and backtracks only when the
 *   ASCII boundary after it fails: `Bitcoin cashback` still finds `Bitcoin`). When the longest
 *   alias is rejected by the checks the scan resumes at the next character, so an alias that
 *   starts later inside it can still match, but a shorter alias starting at the same position
 *   is not tried: the glossary avoids such nestings.
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

/** One alias as the matcher checks it after a RegExp hit. */
interface Candidate {
  entryId: string;
  rule: CaseRule;
  needsContext: boolean;
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
 * The compiled glossary a matcher runs on: the combined RegExp's source and every spelling's
 * candidate. Built once from the spellings (`term-table.ts`, in the background), stored, and
 * read by every content script, so no frame compiles the glossary itself.
 */
export interface TermTable {
  /** Changes whenever the spellings change (a hash of the rest). */
  id: string;
  /**
   * Sources of the RegExps (flags `gi`; group 1 is the spelling), each under V8's size limit
   * for optimised RegExps; every spelling's first character belongs to exactly one.
   */
  sources: string[];
  /** Length of the shortest spelling: shorter texts are skipped without a scan. */
  minLength: number;
  /** One candidate per spelling: [entry id ('' for a stop phrase), case rule, spelling, flags]. */
  candidates: TermCandidate[];
}

/** A spelling as stored: entry id, case rule, spelling (separators normalised), {@link CANDIDATE}. */
export type TermCandidate = [entryId: string, rule: CaseRule, exact: string, flags: number];

/** Bits of a candidate's flags. */
export const CANDIDATE = { needsContext: 1, cashtag: 2, stop: 4 } as const;

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
  if (typeof table.id !== 'string' || !Array.isArray(table.sources)) return null;
  if (table.sources.length === 0 || table.sources.some((source) => typeof source !== 'string')) {
    return null;
  }
  if (typeof table.minLength !== 'number' || !Array.isArray(table.candidates)) return null;
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
  try {
    for (const source of table.sources) new RegExp(source, 'gi');
  } catch {
    return null;
  }
  return table as TermTable;
}

/** Builds the matcher a {@link TermTable} describes. Cheap: one Map and one RegExp. */
export function matcherFromTable(table: TermTable): TermMatcher {
  const byKey = new Map<string, Candidate[]>();
  for (const [entryId, rule, exact, flags] of table.candidates) {
    const key = exact.toLowerCase();
    const candidate: Candidate = {
      entryId,
      rule,
      needsContext: (flags & CANDIDATE.needsContext) !== 0,
      exact,
      upper: exact.toUpperCase(),
      cashtag: (flags & CANDIDATE.cashtag) !== 0,
      stop: (flags & CANDIDATE.stop) !== 0,
    };
    const list = byKey.get(key);
    if (list) list.push(candidate);
    else byKey.set(key, [candidate]);
  }
  const patterns = table.sources.map((source) => new RegExp(source, 'gi'));
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

  /**
   * Scans `text` with one of the RegExps and adds its accepted matches (stop phrases included,
   * as they consume their text) to `hits`, in text order, none overlapping.
   */
  const scan = (pattern: RegExp, text: string, context: MatchContext, hits: Hit[] | null) => {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) {
      const spelling = m[1] ?? '';
      const end = m.index + m[0].length;
      const aliasStart = end - spelling.length;
      const cashtag = aliasStart > 0 && text.charCodeAt(aliasStart - 1) === 0x24; /* $ */
      const start = cashtag ? aliasStart - 1 : aliasStart;
      // Unicode-aware boundaries; the RegExp only checked ASCII ones. Spellings that begin or
      // end with a symbol (₿) need none on that side.
      const candidate =
        (joinsWord(spelling.charCodeAt(0), true) &&
          joinsWord(codePointBefore(text, aliasStart), false)) ||
        (joinsWord(spelling.charCodeAt(spelling.length - 1), true) &&
          joinsWord(text.codePointAt(end) ?? -1, true))
          ? null
          : accept(spelling, text, aliasStart, end, cashtag, context);
      if (candidate === null || isInsideUrlOrEmail(text, start, end)) {
        // Let a spelling that starts inside this one still match.
        pattern.lastIndex = aliasStart + 1;
        continue;
      }
      hits ??= [];
      hits.push({ start, end, candidate, onContext: acceptedOnContext });
      pattern.lastIndex = end;
    }
    return hits;
  };

  const find = (text: string, context: MatchContext): TermMatch[] => {
    // Most page text has no term: no array is made for it (see NO_MATCHES).
    if (text.length < minLength) return NO_MATCHES;
    let hits: Hit[] | null = null;
    for (const pattern of patterns) hits = scan(pattern, text, context, hits);
    if (hits === null) return NO_MATCHES;
    if (patterns.length > 1) {
      // The patterns' hits interleave: earliest first, the longest at one position first.
      hits.sort((a, b) => a.start - b.start || b.end - a.end);
    }
    let out: TermMatch[] | null = null;
    let consumed = 0;
    for (const hit of hits) {
      if (hit.start < consumed) continue;
      consumed = hit.end;
      if (hit.candidate.stop) continue;
      out ??= [];
      out.push(
        hit.onContext
          ? { start: hit.start, end: hit.end, entryId: hit.candidate.entryId, needsContext: true }
          : { start: hit.start, end: hit.end, entryId: hit.candidate.entryId },
      );
    }
    return out ?? NO_MATCHES;
  };

  return { find, patterns };
}

/** An accepted RegExp hit, before overlaps between the patterns are resolved. */
interface Hit {
  start: number;
  end: number;
  candidate: Candidate;
  /** Accepted only thanks to deferred context. */
  onContext: boolean;
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
