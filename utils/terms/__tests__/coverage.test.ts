/**
 * Glossary breadth and precision (issue 13): per area, sentences whose terms must be found
 * (spelling → entry id), and traps that must stay unmarked on pages without crypto context
 * and, for stop phrases, on crypto pages too.
 */
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../glossary';
import { defaultTermMatcher } from '../term-table';
import { STOP_PHRASES } from '../spellings';

/** What the default matcher finds in `text`, as "spelling→entry id". */
const found = (text: string, cryptoContext: boolean) =>
  defaultTermMatcher()
    .find(text, { cryptoContext })
    .map((m) => `${text.slice(m.start, m.end)}→${m.entryId}`);

type Row = [text: string, expected: string[]];

describe('found on crypto pages', () => {
  it.each<Row>([
    ['the wallet used replace-by-fee', ['replace-by-fee→replace-by-fee']],
    ['signal RBF or rely on full-RBF', ['RBF→replace-by-fee', 'full-RBF→full-rbf']],
    ['a CPFP bump', ['CPFP→cpfp']],
    ['child-pays-for-parent works', ['child-pays-for-parent→cpfp']],
    [
      'package relay and TRUC transactions',
      ['package relay→package-relay', 'TRUC transactions→truc-transactions'],
    ],
    [
      'v3 transactions with ephemeral anchors',
      ['v3 transactions→truc-transactions', 'ephemeral anchors→ephemeral-anchors'],
    ],
    ['a pinning attack', ['pinning attack→transaction-pinning']],
    ['below the dust limit', ['dust limit→dust']],
    ['fee bumping via CPFP', ['fee bumping→fee-bumping', 'CPFP→cpfp']],
    [
      'mempool policy and standardness',
      ['mempool policy→mempool-policy', 'standardness→mempool-policy'],
    ],
    ['the minimum relay fee fell', ['minimum relay fee→minimum-relay-fee']],
    ['a transaction accelerator', ['transaction accelerator→transaction-accelerator']],
    ['the block template', ['block template→block-template']],
    ['cluster mempool landed', ['cluster mempool→cluster-mempool']],
    ['10 sat/vB per vbyte', ['sat/vB→fee-rate', 'vbyte→vbyte']],
  ])('mempool and fees: %j', (text, expected) => {
    expect(found(text, true)).toEqual(expected);
  });

  it.each<Row>([
    ['pays FPPS, not PPLNS', ['FPPS→fpps', 'PPLNS→pplns']],
    ['PPS or pay-per-share', ['PPS→pps', 'pay-per-share→pps']],
    ['the TIDES payout scheme', ['TIDES payout→tides']],
    ['a PPS+ payout', ['PPS+ payout→pps-plus']],
    [
      'Stratum V2 and job declaration',
      ['Stratum V2→stratum-v2', 'job declaration→job-negotiation'],
    ],
    ['miners speak Stratum', ['Stratum→stratum']],
    ['the pool fee is 2%', ['pool fee→pool-fee']],
    [
      'fleet efficiency of 18 J/TH',
      ['fleet efficiency→fleet-efficiency', 'J/TH→mining-efficiency'],
    ],
    ['older rigs run at 30 W/TH', ['W/TH→mining-efficiency']],
    ['the breakeven price rose', ['breakeven price→breakeven-price']],
    ['prices quoted in $/TH', ['$/TH→cost-per-terahash']],
    ['cost per terahash', ['cost per terahash→cost-per-terahash']],
    ['self-mining and hosting fees', ['self-mining→self-mining', 'hosting fees→mining-hosting']],
    ['the difficulty epoch ends', ['difficulty epoch→difficulty-adjustment']],
    ['a difficulty retarget', ['difficulty retarget→difficulty-adjustment']],
    [
      'economic curtailment and demand response',
      ['economic curtailment→curtailment', 'demand response→demand-response'],
    ],
    ['avoiding 4CP charges', ['4CP→four-coincident-peak']],
    ['a hashrate marketplace', ['hashrate marketplace→hashrate-marketplace']],
    ['Bitcoin mining stocks fell', ['Bitcoin mining stocks→mining-stocks']],
    ['the Puell Multiple', ['Puell Multiple→puell-multiple']],
    ['a mining rig', ['mining rig→mining-rig']],
    ['mining equipment', ['mining equipment→mining-rig']],
  ])('mining: %j', (text, expected) => {
    expect(found(text, true)).toEqual(expected);
  });

  it.each<Row>([
    ['covenants such as CTV', ['covenants→covenants', 'CTV→ctv']],
    ['OP_CHECKTEMPLATEVERIFY', ['OP_CHECKTEMPLATEVERIFY→ctv']],
    ['BIP 119 and BIP-119 and BIP119', ['BIP 119→ctv', 'BIP-119→ctv', 'BIP119→ctv']],
    ['OP_CAT returns', ['OP_CAT→op-cat']],
    ['APO or SIGHASH_ANYPREVOUT', ['APO→anyprevout', 'SIGHASH_ANYPREVOUT→anyprevout']],
    ['CSFS', ['CSFS→csfs']],
    ['the great consensus cleanup', ['great consensus cleanup→great-consensus-cleanup']],
    ['MuSig2 and FROST', ['MuSig2→musig2', 'FROST→frost']],
    ['Schnorr signatures', ['Schnorr signatures→schnorr-signatures']],
    ['adaptor signatures', ['adaptor signatures→adaptor-signatures']],
    ['a relative timelock', ['relative timelock→timelock']],
    ['assumeUTXO snapshots', ['assumeUTXO→assumeutxo']],
    ['compact block filters', ['compact block filters→compact-block-filters']],
    ['Erlay saves bandwidth', ['Erlay→erlay']],
    ['output descriptors and PSBTs', ['output descriptors→output-descriptors', 'PSBTs→psbt']],
    ['BIP 9 signalling', ['BIP 9→soft-fork-activation']],
    ['a generic BIP', ['BIP→bip']],
    [
      'the taproot upgrade and taproot outputs',
      ['taproot upgrade→taproot', 'taproot outputs→taproot'],
    ],
    ['a difficulty increase of 5%', ['difficulty increase→difficulty']],
    ['as miners capitulate', ['miners capitulate→miner-capitulation']],
  ])('soft forks, script and nodes: %j', (text, expected) => {
    expect(found(text, true)).toEqual(expected);
  });

  it.each<Row>([
    ['a Lightning channel', ['Lightning channel→payment-channel']],
    ['HTLCs and PTLCs', ['HTLCs→htlc', 'PTLCs→ptlc']],
    ['channel splicing', ['channel splicing→splicing']],
    ['splicing is live', ['splicing→splicing']],
    ['an LSP', ['LSP→lsp']],
    ['BOLT 12 offers', ['BOLT 12→bolt12-offers']],
    ['the BOLTs', ['BOLTs→bolt']],
    ['a watchtower', ['watchtower→watchtower']],
    ['anchor outputs', ['anchor outputs→anchor-outputs']],
    ['zero-conf channels', ['zero-conf channels→zero-conf-channels']],
    ['CoinJoin and PayJoin', ['CoinJoin→coinjoin', 'PayJoin→payjoin']],
    ['silent payments', ['silent payments→silent-payments']],
  ])('Lightning and privacy: %j', (text, expected) => {
    expect(found(text, true)).toEqual(expected);
  });

  it.each<Row>([
    ['spot Bitcoin ETF inflows', ['spot Bitcoin ETF→bitcoin-etf']],
    ['Bitcoin ETF flows', ['Bitcoin ETF flows→etf-flows']],
    ['ETF flows turned negative', ['ETF flows→etf-flows']],
    ['ether ETFs', ['ether ETFs→ether-etf']],
    ['a spot ETF', ['spot ETF→spot-etf']],
    ['in-kind creations', ['in-kind creations→creation-redemption']],
    ['the basis trade', ['basis trade→basis-trade']],
    ['a cash-and-carry', ['cash-and-carry→basis-trade']],
    [
      'funding rates and open interest',
      ['funding rates→funding-rate', 'open interest→open-interest'],
    ],
    ['long liquidations', ['long liquidations→liquidation']],
    ['a short squeeze', ['short squeeze→short-squeeze']],
    ['perpetual futures', ['perpetual futures→perpetual-futures']],
    ['implied volatility', ['implied volatility→implied-volatility']],
    ['MVRV and NUPL', ['MVRV→mvrv', 'NUPL→nupl']],
    [
      'the realized price and realized cap',
      ['realized price→realized-price', 'realized cap→realized-cap'],
    ],
    ['SOPR', ['SOPR→sopr']],
    ['exchange reserves', ['exchange reserves→exchange-reserves']],
    ['HODL waves', ['HODL waves→hodl-waves']],
    ['a whale transfer', ['whale transfer→whale-transaction']],
    ['long-term holders', ['long-term holders→long-term-holder']],
  ])('market structure: %j', (text, expected) => {
    expect(found(text, true)).toEqual(expected);
  });

  it.each<Row>([
    ['ERC-20, ERC-721 and ERC-1155', ['ERC-20→erc-20', 'ERC-721→erc-721', 'ERC-1155→erc-1155']],
    ['BRC-20 and Runes', ['BRC-20→brc-20', 'Runes→runes']],
    ['SPL tokens and TRC-20', ['SPL tokens→spl-token', 'TRC-20→trc-20']],
    ['a fiat-backed stablecoin', ['fiat-backed stablecoin→fiat-backed-stablecoin']],
    [
      'crypto-collateralized stablecoins',
      ['crypto-collateralized stablecoins→crypto-collateralized-stablecoin'],
    ],
    ['an algorithmic stablecoin', ['algorithmic stablecoin→algorithmic-stablecoin']],
    ['yield-bearing stablecoins', ['yield-bearing stablecoins→yield-bearing-stablecoin']],
    ['USDC depegged', ['USDC→usd-coin', 'depegged→depeg']],
    ['the monthly attestation', ['monthly attestation→reserve-attestation']],
    ['a reserve report', ['reserve report→reserve-report']],
  ])('tokens and stablecoins: %j', (text, expected) => {
    expect(found(text, true)).toEqual(expected);
  });

  it.each<Row>([
    ['a rate cut at the FOMC', ['rate cut→rate-cut', 'FOMC→fomc']],
    ['a rate hike', ['rate hike→rate-hike']],
    ['CPI came in hot', ['CPI→cpi']],
    ['real yields and the DXY', ['real yields→real-yields', 'DXY→dxy']],
    ['risk-off sentiment', ['risk-off sentiment→risk-on-risk-off']],
    ['the end of QT', ['QT→quantitative-tightening']],
    ['Treasury yields rose', ['Treasury yields→treasury-yields']],
    ['global liquidity', ['global liquidity→global-liquidity']],
    ['the Fed balance sheet', ['Fed balance sheet→quantitative-tightening']],
  ])('macro: %j', (text, expected) => {
    expect(found(text, true)).toEqual(expected);
  });
});

describe('found without crypto context (unambiguous spellings)', () => {
  it.each<Row>([
    ['a Bitcoin ETF', ['Bitcoin ETF→bitcoin-etf']],
    ['spot bitcoin ETFs', ['spot bitcoin ETFs→bitcoin-etf']],
    ['Ethereum ETFs', ['Ethereum ETFs→ether-etf']],
    ['Bitcoin mining rigs', ['Bitcoin mining rigs→mining-rig']],
    ['ASIC miners', ['ASIC miners→asic']],
    ['bitcoin ASICs', ['bitcoin ASICs→asic']],
    ['OP_CHECKTEMPLATEVERIFY', ['OP_CHECKTEMPLATEVERIFY→ctv']],
    ['replace-by-fee', ['replace-by-fee→replace-by-fee']],
    ['FPPS', ['FPPS→fpps']],
    ['Stratum V2', ['Stratum V2→stratum-v2']],
    ['MVRV', ['MVRV→mvrv']],
    ['ERC-20', ['ERC-20→erc-20']],
    ['UTXO selection', ['UTXO selection→coin-selection']],
    ['stablecoin reserves', ['stablecoin reserves→reserve-report']],
  ])('%j', (text, expected) => {
    expect(found(text, false)).toEqual(expected);
  });
});

describe('traps on pages without crypto context', () => {
  it('leaves a page about coal mining alone', () => {
    const coal =
      'The coal mining equipment maker reported higher orders. Its mining equipment, mining ' +
      'machines and mining rigs serve underground mines; the mining company also sells mining ' +
      'hardware and hosting contracts for its fleet. Demand response programmes and power ' +
      'purchase agreements with the utility cut its energy curtailment costs. Stranded gas ' +
      'and immersion cooling were discussed, as was the difficulty of the seam.';
    expect(found(coal, false)).toEqual([]);
  });

  it('leaves a stock-market article alone', () => {
    const stocks =
      'The ETF gathered assets as the S&P 500 hit an all-time high. Stock ETFs and equity ETFs ' +
      'saw ETF inflows; exchange-traded funds now hold a record market cap. In this bull market ' +
      'the basis trade in Treasuries, a short squeeze in meme stocks, options expiry and open ' +
      'interest in futures contracts drew traders. The order book was thin; implied volatility, ' +
      'the RSI and the 200-day moving average were watched. Authorized participants handled ' +
      'creations and redemptions, and market makers kept spreads tight. The FOMC meeting, CPI, ' +
      'rate cuts, the DXY, real yields, Treasury yields and QT set the risk-off sentiment; the SEC ' +
      'and the Fed were in the news, and liquidations of leveraged positions followed.';
    expect(found(stocks, false)).toEqual([]);
  });

  it.each<[string]>([
    ['the ETF rose 2%'],
    ['ETFs'],
    ['exchange-traded funds'],
    ['a new all-time high'],
    ['market cap of Apple'],
    ['a bear market'],
    ['an application-specific integrated circuit'],
    ['NPU cores'],
    ['SHA-256 checksums and a Merkle tree'],
    ['public key infrastructure'],
    ['the consensus algorithm of Raft'],
    ['a block size of 4 KB'],
    ['demand response'],
    ['power purchase agreement'],
    ['energy curtailment of wind farms'],
    ['stranded gas fields'],
    ['fiat money in history'],
    ['a debt covenant'],
    ['gene splicing'],
    ['a watchtower on the hill'],
    ['the Language Server Protocol (LSP)'],
    ['a payment channel for merchants'],
    ['liquidations of retailers'],
    ['the yield curve inverted'],
    ['a soft landing'],
    ['the Fed raised rates'],
    ['the consumer price index'],
    ['the SEC filed'],
    ['covenants in the lease'],
    ['a time lock on the safe'],
    ['a validator library'],
    ['the realized price of the house'],
    ['a market maker'],
    ['support levels'],
    ['Stratum corneum'],
    ['signet ring'],
    ['weight units'],
    ['fleet efficiency of trucks'],
    ['hosting fees for websites'],
    ['a spot ETF on gold'],
    ['net inflows to the fund'],
    ['the difficulty increases with each level'],
    ['the taproot of a carrot'],
    ['difficulty'],
    ['capitulation'],
  ])('%j', (text) => {
    expect(found(text, false)).toEqual([]);
  });

  // Every spelling that needs crypto context finds nothing of its entry on a page without it.
  const contextual = GLOSSARY.flatMap((e) =>
    e.aliases.flatMap((a) => {
      const alias = typeof a === 'string' ? { text: a } : a;
      const needs =
        (alias.requiresCryptoContext ?? e.requiresCryptoContext ?? false) ||
        (alias.requiresMiningContext ?? e.requiresMiningContext ?? false);
      const rule = alias.caseRule ?? e.caseRule;
      return needs && rule !== 'cashtag' ? [[alias.text, e.id] as const] : [];
    }),
  );
  it.each(contextual)('%j (%s) needs crypto context', (text, id) => {
    expect(found(text, false).filter((f) => f.endsWith(`→${id}`))).toEqual([]);
  });
});

describe('stop phrases (crypto pages too)', () => {
  it.each(STOP_PHRASES.map((p) => [p] as const))('%j is never marked', (phrase) => {
    expect(found(phrase, true)).toEqual([]);
  });

  it.each<Row>([
    ['gold mining companies and Bitcoin miners', ['Bitcoin miners→miner']],
    ['coal mining equipment next to a mining rig', ['mining rig→mining-rig']],
    ['stock ETFs versus Bitcoin ETFs', ['Bitcoin ETFs→bitcoin-etf']],
    ['a gold ETF and an ETF of bitcoin', ['ETF→etf', 'bitcoin→bitcoin']],
    ['halving the cost before the halving', ['halving→halving']],
    ['debt covenants, not covenants like CTV', ['covenants→covenants', 'CTV→ctv']],
    ['foreign exchange reserves and exchange reserves', ['exchange reserves→exchange-reserves']],
    ['the overnight funding rate and the funding rate', ['funding rate→funding-rate']],
    ['the Treasury basis trade and the basis trade', ['basis trade→basis-trade']],
    ['data mining pools and mining pools', ['mining pools→mining-pool']],
    ['the SEC Championship and the SEC', ['SEC→sec']],
    ['bare difficulty and capitulation stay unmarked', []],
    ['The Covenant, a film', []],
    ['slashing prices and curtailing spending', []],
    ['validator slashing', ['validator slashing→slashing']],
    ['the taproot of a dandelion', []],
  ])('%j', (text, expected) => {
    expect(found(text, true)).toEqual(expected);
  });
});
