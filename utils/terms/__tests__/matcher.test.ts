import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../glossary';
import { hasCryptoContext } from '../context-signals';
import { createTermMatcher, defaultTermMatcher, glossaryPatternSources } from '../term-table';
import type { GlossaryEntry, TermMatch } from '../types';

/** What the default matcher finds in `text`, as "spelling→entry id". */
const found = (text: string, cryptoContext: boolean) =>
  defaultTermMatcher()
    .find(text, { cryptoContext })
    .map((m) => `${text.slice(m.start, m.end)}→${m.entryId}`);

type Row = [text: string, cryptoContext: boolean, expected: string[]];

describe('TermMatcher.find', () => {
  it.each<Row>([
    ['hash rates and hashrates', false, ['hash rates→hash-rate', 'hashrates→hash-rate']],
    ['the hash-rate rose', false, ['hash-rate→hash-rate']],
    ['Hash Rate, HASHRATE', false, ['Hash Rate→hash-rate', 'HASHRATE→hash-rate']],
    ['ASIC and ASICs', false, ['ASIC→asic', 'ASICs→asic']],
    ['the halvening', false, ['halvening→halving']],
    ['after two halvings', true, ['halvings→halving']],
    ['HODLing and hodlers', false, ['HODLing→hodl', 'hodlers→hodl']],
    ['satoshis or sats', false, ['satoshis→satoshi', 'sats→satoshi']],
    ['51% attacks are costly', false, ['51% attacks→51-percent-attack']],
    ['double-spending', false, ['double-spending→double-spend']],
  ])('inflections: %j (crypto context %s)', (text, ctx, expected) => {
    expect(found(text, ctx)).toEqual(expected);
  });

  it.each<Row>([
    ['Bitcoin Cash rallied', false, ['Bitcoin Cash→bitcoin-cash']],
    ['Wrapped Bitcoin (WBTC)', false, ['Wrapped Bitcoin→wrapped-bitcoin', 'WBTC→wrapped-bitcoin']],
    ['the hash rate migration', false, ['hash rate migration→hash-rate-migration']],
    ['hash rate migrations', false, ['hash rate→hash-rate']],
    ['bitcoin cashback offers', false, ['bitcoin→bitcoin']],
    ['a Bitcoin ETF', false, ['Bitcoin ETF→bitcoin-etf']],
    ['the spot bitcoin ETFs', false, ['spot bitcoin ETFs→bitcoin-etf']],
    [
      'Bitcoin mining and Bitcoin miners',
      false,
      ['Bitcoin mining→bitcoin-mining', 'Bitcoin miners→miner'],
    ],
    ['Bitcoin Core 27', false, ['Bitcoin Core→bitcoin-core']],
    ['Satoshi Nakamoto wrote', false, ['Satoshi Nakamoto→satoshi-nakamoto']],
    ['Bitcoin price', false, ['Bitcoin→bitcoin']],
  ])('longest match: %j', (text, ctx, expected) => {
    expect(found(text, ctx)).toEqual(expected);
  });

  it.each<Row>([
    ['a basic idea', true, []],
    ['asic', true, []],
    ['Asic', true, []],
    ['ASIC', false, ['ASIC→asic']],
    ['ASICS', false, ['ASICS→asic']],
    ['ASIC miners', false, ['ASIC miners→asic']],
    ['BITCOIN', false, ['BITCOIN→bitcoin']],
    ['0.1 btc', true, []],
    ['Taproot locked in', true, ['Taproot→taproot']],
    ['Taproot upgrade', true, ['Taproot upgrade→taproot']],
    ['the taproot upgrade', false, ['taproot upgrade→taproot']],
    ['the taproot of a plant', true, []],
    ['ETF', true, ['ETF→etf']],
    ['ETF', false, []],
    ['etf', false, []],
    ['Satoshi said', true, ['Satoshi→satoshi-nakamoto']],
    ['one satoshi', true, ['satoshi→satoshi']],
    ['SATs and ACTs', true, []],
    ['Proof of Work', false, []],
    ['Proof of Work', true, ['Proof of Work→proof-of-work']],
  ])('case rules: %j (crypto context %s)', (text, ctx, expected) => {
    expect(found(text, ctx)).toEqual(expected);
  });

  it.each<Row>([
    ['SOL', true, ['SOL→solana']],
    ['SOL', false, []],
    ['$SOL', false, ['$SOL→solana']],
    ['$sol', false, ['$sol→solana']],
    ['$btc and $ETH', false, ['$btc→bitcoin', '$ETH→ethereum']],
    ['BTC', false, ['BTC→bitcoin']],
    ['XBT or ₿0.5', false, ['XBT→bitcoin', '₿→bitcoin']],
    ['BTC, ETH, SOL and XRP', true, ['BTC→bitcoin', 'ETH→ethereum', 'SOL→solana', 'XRP→xrp']],
    ['ETH', false, []],
    ['ETH Zurich researchers', true, []],
    ['ONE', true, []],
    ['$LEO', false, ['$LEO→leo-token']],
    ['LEO', true, []],
    ['el sol brilla', true, []],
    ['Sol y sombra', true, []],
    ['the one near the link', true, []],
    ['one near the link', false, []],
    ['COPY LINK', true, []],
    ['BITCOIN NEAR $100K', true, ['BITCOIN→bitcoin']],
    ['NEAR and DOT gained', true, ['NEAR→near', 'DOT→polkadot']],
    ['a polka dot dress', true, []],
    ['TON rose', true, ['TON→toncoin']],
    ['a ton of coal', true, []],
    ['Tether', false, []],
    ['tether the boat', true, []],
    ['Avalanche warning', false, []],
    ['Stellar results', true, []],
    ['LEO Token', false, ['LEO Token→leo-token']],
    ['DOGE cuts', false, []],
    ['Dogecoin', false, ['Dogecoin→dogecoin']],
    ['LTC insurance', false, []],
  ])('symbols and coin names: %j (crypto context %s)', (text, ctx, expected) => {
    expect(found(text, ctx)).toEqual(expected);
  });

  it.each<Row>([
    ['visit https://bitcoin.org/en/ today', true, []],
    ['visit http://example.com/bitcoin-mining now', true, []],
    ['see bitcoin.org.', true, []],
    ['www.bitcoin.com has news', true, []],
    ['coindesk.com/markets/bitcoin-price', true, []],
    ['mail satoshi@gmx.com please', true, []],
    ['mail bitcoin@example.org please', true, []],
    ['follow @bitcoin', true, []],
    ['open bitcoin.pdf', true, []],
    ['I like Bitcoin. Then', true, ['Bitcoin→bitcoin']],
    ['I like Bitcoin.', true, ['Bitcoin→bitcoin']],
    ['paid 0.5 BTC.', true, ['BTC→bitcoin']],
    ['see https://x.org about Bitcoin', true, ['Bitcoin→bitcoin']],
  ])('URLs and e-mail: %j', (text, ctx, expected) => {
    expect(found(text, ctx)).toEqual(expected);
  });

  it.each<Row>([
    ['"Bitcoin"', false, ['Bitcoin→bitcoin']],
    ['(Bitcoin)', false, ['Bitcoin→bitcoin']],
    ['«Bitcoin»', false, ['Bitcoin→bitcoin']],
    ['„Bitcoin“', false, ['Bitcoin→bitcoin']],
    [
      'Bitcoin, Ethereum; blockchain!',
      false,
      ['Bitcoin→bitcoin', 'Ethereum→ethereum', 'blockchain→blockchain'],
    ],
    ['Bitcoin—the network', false, ['Bitcoin→bitcoin']],
    ['#Bitcoin', false, ['Bitcoin→bitcoin']],
    ['Bitcoin’s price', false, ['Bitcoin→bitcoin']],
    ["Bitcoin's price", false, ['Bitcoin→bitcoin']],
    ['hash\u00a0rate', false, ['hash\u00a0rate→hash-rate']],
    ['hash\u2011rate', false, ['hash\u2011rate→hash-rate']],
    ['hash\u2010rate', false, ['hash\u2010rate→hash-rate']],
    ['hash\n    rate', false, ['hash\n    rate→hash-rate']],
    [
      'Operation\u00a0Choke\u00a0Point',
      true,
      ['Operation\u00a0Choke\u00a0Point→operation-choke-point'],
    ],
    ['all time high', true, ['all time high→all-time-high']],
  ])('punctuation, apostrophes and separators: %j', (text, ctx, expected) => {
    expect(found(text, ctx)).toEqual(expected);
  });

  it.each<Row>([
    ['用Bitcoin支付', false, ['Bitcoin→bitcoin']],
    ['ビットコイン（Bitcoin）', false, ['Bitcoin→bitcoin']],
    ['Биткоин Bitcoin', false, ['Bitcoin→bitcoin']],
    ['Bitcoin\u0430', false, []], // Cyrillic а glued on
    ['éBitcoin', false, []],
    ['Bitcoinë', false, []],
    ['bitcoiner', false, []],
    ['bitcoiners', false, []],
    ['BTCUSD', false, []],
    ['BTC/USD', false, ['BTC→bitcoin']],
    ['BTC-USD', false, ['BTC→bitcoin']],
    ['0.5BTC', false, ['BTC→bitcoin']],
    ['1000sats', false, ['sats→satoshi']],
    ['subhash rate', false, []],
    ['hashrate_x', false, []],
    ['Bitcoin2', false, []],
    ['x24h volume', false, []],
  ])('word boundaries: %j', (text, ctx, expected) => {
    expect(found(text, ctx)).toEqual(expected);
  });

  it.each<Row>([
    ['data mining and coal mining', true, []],
    ['text mining, gold mining, Minecraft mining', true, []],
    ['gold miners went on strike', true, []],
    ['the blue whale is the largest animal', true, []],
    ['killer whales and humpback whales', true, []],
    ['whales migrate south in winter', false, []],
    ['whales moved 10,000 BTC', true, ['whales→whale', 'BTC→bitcoin']],
    ['he was taken into custody', true, []],
    ['a child custody case', true, []],
    ['custody of client coins', true, ['custody→custody']],
    ['custody of client coins', false, []],
    ['proof of work history', false, []],
    ['a new block of flats', true, []],
    ['lymph node', true, []],
    ['leather wallet', true, []],
    ['halving the deficit', false, []],
    ['a Shiba Inu dog', true, []],
    ['a Fiat car', true, []],
    ['fiat money', true, ['fiat money→fiat-currency']],
    ['fiat money', false, []],
    ['decentralization of power', false, []],
  ])('traps: %j (crypto context %s)', (text, ctx, expected) => {
    expect(found(text, ctx)).toEqual(expected);
  });

  it('returns nothing for an empty string', () => {
    expect(found('', true)).toEqual([]);
  });

  it('returns nothing for 1 MB of text without terms', () => {
    const text = 'The quick brown fox jumps over the lazy dog, one near the link. '.repeat(16_384);
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(found(text, true)).toEqual([]);
  });

  it('finds a term at the very end of 1 MB of text', () => {
    const text = `${'lorem ipsum dolor sit amet '.repeat(40_000)}hashrate`;
    const matches = defaultTermMatcher().find(text, { cryptoContext: false });
    expect(matches).toEqual([{ start: text.length - 8, end: text.length, entryId: 'hash-rate' }]);
  });

  it('returns ordered, non-overlapping matches and is repeatable', () => {
    const text =
      'Bitcoin’s hash rate migration is a stress test: miners chase stranded power, ' +
      'while ETFs and custody stay in the US. Expect miner capitulation before the next ' +
      'accumulation cycle; edge AI runs on an NPU (Neural Processing Unit).';
    const first = defaultTermMatcher().find(text, { cryptoContext: true });
    const second = defaultTermMatcher().find(text, { cryptoContext: true });
    expect(second).toEqual(first);
    for (let i = 1; i < first.length; i++) {
      expect(first[i]!.start).toBeGreaterThanOrEqual(first[i - 1]!.end);
    }
    expect(first.map((m) => m.entryId)).toEqual([
      'bitcoin',
      'hash-rate-migration',
      'stranded-power',
      'etf',
      'custody',
      'miner-capitulation',
      'accumulation-cycle',
      'edge-ai',
      'npu',
      'npu',
    ]);
  });
});

describe('createTermMatcher', () => {
  const entries: GlossaryEntry[] = [
    {
      id: 'foo-bar',
      title: 'Foo bar',
      short: 'A test term.',
      long: 'A test term. Used by tests.',
      aliases: ['foo bar', { text: 'FB', caseRule: 'upper' }],
      category: 'tech',
      caseRule: 'insensitive',
    },
  ];

  it('matches custom entries', () => {
    const m = createTermMatcher(entries);
    expect(m.find('Foo-Bar and FB, fb', { cryptoContext: false })).toEqual([
      { start: 0, end: 7, entryId: 'foo-bar' },
      { start: 12, end: 14, entryId: 'foo-bar' },
    ]);
  });

  it('drops stop phrases and the terms inside them', () => {
    const m = createTermMatcher(entries, { stopPhrases: ['big foo bar'] });
    expect(m.find('big foo bar, small foo bar', { cryptoContext: false })).toEqual([
      { start: 19, end: 26, entryId: 'foo-bar' },
    ]);
  });

  it('finds nothing with no entries', () => {
    expect(createTermMatcher([]).find('Bitcoin', { cryptoContext: true })).toEqual([]);
  });

  it('rejects empty aliases', () => {
    expect(() => createTermMatcher([{ ...entries[0]!, aliases: [' '] }])).toThrow(/Empty alias/);
  });

  it('builds the default matcher once', () => {
    expect(defaultTermMatcher()).toBe(defaultTermMatcher());
    // The benchmark's reference RegExps stay small enough for V8 to optimise.
    for (const source of glossaryPatternSources()) {
      expect(source.length).toBeLessThanOrEqual(20_000);
      expect(() => new RegExp(source, 'gi')).not.toThrow();
    }
    expect(GLOSSARY.length).toBeGreaterThan(0);
  });
});

describe('hasCryptoContext', () => {
  it.each<[string, boolean]>([
    ['Bitcoin and Ethereum prices fell', true],
    ['The BTC price and the crypto market', true],
    ['Der Bitcoin-Kurs und andere Kryptowährungen', true],
    ['Las criptomonedas y el bitcoin', true],
    ['比特币和以太坊 Bitcoin', true],
    ['NSS implements crypto libraries and a crypto API', false],
    ['Dominic Frisby, Comedian and Bitcoin...', false],
    ['Blue whales and humpback whales feed on krill', false],
    ['Data mining and coal mining', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(hasCryptoContext(text)).toBe(expected);
  });

  it('accepts a custom number of signals', () => {
    expect(hasCryptoContext('Comedian and Bitcoin fan', 1)).toBe(true);
    expect(hasCryptoContext('Bitcoin, BTC, blockchain', 4)).toBe(false);
  });
});

describe('deferred crypto context', () => {
  const matcher = defaultTermMatcher();
  /** A match without its deferred-context tag. */
  const strip = (matches: TermMatch[]) => matches.map(({ needsContext: _, ...match }) => match);

  it.each<[text: string, contextual: string[]]>([
    ['SOL and ETH rallied while whales bought', ['SOL', 'ETH', 'whales']],
    ['Hash rate and ASICs, no context needed', []],
    ['$SOL is a cashtag, SOL is not without context', ['SOL']],
    ['Satoshi wrote it; BTC and bitcoins', ['Satoshi']],
    ['the mining company cut costs', ['mining company']],
  ])('%j tags %j', (text, contextual) => {
    const deferred = matcher.find(text, { cryptoContext: false, deferContext: true });
    // Deferred = scanning with context; the tags name what needed it.
    expect(strip(deferred)).toEqual(matcher.find(text, { cryptoContext: true }));
    expect(deferred.filter((m) => m.needsContext).map((m) => text.slice(m.start, m.end))).toEqual(
      contextual,
    );
    if (contextual.length === 0) {
      expect(deferred).toEqual(matcher.find(text, { cryptoContext: false }));
    }
  });

  it('tags nothing when the page already has context', () => {
    const matches = matcher.find('SOL and whales', { cryptoContext: true, deferContext: true });
    expect(matches.length).toBe(2);
    expect(matches.some((m) => m.needsContext)).toBe(false);
  });
});
