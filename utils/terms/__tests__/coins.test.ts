/**
 * The 100 coins: the catalog against CoinGecko's recorded top 100, and every coin spelling rule
 * of `spellings.ts` (see its header) checked for every coin alias and every coin stop phrase.
 * Expectations are computed from the spellings and the fixture, not written by hand, except
 * for the table of variants that must be told apart.
 */
import { describe, expect, it } from 'vitest';
import top100 from './fixtures/coins-markets-top100.json';
import { COIN_CATALOG, coinInfo } from '../coin-catalog';
import { GLOSSARY, getEntry } from '../glossary';
import { aliasKey } from '../matcher';
import { STOP_PHRASES } from '../spellings';
import { defaultTermMatcher } from '../term-table';
import type { CaseRule, GlossaryEntry } from '../types';

/** What the default matcher finds in `text`, as "spelling→entry id". */
const found = (text: string, cryptoContext: boolean) =>
  defaultTermMatcher()
    .find(text, { cryptoContext })
    .map((m) => `${text.slice(m.start, m.end)}→${m.entryId}`);

const coinEntries = GLOSSARY.filter((entry) => entry.category === 'coin');
const coinEntryIds = new Set(coinEntries.map((entry) => entry.id));

interface CoinAlias {
  entryId: string;
  text: string;
  rule: CaseRule;
  needsContext: boolean;
}

const aliasesOf = (entry: GlossaryEntry): CoinAlias[] =>
  entry.aliases.map((raw) => {
    const alias = typeof raw === 'string' ? { text: raw } : raw;
    return {
      entryId: entry.id,
      text: alias.text,
      rule: alias.caseRule ?? entry.caseRule,
      needsContext: alias.requiresCryptoContext ?? entry.requiresCryptoContext ?? false,
    };
  });

const coinAliases = coinEntries.flatMap(aliasesOf);
const row = (a: CoinAlias) => [a.text, a.entryId, a] as const;
/** Rules whose spellings are tickers: never matched in lower case. */
const TICKER_RULES: readonly CaseRule[] = ['upper', 'symbol', 'cashtag'];

/** A crypto sentence around `form`, with lower-case neighbours (no all-caps run). */
const sentence = (form: string) => `Prices of ${form} rose today.`;
/** Matches of `entryId` in `text`. */
const marksOf = (text: string, cryptoContext: boolean, entryId: string) =>
  found(text, cryptoContext).filter((m) => m.endsWith(`→${entryId}`));

describe('COIN_CATALOG', () => {
  it('lists exactly the ids of the recorded top 100, in market-cap order', () => {
    expect(top100.map((coin) => coin.market_cap_rank)).toEqual(
      Array.from({ length: 100 }, (_, i) => i + 1),
    );
    expect(COIN_CATALOG.map((coin) => coin.id)).toEqual(top100.map((coin) => coin.id));
  });

  it.each(top100.map((coin) => [coin.id, coin] as const))(
    '%s has CoinGecko’s name and upper-cased ticker',
    (id, coin) => {
      expect(coinInfo(id)).toEqual({ id, name: coin.name, symbol: coin.symbol.toUpperCase() });
    },
  );

  it('has one glossary coin entry per coin, with its price id', () => {
    expect(coinEntries.map((entry) => entry.coinId)).toEqual(COIN_CATALOG.map((coin) => coin.id));
  });
});

describe('coin spellings', () => {
  it.each(coinAliases.filter((a) => a.rule !== 'cashtag').map(row))(
    '%j marks %s in a crypto sentence',
    (text, entryId, a) => {
      // Tickers of the `symbol` rule match in upper case only.
      const form = a.rule === 'symbol' ? text.toUpperCase() : text;
      expect(found(sentence(form), true)).toEqual([`${form}→${entryId}`]);
    },
  );

  it.each(
    coinAliases
      .filter((a) => a.rule === 'symbol' || a.rule === 'cashtag' || a.rule === 'upper')
      .map(row),
  )('$%s (any case) marks %s as a cashtag, even without crypto context', (text, entryId) => {
    for (const form of [`$${text}`, `$${text.toLowerCase()}`, `$${text.toUpperCase()}`]) {
      expect(found(sentence(form), false)).toEqual([`${form}→${entryId}`]);
    }
  });

  it.each(coinAliases.filter((a) => a.needsContext || a.rule === 'symbol').map(row))(
    '%j does not mark %s without crypto context',
    (text, entryId, a) => {
      const form = a.rule === 'symbol' ? text.toUpperCase() : text;
      expect(marksOf(sentence(form), false, entryId)).toEqual([]);
    },
  );

  it.each(coinAliases.filter((a) => a.rule === 'cashtag').map(row))(
    'bare %j does not mark %s, even in upper case on a crypto page',
    (text, entryId) => {
      for (const form of [text, text.toUpperCase(), text.toLowerCase()]) {
        expect(marksOf(sentence(form), true, entryId)).toEqual([]);
      }
    },
  );

  it.each(
    coinAliases
      .filter((a) => TICKER_RULES.includes(a.rule) && a.text.toLowerCase() !== a.text)
      .map(row),
  )('ticker %j never marks %s in lower case', (text, entryId) => {
    expect(marksOf(sentence(text.toLowerCase()), true, entryId)).toEqual([]);
  });

  it.each(
    coinAliases.filter((a) => a.rule === 'sensitive' && a.text.toLowerCase() !== a.text).map(row),
  )('%j marks %s only as written, not in lower case', (text, entryId) => {
    expect(marksOf(sentence(text.toLowerCase()), true, entryId)).toEqual([]);
  });

  it.each(
    coinAliases.filter((a) => a.rule === 'symbol' && a.text.toUpperCase() === a.text).map(row),
  )('ticker %j does not mark %s in an all-caps run', (text, entryId) => {
    expect(marksOf(`SELL ${text} NOW`, true, entryId)).toEqual([]);
  });
});

/** Every coin alias key, for the stop phrases that contain one. */
const coinKeys = [...new Set(coinAliases.map((a) => aliasKey(a.text)))];
const containsWord = (haystack: string, needle: string) =>
  new RegExp(`(?:^|[^a-z0-9_])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9_])`).test(
    haystack,
  );
const coinStopPhrases = STOP_PHRASES.filter((phrase) =>
  coinKeys.some((key) => containsWord(aliasKey(phrase), key)),
);

describe('coin stop phrases', () => {
  it('cover the other meanings the header names', () => {
    expect(coinStopPhrases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(coinStopPhrases)('%j marks no coin, even on a crypto page', (phrase) => {
    // The coin spelling inside the phrase does mark when the phrase is broken up.
    const text = `Read about ${phrase} here.`;
    expect(found(text, true).filter((m) => coinEntryIds.has(m.split('→')[1] ?? ''))).toEqual([]);
  });
});

describe('variants are told apart (longest match wins)', () => {
  /** Pairs of coin aliases where one spelling contains another coin's spelling as words. */
  const nested = coinAliases.flatMap((outer) =>
    coinAliases
      .filter(
        (inner) =>
          inner.entryId !== outer.entryId &&
          aliasKey(inner.text) !== aliasKey(outer.text) &&
          containsWord(aliasKey(outer.text), aliasKey(inner.text)),
      )
      .map((inner) => [outer.text, outer.entryId, inner.entryId] as const),
  );

  it('finds the nestings to check', () => {
    expect(nested.length).toBeGreaterThanOrEqual(20);
  });

  it.each(nested.filter(([text]) => coinAliases.find((a) => a.text === text)?.rule !== 'cashtag'))(
    '%j marks %s, not %s',
    (text, outerId) => {
      const outer = coinAliases.find((a) => a.text === text && a.entryId === outerId);
      const form = outer?.rule === 'symbol' ? text.toUpperCase() : text;
      expect(found(sentence(form), true)).toEqual([`${form}→${outerId}`]);
    },
  );

  it.each([
    ['Bitcoin and Bitcoin Cash', ['Bitcoin→bitcoin', 'Bitcoin Cash→bitcoin-cash']],
    ['BTC, BCH and WBTC', ['BTC→bitcoin', 'BCH→bitcoin-cash', 'WBTC→wrapped-bitcoin']],
    ['Wrapped Bitcoin is not bitcoin', ['Wrapped Bitcoin→wrapped-bitcoin', 'bitcoin→bitcoin']],
    [
      'Ethereum Classic split from Ethereum',
      ['Ethereum Classic→ethereum-classic', 'Ethereum→ethereum'],
    ],
    ['ETH, stETH and wstETH', ['ETH→ethereum', 'stETH→staked-ether', 'wstETH→wrapped-steth']],
    ['Lido Staked Ether', ['Lido Staked Ether→staked-ether']],
    ['WETH is not ETH', ['WETH→weth', 'ETH→ethereum']],
    ['Binance-Peg WETH on BNB Chain', ['Binance-Peg WETH→binance-peg-weth', 'BNB Chain→bnb']],
    ['USDC or USDT', ['USDC→usd-coin', 'USDT→tether']],
    ['USDT0 and USDT', ['USDT0→usdt0', 'USDT→tether']],
    ['Tether Gold and Tether', ['Tether Gold→tether-gold', 'Tether→tether']],
    ['Syrup USDC', ['Syrup USDC→syrupusdc']],
    ['Binance Bridged USDT', ['Binance Bridged USDT→binance-bridged-usdt-bnb-smart-chain']],
    [
      'Coinbase Wrapped BTC and cbBTC',
      ['Coinbase Wrapped BTC→coinbase-wrapped-btc', 'cbBTC→coinbase-wrapped-btc'],
    ],
    ['Lombard Staked BTC', ['Lombard Staked BTC→lombard-staked-btc']],
    ['Jito Staked SOL beside SOL', ['Jito Staked SOL→jito-staked-sol', 'SOL→solana']],
    ['Wrapped BNB and BNB', ['Wrapped BNB→wbnb', 'BNB→bnb']],
    [
      'Kinetiq Staked HYPE and HYPE',
      ['Kinetiq Staked HYPE→kinetic-staked-hype', 'HYPE→hyperliquid'],
    ],
  ])('%j', (text, expected) => {
    expect(found(text, true)).toEqual(expected);
  });
});

describe('coins on pages without crypto context', () => {
  it.each([
    ['The Near East and the link to the sun', []],
    ['Maps of the Near East', []],
    ['Earth’s mantle and the upper mantle', []],
    ['A polygon mesh in the render pass', []],
    ['Render unto Caesar', []],
    ['Pepe the Frog', []],
    ['The Aptos font replaced Calibri', []],
    ['Cosmos DB', []],
    ['Leo, Aster and Cosmos', []],
    ['USD1.2 billion in bonds', []],
    ['apples, pears, etc.', []],
    ['The Quant fund hired a quant', []],
    ['A Chainlink fence', []],
    ['The Sky is blue; GT and IP', []],
    ['PayPal USD balance', []],
  ])('%j marks nothing', (text, expected) => {
    expect(found(text, false)).toEqual(expected);
  });

  it('still marks coins whose names are unambiguous', () => {
    expect(found('Zcash, Kaspa and Hyperliquid', false)).toEqual([
      'Zcash→zcash',
      'Kaspa→kaspa',
      'Hyperliquid→hyperliquid',
    ]);
    expect(getEntry('zcash')?.title).toBe('Zcash (ZEC)');
  });
});
