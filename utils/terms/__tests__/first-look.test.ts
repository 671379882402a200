import { describe, expect, it } from 'vitest';
import { STRONG, WEAK, firstLookOf } from '../first-look';
import { packTable } from '../matcher';
import { defaultTermMatcher, defaultTermTable } from '../term-table';
import { splitTermTable } from '../term-table-store';

/** The first look over the shipped glossary, as a frame reads it from storage. */
const look = () =>
  firstLookOf(
    JSON.parse(JSON.stringify(splitTermTable(packTable(defaultTermTable())).tokens)) as never,
  );

describe('the first look', () => {
  it.each<[string, string, number]>([
    ['a blank page', 'Hello.', 0],
    ['an ad', 'Buy shoes now. Free shipping on orders over $50.', 0],
    ['everyday words that begin spellings', 'The open road, all the time in the world.', 0],
    ['a coin named', 'Users pay, not surprisingly, with Bitcoin.', STRONG],
    ['a term in other case', 'THE HASH RATE ROSE', STRONG],
    ['a term split by a line break', 'the block\n   subsidy', STRONG],
    ['a name with a curly apostrophe', 'Satoshi Nakamoto’s greatest creation', STRONG],
    // "Fed" stands as written, and only on crypto pages: the engine checks the case there.
    ['a word of crypto pages that stands as written', 'The Fed met today.', WEAK],
    // Words of crypto pages: the caller asks whether the page is one.
    ['a word of crypto pages', 'The whale surfaced near the boat.', WEAK],
    ['a term of crypto pages', 'proof-of-work chains', WEAK],
    ['a glued spelling', 'bitcoinish ideas', 0],
  ])('grades %s', (_name, text, grade) => {
    expect(look()(text)).toBe(grade);
  });

  it('says "strong" wherever the matcher finds a term that needs no context', () => {
    const texts = [
      'State of Bitcoin and Blockchain 2016: Blockchain Hits Critical Mass',
      'Miners earn the block subsidy and fees; the mempool clears.',
      'Ether (ETH) and the Lightning Network',
      '用Bitcoin支付',
      'İstanbul traders bought Bitcoin',
    ];
    for (const text of texts) {
      expect(defaultTermMatcher().find(text, { cryptoContext: false })).not.toEqual([]);
      expect(look()(text)).toBe(STRONG);
    }
  });

  it('stops at the first strong term and looks up few words in a short text', () => {
    const first = look();
    expect(first('nothing here at all')).toBe(0);
    expect(first(`${'word '.repeat(1000)}Bitcoin`)).toBe(STRONG);
  });
});
