import { describe, expect, it } from 'vitest';
import {
  CANDIDATE,
  TERM_TABLE_FORMAT,
  matcherFromPacked,
  matcherFromTable,
  packTable,
} from '../matcher';
import { parsePackedTable, type PackedTermTable } from '../packed-table';
import { GLOSSARY } from '../glossary';
import { compileTermTable, defaultTermMatcher, defaultTermTable } from '../term-table';

const sample =
  'Bitcoin’s hash rate hit a record as ASIC miners and $SOL whales watched the Bitcoin Cash fork.';

describe('the term table', () => {
  it('survives storage (a structured-clone copy) and matches like the compiled glossary', () => {
    const copy = JSON.parse(JSON.stringify(packTable(defaultTermTable()))) as unknown;
    const parsed = parsePackedTable(copy);
    expect(parsed).not.toBeNull();
    for (const cryptoContext of [false, true]) {
      expect(matcherFromPacked(parsed!).find(sample, { cryptoContext })).toEqual(
        defaultTermMatcher().find(sample, { cryptoContext }),
      );
    }
  });

  it('finds terms among thousands of spellings', () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({
      id: `term-${i}`,
      caseRule: 'insensitive' as const,
      aliases: [`zq${i.toString(36)}word`],
    }));
    const table = compileTermTable([
      ...many,
      { id: 'hash-rate', caseRule: 'insensitive' as const, aliases: ['hash rate'] },
      { id: 'hash', caseRule: 'insensitive' as const, aliases: ['hash'] },
    ]);
    const matcher = matcherFromTable(table);
    expect(matcher.find('the hash rate and zq2bword, then hash', { cryptoContext: false })).toEqual(
      [
        { start: 4, end: 13, entryId: 'hash-rate' },
        { start: 18, end: 26, entryId: `term-${parseInt('2b', 36)}` },
        { start: 33, end: 37, entryId: 'hash' },
      ],
    );
  });

  it.each([
    // İ lower-cases to two characters: offsets must still be those of the text itself.
    ['İstanbul traders bought Bitcoin', 'Bitcoin'],
    ['İİİ BTC and ETH', 'BTC'],
    ['Ünlü madenciler Bitcoin çıkarıyor', 'Bitcoin'],
  ])('finds terms at the right offsets in %j', (text, term) => {
    const [match] = defaultTermMatcher().find(text, { cryptoContext: true });
    expect(match && text.slice(match.start, match.end)).toBe(term);
  });

  it('finds the same terms before and after it has looked up many words', () => {
    const matcher = matcherFromPacked(packTable(defaultTermTable()));
    const find = (text: string) =>
      matcher.find(text, { cryptoContext: true }).map((m) => text.slice(m.start, m.end));
    // Few words so far: each is searched in the table's string.
    const expected = defaultTermMatcher()
      .find(sample, { cryptoContext: true })
      .map((m) => sample.slice(m.start, m.end));
    expect(expected).toContain('Bitcoin Cash');
    expect(find(sample)).toEqual(expected);
    // Hundreds of new words: the frame switches to a Map of every first token.
    const words = Array.from({ length: 400 }, (_, i) => `zz${i.toString(36)}q`).join(' ');
    expect(find(words)).toEqual([]);
    expect(find(`${words} ${sample}`)).toEqual(find(sample));
  });

  it('keeps its id while the spellings are the same and changes it when they change', () => {
    const entry = { id: 'hash-rate', caseRule: 'insensitive' as const, aliases: ['hash rate'] };
    expect(compileTermTable([entry]).id).toBe(compileTermTable([entry]).id);
    expect(compileTermTable([{ ...entry, aliases: ['hashrate'] }]).id).not.toBe(
      compileTermTable([entry]).id,
    );
  });

  const packedSample = () => packTable(defaultTermTable());
  it.each<[string, () => unknown]>([
    ['nothing', () => undefined],
    ['a string', () => 'table'],
    // Format 3 stored every candidate as an array: an older build's table is recompiled.
    [
      'a table of format 3',
      () => ({ format: 3, id: 'x', minLength: 1, candidates: [['a', 'upper', 'A', 0]], coins: {} }),
    ],
    ['a table without an id', () => ({ ...packedSample(), id: undefined })],
    ['a table without groups', () => ({ ...packedSample(), groups: undefined })],
    ['coins that are not ids', () => ({ ...packedSample(), coins: { a: 7 } })],
    [
      'first tokens cut mid-entry',
      () => ({ ...packedSample(), firstTokens: packedSample().firstTokens.slice(0, 1000) }),
    ],
    ['first tokens that are not text', () => ({ ...packedSample(), firstTokens: ['bitcoin'] })],
  ])('reads %s from storage as no table', (_name, raw) => {
    expect(parsePackedTable(raw())).toBeNull();
  });

  it.each<[string, Partial<PackedTermTable>]>([
    // Start characters that a RegExp class would read as syntax are escaped.
    ['start characters that are RegExp syntax', { tokenStarts: '[]^-\\', firstTokens: '\n]\n' }],
    ['lines whose candidates do not parse', { groups: '\nbitcoin\t1garbage' }],
    ['first tokens without their lines', { groups: '' }],
    // Entries whose numbers point anywhere: reads stay inside the strings.
    [
      'entries with numbers out of range',
      { firstTokens: '\nbitcoin\t\uffff\uffff\u0100\u0100\uffff\n\nbtc\t\u0000\u0000\u0000\n' },
    ],
  ])('a table with %s finds nothing and does not fail', (_name, broken) => {
    const table = parsePackedTable({ ...packTable(defaultTermTable()), ...broken });
    expect(table).not.toBeNull();
    expect(matcherFromPacked(table!).find(sample, { cryptoContext: true })).toEqual([]);
  });

  it('compiles mining-context spellings with both flags, and they survive storage', () => {
    const table = compileTermTable([
      {
        id: 'difficulty',
        caseRule: 'insensitive',
        aliases: ['mining difficulty', { text: 'difficulty', requiresMiningContext: true }],
      },
    ]);
    expect(table.format).toBe(TERM_TABLE_FORMAT);
    expect(table.candidates).toEqual([
      ['difficulty', 'insensitive', 'mining difficulty', 0],
      ['difficulty', 'insensitive', 'difficulty', CANDIDATE.needsContext | CANDIDATE.needsMining],
    ]);
    const matcher = matcherFromPacked(parsePackedTable(structuredClone(packTable(table)))!);
    const text = 'difficulty rose';
    expect(matcher.find(text, { cryptoContext: true })).toEqual([]);
    expect(matcher.find(text, { cryptoContext: false, deferContext: true })).toEqual([]);
    expect(matcher.find(text, { cryptoContext: true, miningContext: true })).toEqual([
      { start: 0, end: 10, entryId: 'difficulty' },
    ]);
  });

  it('names the coin of every coin entry of the glossary, and of nothing else', () => {
    const expected = Object.fromEntries(
      GLOSSARY.filter((entry) => entry.category === 'coin').map((entry) => [
        entry.id,
        entry.coinId,
      ]),
    );
    const table = defaultTermTable();
    expect(table.coins).toEqual(expected);
    // ...and it survives storage, and matches carry it: "XRP" is Ripple's, "Bitcoin halving" no coin's.
    const stored = parsePackedTable(JSON.parse(JSON.stringify(packTable(table))))!;
    const text = 'XRP rose; the Bitcoin halving came; BTC fell';
    expect(
      matcherFromPacked(stored)
        .find(text, { cryptoContext: true })
        .map((m) => [text.slice(m.start, m.end), m.coinId ?? null]),
    ).toEqual([
      ['XRP', 'ripple'],
      ['Bitcoin halving', null],
      ['BTC', 'bitcoin'],
    ]);
  });
});
