import { describe, expect, it } from 'vitest';
import { builtTermAnchors } from '../../../build/term-anchors-source';
import { packTable } from '../matcher';
import {
  anchorFinderOf,
  anchorOfKey,
  areAllWeak,
  gradeWindows,
  parseTermAnchorKeys,
  termAnchorKeysOf,
} from '../term-anchors';
import { defaultTermMatcher, defaultTermTable } from '../term-table';
import { splitTermTable } from '../term-table-store';
import { tokenPattern } from '../token-lookup';

const { tokens } = splitTermTable(packTable(defaultTermTable()));
const anchors = builtTermAnchors();
const anchorKeys = termAnchorKeysOf(tokens);

/** The first look's answer for `text`: anchors, then the keys around them. */
function gradeOf(text: string): number {
  const found = new Set<string>();
  const windows = anchorFinderOf(anchors).windowsOf(text, 400, found);
  return windows.length === 0 ? 0 : gradeWindows(anchorKeys, found, windows.join('\u0000'));
}

/** Every key line of the table that may count, with its kind and first written form. */
const countingKeys = tokens.keys
  .split('\n')
  .filter(Boolean)
  .map((line) => {
    const tab = line.indexOf('\t');
    const kind = line[tab + 2]!;
    const written = kind === 'c' ? line.slice(tab + 3).split('\u001e')[0]! : line.slice(0, tab);
    return { key: line.slice(0, tab), kind, written };
  })
  .filter(({ kind }) => 'icw'.includes(kind));

describe('anchors', () => {
  it.each([
    ['bitcoin', 'bitcoin'],
    ['market cap', 'market+cap'],
    ['all time high', 'time+high'],
    ['the open network', 'open+network'],
    ['1p1c', '1+p'],
  ])('%s is anchored on %s', (key, anchor) => {
    expect(anchorOfKey(key, new RegExp(tokenPattern(tokens.tokenStarts), 'g'))).toBe(anchor);
  });

  it('finds every spelling that may count, in a sentence, with its grade', () => {
    const misses = countingKeys.filter(({ kind, written }) => {
      const grade = gradeOf(`We read that ${written} was in the news today.`);
      return kind === 'w' ? grade < 1 : grade !== 2;
    });
    expect(misses.map(({ key }) => key)).toEqual([]);
  });

  it.each([
    ['Buy shoes now. Free shipping on orders over $50.'],
    ['Hello.'],
    ['Ten small frames, like ads.'],
  ])('finds no term in %j', (text) => {
    expect(gradeOf(text)).toBe(0);
  });

  it.each([
    ['Bitcoinish tastes are scarce.', 0],
    ['The same pool of funds paid for the new school.', 1],
    ['He sold his Bitcoin at noon.', 2],
    ['The market cap grew.', 1],
  ])('grades %j as %i', (text, grade) => {
    expect(gradeOf(text)).toBe(grade);
  });

  // The first look errs on the side of a term (the engine decides): these grades are what the
  // first look before anchors gave for the same texts.
  it.each<[string, string, number]>([
    ['everyday words that begin spellings', 'The open road, all the time in the world.', 0],
    ['a coin named', 'Users pay, not surprisingly, with Bitcoin.', 2],
    ['a term in other case', 'THE HASH RATE ROSE', 2],
    ['a term split by a line break', 'the block\n   subsidy', 2],
    ['a name with a curly apostrophe', 'Satoshi Nakamoto’s greatest creation', 2],
    // "Fed" stands as written, and only on crypto pages: the engine checks the case there.
    ['a word of crypto pages that stands as written', 'The Fed met today.', 1],
    ['a word of crypto pages', 'The whale surfaced near the boat.', 1],
    ['a term of crypto pages', 'proof-of-work chains', 1],
    ['a glued spelling', 'bitcoinish ideas', 0],
    ['a term after a thousand words', `${'word '.repeat(1000)}Bitcoin`, 2],
  ])('grades %s', (_name, text, grade) => {
    expect(gradeOf(text)).toBe(grade);
  });

  it('grades 2 wherever the matcher finds a term that needs no context', () => {
    const texts = [
      'State of Bitcoin and Blockchain 2016: Blockchain Hits Critical Mass',
      'Miners earn the block subsidy and fees; the mempool clears.',
      'Ether (ETH) and the Lightning Network',
      '用Bitcoin支付',
      'İstanbul traders bought Bitcoin',
    ];
    for (const text of texts) {
      expect(defaultTermMatcher().find(text, { cryptoContext: false })).not.toEqual([]);
      expect(gradeOf(text)).toBe(2);
    }
  });
});

describe('weak anchors', () => {
  /** Whether the first look may skip the keys for `text` (all its anchors weak). */
  const allWeak = (text: string) => {
    const found = new Set<string>();
    anchorFinderOf(anchors).windowsOf(text, 400, found);
    return areAllWeak(found);
  };

  it.each([
    ['The same pool of funds paid for the new school.', true],
    ['The market cap grew.', true],
    ['The whale surfaced near the boat.', true],
    ['He sold his Bitcoin at noon.', false],
    ['Miners joined a mining pool.', false],
    ['Users paid in BTC.', false],
  ])('%j holds only weak anchors: %s', (text, weak) => {
    expect(allWeak(text)).toBe(weak);
  });
});

describe('keys by anchor', () => {
  it('holds every counting key once, under its own anchor', () => {
    const tokenRe = new RegExp(tokenPattern(tokens.tokenStarts), 'g');
    const entries = `${anchorKeys.index}${anchorKeys.wideIndex}`.split('\n').filter(Boolean);
    const filed = entries.flatMap((entry) => {
      const [anchor, lines] = entry.split('\u001d') as [string, string];
      return lines.split('\u001f').map((line) => {
        const key = line.slice(0, line.indexOf('\t'));
        return { key, anchored: anchorOfKey(key, tokenRe) === anchor };
      });
    });
    expect(filed.filter(({ anchored }) => !anchored)).toEqual([]);
    expect(filed.map(({ key }) => key).sort()).toEqual(countingKeys.map(({ key }) => key).sort());
    // The built anchors are exactly the index's.
    const built = [
      ...anchors.anchors.replaceAll('^', '').trim().split(' '),
      ...anchors.cased.toLowerCase().trim().split(' '),
      ...anchors.pairs
        .replaceAll('^', '')
        .trim()
        .split(' ')
        .flatMap((group) => {
          const [first, seconds] = group.split(':') as [string, string];
          return seconds
            .split(',')
            .filter(Boolean)
            .map((second) => `${first}+${second}`);
        }),
    ];
    expect(entries.map((entry) => entry.split('\u001d')[0]).sort()).toEqual(
      [...new Set(built)].sort(),
    );
    // Only entries with other characters stand apart, so that the main index is one-byte.
    expect(anchorKeys.index).not.toMatch(/[\u0100-\uffff]/);
    expect(anchorKeys.wideIndex).toMatch(/[\u0100-\uffff]/);
  });

  it.each<[string, unknown]>([
    ['nothing', undefined],
    ['a string', 'bitcoin'],
    ['no id', { index: '\nbitcoin\u001dbitcoin\t0i\n', wideIndex: '\n' }],
    ['an index of another shape', { id: 'x', index: 'bitcoin', wideIndex: '\n' }],
    ['no wide index', { id: 'x', index: '\nbitcoin\u001dbitcoin\t0i\n' }],
  ])('reads %s as no keys', (_name, value) => {
    expect(parseTermAnchorKeys(value)).toBeNull();
  });
});
