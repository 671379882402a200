/**
 * Compiles the glossary's spellings into a {@link TermTable}: every spelling, normalised, with
 * its entry, case rule and flags. Runs in the background
 * (once per start, see `term-table-store.ts`) and in tests and scripts; content scripts only
 * receive the result.
 */
import {
  CANDIDATE,
  TERM_TABLE_FORMAT,
  matcherFromTable,
  normalizeSpelling,
  type TermCandidate,
  type TermTable,
} from './matcher';
import { wordCharRe } from './text-chars';
import { COIN_OF_ENTRY, STOP_PHRASES, TERM_SPELLINGS } from './spellings';
import type { GlossaryAlias, TermMatcher, TermSpelling } from './types';

/** Options of {@link compileTermTable}. */
export interface TermTableOptions {
  /**
   * Phrases that are matched in any case and then dropped, so the terms inside them are not
   * reported (`killer whale`, `into custody`). Defaults to none.
   */
  stopPhrases?: readonly string[];
  /** Coin entry id → CoinGecko id ({@link TermTable.coins}). Defaults to none. */
  coins?: Readonly<Record<string, string>>;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}

const SEP_TOKEN = ' ';
const APOS_TOKEN = "'";
/** A separator inside multi-word aliases: one hyphen of any kind, or any run of white space. */
const SEP_SOURCE = '(?:[\\-\\u2010-\\u2013]|\\s+)';
const APOS_SOURCE = "['\\u2019\\u02bc]";
/** Before a term: start of text or anything but an ASCII letter or underscore. */
const BEFORE_SOURCE = '(?:^|[^a-z_])';
/** After a term that ends in a word character: no ASCII letter, digit or underscore. */
const AFTER_SOURCE = '(?![a-z0-9_])';

function escapeOutsideClass(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

function addToTrie(root: TrieNode, key: string): void {
  let node = root;
  for (const ch of key) {
    let child = node.children.get(ch);
    if (!child) {
      child = { children: new Map(), terminal: false };
      node.children.set(ch, child);
    }
    node = child;
  }
  node.terminal = true;
}

function tokenSource(token: string): string {
  if (token === SEP_TOKEN) return SEP_SOURCE;
  if (token === APOS_TOKEN) return APOS_SOURCE;
  return escapeOutsideClass(token);
}

/** RegExp source of a trie: greedy, so longer spellings are tried before their prefixes. */
function trieSource(node: TrieNode): string {
  const alternatives: string[] = [];
  for (const [token, child] of node.children) {
    alternatives.push(tokenSource(token) + trieSource(child));
  }
  if (alternatives.length === 0) return '';
  const body =
    alternatives.length === 1 && !node.terminal
      ? (alternatives[0] ?? '')
      : `(?:${alternatives.join('|')})`;
  return node.terminal ? `${body}?` : body;
}

function aliasParts(alias: string | GlossaryAlias): GlossaryAlias {
  return typeof alias === 'string' ? { text: alias } : alias;
}

/** A short stable hash (FNV-1a, 32 bit) of a text, as 8 hex digits. */
function hashText(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Compiles `entries` (and stop phrases) into a table. All the work of matching setup happens
 * here: normalising spellings, the trie, the RegExp source.
 *
 * @throws Error when an alias is empty.
 */
export function compileTermTable(
  entries: readonly TermSpelling[],
  options: TermTableOptions = {},
): TermTable {
  const candidates: TermCandidate[] = [];
  let minLength = Infinity;

  const add = (spelling: string, candidate: TermCandidate) => {
    const key = candidate[2].toLowerCase();
    if (key.trim() === '') throw new Error(`Empty alias in entry ${candidate[0]}`);
    candidates.push(candidate);
    minLength = Math.min(minLength, key.length);
  };

  for (const entry of entries) {
    for (const raw of entry.aliases) {
      const alias = aliasParts(raw);
      const rule = alias.caseRule ?? entry.caseRule;
      const needsMining = alias.requiresMiningContext ?? entry.requiresMiningContext ?? false;
      const needsContext =
        needsMining || (alias.requiresCryptoContext ?? entry.requiresCryptoContext ?? false);
      const cashtag =
        rule === 'symbol' || rule === 'cashtag' || (rule === 'upper' && entry.coinId !== undefined);
      add(alias.text, [
        entry.id,
        rule,
        normalizeSpelling(alias.text),
        (needsContext ? CANDIDATE.needsContext : 0) |
          (cashtag ? CANDIDATE.cashtag : 0) |
          (needsMining ? CANDIDATE.needsMining : 0),
      ]);
    }
  }
  for (const phrase of options.stopPhrases ?? []) {
    add(phrase, ['', 'insensitive', normalizeSpelling(phrase), CANDIDATE.stop]);
  }

  const finiteMin = Number.isFinite(minLength) ? minLength : 1;
  const coins = { ...options.coins };
  return {
    format: TERM_TABLE_FORMAT,
    id: hashText(JSON.stringify([TERM_TABLE_FORMAT, finiteMin, candidates, coins])),
    minLength: finiteMin,
    candidates,
    coins,
  };
}

/**
 * The glossary as RegExp sources (flags `gi`; group 1 is the spelling), for the benchmark's
 * reference pass: what a scanner built on RegExps must at least run. Whole first-character
 * groups are packed into sources of at most {@link MAX_SOURCE_LENGTH}, so each stays small
 * enough for V8 to optimise.
 */
export function glossaryPatternSources(table: TermTable = defaultTermTable()): string[] {
  const keysByFirst = new Map<string, Set<string>>();
  for (const [, , exact] of table.candidates) {
    const key = exact.toLowerCase();
    const first = [...key][0] ?? '';
    const group = keysByFirst.get(first);
    if (group) group.add(key);
    else keysByFirst.set(first, new Set([key]));
  }
  const sources: string[] = [];
  let bucket: string[] = [];
  let bucketLength = 0;
  const flush = () => {
    if (bucket.length > 0) sources.push(patternSource(bucket));
    bucket = [];
    bucketLength = 0;
  };
  for (const group of [...keysByFirst.keys()].sort()) {
    const keys = [...(keysByFirst.get(group) ?? [])];
    const length = patternSource(keys).length;
    if (bucketLength > 0 && bucketLength + length > MAX_SOURCE_LENGTH) flush();
    bucket.push(...keys);
    bucketLength += length;
  }
  flush();
  return sources;
}

/** V8 stops optimising a RegExp whose source is over 20 kB; the reference stays under it. */
const MAX_SOURCE_LENGTH = 16_000;

/** The RegExp source for a set of spelling keys: group 1 is the spelling. */
function patternSource(keys: readonly string[]): string {
  /** Aliases that end in a word character get the ASCII boundary check after them. */
  const wordEnded: TrieNode = { children: new Map(), terminal: false };
  const otherEnded: TrieNode = { children: new Map(), terminal: false };
  for (const key of keys) {
    const last = [...key].pop() ?? '';
    addToTrie(wordCharRe().test(last) ? wordEnded : otherEnded, key);
  }
  // The character before the spelling (if any) is consumed by BEFORE_SOURCE.
  const alternatives: string[] = [];
  if (wordEnded.children.size > 0) alternatives.push(`${trieSource(wordEnded)}${AFTER_SOURCE}`);
  if (otherEnded.children.size > 0) alternatives.push(trieSource(otherEnded));
  return `${BEFORE_SOURCE}(${alternatives.join('|')})`;
}

/** A matcher over `entries`: {@link compileTermTable} then {@link matcherFromTable}. */
export function createTermMatcher(
  entries: readonly TermSpelling[],
  options: TermTableOptions = {},
): TermMatcher {
  return matcherFromTable(compileTermTable(entries, options));
}

let defaultTable: TermTable | null = null;

/** The table of the glossary ({@link TERM_SPELLINGS} with {@link STOP_PHRASES}), built once. */
export function defaultTermTable(): TermTable {
  defaultTable ??= compileTermTable(TERM_SPELLINGS, {
    stopPhrases: STOP_PHRASES,
    coins: COIN_OF_ENTRY,
  });
  return defaultTable;
}

let defaultMatcher: TermMatcher | null = null;

/** The matcher over {@link defaultTermTable}, built on first use. */
export function defaultTermMatcher(): TermMatcher {
  defaultMatcher ??= matcherFromTable(defaultTermTable());
  return defaultMatcher;
}
