import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '@/utils/terms/glossary';
import { coinOfEntry } from '../coin-entries';

describe('coinOfEntry', () => {
  it('names the coin of every coin entry of the glossary, and of nothing else', () => {
    for (const entry of GLOSSARY) {
      expect([entry.id, coinOfEntry(entry.id)]).toEqual([
        entry.id,
        entry.category === 'coin' ? entry.coinId : null,
      ]);
    }
  });
});
