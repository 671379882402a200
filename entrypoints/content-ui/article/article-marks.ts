/**
 * "Since this article" on a live page: the page's date, and the amounts its text quotes as a
 * coin's price or per-coin cost, marked like terms (their own CSS highlight, no DOM change)
 * and found by the hover's hit test through {@link ArticleMarks.termsAt}.
 *
 * Runs once per page, in the top frame, after the first scan (the content script decides
 * when), over bounded parts of the page: the date finder reads a few dozen elements, and the
 * quote finder reads at most {@link MAX_BLOCKS} text blocks and {@link MAX_TABLES} tables. The
 * coins named come from the scan's own marks, so nothing is matched twice. Nothing read here
 * leaves the tab: the tooltip asks the background only for a coin's history by coin id.
 */
import type { FoundTerm } from '../../content/scanner';
import { SKIPPED_SELECTOR } from '../../content/scanner';
import { findPublishedDate } from './page-date';
import {
  findQuotedPrices,
  quotedPriceInCell,
  type CoinMention,
  type QuotedPrice,
} from './quoted-prices';

/** Highlight registry name of quoted prices; the `::highlight()` rule is page-level CSS. */
export const QUOTE_HIGHLIGHT = 'hashlens-quote';

/** Text blocks read for quoted prices, at most (huge pages cost no more than long ones). */
export const MAX_BLOCKS = 1500;
/** Tables read, at most. */
export const MAX_TABLES = 50;
/** Rows read per table, at most. */
const MAX_ROWS = 200;

/** A marked amount: hoverable like a term (its `entryId` is the coin's glossary entry). */
export interface QuoteMark extends FoundTerm {
  quote: QuotedPrice;
}

/** What the article feature found on a page. */
export interface ArticleMarks {
  /** The page's publication instant (ms). */
  publishedMs: number;
  /** The coin the page is about, if one dominates its coin names. */
  subjectCoinId: string | null;
  /** Quoted prices, in document order. */
  marks: readonly QuoteMark[];
  /** Marks of `node` that contain the caret `offset` (edges included). */
  termsAt(node: Text, offset: number): QuoteMark[];
  /** Shows or hides the marks (the reader's `none` style); they stay hoverable. */
  setVisible(visible: boolean): void;
  /** Removes the marks. */
  stop(): void;
}

/** Block elements whose text is read sentence by sentence. */
const BLOCKS = 'p,li,h1,h2,h3,h4,h5,h6,blockquote,dd,dt,figcaption';

/** A block's text, with where each text node starts in it. */
interface BlockText {
  text: string;
  nodes: { node: Text; start: number }[];
}

function blockText(root: Element): BlockText {
  const nodes: BlockText['nodes'] = [];
  let text = '';
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.closest(SKIPPED_SELECTOR)) continue;
    nodes.push({ node, start: text.length });
    text += node.data;
  }
  return { text, nodes };
}

/** The coins the scan marked in a block, at their offsets in its text. */
function mentionsIn(block: BlockText, coinsByNode: Map<Text, FoundTerm[]>): CoinMention[] {
  const mentions: CoinMention[] = [];
  for (const { node, start } of block.nodes) {
    for (const term of coinsByNode.get(node) ?? []) {
      const coinId = term.coinId ?? null;
      if (coinId) mentions.push({ coinId, start: start + term.start, end: start + term.end });
    }
  }
  return mentions;
}

/** The text node and offsets of `[start, end)` of a block, when one node holds it all. */
function locate(block: BlockText, start: number, end: number) {
  for (let i = block.nodes.length - 1; i >= 0; i--) {
    const { node, start: nodeStart } = block.nodes[i]!;
    if (nodeStart > start) continue;
    if (end > nodeStart + node.data.length) return null;
    return { node, start: start - nodeStart, end: end - nodeStart };
  }
  return null;
}

/** Sentences of a text with their offsets (split after `.`, `!`, `?` before a space). */
function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/(?<=[.!?])\s+/g)) {
    out.push({ text: text.slice(start, m.index), start });
    start = m.index + m[0].length;
  }
  out.push({ text: text.slice(start), start });
  return out;
}

/**
 * The coin a page is about: the coin named most often, when it is named at least three times
 * and more than twice as often as any other.
 */
export function subjectCoin(coinTerms: readonly FoundTerm[]): string | null {
  const counts = new Map<string, number>();
  for (const term of coinTerms) {
    const coinId = term.coinId ?? null;
    if (coinId) counts.set(coinId, (counts.get(coinId) ?? 0) + 1);
  }
  const sorted = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = sorted;
  if (!first || first[1] < 3 || (second && first[1] <= 2 * second[1])) return null;
  return first[0];
}

/** Entry id of a coin's glossary entry, for the tooltip (`ripple` → `xrp`). */
function entryOfCoin(coinId: string, coinTerms: readonly FoundTerm[]): string | null {
  return coinTerms.find((term) => (term.coinId ?? null) === coinId)?.entryId ?? null;
}

/**
 * Finds the page's date and its quoted prices; null when the page has no date (then nothing
 * of the feature shows). `terms` are the scan's shown terms.
 */
export function findArticleQuotes(
  doc: Document,
  terms: readonly FoundTerm[],
): { publishedMs: number; subjectCoinId: string | null; marks: QuoteMark[] } | null {
  const published = findPublishedDate(doc);
  if (!published) return null;
  const coinTerms = terms.filter((term) => (term.coinId ?? null) !== null);
  const subjectCoinId = subjectCoin(coinTerms);
  const coinsByNode = new Map<Text, FoundTerm[]>();
  for (const term of coinTerms) {
    const list = coinsByNode.get(term.node);
    if (list) list.push(term);
    else coinsByNode.set(term.node, [term]);
  }
  const marks: QuoteMark[] = [];
  const add = (block: BlockText, quote: QuotedPrice, offset: number) => {
    const entryId = entryOfCoin(quote.coinId, coinTerms);
    const place = locate(block, offset + quote.amount.start, offset + quote.amount.end);
    if (!entryId || !place) return;
    marks.push({ ...place, entryId, quote });
  };
  const body = doc.body;
  if (!body) return { publishedMs: published.date.getTime(), subjectCoinId, marks };

  // Running text: blocks that hold no other block, outside tables and skipped regions.
  let blocks = 0;
  for (const element of body.querySelectorAll(BLOCKS)) {
    if (blocks >= MAX_BLOCKS) break;
    if (
      element.querySelector(BLOCKS) ||
      element.closest('table') ||
      element.closest(SKIPPED_SELECTOR)
    ) {
      continue;
    }
    blocks++;
    const block = blockText(element);
    if (!/\d/.test(block.text)) continue;
    const mentions = mentionsIn(block, coinsByNode);
    for (const sentence of sentences(block.text)) {
      const end = sentence.start + sentence.text.length;
      const own = mentions
        .filter((m) => m.start >= sentence.start && m.end <= end)
        .map((m) => ({ ...m, start: m.start - sentence.start, end: m.end - sentence.start }));
      for (const quote of findQuotedPrices(sentence.text, own, subjectCoinId)) {
        add(block, quote, sentence.start);
      }
    }
  }

  // Tables: each row read as one text; price columns of tables that name no coin belong to
  // the page's subject, and a row that names one coin gives its price cells to that coin.
  let tables = 0;
  for (const table of body.querySelectorAll('table')) {
    if (tables++ >= MAX_TABLES) break;
    if (table.closest(SKIPPED_SELECTOR)) continue;
    const rows = [...table.rows].slice(0, MAX_ROWS);
    const headerRow = rows.find((row) => row.cells.length > 0 && row.querySelector('th'));
    const header = headerRow ? [...headerRow.cells].map((cell) => cell.textContent ?? '') : [];
    const cellTexts = rows.map((row) => [...row.cells].map((cell) => blockText(cell)));
    const tableNamesCoin = cellTexts.some((cells) =>
      cells.some((cell) => mentionsIn(cell, coinsByNode).length > 0),
    );
    rows.forEach((row, r) => {
      if (row === headerRow) return;
      const cells = cellTexts[r]!;
      const rowCoins = new Set(
        cells.flatMap((cell) => mentionsIn(cell, coinsByNode).map((m) => m.coinId)),
      );
      const cellCoin =
        rowCoins.size === 1 ? [...rowCoins][0]! : tableNamesCoin ? null : subjectCoinId;
      const found = new Set<BlockText>();
      if (cellCoin) {
        cells.forEach((cell, c) => {
          const quote = quotedPriceInCell(header[c] ?? '', cell.text, cellCoin);
          if (quote) {
            found.add(cell);
            add(cell, quote, 0);
          }
        });
      }
      // The row as a sentence ("Bitcoin | closed at $72,000"), for cells not marked above.
      for (const cell of cells) {
        if (found.has(cell) || !/\d/.test(cell.text)) continue;
        for (const quote of findQuotedPrices(cell.text, mentionsIn(cell, coinsByNode), null)) {
          add(cell, quote, 0);
        }
      }
    });
  }
  return { publishedMs: published.date.getTime(), subjectCoinId, marks: sortMarks(marks) };
}

function sortMarks(marks: QuoteMark[]): QuoteMark[] {
  return marks.sort((a, b) =>
    a.node === b.node
      ? a.start - b.start
      : a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING
        ? -1
        : 1,
  );
}

/** Finds and marks the page's quoted prices; null on a page without a date. */
export function startArticleMarks(doc: Document, terms: readonly FoundTerm[]): ArticleMarks | null {
  const found = findArticleQuotes(doc, terms);
  if (!found) return null;
  const byNode = new Map<Text, QuoteMark[]>();
  for (const mark of found.marks) {
    const list = byNode.get(mark.node);
    if (list) list.push(mark);
    else byNode.set(mark.node, [mark]);
  }
  const css = doc.defaultView?.CSS as (typeof CSS & { highlights?: HighlightRegistry }) | undefined;
  const registry = css?.highlights;
  let highlight: Highlight | null = null;
  if (registry && typeof Highlight === 'function' && typeof StaticRange === 'function') {
    highlight = new Highlight(
      ...found.marks.map(
        (mark) =>
          new StaticRange({
            startContainer: mark.node,
            startOffset: mark.start,
            endContainer: mark.node,
            endOffset: mark.end,
          }),
      ),
    );
    registry.set(QUOTE_HIGHLIGHT, highlight);
  }
  let stopped = false;
  return {
    ...found,
    termsAt: (node, offset) =>
      (byNode.get(node) ?? []).filter(
        (mark) => mark.node.isConnected && mark.start <= offset && offset <= mark.end,
      ),
    setVisible: (visible) => {
      if (!registry || !highlight || stopped) return;
      if (visible) registry.set(QUOTE_HIGHLIGHT, highlight);
      else if (registry.get(QUOTE_HIGHLIGHT) === highlight) registry.delete(QUOTE_HIGHLIGHT);
    },
    stop: () => {
      stopped = true;
      byNode.clear();
      if (highlight && registry?.get(QUOTE_HIGHLIGHT) === highlight)
        registry.delete(QUOTE_HIGHLIGHT);
      highlight = null;
    },
  };
}
