/**
 * The term table as every frame reads it: a few strings, prepared once in the background, that
 * the matcher searches in place. No frame builds an index, parses thousands of candidates or
 * makes an object per spelling: a frame with nothing to find pays for reading one stored value
 * and a handful of binary searches.
 *
 * Layout (every number is two UTF-16 code units of 15 bits each, see {@link readNumber}):
 * - keys (lower-cased normalised spellings) are grouped in buckets by their first three
 *   characters (keys of three or more whose second character is not a space), first two (keys
 *   of two, and keys whose second character is a space, which may stand for a run of spaces in
 *   text) or first one; within a bucket, longest first (`bitcoin cash` before `bitcoin`);
 * - `heads`: each bucket's head as three code units (two- and one-character heads padded with
 *   U+0000, which no key contains), sorted by code unit, so a frame finds a bucket by binary
 *   search;
 * - `bucketKeys`: each bucket's first key index, and the key count after the last bucket;
 * - `lines`: one line per key in bucket order: the key, a tab, `1` when a word boundary must
 *   follow it (it ends in a letter, digit or underscore) else `0`, its candidates, a newline.
 *   A candidate is `entryId RS rule RS flags RS spelling` (RS = U+001E), candidates are
 *   separated by GS (U+001D); they are read only when their key is found in text;
 * - `lineStarts`: each key's line offset in `lines`;
 * - `starts`: every character (in both cases) some key starts with.
 */
import type { CaseRule } from './types';

/** Version of the packed layout; a stored table of another format is recompiled. */
export const PACKED_FORMAT = 4;

/** The compiled glossary as stored for the content scripts (see the module comment). */
export interface PackedTermTable {
  format: typeof PACKED_FORMAT;
  /** Changes whenever the spellings change. */
  id: string;
  /** Length of the shortest spelling: shorter texts are skipped without a scan. */
  minLength: number;
  starts: string;
  heads: string;
  bucketKeys: string;
  lines: string;
  lineStarts: string;
  /** Coin entry id → CoinGecko id, for the entries that name a coin. */
  coins: Record<string, string>;
}

/** One spelling to pack: its entry ('' for a stop phrase), case rule, spelling, flags. */
export type PackedCandidate = [entryId: string, rule: CaseRule, exact: string, flags: number];

const FIELD = '\u001e';
const CANDIDATE_SEPARATOR = '\u001d';
const NUMBER_LIMIT = 2 ** 30;

/** True when `s` holds a character the layout uses as a separator (or U+0000, its padding). */
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 0 || code === 0x09 || code === 0x0a || code === 0x1d || code === 0x1e) return true;
  }
  return false;
}

/** Appends `n` (0 ≤ n < 2^30) as two code units that are never surrogates. */
function numberUnits(n: number): string {
  if (!(n >= 0 && n < NUMBER_LIMIT)) throw new Error(`packed term table: ${n} out of range`);
  return String.fromCharCode(n >>> 15, n & 0x7fff);
}

/** The number at position `i` (in numbers, not code units) of a string of numbers. */
export function readNumber(units: string, i: number): number {
  return (units.charCodeAt(2 * i) << 15) | units.charCodeAt(2 * i + 1);
}

/** A key's bucket head, three code units (see the module comment). */
export function headOf(key: string): string {
  if (key.length >= 3 && key.charCodeAt(1) !== 0x20) return key.slice(0, 3);
  return key.length >= 2 ? `${key.slice(0, 2)}\0` : `${key[0]}\0\0`;
}

/**
 * Packs candidates (spellings with separators normalised) into the stored layout. `wordEnded`
 * tells whether a key ends in a word character (the caller's Unicode rule).
 */
export function packTermTable(
  candidates: readonly PackedCandidate[],
  meta: { id: string; minLength: number; coins: Record<string, string> },
  wordEnded: (key: string) => boolean,
): PackedTermTable {
  const byKey = new Map<string, PackedCandidate[]>();
  for (const candidate of candidates) {
    const key = candidate[2].toLowerCase();
    if (hasControl(key) || hasControl(candidate[0]) || hasControl(candidate[2])) {
      throw new Error(`packed term table: a control character in "${key}"`);
    }
    const list = byKey.get(key);
    if (list) list.push(candidate);
    else byKey.set(key, [candidate]);
  }
  const buckets = new Map<string, string[]>();
  for (const key of byKey.keys()) {
    const head = headOf(key);
    const list = buckets.get(head);
    if (list) list.push(key);
    else buckets.set(head, [key]);
  }
  const heads = [...buckets.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let lines = '';
  let lineStarts = '';
  let bucketKeys = '';
  let keyCount = 0;
  const starts = new Set<string>();
  for (const head of heads) {
    bucketKeys += numberUnits(keyCount);
    // Longest first; the sort is stable, so equal lengths keep the glossary's order.
    const keys = buckets.get(head)!.sort((a, b) => b.length - a.length);
    for (const key of keys) {
      lineStarts += numberUnits(lines.length);
      const list = byKey.get(key)!;
      lines +=
        `${key}\t${wordEnded(key) ? '1' : '0'}` +
        list.map((c) => [c[0], c[1], String(c[3]), c[2]].join(FIELD)).join(CANDIDATE_SEPARATOR) +
        '\n';
      keyCount++;
      const first = key[0]!;
      starts.add(first);
      const upper = first.toUpperCase();
      if (upper.length === 1) starts.add(upper);
    }
  }
  bucketKeys += numberUnits(keyCount);
  return {
    format: PACKED_FORMAT,
    id: meta.id,
    minLength: meta.minLength,
    starts: [...starts].sort().join(''),
    heads: heads.join(''),
    bucketKeys,
    lines,
    lineStarts,
    coins: meta.coins,
  };
}

const CASE_RULES: ReadonlySet<string> = new Set([
  'insensitive',
  'sensitive',
  'upper',
  'symbol',
  'cashtag',
]);

/**
 * Checks a stored table (storage can hold anything: an older build's value, corruption): its
 * strings and their proportions, so that every offset a frame reads stays inside them. Null
 * when it is not a usable table. Cost: proportional to the number of keys, a few thousand
 * reads of code units; no string is split and no object made.
 */
export function parsePackedTable(raw: unknown): PackedTermTable | null {
  if (!raw || typeof raw !== 'object') return null;
  const t = raw as Partial<PackedTermTable>;
  if (t.format !== PACKED_FORMAT || typeof t.id !== 'string') return null;
  if (typeof t.minLength !== 'number' || !(t.minLength >= 1)) return null;
  const { starts, heads, bucketKeys, lines, lineStarts, coins } = t;
  if (
    typeof starts !== 'string' ||
    typeof heads !== 'string' ||
    typeof bucketKeys !== 'string' ||
    typeof lines !== 'string' ||
    typeof lineStarts !== 'string'
  ) {
    return null;
  }
  if (!coins || typeof coins !== 'object' || Array.isArray(coins)) return null;
  for (const coinId of Object.values(coins)) if (typeof coinId !== 'string') return null;
  const bucketCount = heads.length / 3;
  if (!Number.isInteger(bucketCount) || bucketKeys.length !== 2 * (bucketCount + 1)) return null;
  const keyCount = lineStarts.length / 2;
  if (!Number.isInteger(keyCount) || readNumber(bucketKeys, bucketCount) !== keyCount) return null;
  for (let b = 0; b < bucketCount; b++) {
    if (readNumber(bucketKeys, b) > readNumber(bucketKeys, b + 1)) return null;
  }
  let previous = -1;
  for (let k = 0; k < keyCount; k++) {
    const start = readNumber(lineStarts, k);
    if (start <= previous || start >= lines.length) return null;
    if (start > 0 && lines.charCodeAt(start - 1) !== 0x0a) return null;
    previous = start;
  }
  if (keyCount > 0 && lines.charCodeAt(lines.length - 1) !== 0x0a) return null;
  return t as PackedTermTable;
}

/** A candidate as the matcher checks it after its key is found. */
export interface Candidate {
  entryId: string;
  /** The coin a coin entry names; undefined for other entries. */
  coinId: string | undefined;
  rule: CaseRule;
  /** Flags ({@link CANDIDATE} bits of the matcher). */
  flags: number;
  /** Spelling with normalised separators, as written. */
  exact: string;
  /** `exact` in upper case. */
  upper: string;
}

/**
 * The candidates of key `k` (parsed from its line on first use). Lines that do not parse (a
 * corrupt table that passed the proportions check) give no candidates.
 */
export function parseCandidates(table: PackedTermTable, k: number): Candidate[] {
  const { lines, lineStarts, coins } = table;
  const start = readNumber(lineStarts, k);
  const tab = lines.indexOf('\t', start);
  const end = lines.indexOf('\n', start);
  if (tab < 0 || end < tab) return [];
  const out: Candidate[] = [];
  for (const part of lines.slice(tab + 2, end).split(CANDIDATE_SEPARATOR)) {
    const [entryId, rule, flags, exact] = part.split(FIELD);
    if (exact === undefined || !CASE_RULES.has(rule!) || !exact) continue;
    out.push({
      entryId: entryId!,
      coinId: Object.hasOwn(coins, entryId!) ? coins[entryId!] : undefined,
      rule: rule as CaseRule,
      flags: Number(flags) | 0,
      exact,
      upper: exact.toUpperCase(),
    });
  }
  return out;
}
