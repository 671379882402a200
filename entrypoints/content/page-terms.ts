/**
 * Keeps the index of terms on a live page: scans in idle-time slices, marks terms with the
 * CSS Custom Highlight API (no DOM change), follows text that arrives or changes later.
 *
 * Crypto context without a second scan: every text node is matched once with deferred
 * context (`deferContext`), which reports the terms that only stand on crypto pages
 * ("whale", "SOL") as `needsContext`. Until the page shows context they are held back
 * (that node's marks come from a context-free match, made only for such nodes, which are
 * rare); the page shows context once its title/description/first heading do, or once the
 * scanned text holds {@link CONTEXT_SIGNAL_MIN} unambiguous crypto terms (glossary hits of
 * {@link CONTEXT_SIGNAL_ENTRIES}; they come for free with the scan, and script text is never
 * scanned). Then the held terms are activated without scanning anything again. Context, once
 * shown, stays until the next {@link PageTerms.start}.
 */
import {
  createTextWalker,
  findTermsInNode,
  isInsideSkipped,
  isSkippedElement,
  type FoundTerm,
  type TextMatcher,
  type TextWalker,
} from './scanner';
import { placeOf, Sections, type Place } from './page-sections';

export { SCAN_COMPLETE_MARK } from './scanner';

/** How marked terms look; `none` keeps terms hoverable without a visible mark. */
export type HighlightStyle = 'dotted' | 'solid' | 'none';

/**
 * Which occurrences are underlined: every one, the first of each term in each section of the
 * page (the default: calm pages), or none. Every occurrence opens its tooltip in each mode.
 */
export type UnderlineMode = 'every' | 'section' | 'none';

/** The four sets a found term can be drawn in: by place (text or link) and first or not. */
type MarkSet = 'text' | 'textMore' | 'link' | 'linkMore';

/**
 * Highlight registry names; the `::highlight()` rules live in the page-level stylesheet. Links
 * get a tint (the page underlines them already); the "more" sets (occurrences after the first
 * in their section) are registered only when every occurrence is underlined, so switching the
 * mode re-registers four sets and touches no range.
 */
export const HIGHLIGHT_NAMES: Record<Exclude<HighlightStyle, 'none'>, Record<MarkSet, string>> = {
  dotted: {
    text: 'hashlens-dotted',
    textMore: 'hashlens-dotted-more',
    link: 'hashlens-tint',
    linkMore: 'hashlens-tint-more',
  },
  solid: {
    text: 'hashlens-solid',
    textMore: 'hashlens-solid-more',
    link: 'hashlens-tint',
    linkMore: 'hashlens-tint-more',
  },
};

/**
 * Glossary entries whose context-free matches show that a page is about crypto: coins named
 * unambiguously (context-dependent names such as "Solana" never count) and crypto-only words.
 */
export const CONTEXT_SIGNAL_ENTRIES: ReadonlySet<string> = new Set([
  'bitcoin',
  'ethereum',
  'tether',
  'usd-coin',
  'dogecoin',
  'litecoin',
  'bitcoin-cash',
  'wrapped-bitcoin',
  'monero',
  'xrp',
  'bnb',
  'cryptocurrency',
  'blockchain',
  'stablecoin',
  'altcoin',
  'defi',
  'web3',
  'nft',
  'bitcoin-mining',
  'hash-rate',
  'proof-of-work',
  'lightning-network',
  'bitcoin-dominance',
]);

/** Signals needed before context-dependent terms are shown (like `hasCryptoContext`). */
export const CONTEXT_SIGNAL_MIN = 2;

/** Idle-time scheduler: runs `work` with a deadline, like `requestIdleCallback`. */
export type IdleScheduler = (work: (deadline: { timeRemaining(): number }) => void) => void;

/** Figures of a finished scan, for the benchmark. */
export interface ScanStats {
  /** `performance.now()` when the first slice began (-1 before it). */
  startedAt: number;
  /** Milliseconds spent scanning and marking since {@link PageTerms.start}. */
  busyMs: number;
  /** Longest single slice, ms. */
  longestSliceMs: number;
  /** Slices run. */
  slices: number;
  /** Text nodes matched. */
  nodes: number;
  /** Terms found and hoverable (underlined or not). */
  terms: number;
  /** True when the page shows crypto context. */
  cryptoContext: boolean;
}

/** What {@link PageTerms} needs from its page. */
export interface PageTermsOptions {
  doc: Document;
  matcher: TextMatcher;
  /** Crypto context known before scanning (title, description, first heading). */
  cryptoContext?: boolean;
  /** The page is about mining (known before scanning; implies `cryptoContext`). */
  miningContext?: boolean;
  /**
   * What the page is about, worked out when first needed instead of before the scan: at the
   * first text with a term, or when a term that needs mining context is hit. Frames with
   * nothing to find never read their head or lead paragraphs. Overrides the two flags above.
   */
  subject?: () => { cryptoContext: boolean; miningContext: boolean };
  style: HighlightStyle;
  /**
   * Text per underline on a calm page ({@link CHARS_PER_UNDERLINE} by default; 0: no limit,
   * for tests of the sections alone).
   */
  charsPerUnderline?: number;
  /** Which occurrences are underlined (default: the first of each term per section). */
  underline?: UnderlineMode;
  schedule: IdleScheduler;
  /** Called after each slice that changed the shown terms. */
  onChange?: () => void;
  /** Called each time the work queue runs empty (the first time: the page is scanned). */
  onIdle?: (stats: ScanStats) => void;
}

/** Longest stretch of scanning before yielding to the page, in ms. */
const SLICE_BUDGET_MS = 8;

/**
 * Text per underline on a calm page (the default), beyond the first {@link FREE_UNDERLINES}:
 * the goal is at most 30 underlines per 1,000 words. At about 6 characters a word (English,
 * with its space) 1,000 words are 6,000 characters: 3 + 6,000 / 270 = 25 underlines, which
 * leaves room for languages with shorter words. Short texts (a frame, a teaser) keep their
 * first few terms underlined. Every occurrence still opens its tooltip.
 */
export const CHARS_PER_UNDERLINE = 270;

/** Underlines a page may have before the text-length budget applies. */
export const FREE_UNDERLINES = 3;

/** Nodes between clock reads: performance.now() is not free on huge pages. */
const NODES_PER_CLOCK_CHECK = 32;

/** A found term and how it is shown. */
interface Mark extends FoundTerm {
  /** The highlight range, made when the term is first drawn (null without CSS.highlights). */
  range: StaticRange | null;
  /** Hoverable now (found, and not waiting for crypto context). */
  active: boolean;
  /** Article text, a link, or site chrome (never drawn). */
  place: Place;
  /** Its section and entry: the first active mark of each key is the section's first. */
  key: string;
  /** The first of its entry in its section (article text and links only). */
  first: boolean;
  /** Where it stands in the page's text read so far, in characters (the density budget). */
  at: number;
  /** Underlined as the first of its section (within the budget), or standing in for one. */
  lit: boolean;
  /** The highlight set its range is in, if any. */
  drawnIn: Highlight | null;
}

/** The terms of one text node. */
interface NodeRecord {
  /** Every match, context-dependent ones included: one scan with deferred context. */
  terms: Mark[];
  /**
   * The context-free matches, while the page shows no context and `terms` holds terms that
   * need it; null otherwise. Made by a second match of this node only.
   */
  fallback: Mark[] | null;
}

function toMarks(terms: FoundTerm[], place: Place, section: string, before: number): Mark[] {
  const marks = terms as Mark[];
  for (const mark of marks) {
    mark.at = before + mark.start;
    mark.lit = false;
    mark.range = null;
    mark.active = false;
    mark.place = place;
    mark.key = `${section} ${mark.entryId}`;
    mark.first = false;
    mark.drawnIn = null;
  }
  return marks;
}

/** True when `a` comes before `b` in document order. */
function precedes(a: FoundTerm, b: FoundTerm): boolean {
  if (a.node === b.node) return a.start < b.start;
  return (a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** The terms of one document, kept up to date while the page lives. */
export class PageTerms {
  private readonly byNode = new Map<Text, NodeRecord>();
  /** Records whose context-dependent terms wait for the page to show context. */
  private readonly waitingForContext = new Set<NodeRecord>();
  /** Underlines the density budget has given out (see {@link CHARS_PER_UNDERLINE}). */
  private lit = 0;
  /** Section-and-entry keys whose first went without an underline for the budget. */
  private readonly unlit = new Set<string>();
  /** The first active mark of each section and entry (article text and links). */
  private readonly firsts = new Map<string, Mark>();
  private places = new WeakMap<Element, Place>();
  private sections: Sections;
  private readonly pendingRoots: Node[] = [];
  private readonly pendingSet = new Set<Node>();
  private walker: TextWalker | null = null;
  /** The walker is the first walk of the body: its nodes cannot be indexed yet. */
  private walkerFresh = false;
  private sweepNeeded = false;
  /** An attribute change may have hidden a region or made it editable. */
  private sweepSkipped = false;
  private scheduled = false;
  private observer: MutationObserver | null = null;
  /** The four sets marks are drawn in (null without the Highlight API). */
  private sets: Record<MarkSet, Highlight> | null = null;
  private style: HighlightStyle;
  private underline: UnderlineMode;
  private cryptoContext: boolean;
  private signals = 0;
  private stopped = true;
  /** The page's subject, once {@link PageTermsOptions.subject} was asked (or given up front). */
  private subjectKnown: boolean;
  private changed = false;
  private shownCache: FoundTerm[] | null = null;
  private readonly stats: ScanStats;
  /**
   * The matcher's context, one object for every node (updated when context shows). Mining
   * context is read by the matcher only on a hit of a term that needs it: with a lazy subject
   * that read works the subject out.
   */
  private readonly matchContext: {
    cryptoContext: boolean;
    miningContext: boolean;
    deferContext: true;
  };
  private miningContext: boolean;

  constructor(private readonly options: PageTermsOptions) {
    this.style = options.style;
    this.underline = options.underline ?? 'section';
    this.sections = this.newSections();
    this.subjectKnown = !options.subject;
    this.cryptoContext = options.subject ? false : (options.cryptoContext ?? false);
    this.miningContext = options.subject ? false : (options.miningContext ?? false);
    const readMining = () => {
      this.readSubject();
      return this.miningContext;
    };
    this.matchContext = {
      cryptoContext: this.cryptoContext,
      get miningContext() {
        return readMining();
      },
      deferContext: true,
    };
    this.stats = {
      startedAt: -1,
      busyMs: 0,
      longestSliceMs: 0,
      slices: 0,
      nodes: 0,
      terms: 0,
      cryptoContext: this.cryptoContext,
    };
  }

  /**
   * Works out the page's subject once (see {@link PageTermsOptions.subject}). Context shown by
   * the head is applied by the caller once its node is indexed ({@link applySubject}).
   */
  private readSubject(): void {
    if (this.subjectKnown) return;
    this.subjectKnown = true;
    const subject = this.options.subject!();
    this.miningContext = subject.miningContext;
    this.subjectCrypto = subject.cryptoContext;
  }

  /** Crypto context the page's head shows, until it is applied. */
  private subjectCrypto = false;

  /** Reads the subject (first text with a term) and shows the context its head gives. */
  private applySubject(): void {
    this.readSubject();
    if (this.subjectCrypto && !this.cryptoContext) this.showContext();
  }

  /** Starts scanning the body and following later changes. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const { doc } = this.options;
    const registry = getHighlightRegistry(doc);
    // Without the Highlight API nothing is drawn, but the index (and so hover) still works.
    if (registry && typeof Highlight === 'function' && typeof StaticRange === 'function') {
      this.sets = {
        text: new Highlight(),
        textMore: new Highlight(),
        link: new Highlight(),
        linkMore: new Highlight(),
      };
      this.applyStyle();
    }
    const root = doc.body ?? doc.documentElement;
    this.enqueue(root);
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      // Regions that are shown or made editable later: hidden and contenteditable.
      attributeFilter: ['hidden', 'contenteditable'],
    });
    this.scheduleWork();
  }

  /** Stops observing and removes every mark. */
  stop(): void {
    this.stopped = true;
    this.observer?.disconnect();
    this.observer = null;
    this.pendingRoots.length = 0;
    this.pendingSet.clear();
    this.walker = null;
    this.unregister();
    for (const set of Object.values(this.sets ?? {})) set.clear();
    this.sets = null;
    this.byNode.clear();
    this.waitingForContext.clear();
    this.firsts.clear();
    this.unlit.clear();
    this.lit = 0;
    this.places = new WeakMap();
    this.sections = this.newSections();
    this.shownCache = null;
    this.stats.terms = 0;
  }

  /** Switches the mark style live. */
  setStyle(style: HighlightStyle): void {
    this.style = style;
    this.applyStyle();
  }

  /** Switches which occurrences are underlined, live: re-registers the sets, no rescan. */
  setUnderline(underline: UnderlineMode): void {
    if (underline === this.underline) return;
    this.underline = underline;
    this.applyStyle();
    this.shownCache = null;
    this.changed = true;
    this.notifyChange();
  }

  /** True when the page shows crypto context (so context-dependent terms are shown). */
  get hasCryptoContext(): boolean {
    return this.cryptoContext;
  }

  /** True while scanning work is queued. */
  get busy(): boolean {
    return this.walker !== null || this.pendingRoots.length > 0 || this.sweepNeeded;
  }

  /** Figures so far (a copy). */
  getStats(): ScanStats {
    return { ...this.stats };
  }

  /**
   * The terms keyboard stepping visits, in document order: the underlined ones (with every
   * occurrence: all outside site chrome; otherwise the first of each term per section, also
   * when nothing is underlined, so the keyboard reaches the same terms a calm page marks).
   * Sorted once per change.
   */
  shownTerms(): FoundTerm[] {
    if (this.shownCache) return this.shownCache;
    const every = this.underline === 'every';
    const shown: FoundTerm[] = [];
    for (const node of this.nodesInOrder()) {
      const record = this.byNode.get(node);
      if (!record) continue;
      for (const mark of this.activeOf(record)) {
        if (mark.active && (every ? mark.place !== 'chrome' : mark.first)) shown.push(mark);
      }
    }
    this.shownCache = shown;
    return shown;
  }

  /**
   * Every term found, underlined or not, in document order: the article feature reads which
   * coins the text names from it. Not cached: asked once a page.
   */
  foundTerms(): FoundTerm[] {
    const found: FoundTerm[] = [];
    for (const node of this.nodesInOrder()) {
      const record = this.byNode.get(node);
      if (record) found.push(...this.activeOf(record));
    }
    return found;
  }

  /**
   * Hoverable terms of `node` that contain the caret `offset` (edges included): every
   * occurrence, underlined or not, chrome included.
   */
  termsAt(node: Text, offset: number): FoundTerm[] {
    const record = this.byNode.get(node);
    if (!record) return [];
    return this.activeOf(record).filter((t) => t.active && t.start <= offset && offset <= t.end);
  }

  /** The indexed text nodes still in the document, in document order. */
  private nodesInOrder(): Text[] {
    const nodes = [...this.byNode.keys()].filter((node) => node.isConnected);
    return nodes.sort((a, b) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
  }

  private activeOf(record: NodeRecord): Mark[] {
    return record.fallback ?? record.terms;
  }

  private newSections(): Sections {
    return new Sections(
      this.options.doc,
      (heading) => placeOf(heading.parentElement, this.places) === 'chrome',
    );
  }

  /** Registers the sets the style and the underline mode draw. */
  private applyStyle(): void {
    const registry = getHighlightRegistry(this.options.doc);
    const sets = this.sets;
    if (!registry || !sets) return;
    this.unregister();
    if (this.style === 'none' || this.underline === 'none') return;
    const names = HIGHLIGHT_NAMES[this.style];
    const drawn: MarkSet[] =
      this.underline === 'every' ? ['text', 'link', 'textMore', 'linkMore'] : ['text', 'link'];
    for (const set of drawn) registry.set(names[set], sets[set]);
  }

  /** Removes this index's sets from the registry. */
  private unregister(): void {
    const registry = getHighlightRegistry(this.options.doc);
    const sets = this.sets;
    if (!registry || !sets) return;
    for (const names of Object.values(HIGHLIGHT_NAMES)) {
      for (const set of Object.keys(names) as MarkSet[]) {
        if (registry.get(names[set]) === sets[set]) registry.delete(names[set]);
      }
    }
  }

  private enqueue(root: Node): void {
    if (this.pendingSet.has(root)) return;
    this.pendingSet.add(root);
    this.pendingRoots.push(root);
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
    if (this.stats.startedAt < 0) this.stats.startedAt = started;
    const budgetEnd = started + Math.min(SLICE_BUDGET_MS, Math.max(1, deadline.timeRemaining()));
    if (this.sweepNeeded) this.sweepDisconnected();
    let steps = 0;
    while (steps === 0 || performance.now() < budgetEnd) {
      steps++;
      if (!this.walker) {
        const root = this.pendingRoots.shift();
        if (!root) break;
        this.pendingSet.delete(root);
        if (!root.isConnected) continue;
        if (root.nodeType === Node.TEXT_NODE) {
          this.indexNode(root as Text, false);
          continue;
        }
        this.walkerFresh = this.byNode.size === 0 && this.stats.nodes === 0;
        this.walker = createTextWalker(this.options.doc, root);
      }
      const walker = this.walker;
      const fresh = this.walkerFresh;
      for (let i = 0; i < NODES_PER_CLOCK_CHECK; i++) {
        const node = walker.nextNode();
        if (!node) {
          this.walker = null;
          break;
        }
        this.indexNode(node, fresh);
      }
    }
    const spent = performance.now() - started;
    this.stats.busyMs += spent;
    this.stats.slices++;
    if (spent > this.stats.longestSliceMs) this.stats.longestSliceMs = spent;
    if (this.changed) {
      this.changed = false;
      this.options.onChange?.();
    }
    if (this.busy) this.scheduleWork();
    else this.options.onIdle?.(this.getStats());
  }

  /** Matches one text node (once) and shows its terms. `fresh`: never indexed before. */
  private indexNode(node: Text, fresh: boolean): void {
    this.stats.nodes++;
    if (!fresh) this.removeNode(node);
    const data = node.data;
    const found = findTermsInNode(node, this.options.matcher, this.matchContext, data);
    if (found.length === 0) {
      this.sections.count(data);
      return;
    }
    if (!this.cryptoContext) this.applySubject();
    // One closest() walk per parent element (cached); sections only for text outside chrome.
    const place = placeOf(node.parentElement, this.places);
    const section = place === 'chrome' ? '' : this.sections.keyOf(node);
    const before = this.sections.charsRead;
    this.sections.count(data);
    const record: NodeRecord = { terms: toMarks(found, place, section, before), fallback: null };
    let dependsOnContext = false;
    if (!this.cryptoContext) {
      for (const mark of record.terms) {
        if (mark.needsContext) dependsOnContext = true;
        else if (CONTEXT_SIGNAL_ENTRIES.has(mark.entryId)) this.signals++;
      }
      if (this.signals >= CONTEXT_SIGNAL_MIN) this.showContext();
    }
    if (dependsOnContext && !this.cryptoContext) {
      record.fallback = toMarks(
        findTermsInNode(node, this.options.matcher, { cryptoContext: false }, data),
        place,
        section,
        before,
      );
      this.waitingForContext.add(record);
    }
    this.byNode.set(node, record);
    for (const mark of this.activeOf(record)) this.activate(mark);
  }

  /** The page shows crypto context: activate the terms that waited for it. */
  private showContext(): void {
    this.cryptoContext = true;
    this.matchContext.cryptoContext = true;
    this.stats.cryptoContext = true;
    const lost = new Set<string>();
    for (const record of this.waitingForContext) {
      for (const mark of record.fallback ?? []) this.deactivate(mark, lost);
      record.fallback = null;
      for (const mark of record.terms) this.activate(mark);
    }
    this.waitingForContext.clear();
    this.refillFirsts(lost);
  }

  /** Makes a term hoverable and draws it (the first of its section and entry, or not). */
  private activate(mark: Mark): void {
    if (mark.active) return;
    mark.active = true;
    this.stats.terms++;
    this.noteChange();
    if (mark.place !== 'chrome') this.claimFirst(mark);
    // A later occurrence stands in for a first the budget left without an underline.
    if (!mark.first && this.unlit.has(mark.key) && this.light(mark)) this.unlit.delete(mark.key);
    this.draw(mark);
  }

  /** Makes `mark` its section's first of its entry when it comes before the current first. */
  private claimFirst(mark: Mark): void {
    const first = this.firsts.get(mark.key);
    if (first === mark || (first && !precedes(mark, first))) return;
    if (first) {
      first.first = false;
      this.dim(first);
      this.draw(first);
    }
    this.firsts.set(mark.key, mark);
    mark.first = true;
    if (!this.light(mark)) this.unlit.add(mark.key);
    this.noteChange();
    this.draw(mark);
  }

  /** Stops showing a term; notes the section-and-entry keys that lost their first term. */
  private deactivate(mark: Mark, lost: Set<string>): void {
    if (!mark.active) return;
    mark.active = false;
    this.dim(mark);
    this.stats.terms--;
    this.noteChange();
    if (mark.first) {
      mark.first = false;
      if (this.firsts.get(mark.key) === mark) {
        this.firsts.delete(mark.key);
        lost.add(mark.key);
      }
    }
    this.draw(mark);
  }

  /** Finds the new first term of each section-and-entry key whose first term went away. */
  private refillFirsts(lost: Set<string>): void {
    if (lost.size === 0) return;
    for (const record of this.byNode.values()) {
      for (const mark of this.activeOf(record)) {
        if (mark.active && lost.has(mark.key) && mark.node.isConnected) this.claimFirst(mark);
      }
    }
  }

  /**
   * Underlines `mark` if the density budget allows: beyond the first {@link FREE_UNDERLINES},
   * the k-th underline of the page needs k × {@link CHARS_PER_UNDERLINE} characters of text
   * before it, so a page never has more than one underline per that much text (and the free
   * ones), however many terms its sections hold.
   */
  private light(mark: Mark): boolean {
    if (mark.lit) return true;
    const spacing = this.options.charsPerUnderline ?? CHARS_PER_UNDERLINE;
    if (spacing > 0 && this.lit >= FREE_UNDERLINES + Math.floor(mark.at / spacing)) return false;
    mark.lit = true;
    this.lit++;
    return true;
  }

  /** Takes the underline back (the mark is no longer first, or gone). */
  private dim(mark: Mark): void {
    if (!mark.lit) return;
    mark.lit = false;
    this.lit--;
  }

  /** Puts the mark's range in the set it belongs to now (or in none). */
  private draw(mark: Mark): void {
    const sets = this.sets;
    if (!sets) return;
    let target: Highlight | null = null;
    if (mark.active && mark.place !== 'chrome') {
      const link = mark.place === 'link';
      if (mark.lit) target = link ? sets.link : sets.text;
      else target = link ? sets.linkMore : sets.textMore;
    }
    if (target === mark.drawnIn) return;
    if (mark.range) mark.drawnIn?.delete(mark.range);
    mark.drawnIn = target;
    if (!target) return;
    mark.range ??= new StaticRange({
      startContainer: mark.node,
      startOffset: mark.start,
      endContainer: mark.node,
      endOffset: mark.end,
    });
    target.add(mark.range);
  }

  private noteChange(): void {
    this.changed = true;
    this.shownCache = null;
  }

  /** Forgets a node's terms; notes the keys that lost their first term in `lost`. */
  private removeNode(node: Text, lost?: Set<string>): void {
    const record = this.byNode.get(node);
    if (!record) return;
    this.byNode.delete(node);
    this.waitingForContext.delete(record);
    const own = lost ?? new Set<string>();
    for (const mark of this.activeOf(record)) this.deactivate(mark, own);
    if (!lost) this.refillFirsts(own);
  }

  /** Drops the terms of text that left the document (once per batch, in idle time). */
  private sweepDisconnected(): void {
    const skipped = this.sweepSkipped;
    this.sweepNeeded = false;
    this.sweepSkipped = false;
    const lost = new Set<string>();
    for (const node of [...this.byNode.keys()]) {
      if (!node.isConnected || (skipped && isInsideSkipped(node))) this.removeNode(node, lost);
    }
    this.refillFirsts(lost);
  }

  private onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      const target = record.target;
      if (record.type === 'characterData') {
        if (target.nodeType === Node.TEXT_NODE && !isInsideSkipped(target)) this.enqueue(target);
        continue;
      }
      if (record.type === 'attributes') {
        // A region was hidden or made editable (sweep its terms), or the reverse (scan it).
        if (isSkippedElement(target as Element) || isInsideSkipped(target)) {
          this.sweepNeeded = true;
          this.sweepSkipped = true;
        } else {
          this.enqueue(target);
        }
        continue;
      }
      // Headings may have come or gone: the sections are read again when next needed.
      this.sections.invalidate();
      if (record.removedNodes.length > 0) this.sweepNeeded = true;
      if (this.walker !== null && record.addedNodes.length > 0) {
        // The running walk may visit these and does not know skipped regions among them.
        this.sweepNeeded = true;
        this.sweepSkipped = true;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType !== Node.TEXT_NODE && node.nodeType !== Node.ELEMENT_NODE) continue;
        if (isInsideSkipped(node)) continue;
        this.enqueue(node);
      }
    }
    this.scheduleWork();
  }

  private notifyChange(): void {
    if (!this.changed) return;
    this.changed = false;
    this.options.onChange?.();
  }
}

/** `CSS.highlights` of the document's window, where the browser has it. */
export function getHighlightRegistry(doc: Document): HighlightRegistry | null {
  const css = doc.defaultView?.CSS as (typeof CSS & { highlights?: HighlightRegistry }) | undefined;
  return css?.highlights ?? null;
}
