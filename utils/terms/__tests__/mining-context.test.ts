import { describe, expect, it } from 'vitest';
import { hasCryptoContext, hasMiningContext } from '../context-signals';
import { defaultTermMatcher } from '../term-table';

/** Page leads (head and first paragraphs) of the kinds of page the mining rule tells apart. */
const MINING_PAGE =
  'Bitcoin miners brace for the halving. The network hash rate hit 900 EH/s this week as ' +
  'Bitcoin mining firms plugged in new ASICs; hashprice fell and difficulty rose 4%.';
const PRICE_PAGE =
  'Bitcoin rallied to $95,000 while Ethereum lagged; crypto traders eyed the Fed. Analysts ' +
  'noted the difficulty of timing the market and a wave of capitulation by retail holders.';
const COAL_PAGE =
  'Coal mining in Appalachia: miners at the mining company face the difficulty of finding ' +
  'work as gold mining and data mining draw investment. Mining equipment sits idle.';
const NEWS_PAGE =
  'The council admitted the difficulty of funding the new pool and the capitulation of the ' +
  'mayor after a rig collapsed near the harbour.';

describe('hasMiningContext', () => {
  it.each([
    ['a page about Bitcoin mining', MINING_PAGE, true],
    ['a crypto-price page without mining', PRICE_PAGE, false],
    ['a page about coal, gold and data mining', COAL_PAGE, false],
    ['a general-news page', NEWS_PAGE, false],
    [
      'a crypto page naming coal mining twice (bare "mining" alone does not count)',
      'Bitcoin and Ethereum traders watched coal mining stocks; coal mining output fell. Mining too.',
      false,
    ],
    [
      'a crypto page with one passing mention of miners',
      'Bitcoin and Ethereum fell; Bitcoin miners sold some coins.',
      false,
    ],
    [
      'a crypto page with several mining signals',
      'Bitcoin price and Bitcoin miners: hash rate climbs after the difficulty adjustment.',
      true,
    ],
  ])('%s → %s', (_what, text, expected) => {
    expect(hasMiningContext(text)).toBe(expected);
  });

  it('implies crypto context', () => {
    expect(hasCryptoContext(MINING_PAGE)).toBe(true);
    expect(hasMiningContext('hash rate, hashprice, ASICs, exahash, mining pools')).toBe(false);
  });

  it('does not count signals glued to other letters', () => {
    expect(hasMiningContext('Bitcoin and BTC: hashrateX ASICsY proof-of-workZ mining')).toBe(false);
  });
});

/** What the default matcher marks in `text` on a page of this subject, as "spelling→entry". */
function marks(text: string, subject: { crypto: boolean; mining: boolean }): string[] {
  return defaultTermMatcher()
    .find(text, { cryptoContext: subject.crypto, miningContext: subject.mining })
    .map((m) => `${text.slice(m.start, m.end)}→${m.entryId}`);
}

const MINING = { crypto: true, mining: true };
const CRYPTO = { crypto: true, mining: false };
const NONE = { crypto: false, mining: false };

describe('terms that need mining context', () => {
  it.each([
    ['the difficulty rose 4%', MINING, ['difficulty→difficulty']],
    ['the difficulty rose 4%', CRYPTO, []],
    ['the difficulty rose 4%', NONE, []],
    [
      'signs of capitulation among miners',
      MINING,
      ['capitulation→miner-capitulation', 'miners→miner'],
    ],
    ['signs of capitulation among miners', CRYPTO, []],
    ['the next epoch starts Friday', MINING, ['epoch→difficulty-adjustment']],
    ['the next epoch starts Friday', CRYPTO, []],
    ['the pool found two blocks', MINING, ['pool→mining-pool']],
    // "pool of" is everyday, but for a pool of miners; hashrate in a pool of it is still hashrate.
    ['a pool of miners found the block', MINING, ['pool of miners→mining-pool']],
    ['pools of hashrate moved to Texas', MINING, ['hashrate→hash-rate']],
    ['a pool of miners found the block', CRYPTO, []],
    ['the mining pool of choice', NONE, ['mining pool→mining-pool']],
    ['the largest liquidity pool of the exchange', NONE, ['liquidity pool→liquidity-pool']],
    ['the pool paid out; the pool of funds did not', MINING, ['pool→mining-pool']],
    ['a rig of 40 machines', MINING, ['rig→mining-rig']],
    // Phrases that carry their own meaning need no mining page.
    ['mining difficulty rose', NONE, ['mining difficulty→difficulty']],
    ['miner capitulation', NONE, ['miner capitulation→miner-capitulation']],
  ])('%j on a page %o → %j', (text, subject, expected) => {
    expect(marks(text, subject)).toEqual(expected);
  });

  it.each([
    'the difficulty of identifying mining activity',
    'they had difficulty in paying',
    'walked with difficulty',
    'a swimming pool',
    'the same pool of funds',
    'a pool of capital',
    'deep pools of liquidity',
    'a Pool of Money-Market Funds',
    'melted into a pool of Phazon particles',
    'an oil rig',
    'gold miners and coal miners',
    'difficulty levels of the game',
  ])('everyday use %j stays unmarked even on a mining page', (text) => {
    expect(marks(text, MINING)).toEqual([]);
  });

  it('a page with no crypto context gets no marks for words with an everyday meaning', () => {
    const text =
      'Coal miners at the pool hall spoke of the difficulty, the capitulation of the union, ' +
      'the whale watching trip, the stock ETF and the halving of their wages.';
    expect(marks(text, NONE)).toEqual([]);
  });
});
