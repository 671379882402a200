/**
 * How HashLens finds glossary terms in text: every spelling of every entry and its matching
 * rules. This table ships in the content script of every frame, so it holds no definition
 * text: definitions live in `definitions.ts` and travel from the background on hover.
 *
 * Matching decisions (the rules themselves are documented in `types.ts`):
 * - Everyday words are never entries on their own: bare "mining", "miner", "block", "node",
 *   "wallet", "exchange", "difficulty", "crypto" and "fork" are not matched, only phrases
 *   such as "Bitcoin mining", "mining pool", "block height", "full node", "crypto wallet",
 *   "crypto exchange", "mining difficulty", "hard fork". So "data mining", "coal mining" and
 *   "gold miners" stay unmarked.
 * - Words with an everyday meaning that are still worth explaining on crypto pages need crypto
 *   context: "whale", "custody", "halving", "nonce", "decentralization", "production cost",
 *   "security layer", "cold storage", "curtailment", "proof of work" … On a wildlife page
 *   "whale" stays unmarked; stop phrases (`STOP_PHRASES`) also swallow "killer whale",
 *   "into custody", "ETH Zurich" even on crypto pages.
 * - A phrase that contains a coin name is its own entry when it names something else:
 *   "Bitcoin mining", "Bitcoin miners", "Bitcoin wallet", "Bitcoin halving", "Bitcoin Core",
 *   "Bitcoin Cash", "Wrapped Bitcoin". "Bitcoin ETF" is not an entry: it gives two matches,
 *   Bitcoin (with its price) and ETF.
 * - "Satoshi" with a capital S is the person (crypto context only); lower-case "satoshi",
 *   "satoshis" and "sats" are the unit. "SATs" (the exam) is not matched.
 * - "bitcoiner" and "BTCUSD" are not matched: letters or digits right after a spelling
 *   prevent a match (a Unicode-aware word boundary). "BTC/USD" and "BTC-USD" match BTC.
 *
 * Coin spellings:
 * - Unambiguous tickers (BTC, XBT, USDT, USDC, XRP, BNB, WBTC, BCH, AVAX, XLM, HBAR, SHIB, XMR)
 *   use `upper`: they match in upper case anywhere and as `$cashtags` in any case.
 * - Tickers that are words or common abbreviations (SOL, LINK, DOT, NEAR, TON, UNI, SUI, ADA,
 *   TRX, ETH, DOGE, LTC) use `symbol`: `$cashtag` anywhere, upper case only in crypto context.
 *   ETH is ETH Zurich, DOGE is also the US "Department of Government Efficiency", LTC is
 *   long-term care, ADA is the Americans with Disabilities Act, TRX a fitness brand.
 * - `ONE` (Harmony) is an everyday word even in upper case: `$ONE` only.
 * - Names that are everyday words or common proper nouns need crypto context and exact case:
 *   Tether, Ether, Solana (Javier Solana), Cardano (the mathematician), Tron (the film),
 *   Avalanche (the hockey team), Hedera (ivy), Sui (the dynasty), Shiba Inu (the dog).
 *   "Stellar", "Harmony" and "Near" alone are never matched; only "Stellar Lumens",
 *   "Harmony ONE", "NEAR Protocol" and similar multi-word names are.
 * - Ripple is a company, not the coin, and "ripple" is a word: not an alias of XRP.
 */
import type { TermSpelling } from './types';

/** Spellings of the non-coin entries: Bitcoin, mining, market, macro and tech terms. */
const TERM_ENTRIES: readonly TermSpelling[] = [
  {
    id: 'satoshi',
    caseRule: 'insensitive',
    coinId: 'bitcoin',
    aliases: [
      { text: 'satoshi', caseRule: 'sensitive' },
      'satoshis',
      { text: 'sats', caseRule: 'sensitive' },
      { text: 'Sats', caseRule: 'sensitive' },
    ],
  },
  {
    id: 'satoshi-nakamoto',
    caseRule: 'insensitive',
    aliases: [
      'Satoshi Nakamoto',
      { text: 'Nakamoto', caseRule: 'sensitive', requiresCryptoContext: true },
      { text: 'Satoshi', caseRule: 'sensitive', requiresCryptoContext: true },
    ],
  },
  {
    id: 'cryptocurrency',
    caseRule: 'insensitive',
    aliases: [
      'cryptocurrency',
      'cryptocurrencies',
      'crypto asset',
      'crypto assets',
      'cryptoasset',
      'cryptoassets',
      { text: 'digital asset', requiresCryptoContext: true },
      { text: 'digital assets', requiresCryptoContext: true },
    ],
  },
  {
    id: 'blockchain',
    caseRule: 'insensitive',
    aliases: ['blockchain', 'blockchains', 'block chain'],
  },
  {
    id: 'block',
    caseRule: 'insensitive',
    aliases: [
      'Bitcoin block',
      'Bitcoin blocks',
      'block header',
      'block headers',
      'block size',
      'block size limit',
      'blocksize',
    ],
  },
  {
    id: 'block-height',
    caseRule: 'insensitive',
    aliases: ['block height', 'block heights', 'blockheight', 'chain tip'],
  },
  { id: 'genesis-block', caseRule: 'insensitive', aliases: ['genesis block'] },
  {
    id: 'block-reward',
    caseRule: 'insensitive',
    aliases: [
      'block reward',
      'block rewards',
      'block subsidy',
      'block subsidies',
      'mining reward',
      'mining rewards',
    ],
  },
  {
    id: 'coinbase-transaction',
    caseRule: 'insensitive',
    aliases: ['coinbase transaction', 'coinbase transactions'],
  },
  {
    id: 'halving',
    caseRule: 'insensitive',
    coinId: 'bitcoin',
    requiresCryptoContext: true,
    aliases: [
      'halving',
      'halvings',
      { text: 'halvening', requiresCryptoContext: false },
      { text: 'Bitcoin halving', requiresCryptoContext: false },
      { text: 'Bitcoin halvings', requiresCryptoContext: false },
    ],
  },
  {
    id: 'supply-cap',
    caseRule: 'insensitive',
    aliases: [
      '21 million cap',
      '21 million limit',
      '21 million supply',
      { text: 'supply cap', requiresCryptoContext: true },
      { text: 'max supply', requiresCryptoContext: true },
      { text: 'maximum supply', requiresCryptoContext: true },
    ],
  },
  {
    id: 'proof-of-work',
    caseRule: 'insensitive',
    requiresCryptoContext: true,
    aliases: [
      'proof of work',
      { text: 'PoW', caseRule: 'sensitive' },
      { text: 'Nakamoto consensus', requiresCryptoContext: false },
    ],
  },
  {
    id: 'proof-of-stake',
    caseRule: 'insensitive',
    aliases: [
      'proof of stake',
      { text: 'PoS', caseRule: 'sensitive', requiresCryptoContext: true },
    ],
  },
  {
    id: 'staking',
    caseRule: 'insensitive',
    aliases: [
      { text: 'staking', requiresCryptoContext: true },
      'staking rewards',
      'staking reward',
      'liquid staking',
    ],
  },
  {
    id: 'mempool',
    caseRule: 'insensitive',
    aliases: ['mempool', 'mempools', { text: 'memory pool', requiresCryptoContext: true }],
  },
  {
    id: 'transaction-fee',
    caseRule: 'insensitive',
    aliases: [
      { text: 'transaction fee', requiresCryptoContext: true },
      { text: 'transaction fees', requiresCryptoContext: true },
      { text: 'network fee', requiresCryptoContext: true },
      { text: 'network fees', requiresCryptoContext: true },
      'miner fee',
      'miner fees',
      'mining fees',
    ],
  },
  {
    id: 'fee-rate',
    caseRule: 'insensitive',
    aliases: [
      { text: 'fee rate', requiresCryptoContext: true },
      { text: 'fee rates', requiresCryptoContext: true },
      'feerate',
      'feerates',
      'sat/vB',
      'sats/vB',
      'sat/vbyte',
      'sats/vbyte',
    ],
  },
  {
    id: 'confirmation',
    caseRule: 'insensitive',
    aliases: [
      'block confirmation',
      'block confirmations',
      { text: 'confirmations', requiresCryptoContext: true },
    ],
  },
  {
    id: 'node',
    caseRule: 'insensitive',
    aliases: [
      'full node',
      'full nodes',
      'Bitcoin node',
      'Bitcoin nodes',
      'Lightning node',
      'Lightning nodes',
    ],
  },
  { id: 'bitcoin-core', caseRule: 'insensitive', aliases: ['Bitcoin Core'] },
  {
    id: 'bip',
    caseRule: 'insensitive',
    aliases: [
      'Bitcoin Improvement Proposal',
      'Bitcoin Improvement Proposals',
      { text: 'BIP', caseRule: 'upper', requiresCryptoContext: true },
      { text: 'BIPs', caseRule: 'upper', requiresCryptoContext: true },
    ],
  },
  {
    id: 'whitepaper',
    caseRule: 'insensitive',
    aliases: ['Bitcoin whitepaper', 'Bitcoin white paper'],
  },
  {
    id: 'utxo',
    caseRule: 'upper',
    aliases: [
      'UTXO',
      'UTXOs',
      { text: 'unspent transaction output', caseRule: 'insensitive' },
      { text: 'unspent transaction outputs', caseRule: 'insensitive' },
    ],
  },
  {
    id: 'lightning-network',
    caseRule: 'insensitive',
    aliases: [
      'Lightning Network',
      'Lightning channel',
      'Lightning channels',
      'payment channel',
      'payment channels',
    ],
  },
  {
    id: 'layer-2',
    caseRule: 'insensitive',
    requiresCryptoContext: true,
    aliases: [
      'layer 2',
      'layer 2s',
      'layer two',
      { text: 'L2', caseRule: 'upper' },
      { text: 'L2s', caseRule: 'upper' },
    ],
  },
  {
    id: 'sidechain',
    caseRule: 'insensitive',
    requiresCryptoContext: true,
    aliases: ['sidechain', 'sidechains'],
  },
  { id: 'taproot', caseRule: 'sensitive', requiresCryptoContext: true, aliases: ['Taproot'] },
  { id: 'segwit', caseRule: 'insensitive', aliases: ['SegWit', 'Segregated Witness'] },
  {
    id: 'ordinals',
    caseRule: 'insensitive',
    aliases: [
      { text: 'Ordinals', caseRule: 'sensitive', requiresCryptoContext: true },
      'Bitcoin Ordinals',
      'Ordinals inscriptions',
    ],
  },
  {
    id: 'seed-phrase',
    caseRule: 'insensitive',
    aliases: [
      'seed phrase',
      'seed phrases',
      'recovery phrase',
      'recovery phrases',
      'mnemonic phrase',
      'seed words',
      'recovery seed',
    ],
  },
  { id: 'private-key', caseRule: 'insensitive', aliases: ['private key', 'private keys'] },
  { id: 'public-key', caseRule: 'insensitive', aliases: ['public key', 'public keys'] },
  {
    id: 'bitcoin-address',
    caseRule: 'insensitive',
    aliases: [
      'Bitcoin address',
      'Bitcoin addresses',
      'wallet address',
      'wallet addresses',
      'crypto address',
    ],
  },
  {
    id: 'bitcoin-wallet',
    caseRule: 'insensitive',
    coinId: 'bitcoin',
    aliases: ['Bitcoin wallet', 'Bitcoin wallets', 'BTC wallet', 'BTC wallets'],
  },
  {
    id: 'wallet',
    caseRule: 'insensitive',
    aliases: [
      'crypto wallet',
      'crypto wallets',
      'cryptocurrency wallet',
      'cryptocurrency wallets',
      'software wallet',
      'software wallets',
      'custodial wallet',
      'custodial wallets',
      'non-custodial wallet',
      'non-custodial wallets',
    ],
  },
  {
    id: 'hardware-wallet',
    caseRule: 'insensitive',
    aliases: ['hardware wallet', 'hardware wallets'],
  },
  { id: 'hot-wallet', caseRule: 'insensitive', aliases: ['hot wallet', 'hot wallets'] },
  {
    id: 'cold-storage',
    caseRule: 'insensitive',
    aliases: [{ text: 'cold storage', requiresCryptoContext: true }, 'cold wallet', 'cold wallets'],
  },
  {
    id: 'multisig',
    caseRule: 'insensitive',
    aliases: ['multisig', 'multi-sig', 'multisignature', 'multi-signature'],
  },
  {
    id: 'custody',
    caseRule: 'insensitive',
    requiresCryptoContext: true,
    aliases: [
      'custody',
      'custodian',
      'custodians',
      'custodial',
      { text: 'crypto custody', requiresCryptoContext: false },
      { text: 'Bitcoin custody', requiresCryptoContext: false },
      { text: 'digital asset custody', requiresCryptoContext: false },
      { text: 'qualified custodian', requiresCryptoContext: false },
    ],
  },
  {
    id: 'self-custody',
    caseRule: 'insensitive',
    aliases: ['self-custody', 'self-custodial', 'self-custodied'],
  },
  {
    id: 'nonce',
    caseRule: 'insensitive',
    requiresCryptoContext: true,
    aliases: ['nonce', 'nonces'],
  },
  {
    id: 'merkle-tree',
    caseRule: 'insensitive',
    aliases: ['Merkle tree', 'Merkle trees', 'Merkle root', 'Merkle roots', 'Merkle proof'],
  },
  { id: 'sha-256', caseRule: 'insensitive', aliases: ['SHA-256', 'SHA256', 'double SHA-256'] },
  {
    id: 'hard-fork',
    caseRule: 'insensitive',
    aliases: ['hard fork', 'hard forks', 'hardfork', 'hardforks'],
  },
  {
    id: 'soft-fork',
    caseRule: 'insensitive',
    aliases: ['soft fork', 'soft forks', 'softfork', 'softforks'],
  },
  {
    id: '51-percent-attack',
    caseRule: 'insensitive',
    aliases: ['51% attack', '51% attacks', '51 percent attack', 'majority attack'],
  },
  {
    id: 'double-spend',
    caseRule: 'insensitive',
    aliases: ['double spend', 'double spends', 'double spending', 'double-spent'],
  },
  {
    id: 'decentralization',
    caseRule: 'insensitive',
    requiresCryptoContext: true,
    aliases: ['decentralization', 'decentralisation'],
  },
  {
    id: 'geographic-decentralization',
    caseRule: 'insensitive',
    requiresCryptoContext: true,
    aliases: [
      'geographic decentralization',
      'geographic decentralisation',
      'geographical decentralization',
      'geographical decentralisation',
    ],
  },
  {
    id: 'bitcoin-mining',
    caseRule: 'insensitive',
    coinId: 'bitcoin',
    aliases: ['Bitcoin mining', 'BTC mining'],
  },
  {
    id: 'crypto-mining',
    caseRule: 'insensitive',
    aliases: ['crypto mining', 'cryptocurrency mining', 'crypto-mining', 'cryptomining'],
  },
  {
    id: 'crypto-miner',
    caseRule: 'insensitive',
    aliases: ['crypto miner', 'crypto miners', 'cryptocurrency miner', 'cryptocurrency miners'],
  },
  {
    id: 'miner',
    caseRule: 'insensitive',
    coinId: 'bitcoin',
    aliases: [
      'Bitcoin miner',
      'Bitcoin miners',
      'BTC miner',
      'BTC miners',
      { text: 'mining company', requiresCryptoContext: true },
      { text: 'mining companies', requiresCryptoContext: true },
      { text: 'mining operator', requiresCryptoContext: true },
      { text: 'mining operators', requiresCryptoContext: true },
    ],
  },
  {
    id: 'hash-rate',
    caseRule: 'insensitive',
    aliases: [
      'hash rate',
      'hashrate',
      'hash rates',
      'hashrates',
      'hash power',
      'hashpower',
      'hashing power',
    ],
  },
  {
    id: 'hash-rate-migration',
    caseRule: 'insensitive',
    aliases: [
      'hash rate migration',
      'hashrate migration',
      'hash migration',
      'Great Hash Migration',
      { text: 'mining migration', requiresCryptoContext: true },
    ],
  },
  {
    id: 'hash-rate-units',
    caseRule: 'insensitive',
    aliases: [
      'TH/s',
      'PH/s',
      'EH/s',
      'ZH/s',
      'terahash',
      'terahashes',
      'petahash',
      'petahashes',
      'exahash',
      'exahashes',
    ],
  },
  { id: 'mining-efficiency', caseRule: 'insensitive', aliases: ['J/TH', 'joules per terahash'] },
  { id: 'hashprice', caseRule: 'insensitive', aliases: ['hashprice', 'hashprices', 'hash price'] },
  {
    id: 'difficulty',
    caseRule: 'insensitive',
    aliases: ['mining difficulty', 'network difficulty', 'Bitcoin difficulty', 'difficulty target'],
  },
  {
    id: 'difficulty-adjustment',
    caseRule: 'insensitive',
    aliases: [
      'difficulty adjustment',
      'difficulty adjustments',
      'difficulty retarget',
      'difficulty retargeting',
      'difficulty epoch',
    ],
  },
  {
    id: 'mining-pool',
    caseRule: 'insensitive',
    aliases: ['mining pool', 'mining pools', 'pooled mining'],
  },
  {
    id: 'solo-mining',
    caseRule: 'insensitive',
    aliases: ['solo mining', 'solo miner', 'solo miners'],
  },
  {
    id: 'merged-mining',
    caseRule: 'insensitive',
    aliases: ['merged mining', 'merge mining', 'merge-mined'],
  },
  {
    id: 'mining-rig',
    caseRule: 'insensitive',
    aliases: [
      'mining rig',
      'mining rigs',
      'mining machine',
      'mining machines',
      'mining hardware',
      'mining equipment',
    ],
  },
  {
    id: 'mining-farm',
    caseRule: 'insensitive',
    aliases: [
      'mining farm',
      'mining farms',
      { text: 'mining facility', requiresCryptoContext: true },
      { text: 'mining facilities', requiresCryptoContext: true },
      'hosted mining',
      'mining hosting',
    ],
  },
  {
    id: 'asic',
    caseRule: 'upper',
    aliases: [
      'ASIC',
      'ASICs',
      'ASIC miner',
      'ASIC miners',
      { text: 'application-specific integrated circuit', caseRule: 'insensitive' },
      { text: 'application-specific integrated circuits', caseRule: 'insensitive' },
    ],
  },
  {
    id: 'gpu',
    caseRule: 'upper',
    requiresCryptoContext: true,
    aliases: [
      'GPU',
      'GPUs',
      { text: 'graphics processing unit', caseRule: 'insensitive' },
      { text: 'graphics processing units', caseRule: 'insensitive' },
    ],
  },
  {
    id: 'miner-capitulation',
    caseRule: 'insensitive',
    aliases: ['miner capitulation', 'miners capitulation', 'hash rate capitulation'],
  },
  { id: 'hash-ribbons', caseRule: 'insensitive', aliases: ['Hash Ribbons', 'Hash Ribbon'] },
  {
    id: 'orphan-block',
    caseRule: 'insensitive',
    aliases: [
      'orphan block',
      'orphan blocks',
      'orphaned block',
      'orphaned blocks',
      'stale block',
      'stale blocks',
    ],
  },
  {
    id: 'stranded-power',
    caseRule: 'insensitive',
    aliases: ['stranded power', 'stranded energy', 'stranded gas'],
  },
  {
    id: 'flare-gas',
    caseRule: 'insensitive',
    requiresCryptoContext: true,
    aliases: ['flare gas', 'flared gas', 'gas flaring'],
  },
  {
    id: 'sovereign-hash',
    caseRule: 'insensitive',
    aliases: [
      'sovereign hash',
      'sovereign hash rate',
      'sovereign hashrate',
      'sovereign mining',
      'state-backed mining',
    ],
  },
  {
    id: 'production-cost',
    caseRule: 'insensitive',
    requiresCryptoContext: true,
    aliases: [
      'production cost',
      'production costs',
      'cost of production',
      'mining cost',
      'mining costs',
      'cost to mine',
    ],
  },
  {
    id: 'immersion-cooling',
    caseRule: 'insensitive',
    aliases: ['immersion cooling', 'immersion-cooled', 'immersion cooled'],
  },
  {
    id: 'curtailment',
    caseRule: 'insensitive',
    requiresCryptoContext: true,
    aliases: [
      'curtailment',
      'curtailments',
      { text: 'power curtailment', requiresCryptoContext: false },
      { text: 'energy curtailment', requiresCryptoContext: false },
      { text: 'demand response', requiresCryptoContext: false },
    ],
  },
  {
    id: 'energy-arbitrage',
    caseRule: 'insensitive',
    aliases: ['energy arbitrage', 'power arbitrage'],
  },
  {
    id: 'power-purchase-agreement',
    caseRule: 'insensitive',
    aliases: [
      'power purchase agreement',
      'power purchase agreements',
      { text: 'PPA', caseRule: 'upper', requiresCryptoContext: true },
      { text: 'PPAs', caseRule: 'upper', requiresCryptoContext: true },
    ],
  },
  {
    id: 'security-budget',
    caseRule: 'insensitive',
    requiresCryptoContext: true,
    aliases: ['security budget', 'security budgets', 'security layer', 'security floor'],
  },
  {
    id: 'exchange',
    caseRule: 'insensitive',
    aliases: [
      'crypto exchange',
      'crypto exchanges',
      'cryptocurrency exchange',
      'cryptocurrency exchanges',
      'Bitcoin exchange',
      'Bitcoin exchanges',
      'centralized exchange',
      'centralized exchanges',
      'centralised exchange',
      'centralised exchanges',
      { text: 'CEX', caseRule: 'upper', requiresCryptoContext: true },
      { text: 'CEXs', caseRule: 'upper', requiresCryptoContext: true },
    ],
  },
  {
    id: 'dex',
    caseRule: 'insensitive',
    aliases: [
      'decentralized exchange',
      'decentralized exchanges',
      'decentralised exchange',
      'decentralised exchanges',
      { text: 'DEX', caseRule: 'upper', requiresCryptoContext: true },
      { text: 'DEXs', caseRule: 'upper', requiresCryptoContext: true },
      { text: 'DEXes', caseRule: 'upper', requiresCryptoContext: true },
    ],
  },
  {
    id: 'etf',
    caseRule: 'upper',
    aliases: [
      'ETF',
      'ETFs',
      { text: 'exchange-traded fund', caseRule: 'insensitive' },
      { text: 'exchange-traded funds', caseRule: 'insensitive' },
    ],
  },
  {
    id: 'market-cap',
    caseRule: 'insensitive',
    aliases: ['market cap', 'market caps', 'market capitalization', 'market capitalisation'],
  },
  {
    id: '24h-volume',
    caseRule: 'insensitive',
    aliases: [
      '24h volume',
      '24-hour volume',
      '24h trading volume',
      '24-hour trading volume',
      { text: 'trading volume', requiresCryptoContext: true },
    ],
  },
  {
    id: 'all-time-high',
    caseRule: 'insensitive',
    aliases: [
      'all-time high',
      'all-time highs',
      { text: 'ATH', caseRule: 'upper', requiresCryptoContext: true },
      { text: 'ATHs', caseRule: 'upper', requiresCryptoContext: true },
    ],
  },
  {
    id: 'all-time-low',
    caseRule: 'insensitive',
    aliases: [
      'all-time low',
      'all-time lows',
      { text: 'ATL', caseRule: 'upper', requiresCryptoContext: true },
    ],
  },
  {
    id: 'bull-market',
    caseRule: 'insensitive',
    aliases: ['bull market', 'bull markets', 'bull run', 'bull runs', 'bull cycle'],
  },
  {
    id: 'bear-market',
    caseRule: 'insensitive',
    aliases: ['bear market', 'bear markets', 'bear cycle'],
  },
  { id: 'crypto-winter', caseRule: 'insensitive', aliases: ['crypto winter', 'crypto winters'] },
  {
    id: 'accumulation-cycle',
    caseRule: 'insensitive',
    requiresCryptoContext: true,
    aliases: ['accumulation cycle', 'accumulation cycles', 'accumulation phase'],
  },
  {
    id: 'whale',
    caseRule: 'insensitive',
    requiresCryptoContext: true,
    aliases: [
      'whale',
      'whales',
      { text: 'crypto whale', requiresCryptoContext: false },
      { text: 'crypto whales', requiresCryptoContext: false },
      { text: 'Bitcoin whale', requiresCryptoContext: false },
      { text: 'Bitcoin whales', requiresCryptoContext: false },
    ],
  },
  {
    id: 'fud',
    caseRule: 'upper',
    aliases: ['FUD', { text: 'fear, uncertainty and doubt', caseRule: 'insensitive' }],
  },
  {
    id: 'hodl',
    caseRule: 'insensitive',
    aliases: ['HODL', 'HODLing', 'HODLer', 'HODLers', 'HODLed'],
  },
  {
    id: 'altcoin',
    caseRule: 'insensitive',
    aliases: ['altcoin', 'altcoins', 'alt coin', 'alt coins', 'altseason', 'alt season'],
  },
  {
    id: 'stablecoin',
    caseRule: 'insensitive',
    aliases: ['stablecoin', 'stablecoins', 'stable coin', 'stable coins'],
  },
  {
    id: 'meme-coin',
    caseRule: 'insensitive',
    aliases: ['meme coin', 'meme coins', 'memecoin', 'memecoins'],
  },
  {
    id: 'bitcoin-dominance',
    caseRule: 'insensitive',
    aliases: [
      'Bitcoin dominance',
      'BTC dominance',
      { text: 'market dominance', requiresCryptoContext: true },
    ],
  },
  {
    id: 'dca',
    caseRule: 'insensitive',
    aliases: [
      'dollar-cost averaging',
      { text: 'DCA', caseRule: 'upper', requiresCryptoContext: true },
    ],
  },
  {
    id: 'perpetual-futures',
    caseRule: 'insensitive',
    aliases: [
      'perpetual futures',
      'perpetual swap',
      'perpetual swaps',
      { text: 'perps', requiresCryptoContext: true },
    ],
  },
  {
    id: 'funding-rate',
    caseRule: 'insensitive',
    requiresCryptoContext: true,
    aliases: ['funding rate', 'funding rates'],
  },
  {
    id: 'open-interest',
    caseRule: 'insensitive',
    requiresCryptoContext: true,
    aliases: ['open interest'],
  },
  {
    id: 'order-book',
    caseRule: 'insensitive',
    aliases: ['order book', 'order books', 'orderbook', 'orderbooks'],
  },
  {
    id: 'ico',
    caseRule: 'upper',
    requiresCryptoContext: true,
    aliases: [
      'ICO',
      'ICOs',
      { text: 'initial coin offering', caseRule: 'insensitive' },
      { text: 'initial coin offerings', caseRule: 'insensitive' },
    ],
  },
  {
    id: 'nft',
    caseRule: 'upper',
    aliases: [
      'NFT',
      'NFTs',
      { text: 'non-fungible token', caseRule: 'insensitive' },
      { text: 'non-fungible tokens', caseRule: 'insensitive' },
    ],
  },
  {
    id: 'airdrop',
    caseRule: 'insensitive',
    requiresCryptoContext: true,
    aliases: ['airdrop', 'airdrops', 'airdropped'],
  },
  {
    id: 'rug-pull',
    caseRule: 'insensitive',
    aliases: ['rug pull', 'rug pulls', 'rugpull', 'rug-pulled'],
  },
  {
    id: 'pump-and-dump',
    caseRule: 'insensitive',
    aliases: ['pump and dump', 'pump and dumps', 'pump-and-dump scheme'],
  },
  {
    id: 'kyc',
    caseRule: 'upper',
    aliases: ['KYC', { text: 'know your customer', caseRule: 'insensitive' }],
  },
  {
    id: 'operation-choke-point',
    caseRule: 'insensitive',
    aliases: [
      'Operation Choke Point',
      'Operation Choke Point 2.0',
      'Operation Chokepoint',
      'Operation Chokepoint 2.0',
      'Choke Point 2.0',
    ],
  },
  {
    id: 'fiat-currency',
    caseRule: 'insensitive',
    aliases: [
      'fiat currency',
      'fiat currencies',
      'fiat money',
      { text: 'fiat', caseRule: 'sensitive', requiresCryptoContext: true },
    ],
  },
  { id: 'store-of-value', caseRule: 'insensitive', aliases: ['store of value', 'stores of value'] },
  { id: 'digital-gold', caseRule: 'insensitive', aliases: ['digital gold'] },
  {
    id: 'inflation-hedge',
    caseRule: 'insensitive',
    aliases: ['inflation hedge', 'inflation hedges', 'hedge against inflation'],
  },
  {
    id: 'quantitative-easing',
    caseRule: 'insensitive',
    requiresCryptoContext: true,
    aliases: [
      'quantitative easing',
      'quantitative tightening',
      { text: 'QE', caseRule: 'upper' },
      { text: 'QT', caseRule: 'upper' },
    ],
  },
  {
    id: 'federal-reserve',
    caseRule: 'insensitive',
    requiresCryptoContext: true,
    aliases: ['Federal Reserve', { text: 'FOMC', caseRule: 'upper' }],
  },
  {
    id: 'debasement',
    caseRule: 'insensitive',
    aliases: [
      'currency debasement',
      'monetary debasement',
      'debasement trade',
      { text: 'debasement', requiresCryptoContext: true },
    ],
  },
  {
    id: 'reserve-currency',
    caseRule: 'insensitive',
    requiresCryptoContext: true,
    aliases: ['reserve currency', 'reserve currencies', 'world reserve currency'],
  },
  {
    id: 'de-dollarization',
    caseRule: 'insensitive',
    aliases: ['de-dollarization', 'de-dollarisation', 'dedollarization', 'dedollarisation'],
  },
  {
    id: 'strategic-bitcoin-reserve',
    caseRule: 'insensitive',
    aliases: [
      'Strategic Bitcoin Reserve',
      'Strategic Bitcoin Reserves',
      'national Bitcoin reserve',
    ],
  },
  {
    id: 'sound-money',
    caseRule: 'insensitive',
    requiresCryptoContext: true,
    aliases: ['sound money', 'hard money'],
  },
  { id: 'cantillon-effect', caseRule: 'insensitive', aliases: ['Cantillon effect'] },
  {
    id: 'stock-to-flow',
    caseRule: 'insensitive',
    aliases: ['stock-to-flow', { text: 'S2F', caseRule: 'upper' }],
  },
  {
    id: 'cbdc',
    caseRule: 'upper',
    aliases: [
      'CBDC',
      'CBDCs',
      { text: 'central bank digital currency', caseRule: 'insensitive' },
      { text: 'central bank digital currencies', caseRule: 'insensitive' },
    ],
  },
  {
    id: 'capital-controls',
    caseRule: 'insensitive',
    requiresCryptoContext: true,
    aliases: ['capital controls', 'capital control'],
  },
  {
    id: 'digital-commodity',
    caseRule: 'insensitive',
    aliases: ['digital commodity', 'digital commodities'],
  },
  { id: 'regulatory-arbitrage', caseRule: 'insensitive', aliases: ['regulatory arbitrage'] },
  {
    id: 'defi',
    caseRule: 'insensitive',
    aliases: ['DeFi', 'decentralized finance', 'decentralised finance'],
  },
  { id: 'smart-contract', caseRule: 'insensitive', aliases: ['smart contract', 'smart contracts'] },
  { id: 'gas-fee', caseRule: 'insensitive', aliases: ['gas fee', 'gas fees', 'gwei'] },
  {
    id: 'evm',
    caseRule: 'insensitive',
    aliases: [
      'Ethereum Virtual Machine',
      { text: 'EVM', caseRule: 'upper', requiresCryptoContext: true },
    ],
  },
  { id: 'web3', caseRule: 'insensitive', aliases: ['Web3', 'Web 3.0'] },
  {
    id: 'dapp',
    caseRule: 'insensitive',
    aliases: ['dApp', 'dApps', 'decentralized application', 'decentralized applications'],
  },
  {
    id: 'dao',
    caseRule: 'upper',
    requiresCryptoContext: true,
    aliases: [
      'DAO',
      'DAOs',
      { text: 'decentralized autonomous organization', caseRule: 'insensitive' },
      { text: 'decentralized autonomous organizations', caseRule: 'insensitive' },
    ],
  },
  {
    id: 'zero-knowledge-proof',
    caseRule: 'insensitive',
    aliases: [
      'zero-knowledge proof',
      'zero-knowledge proofs',
      'ZK proof',
      'ZK proofs',
      'zk-SNARK',
      'zk-SNARKs',
      'zk-rollup',
      'zk-rollups',
    ],
  },
  {
    id: 'hash-function',
    caseRule: 'insensitive',
    aliases: [
      'hash function',
      'hash functions',
      'cryptographic hash',
      'cryptographic hash function',
      'cryptographic hash functions',
    ],
  },
  {
    id: 'distributed-ledger',
    caseRule: 'insensitive',
    aliases: [
      'distributed ledger',
      'distributed ledgers',
      'distributed ledger technology',
      { text: 'DLT', caseRule: 'upper', requiresCryptoContext: true },
    ],
  },
  {
    id: 'consensus-mechanism',
    caseRule: 'insensitive',
    aliases: [
      'consensus mechanism',
      'consensus mechanisms',
      'consensus algorithm',
      'consensus algorithms',
    ],
  },
  { id: 'liquidity-pool', caseRule: 'insensitive', aliases: ['liquidity pool', 'liquidity pools'] },
  {
    id: 'cross-chain-bridge',
    caseRule: 'insensitive',
    aliases: [
      'cross-chain bridge',
      'cross-chain bridges',
      'blockchain bridge',
      'blockchain bridges',
    ],
  },
  { id: 'edge-computing', caseRule: 'insensitive', aliases: ['edge computing'] },
  { id: 'edge-ai', caseRule: 'insensitive', aliases: ['edge AI', 'on-device AI'] },
  {
    id: 'npu',
    caseRule: 'upper',
    aliases: [
      'NPU',
      'NPUs',
      { text: 'Neural Processing Unit', caseRule: 'insensitive' },
      { text: 'Neural Processing Units', caseRule: 'insensitive' },
    ],
  },
];

/** Spellings of the coins (their names and tickers are in `coin-catalog.ts`). */
const COIN_ENTRIES: readonly TermSpelling[] = [
  {
    id: 'bitcoin',
    caseRule: 'insensitive',
    coinId: 'bitcoin',
    aliases: [
      'Bitcoin',
      'bitcoins',
      { text: 'BTC', caseRule: 'upper' },
      { text: 'XBT', caseRule: 'upper' },
      '₿',
    ],
  },
  {
    id: 'ethereum',
    caseRule: 'insensitive',
    coinId: 'ethereum',
    aliases: [
      'Ethereum',
      { text: 'ETH', caseRule: 'symbol' },
      { text: 'Ether', caseRule: 'sensitive', requiresCryptoContext: true },
    ],
  },
  {
    id: 'tether',
    caseRule: 'insensitive',
    coinId: 'tether',
    aliases: [
      { text: 'Tether', caseRule: 'sensitive', requiresCryptoContext: true },
      { text: 'USDT', caseRule: 'upper' },
    ],
  },
  {
    id: 'xrp',
    caseRule: 'insensitive',
    coinId: 'ripple',
    aliases: [{ text: 'XRP', caseRule: 'upper' }, 'XRP Ledger'],
  },
  {
    id: 'bnb',
    caseRule: 'insensitive',
    coinId: 'binancecoin',
    aliases: [{ text: 'BNB', caseRule: 'upper' }, 'Binance Coin', 'BNB Chain'],
  },
  {
    id: 'solana',
    caseRule: 'insensitive',
    coinId: 'solana',
    aliases: [
      { text: 'Solana', caseRule: 'sensitive', requiresCryptoContext: true },
      { text: 'SOL', caseRule: 'symbol' },
    ],
  },
  {
    id: 'usd-coin',
    caseRule: 'insensitive',
    coinId: 'usd-coin',
    aliases: ['USD Coin', { text: 'USDC', caseRule: 'upper' }],
  },
  {
    id: 'dogecoin',
    caseRule: 'insensitive',
    coinId: 'dogecoin',
    aliases: ['Dogecoin', { text: 'DOGE', caseRule: 'symbol' }],
  },
  {
    id: 'cardano',
    caseRule: 'insensitive',
    coinId: 'cardano',
    aliases: [
      { text: 'Cardano', caseRule: 'sensitive', requiresCryptoContext: true },
      { text: 'ADA', caseRule: 'symbol' },
    ],
  },
  {
    id: 'tron',
    caseRule: 'insensitive',
    coinId: 'tron',
    aliases: [
      { text: 'Tron', caseRule: 'sensitive', requiresCryptoContext: true },
      { text: 'TRON', caseRule: 'sensitive', requiresCryptoContext: true },
      { text: 'TRX', caseRule: 'symbol' },
    ],
  },
  {
    id: 'chainlink',
    caseRule: 'insensitive',
    coinId: 'chainlink',
    aliases: [
      { text: 'Chainlink', caseRule: 'sensitive' },
      { text: 'LINK', caseRule: 'symbol' },
    ],
  },
  {
    id: 'avalanche',
    caseRule: 'insensitive',
    coinId: 'avalanche-2',
    aliases: [
      { text: 'Avalanche', caseRule: 'sensitive', requiresCryptoContext: true },
      { text: 'AVAX', caseRule: 'upper' },
    ],
  },
  {
    id: 'toncoin',
    caseRule: 'insensitive',
    coinId: 'the-open-network',
    aliases: [
      'Toncoin',
      { text: 'The Open Network', caseRule: 'sensitive' },
      { text: 'TON', caseRule: 'symbol' },
    ],
  },
  {
    id: 'stellar',
    caseRule: 'insensitive',
    coinId: 'stellar',
    aliases: [
      { text: 'Stellar Lumens', caseRule: 'sensitive' },
      { text: 'Stellar network', caseRule: 'sensitive' },
      { text: 'XLM', caseRule: 'upper' },
    ],
  },
  {
    id: 'shiba-inu',
    caseRule: 'insensitive',
    coinId: 'shiba-inu',
    aliases: [
      { text: 'Shiba Inu', caseRule: 'sensitive', requiresCryptoContext: true },
      'Shiba Inu coin',
      'Shiba Inu token',
      { text: 'SHIB', caseRule: 'upper' },
    ],
  },
  {
    id: 'polkadot',
    caseRule: 'insensitive',
    coinId: 'polkadot',
    aliases: [
      { text: 'Polkadot', caseRule: 'sensitive' },
      { text: 'DOT', caseRule: 'symbol' },
    ],
  },
  {
    id: 'bitcoin-cash',
    caseRule: 'insensitive',
    coinId: 'bitcoin-cash',
    aliases: ['Bitcoin Cash', { text: 'BCH', caseRule: 'upper' }],
  },
  {
    id: 'litecoin',
    caseRule: 'insensitive',
    coinId: 'litecoin',
    aliases: ['Litecoin', { text: 'LTC', caseRule: 'symbol' }],
  },
  {
    id: 'hedera',
    caseRule: 'insensitive',
    coinId: 'hedera-hashgraph',
    aliases: [
      'Hedera Hashgraph',
      { text: 'Hedera', caseRule: 'sensitive', requiresCryptoContext: true },
      { text: 'HBAR', caseRule: 'upper' },
    ],
  },
  {
    id: 'near',
    caseRule: 'sensitive',
    coinId: 'near',
    aliases: ['NEAR Protocol', 'Near Protocol', { text: 'NEAR', caseRule: 'symbol' }],
  },
  {
    id: 'sui',
    caseRule: 'insensitive',
    coinId: 'sui',
    aliases: [
      { text: 'Sui', caseRule: 'sensitive', requiresCryptoContext: true },
      'Sui Network',
      'Sui blockchain',
      { text: 'SUI', caseRule: 'symbol' },
    ],
  },
  {
    id: 'wrapped-bitcoin',
    caseRule: 'insensitive',
    coinId: 'wrapped-bitcoin',
    aliases: ['Wrapped Bitcoin', { text: 'WBTC', caseRule: 'upper' }],
  },
  {
    id: 'uniswap',
    caseRule: 'insensitive',
    coinId: 'uniswap',
    aliases: ['Uniswap', { text: 'UNI', caseRule: 'symbol' }],
  },
  {
    id: 'harmony',
    caseRule: 'insensitive',
    coinId: 'harmony',
    aliases: [
      { text: 'Harmony ONE', caseRule: 'sensitive' },
      { text: 'Harmony One', caseRule: 'sensitive' },
      'Harmony blockchain',
      'Harmony Protocol',
      { text: 'ONE', caseRule: 'cashtag' },
    ],
  },
  {
    id: 'monero',
    caseRule: 'insensitive',
    coinId: 'monero',
    aliases: ['Monero', { text: 'XMR', caseRule: 'upper' }],
  },
];

/** Every entry's spellings, terms first, then coins. */
export const TERM_SPELLINGS: readonly TermSpelling[] = [...TERM_ENTRIES, ...COIN_ENTRIES];

/**
 * Phrases the default matcher consumes without reporting, so that the terms inside them are
 * not matched even on crypto pages: the animal (`killer whale`), arrests and family law
 * (`into custody`, `child custody`), ETH Zurich, the Shiba Inu dog, the TRON films. Matched in any
 * case, with the same separators and word boundaries as aliases.
 */
export const STOP_PHRASES: readonly string[] = [
  'ETH Zurich',
  'ETH Zürich',
  'ETH Zuerich',
  'into custody',
  'police custody',
  'federal custody',
  'protective custody',
  'child custody',
  'joint custody',
  'sole custody',
  'custody battle',
  'custody battles',
  'custody hearing',
  'remain in custody',
  'remains in custody',
  'remained in custody',
  'killer whale',
  'killer whales',
  'blue whale',
  'blue whales',
  'humpback whale',
  'humpback whales',
  'sperm whale',
  'sperm whales',
  'gray whale',
  'gray whales',
  'grey whale',
  'grey whales',
  'right whale',
  'right whales',
  'minke whale',
  'minke whales',
  'fin whale',
  'fin whales',
  'pilot whale',
  'pilot whales',
  'beluga whale',
  'beluga whales',
  'bowhead whale',
  'bowhead whales',
  'whale watching',
  'whale shark',
  'whale sharks',
  'whale song',
  'whale songs',
  'Shiba Inu dog',
  'Shiba Inu dogs',
  'Shiba Inu puppy',
  'Shiba Inu puppies',
  'Tron: Legacy',
  'Tron: Ares',
  'Tron Legacy',
  'Tron Ares',
];
