import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { COIN_CATALOG, coinInfo, coinLabel } from '../coin-catalog';
import { DEFINITIONS } from '../definitions';
import { GLOSSARY, getEntry } from '../glossary';
import { glossaryEntrySchema } from '../glossary-schema';
import { aliasKey } from '../matcher';
import { defaultTermMatcher } from '../term-table';
import { STOP_PHRASES, TERM_SPELLINGS } from '../spellings';
import type { CaseRule, GlossaryEntry } from '../types';

const aliasesOf = (e: GlossaryEntry) =>
  e.aliases.map((a) => {
    const alias = typeof a === 'string' ? { text: a } : a;
    return {
      text: alias.text,
      rule: (alias.caseRule ?? e.caseRule) as CaseRule,
      mining: alias.requiresMiningContext ?? e.requiresMiningContext ?? false,
    };
  });

/** What the default matcher finds in `text`, as "spelling→entry id". */
const found = (text: string, cryptoContext = true, miningContext = false) =>
  defaultTermMatcher()
    .find(text, { cryptoContext, miningContext })
    .map((m) => `${text.slice(m.start, m.end)}→${m.entryId}`);

describe('GLOSSARY', () => {
  it('has at least 350 entries', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(350);
  });

  it('has unique ids', () => {
    const ids = GLOSSARY.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(GLOSSARY.map((e) => [e.id, e] as const))('%s passes glossaryEntrySchema', (_id, e) => {
    const result = v.safeParse(glossaryEntrySchema, e);
    expect(result.issues?.map((i) => i.message) ?? []).toEqual([]);
  });

  it.each(GLOSSARY.map((e) => [e.id, e] as const))(
    '%s has a short definition of 1–200 characters and a 2–4 sentence long one',
    (_id, e) => {
      expect(e.short.trim().length).toBeGreaterThan(0);
      expect(e.short.length).toBeLessThanOrEqual(200);
      // Sentences end in . ! ? followed by a space or the end (no abbreviations in our texts).
      const sentences = e.long.split(/(?<=[.!?]["”]?)\s+(?=[A-Z"“0-9])/).filter(Boolean);
      expect(sentences.length).toBeGreaterThanOrEqual(2);
      expect(sentences.length).toBeLessThanOrEqual(4);
    },
  );

  it('maps no spelling to two entries', () => {
    const byKey = new Map<string, { id: string; text: string; rule: CaseRule }[]>();
    for (const e of GLOSSARY) {
      for (const a of aliasesOf(e)) {
        const key = aliasKey(a.text);
        byKey.set(key, [...(byKey.get(key) ?? []), { id: e.id, ...a }]);
      }
    }
    const conflicts: string[] = [];
    for (const [key, list] of byKey) {
      const ids = new Set(list.map((a) => a.id));
      if (ids.size < 2) continue;
      // The same letters may only name two entries as distinct exact-case spellings
      // ("satoshi" the unit, "Satoshi" the person).
      const sensitive = list.every((a) => a.rule === 'sensitive');
      const spellings = new Set(list.map((a) => a.text));
      if (!sensitive || spellings.size < list.length) conflicts.push(`${key}: ${[...ids]}`);
    }
    expect(conflicts).toEqual([]);
  });

  it('has no stop phrase that is also an alias', () => {
    const keys = new Set(GLOSSARY.flatMap((e) => aliasesOf(e).map((a) => aliasKey(a.text))));
    expect(STOP_PHRASES.filter((p) => keys.has(aliasKey(p)))).toEqual([]);
  });

  it.each(
    GLOSSARY.flatMap((e) =>
      aliasesOf(e).map(
        (a) => [a.rule === 'cashtag' ? `$${a.text}` : a.text, e.id, a.mining] as const,
      ),
    ),
  )('alias %j finds %s by itself (crypto context; mining context: %s)', (text, id, mining) => {
    expect(found(text, true, mining)).toEqual([`${text}→${id}`]);
    // A spelling that needs a page about mining finds nothing on other crypto pages.
    if (mining) expect(found(text, true, false)).toEqual([]);
  });

  // Every term the seed article uses or defines, as it writes it.
  it.each([
    ['hash rate', 'hash-rate'],
    ['Hash Rate', 'hash-rate'],
    ['Hash Rate Migration', 'hash-rate-migration'],
    ['hash rate migration', 'hash-rate-migration'],
    ['Great Hash Migration', 'hash-rate-migration'],
    ['Edge Computing', 'edge-computing'],
    ['ASIC', 'asic'],
    ['ASICs', 'asic'],
    ['NPU', 'npu'],
    ['Neural Processing Unit', 'npu'],
    ['Miner Capitulation', 'miner-capitulation'],
    ['ETF', 'etf'],
    ['ETFs', 'etf'],
    ['custody', 'custody'],
    ['Operation Choke Point', 'operation-choke-point'],
    ['Sovereign Hash', 'sovereign-hash'],
    ['stranded power', 'stranded-power'],
    ['security layer', 'security-budget'],
    ['Security Floor', 'security-budget'],
    ['security budget', 'security-budget'],
    ['accumulation cycle', 'accumulation-cycle'],
    ['decentralization', 'decentralization'],
    ['geographic decentralization', 'geographic-decentralization'],
    ['Satoshi Nakamoto', 'satoshi-nakamoto'],
    ['edge AI', 'edge-ai'],
    ['Edge AI', 'edge-ai'],
    ['hashprice', 'hashprice'],
    ['production cost', 'production-cost'],
    ['production costs', 'production-cost'],
    ['mining costs', 'production-cost'],
    ['Bitcoin mining', 'bitcoin-mining'],
    ['Bitcoin', 'bitcoin'],
    ['Energy Arbitrage', 'energy-arbitrage'],
    ['digital commodity', 'digital-commodity'],
    ['GPU', 'gpu'],
    ['Federal Reserve', 'federal-reserve'],
    ['Cryptocurrency', 'cryptocurrency'],
    ['mining hardware', 'mining-rig'],
  ])('seed term %j → %s', (text, id) => {
    expect(getEntry(id)).toBeDefined();
    expect(found(text)).toEqual([`${text}→${id}`]);
  });

  it.each([
    ['halving', 'halving'],
    ['difficulty adjustment', 'difficulty-adjustment'],
    ['mining difficulty', 'difficulty'],
    ['block reward', 'block-reward'],
    ['Bitcoin block', 'block'],
    ['blockchain', 'blockchain'],
    ['proof of work', 'proof-of-work'],
    ['proof-of-stake', 'proof-of-stake'],
    ['mining pool', 'mining-pool'],
    ['mempool', 'mempool'],
    ['satoshis', 'satoshi'],
    ['sats', 'satoshi'],
    ['full node', 'node'],
    ['UTXO', 'utxo'],
    ['Lightning Network', 'lightning-network'],
    ['Taproot', 'taproot'],
    ['SegWit', 'segwit'],
    ['seed phrase', 'seed-phrase'],
    ['private key', 'private-key'],
    ['public key', 'public-key'],
    ['crypto wallet', 'wallet'],
    ['cold storage', 'cold-storage'],
    ['crypto exchange', 'exchange'],
    ['stablecoin', 'stablecoin'],
    ['market cap', 'market-cap'],
    ['24h volume', '24h-volume'],
    ['all-time high', 'all-time-high'],
    ['bull market', 'bull-market'],
    ['bear market', 'bear-market'],
    ['whale', 'whale'],
    ['FUD', 'fud'],
    ['HODL', 'hodl'],
    ['DeFi', 'defi'],
    ['altcoin', 'altcoin'],
    ['gas fee', 'gas-fee'],
    ['smart contract', 'smart-contract'],
    ['nonce', 'nonce'],
    ['Merkle tree', 'merkle-tree'],
    ['SHA-256', 'sha-256'],
    ['hard fork', 'hard-fork'],
    ['soft fork', 'soft-fork'],
    ['51% attack', '51-percent-attack'],
    ['double spend', 'double-spend'],
    ['immersion cooling', 'immersion-cooling'],
    ['curtailment', 'curtailment'],
  ])('staple term %j → %s', (text, id) => {
    expect(found(text)).toEqual([`${text}→${id}`]);
  });
});

// Every coin's spellings, names and tickers are tested in coins.test.ts.
describe('coins', () => {
  const coinEntries = GLOSSARY.filter((entry) => entry.category === 'coin');
  it.each(coinEntries.map((c) => [c.id, c] as const))(
    'coin %s has a coinId, symbol and catalog title',
    (_id, c) => {
      expect(c.coinId).toMatch(/^[a-z0-9-]+$/);
      expect(c.symbol).toBe(coinInfo(c.coinId ?? '').symbol);
      expect(c.title).toBe(coinLabel(coinInfo(c.coinId ?? '')));
    },
  );

  it('lists every coin entry in the catalog once, and only those', () => {
    expect(COIN_CATALOG.map((coin) => coin.id)).toEqual(coinEntries.map((c) => c.coinId));
  });

  it('gives the satoshi unit the bitcoin coinId', () => {
    expect(getEntry('satoshi')?.coinId).toBe('bitcoin');
  });
});

describe('spellings and definitions', () => {
  it('gives every spelling entry a definition and every definition a spelling entry', () => {
    expect(Object.keys(DEFINITIONS).sort()).toEqual(TERM_SPELLINGS.map((e) => e.id).sort());
  });

  it.each([
    ['bitcoin', 'Bitcoin (BTC)'],
    ['xrp', 'XRP'],
    ['hash-rate', 'Hash rate'],
  ])('titles %s as %j', (id, title) => {
    expect(getEntry(id)?.title).toBe(title);
  });
});

describe('getEntry', () => {
  it('returns the entry for an id and undefined otherwise', () => {
    expect(getEntry('hash-rate')?.title).toBe('Hash rate');
    expect(getEntry('no-such-term')).toBeUndefined();
  });
});
