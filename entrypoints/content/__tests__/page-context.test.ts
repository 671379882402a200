// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageSubjectOf } from '../page-context';

/** A document with this head and these paragraphs (text set as text: nothing parsed as HTML). */
function page(title: string, paragraphs: string[], heading = ''): Document {
  const doc = document.implementation.createHTMLDocument(title);
  if (heading) {
    const h1 = doc.createElement('h1');
    h1.textContent = heading;
    doc.body.append(h1);
  }
  for (const text of paragraphs) {
    const p = doc.createElement('p');
    p.textContent = text;
    doc.body.append(p);
  }
  return doc;
}

describe('pageSubjectOf', () => {
  it.each([
    [
      'a mining newsletter: mining context (and so crypto context) from its first paragraphs',
      page('Weekly newsletter', [
        'Bitcoin miners had a rough week.',
        'The hash rate fell after the difficulty adjustment, and hashprice hit a low as ASICs went offline.',
      ]),
      { cryptoContext: true, miningContext: true },
    ],
    [
      'a crypto-price page: crypto context from the head, no mining',
      page('Bitcoin price today', ['Bitcoin and Ethereum rose.'], 'Bitcoin and Ethereum rally'),
      { cryptoContext: true, miningContext: false },
    ],
    [
      'a coal-mining page: neither',
      page('Coal mining jobs', [
        'Miners face the difficulty of finding work.',
        'Mining output fell.',
      ]),
      { cryptoContext: false, miningContext: false },
    ],
    [
      'a general-news page with "difficulty": neither',
      page('City news', ['The council had difficulty funding the pool.']),
      { cryptoContext: false, miningContext: false },
    ],
  ])('%s', (_what, doc, expected) => {
    expect(pageSubjectOf(doc)).toEqual(expected);
  });

  it('reads only the lead: mining signals deep in a long page do not count', () => {
    const filler = Array.from({ length: 20 }, () => 'Bitcoin and Ethereum prices moved today.');
    const doc = page('Bitcoin price', [
      ...filler,
      'Bitcoin mining, hash rate, ASICs, hashprice, exahash, mining pools.',
    ]);
    expect(pageSubjectOf(doc).miningContext).toBe(false);
  });
});
