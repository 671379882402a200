/**
 * Finds glossary terms in the text a reader sees, without changing the page: it only reads
 * text nodes and keeps an index of where terms are. Work is split into slices that yield to
 * the page (no long tasks), and text that arrives later is scanned as it comes.
 */
import type { MatchContext, TermMatch } from '@/utils/terms/types';

/**
 * Performance-timeline mark published when a frame's first scan is done, for the tests and
 * scripts that wait for it (end-to-end tests, `npm run quality`, the corpus). Published only by
 * the test build ({@link SCAN_MARKS}); never for a reader, as a page could read it to detect
 * HashLens.
 */
export const SCAN_COMPLETE_MARK = 'hashlens:scan-complete';

/**
 * True in the test build only (`WXT_SCAN_MARKS=true wxt build`, made by
 * `e2e/harness/build.ts` into `.output-test/`): frames publish {@link SCAN_COMPLETE_MARK}. A
 * build-time constant, so that a frame reads no setting to learn it and a release build holds
 * no code for it. (`?.`: scripts run under Node import this module, where there is no env.)
 */
export const SCAN_MARKS: boolean = import.meta.env?.WXT_SCAN_MARKS === 'true';

/**
 * Publishes {@link SCAN_COMPLETE_MARK} with `detail` (figures only, never page text). Firefox
 * keeps an object of the content script's out of the page's reach, so there the detail is its
 * JSON text. A page that replaced `performance` loses only the mark.
 */
export function publishScanMark(detail: object): void {
  try {
    performance.mark(SCAN_COMPLETE_MARK, {
      detail: import.meta.env.FIREFOX ? JSON.stringify(detail) : detail,
    });
  } catch {
    // Nothing to publish on such a page.
  }
}

/**
 * Elements whose text is not prose a reader hovers: code, form fields, scripts, our own UI.
 * `aria-hidden` is deliberately NOT skipped: it hides text from assistive technology, not from
 * the eye (decorative duplicates, carousel clones), and a sighted reader may still want the
 * term explained. Elements with the `hidden` attribute are skipped (nobody sees them).
 */
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
  'iframe,object,canvas,hashlens-ui,[hidden],[contenteditable]:not([contenteditable="false"])';

/** A term found in one text node, by UTF-16 offsets into its data. */
export interface FoundTerm {
  node: Text;
  start: number;
  end: number;
  entryId: string;
  /** The CoinGecko id, when the entry names a coin. */
  coinId?: string;
  /** True when the term only stands if the page shows crypto context (deferred context). */
  needsContext?: boolean;
}

/** Finds terms in one string; the glossary matcher behind it. */
export interface TextMatcher {
  find(text: string, context: MatchContext): TermMatch[];
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

/** An iterator over the kept text nodes of a subtree. */
export interface TextWalker {
  /** The next kept text node in document order, or null at the end. */
  nextNode(): Text | null;
}

/**
 * Walks the kept text nodes under `root` in document order: skipped subtrees are jumped over,
 * text shorter than the shortest term ("BTC", "ASIC") is passed by. Live like any TreeWalker:
 * nodes added ahead of it are still visited (a skipped region added ahead during the walk is
 * not known to it: {@link PageTerms} sweeps such text out after the mutation).
 *
 * Built for speed in a content script's isolated world, where every DOM node JavaScript
 * touches needs a wrapper of its own: the walker shows text nodes only (elements stay inside
 * the browser), and the skipped regions are found up front by one `querySelectorAll`, each
 * reduced to a jump from its first text node to its last. A NodeFilter callback, or reading
 * each element's tag, made the walk two to seven times slower than the matching itself.
 */
export function createTextWalker(doc: Document, root: Node): TextWalker {
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  /** First text node of each outermost skipped region → its last text node. */
  const jumps = new Map<Node, Node>();
  if (root.nodeType === 1 /* ELEMENT_NODE */) {
    let outer: Element | null = null;
    for (const region of (root as Element).querySelectorAll(SKIPPED_SELECTOR)) {
      if (outer?.contains(region)) continue;
      outer = region;
      const inner = doc.createTreeWalker(region, NodeFilter.SHOW_TEXT);
      const first = inner.nextNode();
      if (!first) continue;
      inner.currentNode = region;
      jumps.set(first, inner.lastChild() ?? first);
    }
  }
  return {
    nextNode() {
      let node = walker.nextNode();
      while (node) {
        const jump = jumps.size > 0 ? jumps.get(node) : undefined;
        if (jump) {
          walker.currentNode = jump;
        } else if ((node as Text).length >= 2) {
          // `length`, not `data.length`: no string is made for the many short nodes.
          return node as Text;
        }
        node = walker.nextNode();
      }
      return null;
    },
  };
}

/** Scans one text node (`data`: its text, when the caller read it already); returns its terms. */
export function findTermsInNode(
  node: Text,
  matcher: TextMatcher,
  context: MatchContext,
  data: string = node.data,
): FoundTerm[] {
  const matches = matcher.find(data, context);
  // The matcher's shared empty result: nothing to copy.
  if (matches.length === 0) return matches as unknown as FoundTerm[];
  return matches.map((match) => {
    const term: FoundTerm = { node, start: match.start, end: match.end, entryId: match.entryId };
    if (match.coinId) term.coinId = match.coinId;
    if (match.needsContext) term.needsContext = true;
    return term;
  });
}

/** Scans a whole subtree at once (tests, small roots). */
export function scanSubtree(
  doc: Document,
  root: Node,
  matcher: TextMatcher,
  context: MatchContext,
): FoundTerm[] {
  const walker = createTextWalker(doc, root);
  const found: FoundTerm[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    found.push(...findTermsInNode(node, matcher, context));
  }
  return found;
}
