// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { MIN_SECTION_CHARS, placeOf, Sections, type Place } from '../page-sections';

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

afterEach(() => document.body.replaceChildren());

const target = () => document.getElementById('t')!;

describe('placeOf: site chrome is not article text', () => {
  it.each<[where: string, html: string, expected: Place]>([
    ['a paragraph', '<p id="t">Bitcoin</p>', 'text'],
    ['nav', '<nav><ul><li id="t">Bitcoin</li></ul></nav>', 'chrome'],
    ['a top-level header (banner)', '<header><span id="t">Bitcoin</span></header>', 'chrome'],
    ['a top-level footer (content info)', '<footer><p id="t">Bitcoin</p></footer>', 'chrome'],
    ['an article header', '<article><header><h1 id="t">Bitcoin</h1></header></article>', 'text'],
    ['a section footer', '<section><footer id="t">Bitcoin</footer></section>', 'text'],
    // Sites put their banner inside main often enough: only an article or section keeps it.
    ['a header in main', '<main><header id="t">Bitcoin</header></main>', 'chrome'],
    [
      'a header with role=banner in an article',
      '<article><header role="banner" id="t">x</header></article>',
      'chrome',
    ],
    ['aside', '<aside><p id="t">Bitcoin</p></aside>', 'chrome'],
    ['role=navigation', '<div role="navigation"><b id="t">Bitcoin</b></div>', 'chrome'],
    ['role=banner', '<div role="banner"><b id="t">Bitcoin</b></div>', 'chrome'],
    ['role=contentinfo', '<div role="contentinfo"><b id="t">Bitcoin</b></div>', 'chrome'],
    ['role=complementary', '<div role="complementary"><b id="t">Bitcoin</b></div>', 'chrome'],
    ['role=search', '<form role="search"><label id="t">Bitcoin</label></form>', 'chrome'],
    ['role=main', '<div role="main"><b id="t">Bitcoin</b></div>', 'text'],
  ])('%s → %s', (_where, html, expected) => {
    setBody(html);
    expect(placeOf(target(), new WeakMap())).toBe(expected);
  });
});

describe('placeOf: price tickers', () => {
  it.each<[where: string, html: string, expected: Place]>([
    ['class "ticker"', '<div class="ticker"><span id="t">BTC</span></div>', 'chrome'],
    [
      'class "price-ticker__item"',
      '<ul class="price-ticker__item"><li id="t">BTC</li></ul>',
      'chrome',
    ],
    ['class "CoinTicker"', '<div class="CoinTicker"><span id="t">BTC</span></div>', 'chrome'],
    ['id "tickerBar"', '<div id="tickerBar"><span id="t">BTC</span></div>', 'chrome'],
    ['class "sticker" (not a ticker)', '<div class="sticker"><p id="t">BTC</p></div>', 'text'],
    ['marquee', '<marquee><span id="t">BTC</span></marquee>', 'chrome'],
    ['role=marquee', '<div role="marquee"><span id="t">BTC</span></div>', 'chrome'],
    ['role=timer', '<div role="timer"><span id="t">BTC</span></div>', 'chrome'],
    [
      'an aria-live price',
      '<div aria-live="polite"><span id="t">BTC</span> $91,204 (+2.1%)</div>',
      'chrome',
    ],
    [
      'an aria-live live blog (long text)',
      `<div aria-live="polite"><p id="t">Bitcoin rose 3% today.</p><p>${'More words. '.repeat(50)}</p></div>`,
      'text',
    ],
    [
      'an aria-live status with no figure',
      '<div aria-live="polite"><p id="t">Bitcoin</p></div>',
      'text',
    ],
    [
      'a link quoting a price',
      '<a href="/price/eth"><div id="t">ETH</div><div>$1,564.34</div><div>+7.07%</div></a>',
      'chrome',
    ],
    [
      'a link beside a price',
      '<article><h3><a href="/price/bitcoin" id="t">BTC</a></h3><p>$79,390.00</p><span>5.9%</span></article>',
      'chrome',
    ],
    [
      'a link in prose that quotes a price',
      `<p>The <a href="/b" id="t">Bitcoin</a> price rose to $79,390 as ${'buyers returned. '.repeat(5)}</p>`,
      'link',
    ],
    ['aria-live off', '<div aria-live="off"><span id="t">BTC</span> $91,204</div>', 'text'],
  ])('%s → %s', (_where, html, expected) => {
    setBody(html);
    expect(placeOf(target(), new WeakMap())).toBe(expected);
  });
});

describe('placeOf: links', () => {
  it.each<[where: string, html: string, expected: Place]>([
    ['a link', '<p><a href="/btc" id="t">Bitcoin</a></p>', 'link'],
    ['inside a link', '<a href="/btc"><em id="t">Bitcoin</em></a>', 'link'],
    ['an anchor without href', '<p><a name="btc" id="t">Bitcoin</a></p>', 'text'],
    ['a link in a nav', '<nav><a href="/btc" id="t">Bitcoin</a></nav>', 'chrome'],
    [
      'a link in an article header',
      '<article><header><a href="/" id="t">x</a></header></article>',
      'link',
    ],
  ])('%s → %s', (_where, html, expected) => {
    setBody(html);
    expect(placeOf(target(), new WeakMap())).toBe(expected);
  });

  it('caches per element: the answer stays with the element', () => {
    setBody('<p><a href="/btc" id="t">Bitcoin</a></p>');
    const cache = new WeakMap<Element, Place>();
    expect(placeOf(target(), cache)).toBe('link');
    target().removeAttribute('href');
    expect(placeOf(target(), cache)).toBe('link');
    expect(placeOf(target(), new WeakMap())).toBe('text');
  });
});

describe('Sections', () => {
  /** Section keys of the text of each `[data-k]` element, reading all text in order like a scan. */
  function keys(html: string): Record<string, string> {
    setBody(html);
    const sections = new Sections(document, (heading) => heading.closest('nav') !== null);
    const out: Record<string, string> = {};
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      const name = text.parentElement?.getAttribute('data-k');
      if (name) out[name] = sections.keyOf(text);
      sections.count(text.data);
    }
    return out;
  }

  it.each<[layout: string, html: string, same: string[][]]>([
    [
      'headings split; text between them is one section',
      `<p data-k="a">x</p><p>${'y'.repeat(MIN_SECTION_CHARS)}</p>` +
        '<h2 data-k="h">y</h2><p data-k="b">z</p><p data-k="c">w</p>',
      [['a'], ['h', 'b', 'c']],
    ],
    [
      'a short section goes on past the next heading',
      `<p data-k="a">x</p><p>${'y'.repeat(MIN_SECTION_CHARS - 100)}</p>` +
        '<h2 data-k="h">y</h2><p data-k="b">z</p>',
      [['a', 'h', 'b']],
    ],
    [
      'nested headings count where they start',
      '<div><div><h3 data-k="h">t</h3></div></div><p data-k="b">z</p>',
      [['h', 'b']],
    ],
    [
      'a heading in chrome does not split',
      '<p data-k="a">x</p><nav><h2>Menu</h2></nav><p data-k="b">z</p>',
      [['a', 'b']],
    ],
    [
      'no headings: 2,000 characters a section',
      `<p data-k="a">x</p><p>${'y'.repeat(1990)}</p><p data-k="b">z</p><p>${'y'.repeat(1000)}</p><p data-k="c">w</p>`,
      [['a', 'b'], ['c']],
    ],
  ])('%s', (_layout, html, groups) => {
    const found = keys(html);
    const distinct = groups.map((group) => new Set(group.map((name) => found[name])));
    for (const set of distinct) expect(set.size).toBe(1);
    expect(new Set(distinct.map((set) => [...set][0])).size).toBe(groups.length);
  });
});
