/**
 * Where a term stands on the page, which decides how (and whether) it is underlined: in
 * article text, inside a link (the page underlines links already: a tint instead), or in site
 * chrome (navigation, banners, footers, sidebars, search, price tickers: never underlined, still
 * hoverable); and which section of the page it belongs to (the default mode underlines the
 * first occurrence of each term per section).
 *
 * Paid in every frame, so only `closest()` and `compareDocumentPosition()` on elements the
 * scan already holds, cached per element: no style or layout reads.
 */

/** How a term is marked where it stands. */
export type Place = 'text' | 'link' | 'chrome';

/**
 * Landmarks and widgets that are site chrome, not article text. `header` and `footer` are
 * chrome unless inside an article or section (an article's byline); sites put their banner
 * inside `main` often enough that `main` does not count. `aria-live` regions only when they
 * hold a short price-like figure (a ticker, not a live blog); likewise a link in a short item
 * that quotes a price ("ETH $1,564.34 +7.07%": a ticker item with no ticker markup). Class and id
 * substrings in both cases: happy-dom and older engines lack the `i` flag.
 */
const CHROME_SELECTOR =
  'nav,aside,header,footer,marquee,[role=navigation],[role=banner],[role=contentinfo],' +
  '[role=complementary],[role=search],[role=marquee],[role=timer],[aria-live],' +
  '[class*=ticker],[class*=Ticker],[id*=ticker],[id*=Ticker]';

/** The nearest of these above a text node decides its place (walked upward while needed). */
const PLACE_SELECTOR = `a[href],${CHROME_SELECTOR}`;

/** Inside these, a `header` or `footer` belongs to the content (an article's byline). */
const SECTIONING_SELECTOR = 'article,section,[role=article]';

/** A live region this short holding a figure and a currency or percent sign is a ticker. */
const LIVE_TICKER_MAX_CHARS = 400;
/** A link in an item this short (itself or up to two levels up) quoting a price is a ticker item. */
const LINK_TICKER_MAX_CHARS = 80;
const LINK_TICKER_LEVELS = 3;
const PRICE_LIKE = /\d[\s\S]*[$€£¥%]|[$€£¥%][\s\S]*\d/;
/** "ticker" as a word part, not "sticker". */
const TICKER_NAME = /(^|[^s])ticker/i;

/** What one matched ancestor says: chrome, a link, or nothing (look further up). */
function kindOf(element: Element): Place | null {
  const tag = element.tagName;
  if (tag === 'A') return isTickerItem(element) ? 'chrome' : 'link';
  if (tag === 'HEADER' || tag === 'FOOTER') {
    if (element.hasAttribute('role')) return roleKind(element);
    return element.parentElement?.closest(SECTIONING_SELECTOR) ? null : 'chrome';
  }
  if (tag === 'NAV' || tag === 'ASIDE' || tag === 'MARQUEE') return 'chrome';
  if (element.hasAttribute('role') && roleKind(element)) return 'chrome';
  const live = element.getAttribute('aria-live');
  if (live !== null && live !== 'off' && isPriceLike(element, LIVE_TICKER_MAX_CHARS)) {
    return 'chrome';
  }
  const name = `${element.getAttribute('class') ?? ''} ${element.id}`;
  return TICKER_NAME.test(name) ? 'chrome' : null;
}

/** True when the element's text is short and quotes a figure with a currency or percent sign. */
function isPriceLike(element: Element, maxChars: number): boolean {
  const text = element.textContent ?? '';
  return text.length <= maxChars && PRICE_LIKE.test(text);
}

/**
 * True when a link sits in a short item quoting a price: the link, or a parent or grandparent
 * (`<h3><a>BTC</a></h3><p>$79,390</p>`). Stops at the first text longer than an item, so
 * a link in prose costs one read of its own text and its paragraph's.
 */
function isTickerItem(link: Element): boolean {
  let at: Element | null = link;
  for (let level = 0; at && level < LINK_TICKER_LEVELS; level++, at = at.parentElement) {
    const text = at.textContent ?? '';
    if (text.length > LINK_TICKER_MAX_CHARS) return false;
    if (PRICE_LIKE.test(text)) return true;
  }
  return false;
}

const CHROME_ROLES: ReadonlySet<string> = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'marquee',
  'timer',
]);

function roleKind(element: Element): Place | null {
  return CHROME_ROLES.has(element.getAttribute('role') ?? '') ? 'chrome' : null;
}

/**
 * The place of text whose parent is `element`: chrome when any landmark or ticker holds it,
 * else a link when an `a[href]` does, else article text. Cached per element.
 */
export function placeOf(element: Element | null, cache: WeakMap<Element, Place>): Place {
  if (!element) return 'text';
  const cached = cache.get(element);
  if (cached) return cached;
  let place: Place = 'text';
  let at = element.closest(PLACE_SELECTOR);
  while (at) {
    const kind = kindOf(at);
    if (kind === 'chrome') {
      place = 'chrome';
      break;
    }
    if (kind === 'link') place = 'link';
    at = at.parentElement?.closest(PLACE_SELECTOR) ?? null;
  }
  cache.set(element, place);
  return place;
}

/** Characters of text after which a section with no heading ends ("about a screenful"). */
export const SECTION_CHARS = 2000;

/**
 * Characters of text a section holds at least before a heading starts a new one: the short
 * sections of a dense reference page (a paragraph under each heading) count as one, so a term
 * is not underlined again under every heading.
 */
export const MIN_SECTION_CHARS = 1500;

const HEADING_SELECTOR = 'h1,h2,h3,h4,h5,h6,[role=heading]';
const FOLLOWS = 4 /* DOCUMENT_POSITION_FOLLOWING */ | 16; /* DOCUMENT_POSITION_CONTAINED_BY */

/**
 * Splits a document into sections: each heading (h1–h6, role=heading; not those in site
 * chrome) starts one once the current one holds {@link MIN_SECTION_CHARS} characters, and a
 * stretch with no heading is cut every {@link SECTION_CHARS} characters of text. Characters are counted as the scan reads text, so positions are in
 * document order for the first scan and continue from the end for text that arrives later
 * (mostly appended: more comments, the next article).
 */
export class Sections {
  /** Headings in document order; null when the DOM changed since they were read. */
  private headings: Element[] | null = null;
  private readonly serials = new WeakMap<Element, number>();
  private nextSerial = 1;
  /** Section serial (0: before any heading) → characters read when its first term was met. */
  private readonly starts = new Map<number, number>([[0, 0]]);
  /** Heading serial → the section it belongs to (its own, or an earlier short one's). */
  private readonly sectionOf = new Map<number, number>([[0, 0]]);
  /** The section most recently started. */
  private current = 0;
  private readonly keys = new WeakMap<Text, string>();
  private chars = 0;

  constructor(
    private readonly doc: Document,
    private readonly isChrome: (heading: Element) => boolean,
  ) {}

  /**
   * The scan read `data`: counts its characters from the first to the last that is not
   * whitespace (the indentation of pretty-printed markup, and runs between tags, do not count).
   */
  count(data: string): void {
    let first = 0;
    let last = data.length - 1;
    while (first <= last && data.charCodeAt(first) <= 32) first++;
    while (last > first && data.charCodeAt(last) <= 32) last--;
    if (first <= last) this.chars += last - first + 1;
  }

  /** Characters of text read so far (see {@link count}). */
  get charsRead(): number {
    return this.chars;
  }

  /** Elements were added or removed: read the headings again when next needed. */
  invalidate(): void {
    this.headings = null;
  }

  /** The section of `node` (call before {@link count} for it). Fixed once given. */
  keyOf(node: Text): string {
    const known = this.keys.get(node);
    if (known !== undefined) return known;
    const heading = this.headingBefore(node);
    let serial = 0;
    if (heading) {
      serial = this.serials.get(heading) ?? this.nextSerial++;
      this.serials.set(heading, serial);
    }
    let section = this.sectionOf.get(serial);
    if (section === undefined) {
      // A heading met after a short section continues it.
      const short = this.chars - this.starts.get(this.current)! < MIN_SECTION_CHARS;
      section = short ? this.current : serial;
      this.sectionOf.set(serial, section);
      if (!short) {
        this.starts.set(section, this.chars);
        this.current = section;
      }
    }
    const start = this.starts.get(section)!;
    const key = `${section}.${Math.floor((this.chars - start) / SECTION_CHARS)}`;
    this.keys.set(node, key);
    return key;
  }

  /** The last heading that starts before `node` (or holds it), by binary search. */
  private headingBefore(node: Node): Element | null {
    this.headings ??= [...this.doc.querySelectorAll(HEADING_SELECTOR)].filter(
      (heading) => !this.isChrome(heading),
    );
    const list = this.headings;
    let low = 0;
    let high = list.length - 1;
    let found: Element | null = null;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (list[mid]!.compareDocumentPosition(node) & FOLLOWS) {
        found = list[mid]!;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return found;
  }
}
