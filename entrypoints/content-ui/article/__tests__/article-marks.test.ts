// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FoundTerm } from '../../../content/scanner';
import { COIN_OF_ENTRY } from '@/utils/terms/spellings';
import { findArticleQuotes, startArticleMarks, subjectCoin } from '../article-marks';

/**
 * Coin names as the scan would mark them: "Bitcoin" (not in "Bitcoin mining", its own
 * entry), "BTC", "Ethereum", "XRP" (whose entry id is not its coin id).
 */
function scanCoins(doc: Document): FoundTerm[] {
  const found: FoundTerm[] = [];
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (node.parentElement?.closest('code,pre,textarea,[contenteditable]')) continue;
    for (const m of node.data.matchAll(/\b(?:Bitcoin(?! mining)|BTC|Ethereum|XRP)\b/g)) {
      const entryId = m[0] === 'BTC' ? 'bitcoin' : m[0].toLowerCase();
      const coinId = COIN_OF_ENTRY[entryId];
      found.push({ node, start: m.index, end: m.index + m[0].length, entryId, coinId });
    }
  }
  return found;
}

function pageOf(head: string, body: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

const DATED = '<meta property="article:published_time" content="2026-04-08T10:00:00Z">';

function marksOf(doc: Document): string[] {
  const found = findArticleQuotes(doc, scanCoins(doc));
  return (found?.marks ?? []).map(
    (mark) =>
      `${mark.node.data.slice(mark.start, mark.end)} ${mark.quote.kind} ${mark.quote.coinId} ${mark.entryId}`,
  );
}

describe('findArticleQuotes on the seed article', () => {
  const html = readFileSync(
    join(import.meta.dirname, '../../../../e2e/pages/seed-article.html'),
    'utf8',
  );
  const doc = new DOMParser().parseFromString(html, 'text/html');

  it('dates it by its closing stamp and makes Bitcoin its subject', () => {
    const found = findArticleQuotes(doc, scanCoins(doc));
    expect(found && new Date(found.publishedMs).toISOString()).toBe('2026-04-13T09:59:00.000Z');
    expect(found?.subjectCoinId).toBe('bitcoin');
  });

  it('marks the 7-day table’s prices and the per-coin cost, nothing else', () => {
    expect(marksOf(doc)).toEqual([
      '$100,000 per-coin-cost bitcoin bitcoin',
      '$68,864.23 price bitcoin bitcoin',
      '$71,975.62 price bitcoin bitcoin',
      '$71,117.08 price bitcoin bitcoin',
      '$71,770.75 price bitcoin bitcoin',
      '$72,972.71 price bitcoin bitcoin',
      '$73,053.89 price bitcoin bitcoin',
      '$70,791.51 price bitcoin bitcoin',
    ]);
  });
});

describe('findArticleQuotes', () => {
  it('shows nothing on a page without a date', () => {
    const doc = pageOf('', '<p>Bitcoin rose to $72,000 on Tuesday.</p>');
    expect(findArticleQuotes(doc, scanCoins(doc))).toBeNull();
  });

  it('marks nothing on a page of amounts with no coin', () => {
    const doc = pageOf(
      DATED,
      `<p>Shares rose to $72,000 on Tuesday.</p><p>The fund closed at $1,250.50.</p>
       <table><tr><th>Date</th><th>Price (USD)</th></tr><tr><td>4/8</td><td>$71,975.62</td></tr></table>`,
    );
    expect(marksOf(doc)).toEqual([]);
  });

  it('gives a price column to the row’s coin in a table of several coins', () => {
    const doc = pageOf(
      DATED,
      `<table><tr><th>Coin</th><th>Price</th><th>Market cap</th></tr>
        <tr><td>Bitcoin</td><td>$71,975.62</td><td>$1.4 trillion</td></tr>
        <tr><td>XRP</td><td>$2.10</td><td>$120 billion</td></tr></table>`,
    );
    expect(marksOf(doc)).toEqual(['$71,975.62 price bitcoin bitcoin', '$2.10 price ripple xrp']);
  });

  it('leaves a table that names other coins to its rows, not to the page’s subject', () => {
    const doc = pageOf(
      DATED,
      `<p>Bitcoin, Bitcoin, Bitcoin.</p>
       <table><tr><th>Date</th><th>Price</th></tr><tr><td>Ethereum week</td><td></td></tr>
        <tr><td>4/8</td><td>$3,500</td></tr></table>`,
    );
    expect(marksOf(doc)).toEqual([]);
  });

  it('marks amounts within one text node only, and none in code', () => {
    const doc = pageOf(
      DATED,
      `<p>Bitcoin rose to <b>$72,</b>000 on Tuesday.</p>
       <p>Bitcoin closed at $71,975.62.</p>
       <p><code>Bitcoin closed at $70,000.</code></p>`,
    );
    expect(marksOf(doc)).toEqual(['$71,975.62 price bitcoin bitcoin']);
  });
});

describe('startArticleMarks', () => {
  it('finds its marks under the caret, edges included', () => {
    const doc = pageOf(DATED, '<p>Bitcoin closed at $71,975.62.</p>');
    const article = startArticleMarks(doc, scanCoins(doc))!;
    const text = doc.querySelector('p')!.firstChild as Text;
    const start = text.data.indexOf('$');
    expect(article.termsAt(text, start)).toHaveLength(1);
    expect(article.termsAt(text, start + '$71,975.62'.length)).toHaveLength(1);
    expect(article.termsAt(text, 0)).toEqual([]);
    article.stop();
    expect(article.termsAt(text, start)).toEqual([]);
  });
});

describe('subjectCoin', () => {
  const term = (entryId: string): FoundTerm => ({
    node: document.createTextNode(''),
    start: 0,
    end: 1,
    entryId,
    coinId: COIN_OF_ENTRY[entryId],
  });
  it.each<[string[], string | null]>([
    [['bitcoin', 'bitcoin', 'bitcoin'], 'bitcoin'],
    [['bitcoin', 'bitcoin'], null],
    [['bitcoin', 'bitcoin', 'bitcoin', 'ethereum', 'ethereum'], null],
    [['bitcoin', 'bitcoin', 'bitcoin', 'bitcoin', 'bitcoin', 'ethereum', 'ethereum'], 'bitcoin'],
    [['xrp', 'xrp', 'xrp', 'hash-rate'], 'ripple'],
  ])('%j → %s', (ids, expected) => {
    expect(subjectCoin(ids.map(term))).toBe(expected);
  });
});
