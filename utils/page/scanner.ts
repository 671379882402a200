/**
 * Finds glossary terms in the text a reader sees, without changing the page: it only reads
 * text nodes and keeps an index of where terms are. Work is split into slices that yield to
 * the page (no long tasks), and text that arrives later is scanned as it comes.
 */
import type { TermMatch } from '@/utils/terms/types';

/** Elements whose text is not prose a reader hovers: code, form fields, scripts, our own UI. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'SVG',
  'svg',
  'MATH',
  'math',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'HASHLENS-UI',
]);

/** The same rule as a selector, for checking the ancestors of text that arrives later. */
export const SKIPPED_SELECTOR =
  'script,style,noscript,template,textarea,input,select,option,code,pre,kbd,samp,svg,math,' +
  'iframe,object,canvas,hashlens-ui,[contenteditable]:not([contenteditable="false"])';

/** A term found in one text node, by UTF-16 offsets into its data. */
export interface FoundTerm {
  node: Text;
  start: number;
  end: number;
  entryId: string;
}

/** Finds terms in one string; the glossary matcher behind it. */
export interface TextMatcher {
  find(text: string, context: { cryptoContext: boolean }): TermMatch[];
}

/** True when an element's subtree holds no text HashLens should mark. */
export function isSkippedElement(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName)) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  return element.hasAttribute('hidden');
}

/** True when a node sits inside a skipped region (checked once per later-added subtree). */
export function isInsideSkipped(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element ? element.closest(SKIPPED_SELECTOR) !== null : true;
}

/** Walks the kept text nodes under `root` in document order. */
export function createTextWalker(doc: Document, root: Node): TreeWalker {
  return doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        return isSkippedElement(node as Element)
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_SKIP;
      }
      // Text shorter than the shortest term ("BTC", "ASIC") cannot match.
      return (node as Text).data.length >= 2 ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
    },
  });
}

/** Scans one text node; returns its terms. */
export function findTermsInNode(
  node: Text,
  matcher: TextMatcher,
  context: { cryptoContext: boolean },
): FoundTerm[] {
  const matches = matcher.find(node.data, context);
  if (matches.length === 0) return [];
  return matches.map((match) => ({
    node,
    start: match.start,
    end: match.end,
    entryId: match.entryId,
  }));
}

/** Scans a whole subtree at once (tests, small roots). */
export function scanSubtree(
  doc: Document,
  root: Node,
  matcher: TextMatcher,
  context: { cryptoContext: boolean },
): FoundTerm[] {
  const walker = createTextWalker(doc, root);
  const found: FoundTerm[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    found.push(...findTermsInNode(node as Text, matcher, context));
  }
  return found;
}
