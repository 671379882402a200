import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFINITIONS } from '@/utils/terms/definitions';
import { matcherFromPacked, packTable } from '@/utils/terms/matcher';
import { defaultTermMatcher, defaultTermTable } from '@/utils/terms/term-table';
import { builtTermAnchors } from '../../../build/term-anchors-source';
import {
  readTermAnchorKeys,
  readTermTable,
  readTermTokens,
  splitTermTable,
} from '@/utils/terms/term-table-store';
import { termCard } from '../request-handlers';
import { publishTermTable, termTableItems } from '../term-table';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('termCard', () => {
  it.each([
    ['bitcoin', 'Bitcoin (BTC)', { id: 'bitcoin', name: 'Bitcoin' }],
    ['satoshi', 'Satoshi (sats)', { id: 'bitcoin', name: 'Bitcoin' }],
    ['hash-rate', 'Hash rate', undefined],
  ])('describes %s as %j with its coin', (id, title, coin) => {
    const card = termCard(id);
    expect(card).toMatchObject({ id, title, short: DEFINITIONS[id]?.short });
    expect(card?.coin).toEqual(coin);
  });

  it('answers null for an id the glossary does not have', () => {
    expect(termCard('no-such-term')).toBeNull();
  });
});

describe('publishTermTable', () => {
  /** The table the content scripts find: its first part, then the whole. */
  const stored = async () => {
    const tokens = await readTermTokens();
    return tokens && (await readTermTable(tokens));
  };
  const current = () => splitTermTable(packTable(defaultTermTable()));

  it('stores the compiled glossary for the content scripts, in its two parts', async () => {
    await publishTermTable();
    const table = await stored();
    expect(table?.id).toBe(defaultTermTable().id);
    expect(defaultTermMatcher().find('Bitcoin', { cryptoContext: false })).toEqual(
      matcherFromPacked(table!).find('Bitcoin', { cryptoContext: false }),
    );
  });

  it("stores the counting keys by anchor for the first look, under the built anchors' table", async () => {
    await publishTermTable();
    const { tableId } = builtTermAnchors();
    const keys = await readTermAnchorKeys(tableId);
    expect(keys?.id).toBe(defaultTermTable().id);
    expect(keys?.index).toContain('\nbitcoin\u001d');
    // Keys of another table read as none: the first look then leaves the decision to the engine.
    expect(await readTermAnchorKeys(`${tableId}-other`)).toBeNull();
  });

  it.each<[string, () => Record<string, unknown>]>([
    ['garbage', () => ({ termTokens: { id: 1 }, termGroups: 'x', termAnchorKeys: 7 })],
    [
      'an old table',
      () => ({
        termTokens: { ...current().tokens, id: 'old' },
        termGroups: { ...current().groups, id: 'old' },
        termAnchorKeys: { id: 'old', index: '\nbitcoin\u001dbitcoin\t0i\n', wideIndex: '\n' },
      }),
    ],
    // A first part of the current table beside a second part of another: read as no table.
    ['mismatched parts', () => ({ termGroups: { ...current().groups, id: 'old' } })],
    // Format 3 stored the unpacked table under one key: it goes.
    ['the unpacked table of format 3', () => ({ termTable: defaultTermTable() })],
  ])('replaces %s', async (_name, values) => {
    await fakeBrowser.storage.local.set(values());
    await publishTermTable();
    expect((await stored())?.id).toBe(defaultTermTable().id);
    expect((await readTermAnchorKeys(defaultTermTable().id))?.id).toBe(defaultTermTable().id);
    expect(await fakeBrowser.storage.local.get('termTable')).toEqual({});
  });

  it('writes nothing when storage already holds the same table', async () => {
    await publishTermTable();
    const writes = [
      vi.spyOn(termTableItems().tokens, 'setValue'),
      vi.spyOn(termTableItems().groups, 'setValue'),
      vi.spyOn(termTableItems().anchorKeys, 'setValue'),
    ];
    await publishTermTable();
    for (const write of writes) expect(write).not.toHaveBeenCalled();
  });
});
