/**
 * Keeps the index of terms on a live page: scans in idle-time slices, marks terms with the
 * CSS Custom Highlight API (no DOM change), follows text that arrives or changes later.
 */
import {
  createTextWalker,
  findTermsInNode,
  isInsideSkipped,
  type FoundTerm,
  type TextMatcher,
} from './scanner';

/** How marked terms look; `none` keeps terms hoverable without a visible mark. */
export type HighlightStyle = 'dotted' | 'solid' | 'none';

/** Highlight registry names; the `::highlight()` rules live in the page-level stylesheet. */
export const HIGHLIGHT_NAMES: Record<Exclude<HighlightStyle, 'none'>, string> = {
  dotted: 'hashlens-dotted',
  solid: 'hashlens-solid',
};

/** Idle-time scheduler: runs `work` with a deadline, like `requestIdleCallback`. */
export type IdleScheduler = (work: (deadline: { timeRemaining(): number }) => void) => void;

/** What {@link PageTerms} needs from its page. */
export interface PageTermsOptions {
  doc: Document;
  matcher: TextMatcher;
  cryptoContext: boolean;
  style: HighlightStyle;
  schedule: IdleScheduler;
  /** Called after each slice that changed the index. */
  onChange?: () => void;
}

/** Longest stretch of scanning before yielding to the page, in ms. */
const SLICE_BUDGET_MS = 8;

/** The terms of one document, kept up to date while the page lives. */
export class PageTerms {
  /** Terms by text node, each list in text order. */
  readonly byNode = new Map<Text, FoundTerm[]>();
  private readonly ranges = new Map<FoundTerm, StaticRange>();
  private readonly pendingRoots: Node[] = [];
  private walker: TreeWalker | null = null;
  private scheduled = false;
  private observer: MutationObserver | null = null;
  private highlight: Highlight | null = null;
  private style: HighlightStyle;
  private stopped = false;
  /** Milliseconds spent scanning and marking so far (for the benchmark). */
  busyMs = 0;

  constructor(private readonly options: PageTermsOptions) {
    this.style = options.style;
  }

  /** Starts scanning the body and following later changes. */
  start(): void {
    const { doc } = this.options;
    const registry = getHighlightRegistry(doc);
    if (registry && typeof Highlight === 'function') {
      this.highlight = new Highlight();
      this.applyStyle();
    }
    const root = doc.body ?? doc.documentElement;
    this.pendingRoots.push(root);
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
    this.scheduleWork();
  }

  /** Stops observing and removes every mark. */
  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.observer = null;
    this.pendingRoots.length = 0;
    this.walker = null;
    this.highlight?.clear();
    const registry = getHighlightRegistry(this.options.doc);
    for (const name of Object.values(HIGHLIGHT_NAMES)) registry?.delete(name);
    this.byNode.clear();
    this.ranges.clear();
  }

  /** Switches the mark style live. */
  setStyle(style: HighlightStyle): void {
    this.style = style;
    this.applyStyle();
  }

  /** True while scanning work is queued. */
  get busy(): boolean {
    return this.walker !== null || this.pendingRoots.length > 0;
  }

  /** Every term in document order. */
  all(): FoundTerm[] {
    const terms = [...this.byNode.values()].flat();
    return terms.sort((a, b) => {
      if (a.node === b.node) return a.start - b.start;
      return a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
  }

  /** Terms of `node` that contain the caret `offset` (edges included). */
  termsAt(node: Text, offset: number): FoundTerm[] {
    return (this.byNode.get(node) ?? []).filter((t) => t.start <= offset && offset <= t.end);
  }

  private applyStyle(): void {
    const registry = getHighlightRegistry(this.options.doc);
    if (!registry || !this.highlight) return;
    for (const name of Object.values(HIGHLIGHT_NAMES)) registry.delete(name);
    if (this.style !== 'none') registry.set(HIGHLIGHT_NAMES[this.style], this.highlight);
  }

  private scheduleWork(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    this.options.schedule((deadline) => {
      this.scheduled = false;
      this.work(deadline);
    });
  }

  private work(deadline: { timeRemaining(): number }): void {
    if (this.stopped) return;
    const started = performance.now();
    const budgetEnd = started + Math.min(SLICE_BUDGET_MS, Math.max(1, deadline.timeRemaining()));
    let changed = false;
    let steps = 0;
    while (performance.now() < budgetEnd || steps === 0) {
      if (!this.walker) {
        const root = this.pendingRoots.shift();
        if (!root) break;
        if (!root.isConnected) continue;
        if (root.nodeType === Node.TEXT_NODE) {
          changed = this.indexNode(root as Text) || changed;
          continue;
        }
        this.walker = createTextWalker(this.options.doc, root);
      }
      // Check the clock every 32 nodes: performance.now() is not free on huge pages.
      for (let i = 0; i < 32; i++) {
        const node = this.walker.nextNode();
        if (!node) {
          this.walker = null;
          break;
        }
        changed = this.indexNode(node as Text) || changed;
      }
      steps++;
    }
    this.busyMs += performance.now() - started;
    if (changed) this.options.onChange?.();
    if (this.busy) this.scheduleWork();
  }

  private indexNode(node: Text): boolean {
    const hadTerms = this.removeNode(node);
    const terms = findTermsInNode(node, this.options.matcher, {
      cryptoContext: this.options.cryptoContext,
    });
    if (terms.length === 0) return hadTerms;
    this.byNode.set(node, terms);
    if (this.highlight) {
      for (const term of terms) {
        const range = new StaticRange({
          startContainer: node,
          startOffset: term.start,
          endContainer: node,
          endOffset: term.end,
        });
        this.ranges.set(term, range);
        this.highlight.add(range);
      }
    }
    return true;
  }

  private removeNode(node: Text): boolean {
    const terms = this.byNode.get(node);
    if (!terms) return false;
    for (const term of terms) {
      const range = this.ranges.get(term);
      if (range) this.highlight?.delete(range);
      this.ranges.delete(term);
    }
    this.byNode.delete(node);
    return true;
  }

  private removeSubtree(root: Node): void {
    if (root.nodeType === Node.TEXT_NODE) {
      this.removeNode(root as Text);
      return;
    }
    for (const node of [...this.byNode.keys()]) {
      if (root.contains(node)) this.removeNode(node);
    }
  }

  private onMutations(records: MutationRecord[]): void {
    let removed = false;
    for (const record of records) {
      if (record.type === 'characterData') {
        if (record.target.nodeType === Node.TEXT_NODE && !isInsideSkipped(record.target)) {
          this.pendingRoots.push(record.target);
        }
        continue;
      }
      for (const node of record.removedNodes) {
        if (!node.isConnected) {
          this.removeSubtree(node);
          removed = true;
        }
      }
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.TEXT_NODE && node.nodeType !== Node.ELEMENT_NODE) continue;
        if (isInsideSkipped(node)) continue;
        this.pendingRoots.push(node);
      }
    }
    if (removed) this.options.onChange?.();
    this.scheduleWork();
  }
}

/** `CSS.highlights` of the document's window, where the browser has it. */
export function getHighlightRegistry(doc: Document): HighlightRegistry | null {
  const css = doc.defaultView?.CSS as (typeof CSS & { highlights?: HighlightRegistry }) | undefined;
  return css?.highlights ?? null;
}
