// @vitest-environment happy-dom
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findPublishedDate, type PublishedDate } from '../page-date';

/** Parses markup as a page would be parsed, without an HTML sink. */
function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

const FIXTURES = join(import.meta.dirname, 'fixtures');

function fixture(name: string): Document {
  return parse(readFileSync(join(FIXTURES, `${name}.html`), 'utf8'));
}

/** The result as `ISO source`, the form the tables below record. */
function found(doc: Document): string | null {
  const result = findPublishedDate(doc);
  return result && `${result.date.toISOString()} ${result.source}`;
}

type RealPageRow = [
  page: string,
  all: string | null,
  noJsonLd: string | null,
  noMeta: string | null,
  noTime: string | null,
];

// Each fixture is what the finder reads of one saved page of ../shared/pages (its JSON-LD
// cut down to the date fields, its date metas, and the skeletons of its time, byline and
// dateline elements); the full pages gave the same four results in Chromium. Columns: the
// page as saved, then with its JSON-LD removed, then also its metas, then also every
// datetime attribute: what each later source finds on its own. Checked by eye against the
// pages' visible dates.
// prettier-ignore
const REAL_PAGES: RealPageRow[] = [
  ['aktualne', '2021-11-01T09:52:50.000Z json-ld', '2021-11-01T09:52:50.000Z meta', null, null],
  ['article-author-tag', '2015-07-10T13:53:00.000Z json-ld', '2015-07-10T13:53:00.000Z meta', '2015-07-10T00:00:00.000Z dateline', '2015-07-10T00:00:00.000Z dateline'],
  // The related stories' "24 July 2015" / "23 July 2015" come after the story's own.
  ['bbc-1', '2015-07-24T04:36:09.000Z json-ld', '2015-07-24T00:00:00.000Z dateline', '2015-07-24T00:00:00.000Z dateline', '2015-07-24T00:00:00.000Z dateline'],
  ['breitbart', '2016-12-22T18:43:37.000Z meta', '2016-12-22T18:43:37.000Z meta', '2016-12-22T10:43:37.000Z time', '2016-12-22T00:00:00.000Z dateline'],
  // "posted on April 21, 2015, at 11:29 a.m." (no zone: the day only).
  ['buzzfeed-1', '2015-04-21T00:00:00.000Z dateline', '2015-04-21T00:00:00.000Z dateline', '2015-04-21T00:00:00.000Z dateline', '2015-04-21T00:00:00.000Z dateline'],
  // `<time itemprop="datePublished" content="2017-01-18T23:00:00-0800">`: 07:00 UTC the next day.
  ['cnet', '2017-01-19T07:00:00.000Z time', '2017-01-19T07:00:00.000Z time', '2017-01-19T07:00:00.000Z time', '2017-01-18T00:00:00.000Z dateline'],
  // DC.date.issued outranks `date`; without metas, the byline's "February 1, 2016: 12:41 PM ET".
  ['cnn', '2016-02-01T01:28:49.000Z meta', '2016-02-01T01:28:49.000Z meta', '2016-02-01T00:00:00.000Z dateline', '2016-02-01T00:00:00.000Z dateline'],
  // The Article's zoneless "2017-11-03 03:01:00.000000" is read as UTC; the meta has -04:00.
  ['engadget', '2017-11-03T03:01:00.000Z json-ld', '2017-11-03T07:01:00.000Z meta', null, null],
  ['folha', '2018-12-21T12:55:00.000Z json-ld', '2018-12-21T12:55:00.000Z meta', '2018-12-21T12:55:00.000Z time', null],
  // "Thu 3 Jan 2019 02.00 EST"; the "Last modified" time and the related stories' are skipped.
  ['guardian-1', '2019-01-03T07:00:02.000Z meta', '2019-01-03T07:00:02.000Z meta', '2019-01-03T07:00:02.000Z time', '2019-01-03T00:00:00.000Z dateline'],
  // Medium's visible "Mar 27" has no year.
  ['keep-images', '2015-03-27T13:07:55.096Z meta', '2015-03-27T13:07:55.096Z meta', null, null],
  ['lazy-image-2', '2013-09-11T14:00:00.000Z json-ld', null, null, null],
  // A weekly edition: its first article's byline ("By Nathan Willis, March 25, 2015").
  ['lwn-1', '2015-03-25T00:00:00.000Z dateline', '2015-03-25T00:00:00.000Z dateline', '2015-03-25T00:00:00.000Z dateline', '2015-03-25T00:00:00.000Z dateline'],
  ['msn', '2016-11-15T07:00:00.000Z time', '2016-11-15T07:00:00.000Z time', '2016-11-15T07:00:00.000Z time', null],
  ['nytimes-3', '2019-02-21T08:00:08.000Z meta', '2019-02-21T08:00:08.000Z meta', '2019-02-21T00:00:00.000Z time', '2019-02-21T00:00:00.000Z dateline'],
  ['nytimes-4', '2018-09-25T21:28:31.000Z meta', '2018-09-25T21:28:31.000Z meta', '2018-09-25T00:00:00.000Z time', '2018-09-25T00:00:00.000Z dateline'],
  // A section front: only `pdate`/`ptime` in a compact form, which is not taken.
  ['nytimes-5', null, null, null, null],
  // "2016年10月14日07:17" in the byline's `pubTime`.
  ['qq', '2016-10-14T00:00:00.000Z dateline', '2016-10-14T00:00:00.000Z dateline', '2016-10-14T00:00:00.000Z dateline', '2016-10-14T00:00:00.000Z dateline'],
  // "May 20, 2019" sits in a classless paragraph outside any article element: missed.
  ['quanta-1', null, null, null, null],
  ['salon-1', '2015-02-01T11:57:00.000Z dateline', '2015-02-01T11:57:00.000Z dateline', '2015-02-01T11:57:00.000Z dateline', '2015-02-01T11:57:00.000Z dateline'],
  // The JSON-LD is right ("Dec. 6, 2024, 10:00 PM UTC"); the page's article:published_time
// carries its update time. The time element's `article-body__date-source` is no byline name.
['schema-org-context-object', '2024-12-06T22:00:40.000Z json-ld', '2024-12-07T12:43:39.889Z meta', null, null],
['seattletimes-1', '2019-04-28T06:01:07.000Z meta', '2019-04-28T06:01:07.000Z meta', '2019-04-28T06:01:07.000Z time', '2019-04-28T00:00:00.000Z dateline'],
  // The article's date is in a `footer-author`; the related items' (21 Nov) come later.
  ['telegraph', '2017-11-16T14:15:00.000Z meta', '2017-11-16T14:15:00.000Z meta', '2017-11-16T14:15:00.000Z time', '2017-11-16T00:00:00.000Z dateline'],
  ['theverge', '2023-06-07T20:54:26.829Z json-ld', '2023-06-07T20:54:26.829Z meta', '2023-06-07T20:54:26.829Z time', '2023-06-07T20:54:00.000Z dateline'],
  // "March 18 at 3:57 PM": no year.
  ['wapo-1', null, null, null, null],
  // The meta's -08:00 is right; the time element's "+00:00" is the page's mistake.
  ['wikia', '2017-02-24T01:18:13.000Z meta', '2017-02-24T01:18:13.000Z meta', '2017-02-23T17:18:13.000Z time', null],
  // When the Wikipedia article was created; the reference list's "Retrieved" dates never count.
  ['wikipedia-2', '2001-10-29T01:59:14.000Z json-ld', null, null, null],
  // The infobox's "1998-02-28" (Mozilla's founding) is not the page's date.
  ['wikipedia', null, null, null, null],
  // "Published on April 15, 2015 at 19:23 GMT"; the related posts' times are skipped.
  ['x-coindesk-2016', '2015-04-15T19:23:53.000Z meta', '2015-04-15T19:23:53.000Z meta', '2015-04-15T19:23:00.000Z dateline', '2015-04-15T19:23:00.000Z dateline'],
  ['x-coindesk-2025', '2025-04-07T15:07:35.128Z json-ld', null, null, null],
  ['x-cointelegraph-de', '2023-10-31T12:00:00.000Z json-ld', '2023-10-31T00:00:00.000Z time', '2023-10-31T00:00:00.000Z time', null],
  ['x-decrypt-2025', '2025-04-08T06:15:56.000Z json-ld', '2025-04-08T06:15:56.000Z meta', '2025-04-08T06:15:56.000Z time', '2025-04-08T00:00:00.000Z dateline'],
  // The only visible date is "Updated March 28, 2022".
  ['x-thebalance-coinbase', '2021-03-23T18:36:01.275Z json-ld', null, null, null],
  // Visible "11.05.18" is numeric and ambiguous.
  ['x-wired-bitcoin', '2018-11-05T16:00:00.000Z json-ld', '2018-11-05T16:00:00.000Z meta', null, null],
  ['yahoo-1', '2016-10-13T17:00:03.000Z time', '2016-10-13T17:00:03.000Z time', '2016-10-13T17:00:03.000Z time', '2016-10-13T00:00:00.000Z dateline'],
  // The visible "December 2, 2016" was rendered in the saver's zone; the instant is Dec 1 UTC.
  ['yahoo-2', '2016-12-01T23:29:49.000Z time', '2016-12-01T23:29:49.000Z time', '2016-12-01T23:29:49.000Z time', '2016-12-02T00:00:00.000Z dateline'],
];

describe('findPublishedDate on real pages', () => {
  it('has one fixture per page of the table', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(REAL_PAGES.map(([name]) => `${name}.html`).sort());
  });

  it.each(REAL_PAGES)('%s', (page, all, noJsonLd, noMeta, noTime) => {
    const doc = fixture(page);
    expect(found(doc)).toBe(all);
    doc.querySelectorAll('script[type*="ld+json" i]').forEach((el) => el.remove());
    expect(found(doc)).toBe(noJsonLd);
    doc.querySelectorAll('meta').forEach((el) => el.remove());
    expect(found(doc)).toBe(noMeta);
    doc.querySelectorAll('time').forEach((el) => {
      el.removeAttribute('datetime');
      el.removeAttribute('content');
    });
    expect(found(doc)).toBe(noTime);
  });
});

/** A page around `head` and `body` markup. */
function page(head: string, body = ''): Document {
  return parse(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
}

const ld = (json: string) => `<script type="application/ld+json">${json}</script>`;
const meta = (key: string, content: string, attr = 'property') =>
  `<meta ${attr}="${key}" content="${content}">`;

describe('findPublishedDate on pages of our own', () => {
  it.each<[name: string, doc: Document, expected: string | null]>([
    [
      'JSON-LD datePublished only',
      page(
        ld(
          '{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2026-04-08T14:30:00Z"}',
        ),
      ),
      '2026-04-08T14:30:00.000Z json-ld',
    ],
    [
      'JSON-LD @graph: the article, not the WebPage before it',
      page(
        ld(
          '{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2026-01-01T00:00:00Z"},{"@type":"BlogPosting","datePublished":"2026-04-08T10:00:00+02:00"}]}',
        ),
      ),
      '2026-04-08T08:00:00.000Z json-ld',
    ],
    [
      'JSON-LD array, @type as an array',
      page(ld('[{"@type":"Organization"},{"@type":["NewsArticle"],"datePublished":"2026-04-08"}]')),
      '2026-04-08T00:00:00.000Z json-ld',
    ],
    [
      'JSON-LD mainEntity of a WebPage',
      page(
        ld(
          '{"@type":"WebPage","mainEntity":{"@type":"Article","datePublished":"2026-04-08T09:00:00.250-04:00"}}',
        ),
      ),
      '2026-04-08T13:00:00.250Z json-ld',
    ],
    [
      'JSON-LD: an article type wins over an earlier other type, across blocks',
      page(
        ld('{"@type":"VideoObject","datePublished":"2026-03-01T00:00:00Z"}') +
          ld('{"@type":"ReportageNewsArticle","datePublished":"2026-04-08T00:00:00Z"}'),
      ),
      '2026-04-08T00:00:00.000Z json-ld',
    ],
    [
      'JSON-LD: another type when no article has a date',
      page(ld('{"@type":"VideoObject","datePublished":"2026-03-01T12:00:00Z"}')),
      '2026-03-01T12:00:00.000Z json-ld',
    ],
    [
      'JSON-LD wrapped in CDATA',
      page(
        ld('//<![CDATA[\n{"@type":"NewsArticle","datePublished":"2026-04-08T00:00:00Z"}\n//]]>'),
      ),
      '2026-04-08T00:00:00.000Z json-ld',
    ],
    [
      'JSON-LD: related articles in an ItemList are not this page',
      page(
        ld(
          '{"@type":"ItemList","itemListElement":[{"@type":"ListItem","item":{"@type":"NewsArticle","datePublished":"2026-04-01T00:00:00Z"}}]}',
        ),
      ),
      null,
    ],
    [
      'JSON-LD: dateModified alone is no publication date',
      page(ld('{"@type":"NewsArticle","dateModified":"2026-04-09T00:00:00Z"}')),
      null,
    ],
    [
      'JSON-LD: modified listed before published',
      page(
        ld(
          '{"@type":"NewsArticle","dateModified":"2026-04-09T00:00:00Z","dateUpdated":"2026-04-10T00:00:00Z","datePublished":"2026-04-08T00:00:00Z"}',
        ),
      ),
      '2026-04-08T00:00:00.000Z json-ld',
    ],
    [
      'malformed JSON-LD is skipped quietly; the meta answers',
      page(
        ld('{"@type":"NewsArticle","datePublished":"2026-04-01T00:00:00Z",}') +
          meta('article:published_time', '2026-04-08T00:00:00Z'),
      ),
      '2026-04-08T00:00:00.000Z meta',
    ],
    [
      'JSON-LD with a non-ISO date falls through to the meta',
      page(
        ld('{"@type":"NewsArticle","datePublished":"Thu Sep 16 2021 03:52:10 GMT+0000 (UTC)"}') +
          meta('article:published_time', '2026-04-08T00:00:00Z'),
      ),
      '2026-04-08T00:00:00.000Z meta',
    ],
    [
      'only article:published_time',
      page(meta('article:published_time', '2026-04-08T09:59:00+00:00')),
      '2026-04-08T09:59:00.000Z meta',
    ],
    [
      'meta: modified before published',
      page(
        meta('article:modified_time', '2026-04-10T00:00:00Z') +
          meta('og:updated_time', '2026-04-11T00:00:00Z') +
          meta('article:published_time', '2026-04-08T00:00:00Z'),
      ),
      '2026-04-08T00:00:00.000Z meta',
    ],
    [
      'meta: article:published_time outranks an earlier generic `date`',
      page(
        meta('date', '2026-04-01', 'name') + meta('article:published_time', '2026-04-08T00:00:00Z'),
      ),
      '2026-04-08T00:00:00.000Z meta',
    ],
    [
      'meta: Dublin Core, any case, zoneless as UTC',
      page(meta('DC.date.issued', '2026-04-08T12:00:00', 'name')),
      '2026-04-08T12:00:00.000Z meta',
    ],
    [
      'meta: microdata datePublished in the body',
      page(
        '',
        `<article>${meta('datePublished', '2026-04-08 06:01:07 -0400', 'itemprop')}</article>`,
      ),
      '2026-04-08T10:01:07.000Z meta',
    ],
    [
      'meta: sailthru.date with an offset without colon',
      page(meta('sailthru.date', '2026-04-08T23:30:00+0100', 'name')),
      '2026-04-08T22:30:00.000Z meta',
    ],
    [
      'meta: a written date is not machine-readable',
      page(meta('article:published_time', 'April 8, 2026')),
      null,
    ],
    [
      'meta: an impossible date',
      page(meta('article:published_time', '2026-02-30T00:00:00Z')),
      null,
    ],
    [
      'meta: the Unix epoch is a CMS placeholder',
      page(meta('article:published_time', '1970-01-01T00:00:00Z')),
      null,
    ],
    [
      'time in the article header',
      page(
        '',
        '<article><header><h1>Bitcoin miners move</h1><time datetime="2026-04-08T09:00:00Z">Apr 8</time></header><p>Text.</p></article>',
      ),
      '2026-04-08T09:00:00.000Z time',
    ],
    [
      'time in a byline; the updated one before it is skipped',
      page(
        '',
        '<div class="article-byline">By Jane Doe <time class="updated" datetime="2026-04-09">Apr 9</time> <time datetime="2026-04-08">Apr 8</time></div>',
      ),
      '2026-04-08T00:00:00.000Z time',
    ],
    [
      'time marked pubdate',
      page('', '<div><time pubdate datetime="2026-04-08T01:02:03Z">8 April</time></div>'),
      '2026-04-08T01:02:03.000Z time',
    ],
    [
      'time in running text',
      page(
        '',
        '<article><h1>Title</h1><p>Bitcoin fell on <time datetime="2026-04-01">April 1</time> and rose later.</p></article>',
      ),
      null,
    ],
    [
      'time in a related-stories list',
      page(
        '',
        '<article><h1>Title</h1></article><section class="related-stories"><div class="byline"><time datetime="2026-04-01">Apr 1</time></div></section>',
      ),
      null,
    ],
    [
      'time in an aside',
      page('', '<aside><header><time datetime="2026-04-01">Apr 1</time></header></aside>'),
      null,
    ],
    [
      'time in the site masthead (today, not the article)',
      page(
        '',
        '<header class="site"><time datetime="2026-11-29">Sunday, November 29, 2026</time></header><article><h1>Title</h1><p>Text.</p></article>',
      ),
      null,
    ],
    [
      'only a visible dateline under the headline',
      page('', '<article><h1>Bitcoin miners move</h1><p>Apr 8, 2026</p><p>Text.</p></article>'),
      '2026-04-08T00:00:00.000Z dateline',
    ],
    [
      'a byline with author and date',
      page(
        '',
        '<div class="story"><div class="byline">By Jane Doe | Published 8 April 2026, 14:05 GMT</div></div>',
      ),
      '2026-04-08T14:05:00.000Z dateline',
    ],
    [
      'a byline with only an updated date',
      page('', '<div class="byline">Updated April 9, 2026</div>'),
      null,
    ],
    [
      'a byline: published, then updated',
      page('', '<p class="byline">Posted 2026-04-08 · Updated 2026-04-09</p>'),
      '2026-04-08T00:00:00.000Z dateline',
    ],
    [
      'a PM time in UTC',
      page(
        '',
        '<article><h1>T</h1><div>Published: April 8th, 2026 at 3:15 p.m. UTC</div></article>',
      ),
      '2026-04-08T15:15:00.000Z dateline',
    ],
    [
      'a time in another zone keeps only the day',
      page('', '<article><h1>T</h1><p>April 8, 2026, 11:30 PM EST</p></article>'),
      '2026-04-08T00:00:00.000Z dateline',
    ],
    [
      'GMT+1 is not UTC',
      page('', '<article><h1>T</h1><p>8 April 2026 10:00 GMT+1</p></article>'),
      null,
    ],
    [
      'an event date is no byline',
      page('', '<div class="event-date">April 30, 2026</div><article><p>Text.</p></article>'),
      null,
    ],
    [
      'dates only in running text',
      page(
        '',
        '<article><h1>Bitcoin in spring</h1><p>On April 8, 2026, Bitcoin closed at $71,975.62, and on 2026-04-01 it was lower.</p><p>By <a>April 13, 2026</a> it had fallen back to $70,791.51.</p><p>The halving of April 2024 still matters.</p></article>',
      ),
      null,
    ],
    [
      'a date that starts a sentence is running text',
      page('', '<article><h1>T</h1><p>April 8, 2026 was a quiet day for miners.</p></article>'),
      null,
    ],
    ['a numeric date is ambiguous', page('', '<article><h1>T</h1><p>4/8/2026</p></article>'), null],
    [
      'dates in a table are data, not a dateline',
      page(
        '',
        '<article><h1>T</h1><p>Text.</p><table><tr><td>April 7, 2026</td><td>$68,864.23</td></tr></table></article>',
      ),
      null,
    ],
    [
      'no date at all',
      page('<title>Bitcoin</title>', '<article><h1>Bitcoin</h1><p>Text.</p></article>'),
      null,
    ],
  ])('%s', (_name, doc, expected) => {
    expect(found(doc)).toBe(expected);
  });

  it('reads the seed article’s closing stamp', () => {
    const seed = readFileSync(
      join(import.meta.dirname, '../../../../e2e/pages/seed-article.html'),
      'utf8',
    );
    const expected: PublishedDate = {
      date: new Date('2026-04-13T09:59:00Z'),
      source: 'dateline',
      text: 'April 13, 2026, 09:59 UTC',
    };
    expect(findPublishedDate(parse(seed))).toEqual(expected);
  });

  it('bounds its work on huge pages', () => {
    // A page-wide wrapper whose class looks like a byline is not read to its end, and a byline
    // past the first 5000 elements is not searched at all.
    const filler = '<div><span>x</span></div>'.repeat(3000);
    const doc = page(
      '',
      `<div class="posted-wrapper">${filler}<div class="byline">Published April 8, 2026</div></div>`,
    );
    expect(found(doc)).toBeNull();
    const near = page('', `<div class="byline">Published April 8, 2026</div>${filler}`);
    expect(found(near)).toBe('2026-04-08T00:00:00.000Z dateline');
  });

  it('reports the text it read', () => {
    const doc = page(meta('article:published_time', ' 2026-04-08T09:59:00+00:00 '));
    expect(findPublishedDate(doc)?.text).toBe(' 2026-04-08T09:59:00+00:00 ');
  });
});

// Zoneless values and datelines are read as UTC: switch the process zone to prove it.
describe('time-zone independence', () => {
  const originalTz = process.env.TZ;
  afterEach(() => {
    if (originalTz === undefined) delete process.env.TZ;
    else process.env.TZ = originalTz;
  });

  it.each([
    ['America/New_York', -4],
    ['Asia/Tokyo', 9],
  ])('TZ=%s (UTC offset %d h) gives the same dates', (tz, offsetHours) => {
    process.env.TZ = tz;
    expect(-new Date('2026-04-08T00:00:00Z').getTimezoneOffset() / 60).toBe(offsetHours);
    expect(found(page(meta('article:published_time', '2026-04-08T23:30:00')))).toBe(
      '2026-04-08T23:30:00.000Z meta',
    );
    expect(found(page('', '<article><h1>T</h1><p>April 8, 2026</p></article>'))).toBe(
      '2026-04-08T00:00:00.000Z dateline',
    );
  });
});
