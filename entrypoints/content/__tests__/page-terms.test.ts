// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultTermMatcher } from '@/utils/terms/term-table';
import { HIGHLIGHT_NAMES, PageTerms, type PageTermsOptions, type ScanStats } from '../page-terms';

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
    ...options,
  });
  running.push(terms);
  terms.start();
  return terms;
}

/** Shown terms as "text→entry". */
const shown = (terms: PageTerms) =>
  terms.shownTerms().map((t) => `${t.node.data.slice(t.start, t.end)}→${t.entryId}`);

/** Text of the ranges in the registered highlight. */
const marked = () =>
  [...(registry.get(HIGHLIGHT_NAMES.dotted) ?? registry.get(HIGHLIGHT_NAMES.solid) ?? [])].map(
    (r) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset),
  );

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
    const terms = startTerms(paragraphs, { onIdle: (s) => stats.push(s) });
    const slices = await settle();
    expect(slices).toBeGreaterThan(1);
    expect(stats).toHaveLength(1);
    // One idle task warms the matcher up before scanning starts.
    expect(stats[0]).toMatchObject({ terms: 30, nodes: 3000, slices: slices - 1 });
    expect(terms.shownTerms()).toHaveLength(30);
  });
});

describe('PageTerms: first occurrence only', () => {
  const page = '<p id="a">hash rate one</p><p id="b">hash rate two, ASIC</p>';

  it('marks only the first occurrence of each term, and switches live', async () => {
    const terms = startTerms(page, { firstOnly: true });
    await settle();
    expect(marked()).toEqual(['hash rate', 'ASIC']);
    expect(terms.termsAt(document.getElementById('b')!.firstChild as Text, 2)).toEqual([]);
    terms.setFirstOnly(false);
    expect(shown(terms)).toEqual(['hash rate→hash-rate', 'hash rate→hash-rate', 'ASIC→asic']);
    terms.setFirstOnly(true);
    expect(shown(terms)).toEqual(['hash rate→hash-rate', 'ASIC→asic']);
  });

  it('still reports every term found, for the article feature', async () => {
    const terms = startTerms(page, { firstOnly: true });
    await settle();
    expect(
      terms.foundTerms().map((t) => `${t.node.data.slice(t.start, t.end)}→${t.entryId}`),
    ).toEqual(['hash rate→hash-rate', 'hash rate→hash-rate', 'ASIC→asic']);
  });

  it('moves the mark when the first occurrence goes away or an earlier one arrives', async () => {
    const terms = startTerms(page, { firstOnly: true });
    await settle();
    document.getElementById('a')!.remove();
    await settle();
    expect(marked().sort()).toEqual(['ASIC', 'hash rate']);
    const b = document.getElementById('b')!.firstChild as Text;
    expect(terms.termsAt(b, 2).map((t) => t.entryId)).toEqual(['hash-rate']);
    const earlier = document.createElement('p');
    earlier.textContent = 'the hash rate first';
    document.body.prepend(earlier);
    await settle();
    expect(terms.termsAt(b, 2)).toEqual([]);
    expect(terms.termsAt(earlier.firstChild as Text, 6).map((t) => t.entryId)).toEqual([
      'hash-rate',
    ]);
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
    const terms = startTerms(body, { cryptoContext });
    await settle();
    expect(shown(terms)).toEqual(expected);
    expect(terms.hasCryptoContext).toBe(expected.length > 1 || cryptoContext);
  });

  it('activates waiting terms when context arrives with later text, without rescanning', async () => {
    const terms = startTerms('<p id="w">whales and ETH</p><p>Bitcoin</p>');
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

  it('keeps first-only right when context activates a term earlier on the page', async () => {
    const terms = startTerms('<p>ETH</p><p>Bitcoin and $ETH</p><p>Bitcoin</p>', {
      firstOnly: true,
    });
    await settle();
    expect(shown(terms)).toEqual(['ETH→ethereum', 'Bitcoin→bitcoin']);
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
    ['dotted', ['hashlens-dotted']],
    ['solid', ['hashlens-solid']],
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

describe('PageTerms: mining context', () => {
  const body = '<p>Bitcoin and Ethereum: the difficulty rose, pools paid miners.</p>';

  it.each<[subject: string, options: Partial<PageTermsOptions>, expected: string[]]>([
    [
      'a page about mining',
      { cryptoContext: true, miningContext: true },
      [
        'Bitcoin→bitcoin',
        'Ethereum→ethereum',
        'difficulty→difficulty',
        'pools→mining-pool',
        'miners→miner',
      ],
    ],
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
