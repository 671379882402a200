/**
 * The term table as every frame reads it: three strings, prepared once in the background, that
 * a frame uses as they arrive. A frame with nothing to find builds nothing from them but a
 * Set of first tokens; the key lookup and the candidates are made on the first hit.
 *
 * - `lines`: one line per key (a lower-cased spelling, separators normalised): the key, a tab,
 *   `1` when a word boundary must follow it (it ends in a letter, digit or underscore) else
 *   `0`, its candidates, a newline. A candidate is `entryId RS rule RS flags RS spelling`
 *   (RS = U+001E); candidates are separated by GS (U+001D).
 * - `tokenStarts`: the characters other than ASCII letters, digits and `_` that keys start
 *   with (₿, letters of other scripts); with them the matcher's token pattern cuts text into
 *   the pieces a spelling may start with.
 * - `firstTokens`: the first token of every key, one per line. Text whose tokens are none of
 *   these holds no term, and costs the frame one RegExp pass and a Set lookup per token.
 * - `longestByToken`: for each first token (same order), the length of the longest key that
 *   starts with it, as one character code each: how much text a hit needs to look at.
 */
import type { CaseRule } from './types';

/** Version of the packed layout; a stored table of another format is recompiled. */
export const PACKED_FORMAT = 5;

/** The compiled glossary as stored for the content scripts (see the module comment). */
export interface PackedTermTable {
  format: typeof PACKED_FORMAT;
  /** Changes whenever the spellings change. */
  id: string;
  /** Length of the shortest spelling: shorter texts are skipped without a scan. */
  minLength: number;
  lines: string;
  tokenStarts: string;
  firstTokens: string;
  longestByToken: string;
  /** Coin entry id → CoinGecko id, for the entries that name a coin. */
  coins: Record<string, string>;
}

/** One spelling to pack: its entry ('' for a stop phrase), case rule, spelling, flags. */
export type PackedCandidate = [entryId: string, rule: CaseRule, exact: string, flags: number];

const FIELD = '\u001e';
const CANDIDATE_SEPARATOR = '\u001d';

/** True when `s` holds a character the layout uses as a separator. */
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 0x09 || code === 0x0a || code === 0x1d || code === 0x1e) return true;
  }
  return false;
}

/** The matcher's rules the packing needs (they live with the matcher). */
export interface PackingRules {
  /** True when a key ends in a word character (the matcher's Unicode rule). */
  wordEnded: (key: string) => boolean;
  /** The matcher's token pattern for the given other start characters. */
  tokenPattern: (otherStarts: string) => string;
}

/** Packs candidates (spellings with separators normalised) into the stored layout. */
export function packTermTable(
  candidates: readonly PackedCandidate[],
  meta: { id: string; minLength: number; coins: Record<string, string> },
  rules: PackingRules,
): PackedTermTable {
  const byKey = new Map<string, PackedCandidate[]>();
  for (const candidate of candidates) {
    const key = candidate[2].toLowerCase();
    if (hasControl(key) || hasControl(candidate[0])) {
      throw new Error(`packed term table: a control character in "${key}"`);
    }
    const list = byKey.get(key);
    if (list) list.push(candidate);
    else byKey.set(key, [candidate]);
  }
  let lines = '';
  for (const [key, list] of byKey) {
    lines +=
      `${key}\t${rules.wordEnded(key) ? '1' : '0'}` +
      list.map((c) => [c[0], c[1], String(c[3]), c[2]].join(FIELD)).join(CANDIDATE_SEPARATOR) +
      '\n';
  }
  const tokenStarts = [...new Set([...byKey.keys()].map((key) => key[0]!))]
    .filter((c) => !/[a-z0-9_]/.test(c))
    .sort()
    .join('');
  const tokens = new RegExp(rules.tokenPattern(tokenStarts), 'y');
  const longest = new Map<string, number>();
  for (const key of byKey.keys()) {
    tokens.lastIndex = 0;
    const first = tokens.exec(key)?.[0];
    if (!first) throw new Error(`packed term table: "${key}" starts with no token`);
    if (key.length > 0xffff) throw new Error(`packed term table: "${key}" is too long`);
    longest.set(first, Math.max(longest.get(first) ?? 0, key.length));
  }
  const firstTokens = [...longest.keys()].sort();
  return {
    format: PACKED_FORMAT,
    id: meta.id,
    minLength: meta.minLength,
    lines,
    tokenStarts,
    firstTokens: firstTokens.join('\n'),
    longestByToken: String.fromCharCode(...firstTokens.map((token) => longest.get(token)!)),
    coins: meta.coins,
  };
}

/**
 * Checks a stored table (storage can hold anything: an older build's value, corruption). Null
 * when it is not a usable table. Reads no string through: every loop of the matcher is bounded
 * by the text it matches, so a corrupt string can cost wrong marks at worst, never a hang.
 */
export function parsePackedTable(raw: unknown): PackedTermTable | null {
  if (!raw || typeof raw !== 'object') return null;
  const t = raw as Partial<PackedTermTable>;
  if (t.format !== PACKED_FORMAT || typeof t.id !== 'string') return null;
  if (typeof t.minLength !== 'number' || !(t.minLength >= 1)) return null;
  if (
    typeof t.lines !== 'string' ||
    typeof t.tokenStarts !== 'string' ||
    typeof t.firstTokens !== 'string' ||
    typeof t.longestByToken !== 'string'
  ) {
    return null;
  }
  if (t.lines !== '' && !t.lines.endsWith('\n')) return null;
  const coins = t.coins;
  if (!coins || typeof coins !== 'object' || Array.isArray(coins)) return null;
  for (const coinId of Object.values(coins)) if (typeof coinId !== 'string') return null;
  return t as PackedTermTable;
}

/** A candidate as the matcher checks it after its key is found. */
export interface Candidate {
  entryId: string;
  /** The coin a coin entry names; undefined for other entries. */
  coinId: string | undefined;
  rule: CaseRule;
  /** Flags (the matcher's `CANDIDATE` bits). */
  flags: number;
  /** Spelling with normalised separators, as written. */
  exact: string;
  /** `exact` in upper case. */
  upper: string;
}

const CASE_RULES: ReadonlySet<string> = new Set([
  'insensitive',
  'sensitive',
  'upper',
  'symbol',
  'cashtag',
]);

/** One key of the table: whether a boundary must follow it, and its candidates. */
export interface KeyRow {
  wordEnded: boolean;
  candidates: Candidate[];
}

/**
 * The table's keys, for lookups on hits: key → its line (parsed on first use). Made once per
 * frame, at the first token that begins a spelling.
 */
export function keyLinesOf(table: PackedTermTable): Map<string, string> {
  const keys = new Map<string, string>();
  for (const line of table.lines.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) keys.set(line.slice(0, tab), line);
  }
  return keys;
}

/** A key's line as a {@link KeyRow}; candidates that do not parse (corruption) are left out. */
export function parseKeyLine(line: string, coins: Record<string, string>): KeyRow {
  const tab = line.indexOf('\t');
  const candidates: Candidate[] = [];
  for (const part of line.slice(tab + 2).split(CANDIDATE_SEPARATOR)) {
    const [entryId, rule, flags, exact] = part.split(FIELD);
    if (exact === undefined || !CASE_RULES.has(rule!) || !exact) continue;
    candidates.push({
      entryId: entryId!,
      coinId: Object.hasOwn(coins, entryId!) ? coins[entryId!] : undefined,
      rule: rule as CaseRule,
      flags: Number(flags) | 0,
      exact,
      upper: exact.toUpperCase(),
    });
  }
  return { wordEnded: line.charCodeAt(tab + 1) === 0x31, candidates };
}
