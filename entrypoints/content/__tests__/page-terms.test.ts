// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultTermMatcher } from '@/utils/terms/term-table';
import { MIN_SECTION_CHARS, SECTION_CHARS } from '../page-sections';
import {
  CHARS_PER_UNDERLINE,
  FREE_UNDERLINES,
  PageTerms,
  type PageTermsOptions,
  type ScanStats,
  type UnderlineMode,
} from '../page-terms';

/** happy-dom has no Custom Highlight API: a minimal stand-in, installed per test. */
class FakeHighlight extends Set<AbstractRange> {}
class FakeStaticRange {
  readonly startContainer: Node;
  readonly startOffset: number;
  readonly endContainer: Node;
  readonly endOffset: number;
  constructor(init: StaticRangeInit) {
    this.startContainer = init.startContainer;
    this.startOffset = init.startOffset;
    this.endContainer = init.endContainer;
    this.endOffset = init.endOffset;
  }
}

/** Test fixtures (our own markup) into the body, parsed as a page would be, without an HTML sink. */
function setBody(html: string): void {
  const parsed = new DOMParser().parseFromString(
    `<!doctype html><body>${html}</body>`,
    'text/html',
  );
  document.body.replaceChildren(
    ...[...parsed.body.childNodes].map((node) => document.importNode(node, true)),
  );
}
const globals = globalThis as unknown as Record<string, unknown>;
let registry: Map<string, FakeHighlight>;

function installHighlightApi(): void {
  registry = new Map();
  globals.Highlight = FakeHighlight;
  globals.StaticRange = FakeStaticRange;
  // happy-dom makes a new `CSS` object on each read: pin one that has `highlights`.
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
}

function removeHighlightApi(): void {
  delete globals.Highlight;
  delete globals.StaticRange;
  Object.defineProperty(window, 'CSS', { value: {}, configurable: true });
}

/** Idle work queued by PageTerms, run on demand with a zero deadline (1 ms slices). */
let queue: ((deadline: { timeRemaining(): number }) => void)[] = [];
let running: PageTerms[] = [];

/** Lets MutationObserver callbacks run, then all queued slices. */
async function settle(): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  let slices = 0;
  while (queue.length > 0) {
    const work = queue.shift()!;
    work({ timeRemaining: () => 0 });
    slices++;
  }
  return slices;
}

function startTerms(body: string, options: Partial<PageTermsOptions> = {}): PageTerms {
  setBody(body);
  const terms = new PageTerms({
    doc: document,
    matcher: defaultTermMatcher(),
    cryptoContext: false,
    style: 'dotted',
    schedule: (work) => void queue.push(work),
    // These fixtures are short and dense on purpose: the density budget has tests of its own.
    charsPerUnderline: 0,
    ...options,
  });
  running.push(terms);
  terms.start();
  return terms;
}

/** Shown terms as "text→entry". */
const shown = (terms: PageTerms) =>
  terms.shownTerms().map((t) => `${t.node.data.slice(t.start, t.end)}→${t.entryId}`);

const textOf = (r: AbstractRange) =>
  (r.startContainer as Text).data.slice(r.startOffset, r.endOffset);

/** Text of the ranges drawn (every registered set), in document order. */
const marked = () => drawn().map((d) => d.split('@')[0]);

/** What is drawn, as "text@id of the nearest element with one", in document order. */
const drawn = () =>
  [...registry.values()]
    .flatMap((set) => [...set])
    .sort((a, b) =>
      a.startContainer === b.startContainer
        ? a.startOffset - b.startOffset
        : a.startContainer.compareDocumentPosition(b.startContainer) &
            Node.DOCUMENT_POSITION_FOLLOWING
          ? -1
          : 1,
    )
    .map((r) => `${textOf(r)}@${r.startContainer.parentElement?.closest('[id]')?.id ?? ''}`);

/** The text node inside the element with `id`. */
const textIn = (id: string) => document.getElementById(id)!.firstChild as Text;

beforeEach(() => {
  queue = [];
  installHighlightApi();
});

afterEach(() => {
  running.forEach((terms) => terms.stop());
  running = [];
  document.body.replaceChildren();
});

describe('PageTerms: skipped regions', () => {
  it.each<[region: string, html: string]>([
    ['script', '<script>var s = "Bitcoin hash rate";</script>'],
    ['style', '<style>/* Bitcoin hash rate */</style>'],
    ['noscript', '<noscript>Bitcoin hash rate</noscript>'],
    ['template', '<template><p>Bitcoin hash rate</p></template>'],
    ['textarea', '<textarea>Bitcoin hash rate</textarea>'],
    ['select/option', '<select><option>Bitcoin hash rate</option></select>'],
    ['code', '<p>Use <code>Bitcoin hash rate</code></p>'],
    ['pre', '<pre>Bitcoin hash rate</pre>'],
    ['kbd', '<kbd>Bitcoin hash rate</kbd>'],
    ['samp', '<samp>Bitcoin hash rate</samp>'],
    ['svg', '<svg><text>Bitcoin hash rate</text></svg>'],
    ['math', '<math><mi>Bitcoin hash rate</mi></math>'],
    ['contenteditable', '<div contenteditable="true"><p>Bitcoin hash rate</p></div>'],
    ['contenteditable=""', '<div contenteditable=""><p>Bitcoin hash rate</p></div>'],
    ['hidden', '<div hidden>Bitcoin hash rate</div>'],
    ['own UI', '<hashlens-ui>Bitcoin hash rate</hashlens-ui>'],
  ])('does not mark text in %s', async (_region, html) => {
    const terms = startTerms(`<p>ASIC</p>${html}`);
    await settle();
    expect(shown(terms)).toEqual(['ASIC→asic']);
    expect(marked()).toEqual(['ASIC']);
  });

  it('marks contenteditable="false" islands and aria-hidden text (visible to the eye)', async () => {
    const terms = startTerms(
      '<div contenteditable="false">hash rate</div><span aria-hidden="true">ASIC</span>',
    );
    await settle();
    expect(shown(terms)).toEqual(['hash rate→hash-rate', 'ASIC→asic']);
  });

  it('never changes the DOM', async () => {
    const html = '<p>Bitcoin and the <b>hash rate</b> of ASICs</p><p>halving</p>';
    startTerms(html);
    await settle();
    expect(document.body.innerHTML).toBe(html);
  });
});

describe('PageTerms: mutations', () => {
  it('marks text added later, and ignores additions inside skipped regions and own UI', async () => {
    const terms = startTerms('<p>nothing yet</p><textarea></textarea>');
    await settle();
    expect(shown(terms)).toEqual([]);
    const p = document.createElement('p');
    p.textContent = 'The hash rate rose.';
    document.body.append(p);
    document.querySelector('textarea')!.append('ASIC in a textarea');
    const ui = document.createElement('hashlens-ui');
    ui.textContent = 'ASIC in our UI';
    document.body.append(ui);
    await settle();
    expect(shown(terms)).toEqual(['hash rate→hash-rate']);
  });

  it.each<[change: string, mutate: (text: Text) => void, expected: string[]]>([
    ['text edited to another term', (t) => (t.data = 'an ASIC'), ['ASIC→asic']],
    ['text edited to no term', (t) => (t.data = 'plain words'), []],
    ['text appended to', (t) => t.appendData(' and ASICs'), ['hash rate→hash-rate', 'ASICs→asic']],
    ['text node removed', (t) => t.remove(), []],
    ['parent element removed', (t) => t.parentElement!.remove(), []],
  ])('follows characterData and removals: %s', async (_change, mutate, expected) => {
    const terms = startTerms('<p id="p">the hash rate</p>');
    await settle();
    expect(shown(terms)).toEqual(['hash rate→hash-rate']);
    mutate(document.getElementById('p')!.firstChild as Text);
    await settle();
    expect(shown(terms)).toEqual(expected);
    expect(marked()).toEqual(expected.map((s) => s.split('→')[0]));
  });

  it('drops terms when a region becomes hidden and finds them when it is shown', async () => {
    const terms = startTerms('<section id="s"><p>hash rate</p></section>');
    await settle();
    const section = document.getElementById('s')!;
    section.hidden = true;
    await settle();
    expect(shown(terms)).toEqual([]);
    section.hidden = false;
    await settle();
    expect(shown(terms)).toEqual(['hash rate→hash-rate']);
  });

  it('scans a large page in many small slices and reports its figures once idle', async () => {
    const stats: ScanStats[] = [];
    const paragraphs = Array.from({ length: 3000 }, (_, i) =>
      i % 100 === 0 ? '<p>ASIC</p>' : `<p>paragraph ${i}</p>`,
    ).join('');
    const terms = startTerms(paragraphs, { onIdle: (s) => stats.push(s), underline: 'every' });
    const slices = await settle();
    expect(slices).toBeGreaterThan(1);
    expect(stats).toHaveLength(1);
    // Scanning starts in the first idle task: there is no warm-up task before it.
    expect(stats[0]).toMatchObject({ terms: 30, nodes: 3000, slices });
    expect(terms.shownTerms()).toHaveLength(30);
  });
});

/** Words with no glossary term, `length` characters long. */
const filler = (length: number) => 'lorem ipsum '.repeat(Math.ceil(length / 12)).slice(0, length);

describe('PageTerms: first occurrence in each section (the default)', () => {
  it.each<[layout: string, body: string, expected: string[]]>([
    [
      'a heading starts a section',
      '<h2 id="h1">One</h2><p id="a">hash rate, hash rate</p><p id="b">ASIC, hash rate</p>' +
        `<p>${filler(MIN_SECTION_CHARS)}</p>` +
        '<h2 id="h2">Two</h2><p id="c">hash rate and ASIC</p>',
      ['hash rate@a', 'ASIC@b', 'hash rate@c', 'ASIC@c'],
    ],
    [
      `a section shorter than ${MIN_SECTION_CHARS} characters goes on past the next heading`,
      '<h2 id="h1">One</h2><p id="a">hash rate and ASIC</p>' +
        `<p>${filler(MIN_SECTION_CHARS - 200)}</p>` +
        '<h2 id="h2">Two</h2><p id="b">hash rate and ASIC</p>' +
        `<p>${filler(400)}</p>` +
        '<h2 id="h3">Three</h2><p id="c">hash rate</p>',
      ['hash rate@a', 'ASIC@a', 'hash rate@c'],
    ],
    [
      'a term in the heading is its section first',
      '<h3 id="h">The hash rate</h3><p id="a">hash rate</p>',
      ['hash rate@h'],
    ],
    [
      'role=heading starts a section',
      `<p id="a">hash rate</p><p>${filler(MIN_SECTION_CHARS)}</p>` +
        '<div role="heading" id="h">Later</div><p id="b">hash rate</p>',
      ['hash rate@a', 'hash rate@b'],
    ],
    [
      'text before the first heading is a section of its own',
      `<p id="a">hash rate</p><p>${filler(MIN_SECTION_CHARS)}</p>` +
        '<h1 id="h">Title</h1><p id="b">hash rate</p><p id="c">hash rate</p>',
      ['hash rate@a', 'hash rate@b'],
    ],
    [
      'a heading in site chrome does not start a section',
      '<p id="a">hash rate</p><aside><h2>Related</h2></aside><p id="b">hash rate</p>',
      ['hash rate@a'],
    ],
    [
      `no headings: a new section after ${SECTION_CHARS} characters`,
      `<p id="a">hash rate</p><p>${filler(SECTION_CHARS)}</p><p id="b">hash rate</p>` +
        '<p id="c">hash rate</p>',
      ['hash rate@a', 'hash rate@b'],
    ],
    [
      `no headings: the same section within ${SECTION_CHARS} characters`,
      `<p id="a">hash rate</p><p>${filler(SECTION_CHARS - 100)}</p><p id="b">hash rate</p>`,
      ['hash rate@a'],
    ],
    [
      'no headings: indented text counts (pretty-printed markup)',
      `<p id="a">hash rate</p><p>\n          ${filler(SECTION_CHARS)}\n        </p>` +
        '<p id="b">hash rate</p>',
      ['hash rate@a', 'hash rate@b'],
    ],
    [
      'no headings: whitespace between tags does not count',
      `<p id="a">hash rate</p>${'<i>\n          </i>'.repeat(300)}<p id="b">hash rate</p>`,
      ['hash rate@a'],
    ],
    [
      'a long stretch under one heading is cut too',
      `<h2>Only</h2><p id="a">hash rate</p><p>${filler(SECTION_CHARS * 2)}</p>` +
        '<p id="b">hash rate</p><p id="c">hash rate</p>',
      ['hash rate@a', 'hash rate@b'],
    ],
  ])('%s', async (_layout, body, expected) => {
    startTerms(body);
    await settle();
    expect(drawn()).toEqual(expected);
  });

  it('opens every occurrence, underlined or not; the keyboard steps through the underlined', async () => {
    const terms = startTerms('<p id="a">hash rate one</p><p id="b">hash rate two, ASIC</p>');
    await settle();
    expect(marked()).toEqual(['hash rate', 'ASIC']);
    expect(terms.termsAt(textIn('b'), 2).map((t) => t.entryId)).toEqual(['hash-rate']);
    expect(shown(terms)).toEqual(['hash rate→hash-rate', 'ASIC→asic']);
  });

  it('still reports every term found, for the article feature', async () => {
    const terms = startTerms('<p id="a">hash rate one</p><p id="b">hash rate two, ASIC</p>');
    await settle();
    expect(
      terms.foundTerms().map((t) => `${t.node.data.slice(t.start, t.end)}→${t.entryId}`),
    ).toEqual(['hash rate→hash-rate', 'hash rate→hash-rate', 'ASIC→asic']);
  });

  it('moves the mark when the first occurrence goes away or an earlier one arrives', async () => {
    const terms = startTerms('<p id="a">hash rate one</p><p id="b">hash rate two, ASIC</p>');
    await settle();
    document.getElementById('a')!.remove();
    await settle();
    expect(drawn()).toEqual(['hash rate@b', 'ASIC@b']);
    const earlier = document.createElement('p');
    earlier.id = 'e';
    earlier.textContent = 'the hash rate first';
    document.body.prepend(earlier);
    await settle();
    expect(drawn()).toEqual(['hash rate@e', 'ASIC@b']);
    // The one no longer underlined still opens its tooltip.
    expect(terms.termsAt(textIn('b'), 2).map((t) => t.entryId)).toEqual(['hash-rate']);
  });
});

describe('PageTerms: site chrome and links', () => {
  it.each<[where: string, html: string]>([
    ['nav', '<nav><p id="x">hash rate</p></nav>'],
    ['top-level header (banner)', '<header><p id="x">hash rate</p></header>'],
    ['top-level footer', '<footer><p id="x">hash rate</p></footer>'],
    ['aside', '<aside><p id="x">hash rate</p></aside>'],
    ['role=navigation', '<div role="navigation"><p id="x">hash rate</p></div>'],
    ['role=banner', '<div role="banner"><p id="x">hash rate</p></div>'],
    ['role=contentinfo', '<div role="contentinfo"><p id="x">hash rate</p></div>'],
    ['role=complementary', '<div role="complementary"><p id="x">hash rate</p></div>'],
    ['role=search', '<form role="search"><p id="x">hash rate</p></form>'],
    ['a link in a nav', '<nav><a href="/h" id="x">hash rate</a></nav>'],
    ['a price ticker', '<div class="price-ticker"><span id="x">hash rate 3%</span></div>'],
  ])('does not underline a term in %s, yet opens it on hover', async (_where, html) => {
    const terms = startTerms(`${html}<p id="a">hash rate in the article</p>`, {
      underline: 'every',
    });
    await settle();
    expect(drawn()).toEqual(['hash rate@a']);
    expect(terms.termsAt(textIn('x'), 2).map((t) => t.entryId)).toEqual(['hash-rate']);
    // Not stepped to by the keyboard either: it is not article text.
    expect(shown(terms)).toEqual(['hash rate→hash-rate']);
    expect(terms.shownTerms()[0]!.node).toBe(textIn('a'));
  });

  it.each<[where: string, html: string, set: string]>([
    ['a link', '<p><a href="/h" id="x">hash rate</a> and more</p>', 'hashlens-tint'],
    ['an anchor without href', '<p><a id="x">hash rate</a> and more</p>', 'hashlens-dotted'],
    ['a span inside a link', '<a href="/h"><span id="x">hash rate</span></a>', 'hashlens-tint'],
    [
      'an article header',
      '<article><header id="x">hash rate</header></article>',
      'hashlens-dotted',
    ],
  ])('draws a term in %s in %s', async (_where, html, set) => {
    startTerms(html);
    await settle();
    expect([...registry.entries()].filter(([, h]) => h.size > 0).map(([name]) => name)).toEqual([
      set,
    ]);
    expect(drawn()).toEqual(['hash rate@x']);
  });
});

describe('PageTerms: underline modes', () => {
  const page =
    '<p id="a">hash rate, <a href="/asic">ASIC</a></p><p id="b">hash rate and <a href="/a">ASIC</a></p>' +
    '<nav id="n">ASIC</nav>';

  it.each<[mode: UnderlineMode, names: string[], expected: string[], stepped: string[]]>([
    [
      'every',
      ['hashlens-dotted', 'hashlens-tint', 'hashlens-dotted-more', 'hashlens-tint-more'],
      ['hash rate@a', 'ASIC@a', 'hash rate@b', 'ASIC@b'],
      ['hash rate→hash-rate', 'ASIC→asic', 'hash rate→hash-rate', 'ASIC→asic'],
    ],
    [
      'section',
      ['hashlens-dotted', 'hashlens-tint'],
      ['hash rate@a', 'ASIC@a'],
      ['hash rate→hash-rate', 'ASIC→asic'],
    ],
    // Nothing drawn; the keyboard still reaches the terms a calm page marks.
    ['none', [], [], ['hash rate→hash-rate', 'ASIC→asic']],
  ])('%s: registers %j', async (mode, names, expected, stepped) => {
    const terms = startTerms(page, { underline: mode });
    await settle();
    expect([...registry.keys()]).toEqual(names);
    expect(drawn()).toEqual(expected);
    expect(shown(terms)).toEqual(stepped);
    // Every occurrence opens its tooltip, whatever the mode.
    for (const id of ['a', 'b', 'n']) expect(terms.termsAt(textIn(id), 1)).toHaveLength(1);
  });

  it.each<[from: UnderlineMode, to: UnderlineMode]>([
    ['section', 'every'],
    ['every', 'section'],
    ['section', 'none'],
    ['none', 'every'],
  ])('switches live from %s to %s without scanning again', async (from, to) => {
    const terms = startTerms(page, { underline: from });
    await settle();
    const nodes = terms.getStats().nodes;
    const stepsBefore = terms.shownTerms();
    terms.setUnderline(to);
    const afterSwitch = { names: [...registry.keys()], drawn: drawn(), stepped: shown(terms) };
    await settle();
    expect(terms.getStats().nodes).toBe(nodes);
    expect(terms.shownTerms()).not.toBe(stepsBefore);
    // The same as a page opened in that mode.
    const other = new PageTerms({
      doc: document,
      matcher: defaultTermMatcher(),
      cryptoContext: false,
      style: 'dotted',
      underline: to,
      schedule: (work) => void queue.push(work),
      charsPerUnderline: 0,
    });
    terms.stop();
    running.push(other);
    other.start();
    await settle();
    expect(afterSwitch).toEqual({
      names: [...registry.keys()],
      drawn: drawn(),
      stepped: shown(other),
    });
  });
});

describe('PageTerms: crypto context', () => {
  it.each<[when: string, body: string, cryptoContext: boolean, expected: string[]]>([
    ['known from the head', '<p>whales bought</p>', true, ['whales→whale']],
    ['absent: context terms wait', '<p>whales bought</p>', false, []],
    [
      'shown by the body later in the scan',
      '<p>whales bought</p><div><p>Bitcoin fell.</p><p>BTC too.</p></div>',
      false,
      ['whales→whale', 'Bitcoin→bitcoin', 'BTC→bitcoin'],
    ],
    [
      'not shown by script text',
      '<p>whales bought</p><script>"Bitcoin Bitcoin BTC"</script><p>Bitcoin</p>',
      false,
      ['Bitcoin→bitcoin'],
    ],
  ])('%s', async (_when, body, cryptoContext, expected) => {
    const terms = startTerms(body, { cryptoContext, underline: 'every' });
    await settle();
    expect(shown(terms)).toEqual(expected);
    expect(terms.hasCryptoContext).toBe(expected.length > 1 || cryptoContext);
  });

  it('activates waiting terms when context arrives with later text, without rescanning', async () => {
    const terms = startTerms('<p id="w">whales and ETH</p><p>Bitcoin</p>', { underline: 'every' });
    await settle();
    expect(shown(terms)).toEqual(['Bitcoin→bitcoin']);
    const nodesBefore = terms.getStats().nodes;
    const later = document.createElement('p');
    later.textContent = 'More on Ethereum.';
    document.body.append(later);
    await settle();
    expect(shown(terms)).toEqual([
      'whales→whale',
      'ETH→ethereum',
      'Bitcoin→bitcoin',
      'Ethereum→ethereum',
    ]);
    // Only the new paragraph was matched: the waiting terms came from the first scan.
    expect(terms.getStats().nodes).toBe(nodesBefore + 1);
  });

  it('keeps the section first right when context activates a term earlier on the page', async () => {
    const terms = startTerms('<p id="a">ETH</p><p id="b">Bitcoin and $ETH</p><p>Bitcoin</p>');
    await settle();
    expect(shown(terms)).toEqual(['ETH→ethereum', 'Bitcoin→bitcoin']);
    expect(drawn()).toEqual(['ETH@a', 'Bitcoin@b']);
  });
});

describe('PageTerms: without the Highlight API', () => {
  it('still indexes terms, so hover works', async () => {
    removeHighlightApi();
    const terms = startTerms('<p id="p">the hash rate</p>');
    await settle();
    const text = document.getElementById('p')!.firstChild as Text;
    expect(terms.termsAt(text, 6).map((t) => t.entryId)).toEqual(['hash-rate']);
  });
});

describe('PageTerms: styles', () => {
  it.each<[style: 'dotted' | 'solid' | 'none', names: string[]]>([
    ['dotted', ['hashlens-dotted', 'hashlens-tint']],
    ['solid', ['hashlens-solid', 'hashlens-tint']],
    ['none', []],
  ])('registers the highlight for %s, live', async (style, names) => {
    const terms = startTerms('<p>hash rate</p>');
    await settle();
    terms.setStyle(style);
    expect([...registry.keys()]).toEqual(names);
    expect(terms.termsAt(document.querySelector('p')!.firstChild as Text, 1)).toHaveLength(1);
  });

  it('removes every mark when stopped', async () => {
    const terms = startTerms('<p>hash rate</p>');
    await settle();
    terms.stop();
    expect(registry.size).toBe(0);
    expect(terms.shownTerms()).toEqual([]);
  });
});

/** A page's text with mining-only words, and what a page about mining shows of it. */
const MINING_BODY = '<p>Bitcoin and Ethereum: the difficulty rose, pools paid miners.</p>';
const MINING_TERMS = [
  'Bitcoin→bitcoin',
  'Ethereum→ethereum',
  'difficulty→difficulty',
  'pools→mining-pool',
  'miners→miner',
];

describe('PageTerms: mining context', () => {
  const body = MINING_BODY;

  it.each<[subject: string, options: Partial<PageTermsOptions>, expected: string[]]>([
    ['a page about mining', { cryptoContext: true, miningContext: true }, MINING_TERMS],
    ['a crypto page', { cryptoContext: true }, ['Bitcoin→bitcoin', 'Ethereum→ethereum']],
    // Crypto context shown by the scanned text switches on crypto terms, never mining ones.
    ['a page whose text shows crypto context', {}, ['Bitcoin→bitcoin', 'Ethereum→ethereum']],
  ])('%s', async (_subject, options, expected) => {
    const terms = startTerms(body, options);
    await settle();
    expect(shown(terms)).toEqual(expected);
    expect(marked()).toEqual(expected.map((term) => term.split('→')[0]));
  });
});

describe('PageTerms: the page subject, worked out when first needed', () => {
  /** A subject function that counts its calls. */
  const subjectOf = (subject: { cryptoContext: boolean; miningContext: boolean }) => {
    const calls: number[] = [];
    return { calls, subject: () => (calls.push(1), subject) };
  };

  it.each<[page: string, body: string]>([
    ['a frame without text', ''],
    ['a frame with nothing to find', '<p>Buy shoes now. Free shipping on orders over $50.</p>'],
  ])('is never read in %s', async (_page, body) => {
    const lazy = subjectOf({ cryptoContext: true, miningContext: true });
    const terms = startTerms(body, { subject: lazy.subject });
    await settle();
    expect(lazy.calls).toHaveLength(0);
    expect(terms.getStats()).toMatchObject({ terms: 0 });
  });

  it.each<
    [subject: string, given: { cryptoContext: boolean; miningContext: boolean }, expected: string[]]
  >([
    [
      'a page about mining (read at the first hit of a mining-only word)',
      { cryptoContext: true, miningContext: true },
      MINING_TERMS,
    ],
    [
      'a crypto page',
      { cryptoContext: true, miningContext: false },
      ['Bitcoin→bitcoin', 'Ethereum→ethereum'],
    ],
  ])('gives the same terms as a subject known up front: %s', async (_subject, given, expected) => {
    const lazy = subjectOf(given);
    const terms = startTerms(MINING_BODY, { subject: lazy.subject });
    await settle();
    expect(lazy.calls).toHaveLength(1);
    expect(shown(terms)).toEqual(expected);
  });

  it('shows context-dependent terms found before the head was read', async () => {
    const lazy = subjectOf({ cryptoContext: true, miningContext: false });
    const terms = startTerms('<p>whales bought</p>', { subject: lazy.subject, underline: 'every' });
    await settle();
    expect(shown(terms)).toEqual(['whales→whale']);
    expect(terms.hasCryptoContext).toBe(true);
  });
});

describe('PageTerms: at most one underline per CHARS_PER_UNDERLINE characters (calm pages)', () => {
  /** Text of about `chars` characters without terms. */
  const filler = (chars: number) =>
    'plain words here '.repeat(Math.ceil(chars / 17)).slice(0, chars);

  it('underlines no more than the text allows, however many terms a section holds', async () => {
    // A coin-by-coin report: many different terms close together.
    const report = ['Bitcoin', 'Ethereum', 'Solana', 'XRP', 'Cardano', 'Dogecoin', 'Litecoin']
      .map((coin, i) => `<p id="p${i}">${coin} rose on the day.</p>`)
      .join('');
    const terms = startTerms(report, { charsPerUnderline: CHARS_PER_UNDERLINE });
    await settle();
    const text = document.body.textContent!.length;
    expect(marked().length).toBeLessThanOrEqual(
      FREE_UNDERLINES + Math.floor(text / CHARS_PER_UNDERLINE),
    );
    expect(marked()).toEqual(['Bitcoin', 'Ethereum', 'Solana']);
    // Every term still opens its tooltip.
    for (let i = 0; i < 7; i++) expect(terms.termsAt(textIn(`p${i}`), 1)).toHaveLength(1);
  });

  it('gives a term left without an underline one at its next occurrence the text allows', async () => {
    const page =
      `<p id="a">Bitcoin, Solana, XRP and Ethereum rose.</p><p>${filler(CHARS_PER_UNDERLINE * 2)}</p>` +
      '<p id="b">Ethereum again.</p>';
    startTerms(page, { charsPerUnderline: CHARS_PER_UNDERLINE });
    await settle();
    expect(drawn()).toEqual(['Bitcoin@a', 'Solana@a', 'XRP@a', 'Ethereum@b']);
  });

  it('underlines every first on text long enough for them', async () => {
    const page =
      `<p id="a">Bitcoin, Solana and XRP.</p><p>${filler(CHARS_PER_UNDERLINE)}</p>` +
      '<p id="b">Ethereum.</p>';
    startTerms(page, { charsPerUnderline: CHARS_PER_UNDERLINE });
    await settle();
    expect(drawn()).toEqual(['Bitcoin@a', 'Solana@a', 'XRP@a', 'Ethereum@b']);
  });
});
