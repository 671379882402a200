/**
 * Anchors: one word of each spelling, chosen so that text without terms rarely holds one. Every
 * frame of every page looks for them first, with a list built into its script at build time
 * (`build/term-anchors.ts`): a frame whose text holds no anchor reads nothing from storage and
 * costs about what one pass of the browser's RegExp over its text costs.
 *
 * A spelling's anchor is its rarest-looking token (a run of ASCII letters, of digits, or one
 * of the table's other start characters, as `token-lookup.ts` cuts text): a word that is not
 * one of the commonest English words, the longest such. A spelling whose tokens are all one or
 * two characters long (`1p1c`, `p2p`) is anchored on its first two tokens in a row (`1+p`), so
 * that a lone `1` or `p` in a text is no anchor. Only spellings that may count as a term are
 * anchored: stop phrases never are.
 *
 * Where a text holds anchors, the first look (`entrypoints/content/first-look.ts`) checks the
 * text around each with the whole first part of the table ({@link TermTokens}).
 */
import type { TermTokens } from './packed-table';
import { isWholeToken, tokenPattern } from './token-lookup';
import { isAsciiWordChar } from './text-chars';

/** What the first look is built with: the anchors and how to cut text into tokens. */
export interface TermAnchors {
  /** Anchors separated and surrounded by spaces; a pair as `first+second`. */
  anchors: string;
  /** The table's start characters besides ASCII letters and digits (`tokenPattern`). */
  tokenStarts: string;
  /** Characters of text looked at on each side of an anchor: enough for its longest spelling. */
  reach: number;
}

/**
 * The commonest English words: never a spelling's anchor while it has another word (`market
 * cap` is anchored on `market`, `all time high` on `time` rather than `all`).
 */
const COMMON_WORDS = new Set(
  (
    'the of and to in a is that for it as was with be by on not he i this are or his from at ' +
    'which but have an they you were her she there one all we their can has been if more when ' +
    'will would who so no out up what about into than them only time new some could these two ' +
    'may first then do any like my now over such our man me even most made after also did many ' +
    'before must through back years where much your way well down should because each just ' +
    'those people how too little state good very make world still own see men work long get ' +
    'here between both life being under never day same another know while last might us great ' +
    'old year off come since against go came right used take three states himself few house use ' +
    'during without again place around however home small found thought went say part once ' +
    'general high upon school every although want number public full real open low key'
  ).split(' '),
);

/** Slack beyond the longest spelling on each side of an anchor (runs of white space). */
const REACH_SLACK = 32;

/** The kinds of key line that may count as a term (`packed-table.ts`): any case, as written, weak. */
const COUNTING_KINDS = 'icw';

/** The anchor of a key (a folded spelling), by the rules above. */
export function anchorOfKey(key: string, tokens: RegExp): string {
  const parts = key.match(tokens) ?? [key];
  const score = (token: string) => (COMMON_WORDS.has(token) ? 0 : 100) + token.length;
  const best = parts.reduce((a, b) => (score(b) > score(a) ? b : a));
  if (best.length >= 3 || parts.length < 2) return best;
  return `${parts[0]}+${parts[1]}`;
}

/** The anchors of a table's first part, for the build (`build/term-anchors.ts`). */
export function termAnchorsOf(table: TermTokens): TermAnchors {
  const tokens = new RegExp(tokenPattern(table.tokenStarts), 'g');
  const anchors = new Set<string>();
  let longest = 0;
  for (const line of table.keys.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0 || !COUNTING_KINDS.includes(line[tab + 2] ?? '')) continue;
    const key = line.slice(0, tab);
    longest = Math.max(longest, key.length);
    anchors.add(anchorOfKey(key, tokens));
  }
  return {
    anchors: ` ${[...anchors].sort().join(' ')} `,
    tokenStarts: table.tokenStarts,
    reach: longest + REACH_SLACK,
  };
}

/**
 * Tokens looked up by searching the anchors string before a frame makes a Map of them all: a
 * frame with a few words (an ad, a blank page) makes no Map.
 */
const SEARCHES_BEFORE_MAP = 24;

/** Whether a token is an anchor (1), the first of an anchor pair (2), both (3) or neither (0). */
type AnchorKind = number;

/** A frame's anchor lookup: made once, cheap until the text has many words. */
export interface AnchorFinder {
  /**
   * The parts of `text` around its anchors (each from a word start, `reach` characters on both
   * sides, overlapping parts joined), or none; at most `limit` parts. Adds the anchors found
   * to `found` (a pair as `first+second`).
   */
  windowsOf(text: string, limit: number, found: Set<string>): string[];
}

/** An anchor finder over `built` (the build's {@link TermAnchors}). */
export function anchorFinderOf(built: TermAnchors): AnchorFinder {
  const { anchors, reach } = built;
  const pattern = tokenPattern(built.tokenStarts);
  const lowerTokens = new RegExp(pattern, 'g');
  const anyCaseTokens = new RegExp(pattern, 'gi');
  const known = new Map<string, AnchorKind>();
  let searches = 0;
  let complete = false;

  const kindOf = (token: string): AnchorKind => {
    const seen = known.get(token);
    if (seen !== undefined) return seen;
    if (complete) return 0;
    if (++searches > SEARCHES_BEFORE_MAP) {
      // Many words: one pass over the anchors instead of two searches per new word.
      complete = true;
      for (const anchor of anchors.split(' ')) {
        if (!anchor) continue;
        const plus = anchor.indexOf('+');
        const head = plus < 0 ? anchor : anchor.slice(0, plus);
        known.set(head, (known.get(head) ?? 0) | (plus < 0 ? 1 : 2));
      }
      return known.get(token) ?? 0;
    }
    const kind =
      (anchors.includes(` ${token} `) ? 1 : 0) | (anchors.includes(` ${token}+`) ? 2 : 0);
    known.set(token, kind);
    return kind;
  };

  return {
    windowsOf(text, limit, found) {
      const lower = text.toLowerCase();
      // A few letters (İ) lower-case to two characters: such text is cut in its own case.
      const sameLength = lower.length === text.length;
      const source = sameLength ? lower : text;
      const tokens = source.match(sameLength ? lowerTokens : anyCaseTokens);
      if (!tokens) return [];
      const windows: string[] = [];
      let cursor = 0;
      let windowStart = -1;
      let windowEnd = -1;
      for (let i = 0; i < tokens.length; i++) {
        const token = sameLength ? tokens[i]! : tokens[i]!.toLowerCase();
        const kind = kindOf(token);
        if (kind === 0) continue;
        let anchor = (kind & 1) !== 0 ? token : null;
        if (anchor === null && i + 1 < tokens.length) {
          const pair = `${token}+${sameLength ? tokens[i + 1]! : tokens[i + 1]!.toLowerCase()}`;
          if (anchors.includes(` ${pair} `)) anchor = pair;
        }
        if (anchor === null) continue;
        found.add(anchor);
        // Where this token stands: its first whole occurrence after the previous anchor.
        let at = source.indexOf(tokens[i]!, cursor);
        while (at >= 0 && !isWholeToken(source, at, tokens[i]!.length)) {
          at = source.indexOf(tokens[i]!, at + 1);
        }
        if (at < 0) break;
        cursor = at + tokens[i]!.length;
        let start = Math.max(0, at - reach);
        while (start > 0 && isAsciiWordChar(text.charCodeAt(start - 1))) start--;
        let end = Math.min(text.length, cursor + reach);
        while (end < text.length && isAsciiWordChar(text.charCodeAt(end))) end++;
        if (windowStart >= 0 && start <= windowEnd) {
          windowEnd = Math.max(windowEnd, end);
          continue;
        }
        if (windowStart >= 0) windows.push(text.slice(windowStart, windowEnd));
        if (windows.length >= limit) return windows;
        windowStart = start;
        windowEnd = end;
      }
      if (windowStart >= 0) windows.push(text.slice(windowStart, windowEnd));
      return windows;
    },
  };
}

/** What a text holds: 2 a spelling that counts on any page, 1 only spellings of crypto pages, 0 none. */
export type AnchorGrade = 0 | 1 | 2;

/** Runs of hyphens and white space: a spelling's space stands for one. */
const SEPARATOR_RUN_RE = /(?:[-\u2010-\u2013]|\s)+/g;
const CURLY_APOSTROPHES_RE = /[\u2019\u02bc]/g;

/**
 * How the parts of text around anchors (`windows`, from {@link AnchorFinder.windowsOf}) grade,
 * by the table's keys (`TermTokens.keys`): each key that holds one of the `anchors` found is
 * looked for in the text, folded as keys are written. It errs on the side of a term, as the
 * first look does (the engine decides): a key counts wherever it stands at a word start and is
 * not glued to more letters or digits (when its rule says so), whatever stands around it.
 */
export function gradeWindows(keys: string, anchors: Set<string>, windows: string): AnchorGrade {
  const written = windows.replace(SEPARATOR_RUN_RE, ' ').replace(CURLY_APOSTROPHES_RE, "'");
  const folded = written.toLowerCase();
  // A few letters (İ) lower-case to two characters: positions differ, so any case will do.
  const caseKnown = folded.length === written.length;
  let grade: AnchorGrade = 0;
  const tried = new Set<number>();
  for (const anchor of anchors) {
    const token = anchor.includes('+') ? anchor.slice(0, anchor.indexOf('+')) : anchor;
    for (let at = keys.indexOf(token); at >= 0; at = keys.indexOf(token, at + 1)) {
      const lineStart = keys.lastIndexOf('\n', at) + 1;
      const tab = keys.indexOf('\t', lineStart);
      if (tab < at + token.length || tried.has(lineStart)) continue;
      if (!isWholeToken(keys.slice(lineStart, tab), at - lineStart, token.length)) continue;
      tried.add(lineStart);
      const lineEnd = keys.indexOf('\n', tab);
      const line = keys.slice(lineStart, lineEnd < 0 ? keys.length : lineEnd);
      const keyLength = tab - lineStart;
      const kind = line[keyLength + 2];
      if (kind !== 'i' && kind !== 'c' && kind !== 'w') continue;
      if (kind === 'w' && grade > 0) continue;
      const key = line.slice(0, keyLength);
      const mayGlue = line[keyLength + 1] !== '1';
      for (let hit = folded.indexOf(key); hit >= 0; hit = folded.indexOf(key, hit + 1)) {
        if (!startsToken(folded, hit)) continue;
        const end = hit + key.length;
        if (!mayGlue && end < folded.length && isAsciiWordChar(folded.charCodeAt(end))) continue;
        if (kind === 'w') {
          grade = 1;
          break;
        }
        if (
          kind === 'i' ||
          !caseKnown ||
          line
            .slice(keyLength + 3)
            .split('\u001e')
            .includes(written.slice(hit, end))
        ) {
          return 2;
        }
      }
    }
  }
  return grade;
}

/** True when a token starts at `at` in `text` (no letter before a letter, no digit before a digit). */
function startsToken(text: string, at: number): boolean {
  if (at === 0) return true;
  const first = text.charCodeAt(at);
  const before = text.charCodeAt(at - 1);
  const letter = (code: number) => (code >= 0x61 && code <= 0x7a) || code === 0x5f;
  const digit = (code: number) => code >= 0x30 && code <= 0x39;
  if (letter(first)) return !letter(before);
  if (digit(first)) return !digit(before);
  return true;
}
