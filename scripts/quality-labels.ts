/**
 * The labelled set of `npm run quality` and how a page's marks are scored against it: pure
 * functions, no browser (tested in `scripts/__tests__/quality-labels.test.ts`).
 *
 * A page's labels name text a reader wants explained (`must`, with the glossary entry that
 * should explain it) and traps (`mustNot`, text that must stay unmarked). Each label is found
 * by a snippet of the page's text (`in`, default the term itself; first occurrence), with
 * white space and quotes compared loosely, so labels survive the page's line breaks.
 */
import * as v from 'valibot';
import { createTermMatcher } from '../utils/terms/term-table';
import { COIN_OF_ENTRY, TERM_SPELLINGS } from '../utils/terms/spellings';
import type { TermMatcher } from '../utils/terms/types';

const labelSchema = v.strictObject({
  /** The text that must (or must not) be marked. */
  term: v.pipe(v.string(), v.minLength(1)),
  /** A snippet of the page's text that contains `term` (its first occurrence is meant). */
  in: v.optional(v.pipe(v.string(), v.minLength(1))),
  /** The glossary entry that should explain it (`must` only). */
  entry: v.optional(v.pipe(v.string(), v.minLength(1))),
});

const pageLabelsSchema = v.strictObject({
  /** File name of the page. */
  page: v.pipe(v.string(), v.regex(/^[\w.-]+\.html$/)),
  /** `shared`: the saved real pages (read in place); `own`: quality/pages (committed). */
  from: v.picklist(['shared', 'own']),
  /**
   * `tuned`: pages the glossary and the calm rule were tuned on; `held-out`: pages labelled
   * from the text before HashLens was first run on them, scored without changing the
   * glossary for them (see quality/SOURCES.md).
   */
  part: v.picklist(['tuned', 'held-out']),
  /** What the page is about (for the reader of the table). */
  about: v.optional(v.string()),
  /** Off-topic: not about crypto, so any mark is a trap. */
  offTopic: v.optional(v.boolean()),
  must: v.optional(
    v.array(
      v.pipe(
        labelSchema,
        v.check((l) => l.entry !== undefined),
      ),
    ),
  ),
  mustNot: v.optional(v.array(labelSchema)),
});

/** The labels file (`quality/labels.json`). */
export const labelsFileSchema = v.strictObject({
  pages: v.array(pageLabelsSchema),
});

/** One label: text to find and, for `must`, its entry. */
export type Label = v.InferOutput<typeof labelSchema>;
/** The labels of one page. */
export type PageLabels = v.InferOutput<typeof pageLabelsSchema>;

/** The two parts of the labelled set, in the order they are reported. */
export const PARTS = ['tuned', 'held-out'] as const;
/** A part of the labelled set. */
export type Part = (typeof PARTS)[number];

/**
 * A marked range in a page's text as shipped: offsets into the joined text of its text nodes.
 * `underlined`: drawn (the first of its entry in its section within the page's underline
 * budget; a tint in a link). `later`: not drawn (a later occurrence in its section, or a first
 * the budget left without an underline), and still opening its tooltip on hover (the "-more"
 * highlight sets).
 */
export interface MarkedSpan {
  start: number;
  end: number;
  /** The glossary entry the mark stands for ('' when unknown). */
  entryId: string;
  /** Underlined, or hoverable without an underline (see {@link MarkedSpan}). */
  kind: 'underlined' | 'later';
}

/** How one page scored. */
export interface PageScore {
  /** `must` labels marked as their entry, underlined or a later occurrence in its section. */
  mustFound: number;
  /** `must` labels underlined themselves as their entry (the strict reading). */
  mustUnderlined: number;
  mustTotal: number;
  /** `must` labels not marked (or marked as another entry), with what was found instead. */
  missed: string[];
  /** Traps that were marked (off-topic pages: every mark). */
  trapsHit: string[];
  /** Labels whose snippet is not in the page's text (a broken label, counted as a failure). */
  notFound: string[];
}

/** Text with white space runs as one space and curly quotes straight, and where each char came from. */
export interface LooseText {
  text: string;
  /** For each character of `text`, its offset in the original. */
  origin: number[];
}

const QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u2010': '-',
  '\u2011': '-',
};

/** `text` compared loosely: white space runs folded to one space, curly quotes straight. */
export function loosen(text: string): LooseText {
  let out = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      if (!inSpace) {
        out += ' ';
        origin.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    out += QUOTES[ch] ?? ch;
    origin.push(i);
  }
  return { text: out, origin };
}

/** Where a label's term stands in `page` (original offsets), or null when its snippet is absent. */
export function locateLabel(page: LooseText, label: Label): { start: number; end: number } | null {
  const snippet = loosen(label.in ?? label.term).text.trim();
  const term = loosen(label.term).text.trim();
  const at = page.text.indexOf(snippet);
  if (at < 0) return null;
  const inSnippet = snippet.indexOf(term);
  if (inSnippet < 0) return null;
  const first = at + inSnippet;
  const last = first + term.length - 1;
  return { start: page.origin[first]!, end: page.origin[last]! + 1 };
}

function overlaps(span: MarkedSpan, at: { start: number; end: number }): boolean {
  return span.start < at.end && at.start < span.end;
}

/** Scores one page's marks against its labels. */
export function scorePage(
  pageText: string,
  marks: readonly MarkedSpan[],
  labels: PageLabels,
): PageScore {
  const page = loosen(pageText);
  const score: PageScore = {
    mustFound: 0,
    mustUnderlined: 0,
    mustTotal: 0,
    missed: [],
    trapsHit: [],
    notFound: [],
  };
  for (const label of labels.must ?? []) {
    score.mustTotal++;
    const at = locateLabel(page, label);
    if (!at) {
      score.notFound.push(label.in ?? label.term);
      continue;
    }
    const over = marks.filter((mark) => overlaps(mark, at));
    const right = over.filter((mark) => mark.entryId === label.entry);
    if (right.length > 0) {
      score.mustFound++;
      if (right.some((mark) => mark.kind === 'underlined')) score.mustUnderlined++;
    } else {
      const got = over.map((m) => `${pageText.slice(m.start, m.end)}→${m.entryId}`).join(', ');
      score.missed.push(`${label.term} (${label.entry})${got ? `: marked as ${got}` : ''}`);
    }
  }
  for (const label of labels.mustNot ?? []) {
    const at = locateLabel(page, label);
    if (!at) {
      score.notFound.push(label.in ?? label.term);
      continue;
    }
    // On an off-topic page every mark is a trap already (counted below, once).
    if (labels.offTopic) continue;
    const over = marks.filter((mark) => overlaps(mark, at));
    for (const mark of over) {
      score.trapsHit.push(
        `${pageText.slice(mark.start, mark.end)}→${mark.entryId} in "${label.in ?? label.term}"`,
      );
    }
  }
  if (labels.offTopic) {
    for (const mark of marks) {
      const around = pageText
        .slice(Math.max(0, mark.start - 40), mark.end + 40)
        .replace(/\s+/g, ' ');
      score.trapsHit.push(
        `${pageText.slice(mark.start, mark.end)}→${mark.entryId} in "…${around}…"`,
      );
    }
  }
  return score;
}

let carelessMatcher: TermMatcher | null = null;

/**
 * The glossary's spellings inside a trap, as a careless matcher finds them: every spelling of
 * every entry, with crypto and mining context on and no stop phrase. A trap where this finds
 * nothing cannot be hit by any matcher built from the glossary and proves nothing; a trap
 * where it finds a spelling shows that HashLens's rules (context, stop phrases, case) keep it
 * unmarked. Returns the spellings that overlap the trap's term, as `spelling→entry`.
 */
export function carelessHits(label: Label): string[] {
  carelessMatcher ??= createTermMatcher(TERM_SPELLINGS, { coins: COIN_OF_ENTRY });
  const text = label.in ?? label.term;
  const at = text.indexOf(label.term);
  if (at < 0) return [];
  const end = at + label.term.length;
  return carelessMatcher
    .find(text, { cryptoContext: true, miningContext: true })
    .filter((m) => m.start < end && at < m.end)
    .map((m) => `${text.slice(m.start, m.end)}→${m.entryId}`);
}
