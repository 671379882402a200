/**
 * The term table as frames read it, prepared once in the background and stored in two parts,
 * so that the many frames with nothing to find read only the small one and build no index.
 *
 * {@link TermTokens}, read by every frame (the first look):
 * - `tokenStarts`: the characters other than ASCII letters, digits and `_` that keys start
 *   with (₿, letters of other scripts); with them the token pattern (`token-lookup.ts`) cuts
 *   text into the pieces a spelling may start with.
 * - `firstTokens`: one entry per first token of a key (the key's start as the token pattern
 *   cuts it), each `\n token \t` and nine characters: where its keys' lines start and end in
 *   `keys`, then in `groups` (two characters each, see {@link readNumber}), and the length of
 *   its longest key; then what may follow the token in its keys (`followersOf`). Text whose
 *   tokens have no entry, or are followed by none of their followers, holds no term.
 * - `keys`: the keys (lower-cased spellings, separators normalised) grouped by first token in
 *   the order of `firstTokens`, each `\n key \t`, then `1` when a word boundary must follow the
 *   key (it ends in a letter, digit or underscore) else `0`, then what the first look needs:
 *   `i` when a candidate stands in any case on any page; `c` and the spellings (RS-separated)
 *   that stand on any page as written; `w` when every candidate needs crypto context, a `$` or
 *   upper case with context; `x` for a stop phrase.
 *
 * {@link TermGroups}, read by frames where the first look found a term (the matcher):
 * - `groups`: the keys again, grouped the same way, each `\n key \t`, the boundary flag and its
 *   candidates: `entryId RS rule RS flags RS spelling` (RS = U+001E), separated by GS (U+001D).
 * - `coins`: coin entry id → CoinGecko id.
 */
import type { CaseRule } from './types';

/** Version of the packed layout; a stored table of another format is recompiled. */
export const PACKED_FORMAT = 8;

/** What every frame reads: enough to tell text with terms from text without. */
export interface TermTokens {
  format: typeof PACKED_FORMAT;
  /** Changes whenever the spellings change; both parts of one table carry the same. */
  id: string;
  /** Length of the shortest spelling: shorter texts are skipped without a scan. */
  minLength: number;
  tokenStarts: string;
  firstTokens: string;
  keys: string;
}

/** What frames with terms read besides {@link TermTokens}: every key's candidates. */
export interface TermGroups {
  format: typeof PACKED_FORMAT;
  id: string;
  groups: string;
  /** Coin entry id → CoinGecko id, for the entries that name a coin. */
  coins: Record<string, string>;
}

/** The whole table, both parts. */
export type PackedTermTable = TermTokens & TermGroups;

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

/** Characters of a number in the layout start here: never a control character or surrogate. */
const UNIT_BASE = 0x100;
const UNIT_BITS = 14;
const UNIT_MASK = (1 << UNIT_BITS) - 1;

/** `n` (0 ≤ n < 2^28) as two characters (see {@link readNumber}). */
function numberUnits(n: number): string {
  if (!(n >= 0 && n < 2 ** (2 * UNIT_BITS))) throw new Error(`packed term table: ${n} too large`);
  return String.fromCharCode(UNIT_BASE + (n >>> UNIT_BITS), UNIT_BASE + (n & UNIT_MASK));
}

/** The number written by {@link numberUnits} at `at`. */
export function readNumber(s: string, at: number): number {
  return ((s.charCodeAt(at) - UNIT_BASE) << UNIT_BITS) | (s.charCodeAt(at + 1) - UNIT_BASE);
}

/** The length written as one character at `at` of a first token's entry. */
export function readLength(s: string, at: number): number {
  return s.charCodeAt(at) - UNIT_BASE;
}

/** Candidate flags the first look reads (the matcher's `CANDIDATE` bits). */
const NEEDS_CONTEXT = 1;
const STOP = 4;

/**
 * What the first look needs of a key's candidates (see the module comment): `i`, `c` and the
 * spellings that stand as written, `w` or `x`.
 */
function firstLookOf(list: readonly PackedCandidate[]): string {
  const free = list.filter(([, , , flags]) => (flags & (NEEDS_CONTEXT | STOP)) === 0);
  if (free.some(([, rule]) => rule === 'insensitive')) return 'i';
  const written = free.flatMap(([, rule, exact]) =>
    rule === 'sensitive' ? [exact] : rule === 'upper' ? [exact, exact.toUpperCase()] : [],
  );
  if (written.length > 0) return `c${[...new Set(written)].join(FIELD)}`;
  return list.every(([, , , flags]) => (flags & STOP) !== 0) ? 'x' : 'w';
}

/** Follower of a first token that is a whole key by itself (see {@link followersOf}). */
export const WHOLE_KEY = 1;
/** Second character of a follower when the key ends after the first. */
export const ANY_NEXT = 2;

/**
 * What may follow `token` in its keys, two characters per key: the key's next two characters
 * (a space stands for any separator), {@link ANY_NEXT} when the key ends after one, or
 * {@link WHOLE_KEY} twice when the token is a key itself. A word in text followed by none of
 * these begins no key ("the" before "quick" when the keys are "the merge" and "the open
 * network"), and costs no lookup.
 */
function followersOf(token: string, keys: readonly string[]): string {
  const followers = new Set<string>();
  for (const key of keys) {
    const rest = key.slice(token.length);
    if (rest === '') followers.add(String.fromCharCode(WHOLE_KEY, WHOLE_KEY));
    else followers.add(rest.length === 1 ? rest + String.fromCharCode(ANY_NEXT) : rest.slice(0, 2));
  }
  return [...followers].sort().join('');
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
  const tokenStarts = [...new Set([...byKey.keys()].map((key) => key[0]!))]
    .filter((c) => !/[a-z0-9_]/.test(c))
    .sort()
    .join('');
  const tokens = new RegExp(rules.tokenPattern(tokenStarts), 'y');
  const keysByToken = new Map<string, string[]>();
  for (const key of byKey.keys()) {
    tokens.lastIndex = 0;
    const first = tokens.exec(key)?.[0];
    if (!first) throw new Error(`packed term table: "${key}" starts with no token`);
    const keys = keysByToken.get(first);
    if (keys) keys.push(key);
    else keysByToken.set(first, [key]);
  }
  let firstTokens = '';
  let keyLines = '';
  let groups = '';
  for (const token of [...keysByToken.keys()].sort()) {
    const keys = keysByToken.get(token)!;
    const keysStart = keyLines.length;
    const groupsStart = groups.length;
    for (const key of keys) {
      const head = `\n${key}\t${rules.wordEnded(key) ? '1' : '0'}`;
      const list = byKey.get(key)!;
      keyLines += head + firstLookOf(list);
      groups +=
        head +
        list.map((c) => [c[0], c[1], String(c[3]), c[2]].join(FIELD)).join(CANDIDATE_SEPARATOR);
    }
    const longest = Math.max(...keys.map((key) => key.length));
    if (longest > UNIT_MASK) throw new Error(`packed term table: a key of ${longest} characters`);
    firstTokens +=
      `\n${token}\t` +
      numberUnits(keysStart) +
      numberUnits(keyLines.length) +
      numberUnits(groupsStart) +
      numberUnits(groups.length) +
      String.fromCharCode(UNIT_BASE + longest) +
      followersOf(token, keys);
  }
  return {
    format: PACKED_FORMAT,
    id: meta.id,
    minLength: meta.minLength,
    tokenStarts,
    firstTokens: firstTokens + '\n',
    keys: keyLines,
    groups,
    coins: meta.coins,
  };
}

/** True when `raw` is an object whose `names` are all strings. */
function hasStrings(raw: Record<string, unknown>, names: readonly string[]): boolean {
  return names.every((name) => typeof raw[name] === 'string');
}

/**
 * Checks the stored first part (storage can hold anything: an older build's value,
 * corruption); null when it is not usable. Reads no string through: every loop over the table
 * is bounded by the text being matched, so a corrupt string can cost wrong marks, never a hang.
 */
export function parseTermTokens(raw: unknown): TermTokens | null {
  if (!raw || typeof raw !== 'object') return null;
  const t = raw as Record<string, unknown>;
  if (t.format !== PACKED_FORMAT || typeof t.id !== 'string') return null;
  if (typeof t.minLength !== 'number' || !(t.minLength >= 1)) return null;
  if (!hasStrings(t, ['tokenStarts', 'firstTokens', 'keys'])) return null;
  const firstTokens = t.firstTokens as string;
  if (!firstTokens.startsWith('\n') || !firstTokens.endsWith('\n')) return null;
  return t as unknown as TermTokens;
}

/** Checks the stored second part (see {@link parseTermTokens}); null when it is not usable. */
export function parseTermGroups(raw: unknown): TermGroups | null {
  if (!raw || typeof raw !== 'object') return null;
  const t = raw as Record<string, unknown>;
  if (t.format !== PACKED_FORMAT || typeof t.id !== 'string' || !hasStrings(t, ['groups'])) {
    return null;
  }
  const coins = t.coins;
  if (!coins || typeof coins !== 'object' || Array.isArray(coins)) return null;
  for (const coinId of Object.values(coins)) if (typeof coinId !== 'string') return null;
  return t as unknown as TermGroups;
}

/** Both parts as one table (null unless both are usable and of the same table). */
export function parsePackedTable(raw: unknown): PackedTermTable | null {
  const tokens = parseTermTokens(raw);
  const groups = parseTermGroups(raw);
  return tokens && groups && tokens.id === groups.id ? { ...tokens, ...groups } : null;
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
