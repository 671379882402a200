/**
 * Anchors: one word of each spelling, chosen so that text without terms rarely holds one. Every
 * frame of every page looks for them first, with a list built into its script at build time
 * (`build/term-anchors.ts`): a frame whose text holds no anchor reads nothing from storage and
 * costs about what one pass of the browser's RegExp over its text costs.
 *
 * A spelling of one token (a run of ASCII letters, of digits, or one of the table's other
 * start characters, as `token-lookup.ts` cuts text) is its own anchor: `bitcoin`, `btc`; one
 * that counts only as written is looked for as written (`NEAR`, not the everyday `near`). A
 * spelling of several tokens is anchored on two of them in a row (`market+cap`, `open+network`
 * for `the open network`): those whose first token looks rarest (not one of the commonest
 * English words, then the longest), so that everyday words alone (`market`, `share`, `web`)
 * are no anchor. Only spellings that may count as a term are anchored: stop phrases never are.
 *
 * Where a text holds anchors, the first look (`entrypoints/content/first-look.ts`) checks the
 * text around each with the keys of those anchors only: the background stores the table's
 * counting keys grouped by anchor ({@link TermAnchorKeys}), so a frame looks up each anchor it
 * found once instead of searching the whole table for every word.
 */
import type { TermTokens } from './packed-table';
import { isWholeToken, tokenPattern } from './token-lookup';
import { isAsciiLetterOrUnderscore, isAsciiWordChar } from './text-chars';

/** What the first look is built with: the anchors and how to cut text into tokens. */
export interface TermAnchors {
  /** The id of the table the anchors were built from (`TermTokens.id`). */
  tableId: string;
  /** Anchors of one token, separated and surrounded by spaces. */
  anchors: string;
  /**
   * Anchors of two tokens in a row, by first token, separated and surrounded by spaces: each
   * `first:,second,second,` (`market:,cap,caps,`); the anchor found is `first+second`.
   */
  pairs: string;
  /**
   * Anchors of one token that count only as written, as written (`NEAR`), separated and
   * surrounded by spaces; the anchor found is the token in lower case.
   */
  cased: string;
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
  if (parts.length === 1) return parts[0]!;
  const score = (token: string) => (COMMON_WORDS.has(token) ? 0 : 100) + token.length;
  let best = 0;
  for (let i = 1; i + 1 < parts.length; i++) if (score(parts[i]!) > score(parts[best]!)) best = i;
  return `${parts[best]}+${parts[best + 1]}`;
}

/** The key lines of a table's first part that may count, each with its anchor. */
function countingLinesOf(
  table: TermTokens,
): { anchor: string; line: string; key: string; kind: string }[] {
  const tokens = new RegExp(tokenPattern(table.tokenStarts), 'g');
  const lines = [];
  for (const line of table.keys.split('\n')) {
    const tab = line.indexOf('\t');
    const kind = line[tab + 2] ?? '';
    if (tab < 0 || !COUNTING_KINDS.includes(kind)) continue;
    const key = line.slice(0, tab);
    lines.push({ anchor: anchorOfKey(key, tokens), line, key, kind });
  }
  return lines;
}

/** The anchors of a table's first part, for the build (`build/term-anchors.ts`). */
export function termAnchorsOf(table: TermTokens): TermAnchors {
  const lines = countingLinesOf(table);
  // An anchor whose keys all count only on crypto pages is marked weak.
  const strong = new Set(lines.filter(({ kind }) => kind !== 'w').map(({ anchor }) => anchor));
  const mark = (anchor: string) => (strong.has(anchor) ? '' : WEAK_MARK);
  const anyCase = new Set<string>();
  const asWritten = new Map<string, string[]>();
  const pairs = new Map<string, Set<string>>();
  for (const { anchor, line, kind } of lines) {
    const plus = anchor.indexOf('+');
    if (plus >= 0) {
      const first = anchor.slice(0, plus);
      const seconds = pairs.get(first) ?? new Set();
      pairs.set(first, seconds.add(`${mark(anchor)}${anchor.slice(plus + 1)}`));
    } else if (kind === 'c') {
      const written = line.slice(line.indexOf('\t') + 3).split('\u001e');
      asWritten.set(anchor, [...(asWritten.get(anchor) ?? []), ...written]);
    } else anyCase.add(anchor);
  }
  const longest = Math.max(0, ...lines.map(({ key }) => key.length));
  const spaced = (list: Iterable<string>) => ` ${[...list].sort().join(' ')} `;
  return {
    tableId: table.id,
    anchors: spaced([...anyCase].map((anchor) => `${mark(anchor)}${anchor}`)),
    pairs: spaced([...pairs].map(([first, seconds]) => `${first}:,${[...seconds].join(',')},`)),
    // A token that also counts in any case is an anchor as such.
    cased: spaced([...asWritten].filter(([token]) => !anyCase.has(token)).flatMap(([, w]) => w)),
    tokenStarts: table.tokenStarts,
    reach: longest + REACH_SLACK,
  };
}

/**
 * Before an anchor whose spellings all count only on crypto pages (`^whale`, `market:,^cap,`),
 * in the built anchors and in the anchors a finder finds.
 */
const WEAK_MARK = '^';

/** True when every anchor in `found` (from {@link AnchorFinder.windowsOf}) is weak. */
export function areAllWeak(found: Set<string>): boolean {
  for (const anchor of found) if (!anchor.startsWith(WEAK_MARK)) return false;
  return true;
}

/**
 * A table's counting keys grouped by anchor, as the background stores them for the first look
 * (`storage.local`, beside the table's two parts). Each index holds one entry per anchor, in
 * the anchors' code-unit order, each after a line break: the anchor, {@link ENTRY_MARK}, then
 * its key lines as `TermTokens.keys` writes them, separated by {@link LINE_SEPARATOR}.
 */
export interface TermAnchorKeys {
  /** The table's id (`TermTokens.id`): keys of another table read as none. */
  id: string;
  /** The entries written in Latin-1 only: a one-byte string, searched fast. */
  index: string;
  /** The few other entries (`₿`): one such character would make every search slower. */
  wideIndex: string;
}

/** Between an anchor and its key lines in {@link TermAnchorKeys.index}. */
const ENTRY_MARK = '\u001d';
/** Between key lines in {@link TermAnchorKeys.index} (a key line holds tabs and `\u001e`). */
const LINE_SEPARATOR = '\u001f';

/** A table's {@link TermAnchorKeys}, made by the background when it stores the table. */
export function termAnchorKeysOf(table: TermTokens): TermAnchorKeys {
  const byAnchor = new Map<string, string[]>();
  for (const { anchor, line } of countingLinesOf(table)) {
    const lines = byAnchor.get(anchor);
    if (lines) lines.push(line);
    else byAnchor.set(anchor, [line]);
  }
  let index = '';
  let wideIndex = '';
  // In code-unit order, as `<` compares strings: the first look finds an entry by halving.
  for (const [anchor, lines] of [...byAnchor].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const entry = `\n${anchor}${ENTRY_MARK}${lines.join(LINE_SEPARATOR)}`;
    if (/[\u0100-\uffff]/.test(entry)) wideIndex += entry;
    else index += entry;
  }
  return { id: table.id, index: `${index}\n`, wideIndex: `${wideIndex}\n` };
}

/** Stored anchor keys as {@link TermAnchorKeys}, or null when the value is not such. */
export function parseTermAnchorKeys(value: unknown): TermAnchorKeys | null {
  const keys = value as Partial<TermAnchorKeys> | null | undefined;
  const isIndex = (index: unknown): index is string =>
    typeof index === 'string' && index.startsWith('\n') && index.endsWith('\n');
  return typeof keys?.id === 'string' && isIndex(keys.index) && isIndex(keys.wideIndex)
    ? { id: keys.id, index: keys.index, wideIndex: keys.wideIndex }
    : null;
}

/**
 * Texts of at most this many words are looked up word by word in the anchor strings; longer
 * ones through a Set of the anchors, made once per frame: a frame with a few words (an ad, a
 * blank page) makes no Set.
 */
const FEW_WORDS = 24;

/** A frame's anchor lookup: made once, cheap until the text has many words. */
export interface AnchorFinder {
  /**
   * The parts of `text` around its anchors (each from a word start, `reach` characters on both
   * sides, overlapping parts joined), or none; at most `limit` parts. Adds the anchors found
   * to `found` (a pair as `first+second`, a weak one after {@link WEAK_MARK}).
   */
  windowsOf(text: string, limit: number, found: Set<string>): string[];
}

/** An anchor finder over `built` (the build's {@link TermAnchors}). */
export function anchorFinderOf(built: TermAnchors): AnchorFinder {
  const { anchors, pairs, cased, reach } = built;
  const casedLower = cased.toLowerCase();
  const tokenRe = new RegExp(tokenPattern(built.tokenStarts), 'g');
  /** Anchors, the first tokens of pairs and cased anchors in lower case, for long texts. */
  let heads: Set<string> | null = null;
  const headsOf = () => {
    if (heads) return heads;
    heads = new Set(anchors.replaceAll(WEAK_MARK, '').split(' '));
    // A pair's first token is what stands before its colon: cut, not searched with a RegExp.
    for (const group of pairs.split(' ')) heads.add(group.slice(0, group.indexOf(':')));
    for (const word of casedLower.split(' ')) heads.add(word);
    return heads;
  };
  const isHead = (word: string) =>
    heads?.has(word) ??
    (anchors.includes(` ${word} `) ||
      anchors.includes(` ${WEAK_MARK}${word} `) ||
      pairs.includes(` ${word}:`) ||
      casedLower.includes(` ${word} `));
  /** The seconds of a pair's first token (`,cap,caps,`), or '' when it begins none. */
  const secondsOf = (first: string) => {
    const at = pairs.indexOf(` ${first}:`);
    return at < 0 ? '' : pairs.slice(at + first.length + 2, pairs.indexOf(' ', at + 1));
  };

  return {
    windowsOf(text, limit, found) {
      // Tokens are ASCII: ASCII letters are folded, so that positions stay the text's.
      const lower = text.toLowerCase();
      const source =
        lower.length === text.length ? lower : text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
      const tokens = source.match(tokenRe);
      if (!tokens) return [];
      // The distinct words that may begin an anchor: in long texts, one native pass of Set
      // methods instead of a lookup per word.
      const words = new Set(tokens);
      const candidates =
        tokens.length > FEW_WORDS || heads
          ? commonWords(words, headsOf())
          : [...words].filter(isHead);
      // Where each anchor stands: its whole occurrences (pairs: with their second token next).
      const spans: [start: number, end: number][] = [];
      for (const word of candidates) {
        const single = anchors.includes(` ${word} `)
          ? word
          : anchors.includes(` ${WEAK_MARK}${word} `)
            ? `${WEAK_MARK}${word}`
            : '';
        const seconds = secondsOf(word);
        const asWritten = !single && casedLower.includes(` ${word} `);
        // A short first token (`p` of `p+2`) may stand whole thousands of times (between the
        // accented letters of a Czech text): only where one of its pairs stands is looked at.
        const whole =
          !single && !asWritten && seconds && word.length < 3
            ? wholeWordFinder(word, seconds.replaceAll(WEAK_MARK, '').split(',').filter(Boolean))
            : wholeWordFinder(word);
        for (
          let at = whole(source, 0), count = 0;
          at >= 0 && count < limit;
          at = whole(source, at + word.length)
        ) {
          let end = at + word.length;
          let anchor = '';
          if (single) anchor = single;
          else if (asWritten && cased.includes(` ${text.slice(at, end)} `)) anchor = word;
          if (seconds) {
            tokenRe.lastIndex = end;
            const next = tokenRe.exec(source);
            const second = next?.[0] ?? '';
            const mark = seconds.includes(`,${second},`)
              ? ''
              : seconds.includes(`,${WEAK_MARK}${second},`)
                ? WEAK_MARK
                : null;
            if (next && mark !== null) {
              if (anchor) found.add(anchor);
              anchor = `${mark}${word}+${second}`;
              end = next.index + second.length;
            }
          }
          if (!anchor) continue;
          found.add(anchor);
          spans.push([at, end]);
          count++;
        }
      }
      spans.sort((a, b) => a[0] - b[0]);
      const windows: string[] = [];
      let windowStart = -1;
      let windowEnd = -1;
      for (const [at, anchorEnd] of spans) {
        let start = Math.max(0, at - reach);
        while (start > 0 && isAsciiWordChar(text.charCodeAt(start - 1))) start--;
        let end = Math.min(text.length, anchorEnd + reach);
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

/**
 * Where `word` next stands whole (`isWholeToken`) in a text, from a position, or -1; with
 * `seconds`, only where one of them is the next token. A word of one or two characters stands
 * inside thousands of words: it is looked for with a RegExp rather than checked at each.
 */
function wholeWordFinder(
  word: string,
  seconds: string[] = [],
): (text: string, from: number) => number {
  if (word.length < 3) {
    const pattern = new RegExp(
      `${boundaryBefore(word)}${escapeRegExp(word)}${
        seconds.length === 0
          ? boundaryAfter(word)
          : // Anything but a token between the two, as between any two tokens.
            `(?=[^a-z0-9_]*?(?:${seconds
              .map((second) => `${escapeRegExp(second)}${boundaryAfter(second)}`)
              .join('|')}))${boundaryAfter(word)}`
      }`,
      'g',
    );
    return (text, from) => {
      pattern.lastIndex = from;
      return pattern.exec(text)?.index ?? -1;
    };
  }
  return (text, from) => {
    for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
      if (isWholeToken(text, at, word.length)) return at;
    }
    return -1;
  };
}

/** A RegExp lookbehind: no token goes on before `word` (as `isWholeToken` checks). */
function boundaryBefore(word: string): string {
  const first = word.charCodeAt(0);
  if (isAsciiLetterOrUnderscore(first)) return '(?<![a-z_])';
  return first >= 0x30 && first <= 0x39 ? '(?<![0-9])' : '';
}

/** A RegExp lookahead: the token `word` goes on no further. */
function boundaryAfter(word: string): string {
  const last = word.charCodeAt(word.length - 1);
  if (isAsciiLetterOrUnderscore(last)) return '(?![a-z_])';
  return last >= 0x30 && last <= 0x39 ? '(?![0-9])' : '';
}

/** `text` as a RegExp that matches it literally. */
function escapeRegExp(text: string): string {
  return text.replace(/[$()*+./?[\\\]^{|}]/g, '\\$&');
}

/** The words of `words` that are in `heads`. */
function commonWords(words: Set<string>, heads: Set<string>): Iterable<string> {
  // Native Set methods where the browser has them (Chrome 122, Firefox 127); a loop elsewhere.
  const native = (words as { intersection?: (other: Set<string>) => Set<string> }).intersection;
  if (native) return native.call(words, heads);
  return [...words].filter((word) => heads.has(word));
}

/** What a text holds: 2 a spelling that counts on any page, 1 only spellings of crypto pages, 0 none. */
export type AnchorGrade = 0 | 1 | 2;

/** Runs of hyphens and white space: a spelling's space stands for one. */
const SEPARATOR_RUN_RE = /(?:[-\u2010-\u2013]|\s)+/g;
const CURLY_APOSTROPHES_RE = /[\u2019\u02bc]/g;

/**
 * How the parts of text around anchors (`windows`, from {@link AnchorFinder.windowsOf}) grade,
 * by the keys of the `anchors` found ({@link TermAnchorKeys}): each is looked
 * for in the text, folded as keys are written. It errs on the side of a term, as the first
 * look does (the engine decides): a key counts wherever it stands at a word start and is not
 * glued to more letters or digits (when its rule says so), whatever stands around it.
 */
export function gradeWindows(
  keys: TermAnchorKeys,
  anchors: Set<string>,
  windows: string,
): AnchorGrade {
  const written = windows.replace(SEPARATOR_RUN_RE, ' ').replace(CURLY_APOSTROPHES_RE, "'");
  const folded = written.toLowerCase();
  // A few letters (İ) lower-case to two characters: positions differ, so any case will do.
  const caseKnown = folded.length === written.length;
  let grade: AnchorGrade = 0;
  for (const anchor of anchors) {
    const name = anchor.startsWith(WEAK_MARK) ? anchor.slice(1) : anchor;
    const lines = linesOf(keys.index, name) ?? linesOf(keys.wideIndex, name);
    if (lines === null) continue;
    for (const line of lines.split(LINE_SEPARATOR)) {
      const tab = line.indexOf('\t');
      const kind = line[tab + 2];
      if (kind === 'w' && grade > 0) continue;
      const key = line.slice(0, tab);
      const mayGlue = line[tab + 1] !== '1';
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
            .slice(tab + 3)
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

/**
 * The key lines of `anchor` in one index of {@link TermAnchorKeys}, or null: found by halving
 * the sorted entries (a dozen short searches, where one search of the whole index would scan
 * tens of kilobytes for each anchor).
 */
function linesOf(index: string, anchor: string): string | null {
  // Between `low` and `high`, both line breaks that begin an entry (or end the index).
  let low = 0;
  let high = index.length - 1;
  while (low < high) {
    const start = index.lastIndexOf('\n', (low + high) >>> 1);
    const mark = index.indexOf(ENTRY_MARK, start);
    const end = index.indexOf('\n', start + 1);
    if (mark < 0 || end < 0 || mark > end) return null; // not an index
    const name = index.slice(start + 1, mark);
    if (name === anchor) return index.slice(mark + 1, end);
    if (name < anchor) low = end;
    else high = start;
  }
  return null;
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
