import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFINITIONS } from '@/utils/terms/definitions';
import { packTable } from '@/utils/terms/matcher';
import { defaultTermTable } from '@/utils/terms/term-table';
import { readTermTable, termTableItem } from '@/utils/terms/term-table-store';
import { termCard } from '../request-handlers';
import { publishTermTable } from '../term-table';

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
  it('stores the compiled glossary for the content scripts', async () => {
    await publishTermTable();
    expect((await readTermTable())?.id).toBe(defaultTermTable().id);
  });

  it.each([
    ['garbage', { id: 1 }],
    ['an old table', { ...packTable(defaultTermTable()), id: 'old' }],
    // Format 3 stored the unpacked table: every spelling an array of its own.
    ['an unpacked table', defaultTermTable()],
  ])('replaces %s', async (_name, stored) => {
    await termTableItem().setValue(stored as never);
    await publishTermTable();
    expect((await readTermTable())?.id).toBe(defaultTermTable().id);
  });

  it('writes nothing when storage already holds the same table', async () => {
    await publishTermTable();
    const write = vi.spyOn(termTableItem(), 'setValue');
    await publishTermTable();
    expect(write).not.toHaveBeenCalled();
  });
});
