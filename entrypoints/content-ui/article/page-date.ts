/**
 * When was this page published? Read from the page's own markup, most trusted source first:
 * JSON-LD, then `<meta>` tags, then a `<time datetime>` in the article's header or byline,
 * then a visible dateline. Nothing runs until a caller asks, and every step reads a bounded
 * part of the page (the head, a few dozen candidate elements, the first and last few hundred
 * characters of the article), so huge pages cost no more than small ones.
 *
 * Precision over recall: a wrong date makes every "since this article" figure wrong, while no
 * date only hides the feature. So only published dates count (never "modified" or "updated"),
 * machine-readable values must be strict ISO 8601, and visible text counts only when a short
 * block is nothing but a date stamp, or a byline states the date; a date in running text never
 * does.
 */

/** A page's publication date. */
export interface PublishedDate {
  /**
   * The instant. Machine-readable values without a zone, and visible datelines without a UTC
   * time, are read as UTC: the page's calendar day is what matters, and UTC keeps the result
   * the same in every time zone.
   */
  date: Date;
  /** Where the date was read, most trusted first (see {@link findPublishedDate}). */
  source: 'json-ld' | 'meta' | 'time' | 'dateline';
  /** The exact string the date was read from (attribute value or dateline text). */
  text: string;
}

/** Earlier years are CMS placeholders (1970-01-01, 0001-01-01), not publication dates. */
const MIN_YEAR = 1991;
const MAX_YEAR = 2099;

/** Builds a UTC date, refusing impossible ones (`2026-02-30`, `25:00`) rather than rolling over. */
function utcDate(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): Date | null {
  if (y < MIN_YEAR || y > MAX_YEAR || h > 23 || mi > 59 || s > 59) return null;
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : null;
}

// ISO 8601 as pages write it: `2026-04-08`, `…T09:59`, `…T09:59:00.000Z`, `… 09:59:00 -0400`,
// `…+01:00`, `…+0100`. Anything else (`Thu Sep 16 2021 …`, `20190221`) is refused: Date.parse
// would read those in the machine's zone or guess.
const ISO_DATE =
  /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d+))?)?\s*(Z|[+-]\d\d(?::?\d\d)?)?)?$/i;

/** Parses a machine-readable date (attribute or JSON value); null unless strict ISO 8601. */
function parseIsoDate(value: unknown): Date | null {
  const m = typeof value === 'string' ? ISO_DATE.exec(value.trim()) : null;
  if (!m) return null;
  const date = utcDate(+m[1]!, +m[2]!, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  if (!date) return null;
  const zone = m[8]?.toUpperCase() ?? 'Z';
  const offsetMin =
    zone === 'Z'
      ? 0
      : (+zone.slice(1, 3) * 60 + +(zone.slice(3).replace(':', '') || 0)) *
        (zone[0] === '-' ? -1 : 1);
  return new Date(date.getTime() + Math.round(+`0.${m[7] ?? 0}` * 1000) - offsetMin * 60_000);
}

// Bounds that keep hostile or huge pages cheap.
const MAX_SCRIPTS = 20;
const MAX_JSON_CHARS = 200_000;
const MAX_METAS = 400;
const MAX_CANDIDATES = 60;

/** Schema.org types that are an article: `NewsArticle`, `BlogPosting`, `ReportageNewsArticle`… */
const ARTICLE_TYPE = /(?:Article|BlogPosting|Report)$/;

/**
 * The JSON-LD nodes that describe the page itself: top-level nodes, `@graph` members and a
 * page's `mainEntity`. Other nested objects (`itemListElement`, `hasPart`, `review`…) describe
 * other things, such as related articles, whose dates are not this page's.
 */
function collectNodes(value: unknown, out: Record<string, unknown>[], depth = 0): void {
  if (depth > 4 || typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, out, depth + 1);
    return;
  }
  const node = value as Record<string, unknown>;
  out.push(node);
  for (const key of ['@graph', 'mainEntity']) collectNodes(node[key], out, depth + 1);
}

function isArticleType(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
}

function fromJsonLd(doc: Document): PublishedDate | null {
  const scripts = doc.querySelectorAll('script[type*="ld+json" i]');
  let fallback: PublishedDate | null = null;
  for (let i = 0; i < scripts.length && i < MAX_SCRIPTS; i++) {
    const raw = scripts[i]!.textContent ?? '';
    if (raw.length > MAX_JSON_CHARS) continue;
    let data: unknown;
    try {
      // Many CMSs wrap the JSON in a CDATA section, which JSON.parse would refuse.
      data = JSON.parse(raw.trim().replace(/^(?:\/\/)?\s*<!\[CDATA\[|(?:\/\/)?\s*\]\]>$/g, ''));
    } catch {
      continue; // A broken block is the page's problem; the next source may still answer.
    }
    const nodes: Record<string, unknown>[] = [];
    collectNodes(data, nodes);
    for (const node of nodes) {
      const text = node.datePublished;
      const date = parseIsoDate(text);
      if (!date) continue;
      const found: PublishedDate = { date, source: 'json-ld', text: text as string };
      if (isArticleType(node['@type'])) return found;
      fallback ??= found;
    }
  }
  return fallback;
}

/**
 * Meta names and properties for the publication date, most specific first: Open Graph's
 * `article:published_time`, schema.org microdata, the names news CMSs and analytics tags use,
 * Dublin Core, then the generic `date`. Modified-time names are deliberately absent. One
 * string, so a name's rank is its position.
 */
const META_NAMES =
  ' article:published_time og:article:published_time og:published_time article:published datepublished article.published published_time publishdate publish_date publish-date published_at pubdate pub_date publication_date citation_publication_date dc.date.issued dcterms.issued dc.date.created dcterms.created dc.date dcterms.date sailthru.date parsely-pub-date originalpublicationdate dcsext.articlefirstpublished date ';

function fromMeta(doc: Document): PublishedDate | null {
  const metas = doc.getElementsByTagName('meta');
  let best: PublishedDate | null = null;
  let bestRank = Infinity;
  for (let i = 0; i < metas.length && i < MAX_METAS; i++) {
    const meta = metas[i]!;
    const key = (
      meta.getAttribute('property') ??
      meta.getAttribute('name') ??
      meta.getAttribute('itemprop') ??
      ''
    )
      .trim()
      .toLowerCase();
    const rank = key ? META_NAMES.indexOf(` ${key} `) : -1;
    if (rank < 0 || rank >= bestRank) continue;
    const text = meta.getAttribute('content') ?? '';
    const date = parseIsoDate(text);
    if (date) {
      best = { date, source: 'meta', text };
      bestRank = rank;
    }
  }
  return best;
}

/** Words and class names of a modified date, which is never the publication date. */
const MODIFIED = /modif|updat|edited|revised/i;
/**
 * Class or id of an article header or byline. Generic words (`date`, `meta`, `time`) are not
 * enough on their own: an event's `event-date` or a product's `release-date` is no byline.
 */
const BYLINE =
  /byline|dateline|pub(?:lish|date|time)|posted|timestamp|authorinfo|attribution|(?:article|entry|post|story|content)[-_]*(?:header|meta|info|date)/i;
/** Class or id of page parts about other content: related stories, lists, sidebars, comments. */
const ELSEWHERE =
  /related|recirc|more-stories|popular|trending|recommend|sidebar|widget|promo|teaser|newslist|list-of-entities|breadcrumb|infobox|navbox|(?:^|\s)comments?(?:[-_]?(?:list|area|section|thread|body|content))?(?:\s|$)/i;

function label(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id}`;
}

/**
 * Whether `el` sits in the article's header or byline: within a few levels of a byline-like
 * class or of a `<header>` inside the article (not the site's masthead, which may show today's
 * date), and nowhere inside an aside, a navigation or a related-content block. A microdata
 * `itemprop="datePublished"` or `pubdate` attribute counts as a byline on its own.
 */
function inByline(el: Element): boolean {
  let near = el.getAttribute('itemprop') === 'datePublished' || el.hasAttribute('pubdate');
  let depth = 0;
  for (let e: Element | null = el; e && e.localName !== 'body'; e = e.parentElement, depth++) {
    if (e.localName === 'aside' || e.localName === 'nav' || ELSEWHERE.test(label(e))) return false;
    if (depth > 6 || near) continue;
    near =
      BYLINE.test(label(e)) ||
      (e.localName === 'header' && !!e.parentElement?.closest('article,main,[role="main"]'));
  }
  return near;
}

/**
 * `el`'s text with white space collapsed, or null when it is longer than `max` characters or
 * spread over more than 100 text nodes: reading stops there, so a byline-like class on a
 * page-wide wrapper costs little.
 */
function shortText(el: Element, max: number): string | null {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let text = '';
  for (let n = 0; walker.nextNode(); n++) {
    text += walker.currentNode.nodeValue;
    if (n > 100) return null;
    if (text.length > max) {
      text = text.replace(/\s+/g, ' ');
      if (text.trim().length > max) return null;
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Whether `el` (whose text is `text`) is marked as a modified date. */
function isModified(el: Element, text: string): boolean {
  return (
    MODIFIED.test(`${label(el)} ${el.getAttribute('itemprop') ?? ''}`) ||
    /^(?:last\s+)?(?:updated|modified|edited)/i.test(text)
  );
}

function fromTime(doc: Document): PublishedDate | null {
  const times = doc.getElementsByTagName('time');
  for (let i = 0; i < times.length && i < MAX_CANDIDATES; i++) {
    const el = times[i]!;
    const text =
      el.getAttribute('datetime') ??
      (el.getAttribute('itemprop') === 'datePublished' ? el.getAttribute('content') : null);
    const date = parseIsoDate(text);
    if (date && text && !isModified(el, shortText(el, 160) ?? '') && inByline(el)) {
      return { date, source: 'time', text };
    }
  }
  return null;
}

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
let writtenDate: RegExp | undefined;
/**
 * A written date with an optional time: `April 13, 2026, 09:59 UTC`, `Apr. 8, 2026`,
 * `8 April 2026`, `Thu 3 Jan 2019 02.00 EST`, `2026-04-08`, `2016年10月14日07:17`. Numeric
 * day/month forms (`4/8/2026`) are refused: their order depends on the locale. Groups: 1–3
 * month-day-year, 4–6 day-month-year, 7–9 and 10–12 year-month-day, 13–16 hour, minute,
 * a/p, UTC. Built on first use.
 */
function writtenDatePattern(): RegExp {
  writtenDate ??= new RegExp(
    String.raw`\b(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?(?:${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)|(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH},?\s+(\d{4})(?!\d)|(\d{4})-(\d\d)-(\d\d)(?!\d)|(\d{4})年(\d{1,2})月(\d{1,2})日)(?:(?:,|\s+at|\s*[|·•–—-])?\s*(\d{1,2})[:.h](\d\d)(?:[:.]\d\d)?(?:\s*([ap])\.?m\.?)?(?:\s*(?:(utc|gmt|z)|[a-z]{2,4})(?![+-]\d))?(?!\w))?`,
    'i',
  );
  return writtenDate;
}
/** What may precede a date in a block that is only a stamp: `Published on`, `Posted:`. */
const STAMP_PREFIX = /^(?:(?:first\s+)?(?:published|posted|dated?)(?:\s+on)?:?)?\s*$/i;

const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';

/** Reads a {@link writtenDatePattern} match: the instant when a UTC time is given, else the day. */
function readWrittenDate(m: RegExpExecArray): Date | null {
  const g = (i: number) => m[i] ?? '';
  const month = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) / 3 + 1;
  const [y, mo, d] = g(1)
    ? [+g(3), month(g(1)), +g(2)]
    : g(5)
      ? [+g(6), month(g(5)), +g(4)]
      : g(7)
        ? [+g(7), +g(8), +g(9)]
        : [+g(10), +g(11), +g(12)];
  // A time in another or unknown zone would shift the instant by hours we cannot know; the
  // printed calendar day is what the author meant, so only a UTC time is kept.
  if (!g(16)) return utcDate(y, mo, d);
  let hour = +g(13);
  if (g(15)) hour = (hour % 12) + (g(15).toLowerCase() === 'p' ? 12 : 0);
  return utcDate(y, mo, d, hour, +g(14));
}

const BLOCK = 'p,div,li,dd,dt,h1,h2,h3,h4,h5,h6,header,footer,section,article,address';
/** How much text at each end of the article is searched for a stamp, in at most so many nodes. */
const EDGE_CHARS = 400;
const MAX_EDGE_NODES = 200;

/**
 * A date stamp at the start or end of the article: a block (paragraph, div…) whose whole text
 * is a date, within the first or last {@link EDGE_CHARS} characters. Inline elements in a
 * sentence ("rose on <a>April 8, 2026</a>") never count, nor do table cells.
 */
function edgeStamp(root: Element, fromEnd: boolean): PublishedDate | null {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  let nodes = 0;
  let lastBlock: Element | null = null;
  for (
    let node = fromEnd ? walker.lastChild() : walker.firstChild();
    node && seen < EDGE_CHARS && nodes++ < MAX_EDGE_NODES;
    node = fromEnd ? walker.previousNode() : walker.nextNode()
  ) {
    const text = node.nodeValue ?? '';
    if (!text.trim() || node.parentElement?.closest('script,style,noscript,template')) continue;
    seen += text.trim().length;
    const block = node.parentElement?.closest(BLOCK);
    if (!block || block === lastBlock || block.closest('td,th,aside,blockquote,figcaption')) {
      continue;
    }
    lastBlock = block;
    const stamp = shortText(block, 80);
    const m = stamp && writtenDatePattern().exec(stamp);
    if (!stamp || !m) continue;
    const whole =
      m.index + m[0].trimEnd().length === stamp.length &&
      STAMP_PREFIX.test(stamp.slice(0, m.index));
    const date = whole && readWrittenDate(m);
    if (date) return { date, source: 'dateline', text: stamp };
  }
  return null;
}

/** Classes of elements that may hold a byline or dateline, whatever the site calls them. */
const DATELINE_CLASS = /byline|date|posted|publish|time/i;
/**
 * How many elements, in document order, are searched for a byline: bylines sit near the top
 * of the article, and a selector over every element of a huge page would cost tens of ms.
 */
const MAX_SCAN = 5000;

function fromDateline(doc: Document): PublishedDate | null {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, NodeFilter.SHOW_ELEMENT);
  let candidates = 0;
  for (let n = 0; n < MAX_SCAN && candidates < MAX_CANDIDATES && walker.nextNode(); n++) {
    const el = walker.currentNode as Element;
    if (
      el.localName !== 'time' &&
      el.getAttribute('itemprop') !== 'datePublished' &&
      !DATELINE_CLASS.test(el.getAttribute('class') ?? '')
    ) {
      continue;
    }
    candidates++;
    const text = shortText(el, 160);
    if (!text || isModified(el, text) || !inByline(el)) continue;
    const m = writtenDatePattern().exec(text);
    // "Posted April 8, 2026 | Updated April 9" is fine; "Updated April 9, 2026" alone is not.
    if (!m || MODIFIED.test(text.slice(0, m.index))) continue;
    const date = readWrittenDate(m);
    if (date) return { date, source: 'dateline', text: m[0].trim() };
  }
  const root =
    [...doc.getElementsByTagName('article')].find((a) => a.querySelector('h1')) ??
    doc.querySelector('[itemprop="articleBody"],article,main,[role="main"]');
  return root ? (edgeStamp(root, false) ?? edgeStamp(root, true)) : null;
}

/**
 * Finds when `doc` was published, or null when the page does not say so clearly.
 *
 * Sources, in order (the first that answers wins):
 * 1. JSON-LD `datePublished` (top-level nodes, arrays, `@graph`, a page's `mainEntity`),
 *    preferring an article type (`NewsArticle`, `BlogPosting`…) over other nodes. Malformed
 *    blocks are skipped quietly.
 * 2. `<meta>` publication dates: `article:published_time`, `itemprop="datePublished"`,
 *    Dublin Core, `pubdate`, `sailthru.date`, `parsely-pub-date` … (see {@link META_NAMES}).
 * 3. A `<time datetime>` in the article's header or byline (not in running text, related
 *    stories or sidebars), skipping ones marked as modified.
 * 4. A visible dateline: a byline's written date ("posted on April 21, 2015"), or a block at
 *    the article's start or end that is only a date stamp ("April 13, 2026, 09:59 UTC").
 */
export function findPublishedDate(doc: Document): PublishedDate | null {
  return fromJsonLd(doc) ?? fromMeta(doc) ?? fromTime(doc) ?? fromDateline(doc);
}
