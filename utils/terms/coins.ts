/**
 * Coin entries of the glossary: Bitcoin and the largest coins by market capitalisation, with
 * their CoinGecko ids and tickers.
 *
 * Matching policy (see `types.ts` for the case rules):
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
import type { GlossaryEntry } from './types';

/** Coin entries (category `coin`), each with a CoinGecko id and ticker. */
export const COINS: readonly GlossaryEntry[] = [
  {
    id: 'bitcoin',
    title: 'Bitcoin (BTC)',
    short:
      'The first decentralised digital currency: a fixed-supply coin moved on a public ledger secured by proof-of-work mining.',
    long: 'Bitcoin launched in January 2009 after Satoshi Nakamoto published its design in 2008. New coins enter circulation only through mining, and the schedule stops near 21 million coins. Capitalised "Bitcoin" often names the network and lower-case "bitcoin" the unit, though usage varies.',
    aliases: [
      'Bitcoin',
      'bitcoins',
      { text: 'BTC', caseRule: 'upper' },
      { text: 'XBT', caseRule: 'upper' },
      '₿',
    ],
    category: 'coin',
    caseRule: 'insensitive',
    coinId: 'bitcoin',
    symbol: 'BTC',
  },
  {
    id: 'ethereum',
    title: 'Ethereum (ETH)',
    short:
      'The second-largest blockchain by value: a programmable network whose native coin, ether, pays for running smart contracts.',
    long: 'Ethereum went live in 2015 and lets developers deploy programs (smart contracts) that run on every node. It switched from proof of work to proof of stake in September 2022 ("the Merge"). Its coin ether (ETH) pays transaction fees, called gas.',
    aliases: [
      'Ethereum',
      { text: 'ETH', caseRule: 'symbol' },
      { text: 'Ether', caseRule: 'sensitive', requiresCryptoContext: true },
    ],
    category: 'coin',
    caseRule: 'insensitive',
    coinId: 'ethereum',
    symbol: 'ETH',
  },
  {
    id: 'tether',
    title: 'Tether (USDT)',
    short:
      'The largest stablecoin: a token meant to stay worth one US dollar, issued by Tether Ltd. and backed by its reserves.',
    long: 'USDT exists on many blockchains, including Ethereum and Tron, and is the most traded crypto asset by volume. Its peg depends on the issuer holding enough cash, Treasury bills and other assets to redeem every token. Traders use it to park value between trades without leaving crypto.',
    aliases: [
      { text: 'Tether', caseRule: 'sensitive', requiresCryptoContext: true },
      { text: 'USDT', caseRule: 'upper' },
    ],
    category: 'coin',
    caseRule: 'insensitive',
    coinId: 'tether',
    symbol: 'USDT',
  },
  {
    id: 'xrp',
    title: 'XRP',
    short:
      'The native coin of the XRP Ledger, a payment-focused network designed for fast, cheap transfers between currencies.',
    long: 'The XRP Ledger reaches agreement through a set of trusted validators rather than mining or staking. Most of the supply was created at launch in 2012, and the company Ripple holds a large share. XRP is used as a bridge asset for cross-border settlement.',
    aliases: [{ text: 'XRP', caseRule: 'upper' }, 'XRP Ledger'],
    category: 'coin',
    caseRule: 'insensitive',
    coinId: 'ripple',
    symbol: 'XRP',
  },
  {
    id: 'bnb',
    title: 'BNB',
    short:
      'The coin of BNB Chain, created by the Binance exchange; it pays network fees and gives discounts on Binance.',
    long: 'BNB began in 2017 as an Ethereum token sold to fund Binance and later moved to its own chain. Binance periodically buys back and burns BNB to shrink the supply. Its value is closely tied to the fortunes of the exchange.',
    aliases: [{ text: 'BNB', caseRule: 'upper' }, 'Binance Coin', 'BNB Chain'],
    category: 'coin',
    caseRule: 'insensitive',
    coinId: 'binancecoin',
    symbol: 'BNB',
  },
  {
    id: 'solana',
    title: 'Solana (SOL)',
    short:
      'A high-throughput proof-of-stake blockchain known for low fees; SOL is its native coin used for fees and staking.',
    long: 'Solana orders transactions with a timestamping scheme called proof of history, which lets validators process thousands of transactions per second. It is popular for trading, meme coins and payments. The network has suffered several outages in its history.',
    aliases: [
      { text: 'Solana', caseRule: 'sensitive', requiresCryptoContext: true },
      { text: 'SOL', caseRule: 'symbol' },
    ],
    category: 'coin',
    caseRule: 'insensitive',
    coinId: 'solana',
    symbol: 'SOL',
  },
  {
    id: 'usd-coin',
    title: 'USD Coin (USDC)',
    short:
      'A dollar-pegged stablecoin issued by Circle, backed by cash and short-term US government debt.',
    long: 'Each USDC is meant to be redeemable for one US dollar. Circle publishes monthly attestations of the reserves behind the tokens. USDC runs on Ethereum, Solana and many other chains.',
    aliases: ['USD Coin', { text: 'USDC', caseRule: 'upper' }],
    category: 'coin',
    caseRule: 'insensitive',
    coinId: 'usd-coin',
    symbol: 'USDC',
  },
  {
    id: 'dogecoin',
    title: 'Dogecoin (DOGE)',
    short:
      'A meme coin launched in 2013 as a joke, featuring the Shiba Inu "doge" dog; it has no supply cap.',
    long: 'Dogecoin is a proof-of-work coin derived from Litecoin and is often merge-mined with it. About five billion new coins are issued every year, so its supply keeps growing. Endorsements by celebrities have driven sharp price swings.',
    aliases: ['Dogecoin', { text: 'DOGE', caseRule: 'symbol' }],
    category: 'coin',
    caseRule: 'insensitive',
    coinId: 'dogecoin',
    symbol: 'DOGE',
  },
  {
    id: 'cardano',
    title: 'Cardano (ADA)',
    short:
      'A proof-of-stake blockchain built with a research-first, peer-reviewed approach; ADA is its coin.',
    long: 'Cardano was founded by Ethereum co-founder Charles Hoskinson and launched in 2017. It introduced smart contracts in 2021 and is governed by on-chain votes of ADA holders. The coin is named after Ada Lovelace.',
    aliases: [
      { text: 'Cardano', caseRule: 'sensitive', requiresCryptoContext: true },
      { text: 'ADA', caseRule: 'symbol' },
    ],
    category: 'coin',
    caseRule: 'insensitive',
    coinId: 'cardano',
    symbol: 'ADA',
  },
  {
    id: 'tron',
    title: 'TRON (TRX)',
    short:
      'A proof-of-stake blockchain founded by Justin Sun, widely used for cheap USDT transfers; TRX is its coin.',
    long: 'TRON processes a large share of all Tether transfers because its fees are low. Blocks are produced by 27 elected "super representatives". TRX pays for network resources and voting.',
    aliases: [
      { text: 'Tron', caseRule: 'sensitive', requiresCryptoContext: true },
      { text: 'TRON', caseRule: 'sensitive', requiresCryptoContext: true },
      { text: 'TRX', caseRule: 'symbol' },
    ],
    category: 'coin',
    caseRule: 'insensitive',
    coinId: 'tron',
    symbol: 'TRX',
  },
  {
    id: 'chainlink',
    title: 'Chainlink (LINK)',
    short:
      'A network of oracles that feeds outside data such as prices into smart contracts; LINK pays the node operators.',
    long: 'Smart contracts cannot read the outside world by themselves. Chainlink nodes fetch data, agree on it and publish it on-chain, where lending and trading protocols use it. LINK is an Ethereum token used to pay and bond those nodes.',
    aliases: [
      { text: 'Chainlink', caseRule: 'sensitive' },
      { text: 'LINK', caseRule: 'symbol' },
    ],
    category: 'coin',
    caseRule: 'insensitive',
    coinId: 'chainlink',
    symbol: 'LINK',
  },
  {
    id: 'avalanche',
    title: 'Avalanche (AVAX)',
    short:
      'A proof-of-stake smart-contract platform made of several linked chains, with fast finality; AVAX is its coin.',
    long: 'Avalanche launched in 2020 and lets projects run their own custom chains (subnets, now called L1s) that share its tooling. Its consensus reaches finality in about a second. AVAX pays fees and is staked by validators.',
    aliases: [
      { text: 'Avalanche', caseRule: 'sensitive', requiresCryptoContext: true },
      { text: 'AVAX', caseRule: 'upper' },
    ],
    category: 'coin',
    caseRule: 'insensitive',
    coinId: 'avalanche-2',
    symbol: 'AVAX',
  },
  {
    id: 'toncoin',
    title: 'Toncoin (TON)',
    short:
      'The coin of The Open Network, a blockchain first designed by Telegram and built into its messenger app.',
    long: 'Telegram abandoned the project in 2020 after a US court fight, and an independent community continued it. TON is tightly integrated with Telegram through a built-in wallet and mini-apps. It uses proof of stake and splits work across many shard chains.',
    aliases: [
      'Toncoin',
      { text: 'The Open Network', caseRule: 'sensitive' },
      { text: 'TON', caseRule: 'symbol' },
    ],
    category: 'coin',
    caseRule: 'insensitive',
    coinId: 'the-open-network',
    symbol: 'TON',
  },
  {
    id: 'stellar',
    title: 'Stellar (XLM)',
    short:
      'A payment network for moving money across borders and issuing tokens; its native coin is the lumen (XLM).',
    long: 'Stellar was founded in 2014 by Jed McCaleb and is run by the non-profit Stellar Development Foundation. Validators reach agreement through a federated voting protocol instead of mining. Banks and fintechs use it to issue stablecoins and settle payments.',
    aliases: [
      { text: 'Stellar Lumens', caseRule: 'sensitive' },
      { text: 'Stellar network', caseRule: 'sensitive' },
      { text: 'XLM', caseRule: 'upper' },
    ],
    category: 'coin',
    caseRule: 'insensitive',
    coinId: 'stellar',
    symbol: 'XLM',
  },
  {
    id: 'shiba-inu',
    title: 'Shiba Inu (SHIB)',
    short:
      'A meme token on Ethereum inspired by Dogecoin, with a supply of about one quadrillion tokens.',
    long: 'SHIB was launched anonymously in 2020 and half the supply was sent to Ethereum co-founder Vitalik Buterin, who burned most of it. Its community has since built an exchange and a layer-2 network around it. Like most meme coins it is highly volatile.',
    aliases: [
      { text: 'Shiba Inu', caseRule: 'sensitive', requiresCryptoContext: true },
      'Shiba Inu coin',
      'Shiba Inu token',
      { text: 'SHIB', caseRule: 'upper' },
    ],
    category: 'coin',
    caseRule: 'insensitive',
    coinId: 'shiba-inu',
    symbol: 'SHIB',
  },
  {
    id: 'polkadot',
    title: 'Polkadot (DOT)',
    short:
      'A network that connects many specialised blockchains and shares one security pool among them; DOT is its coin.',
    long: 'Polkadot was created by Ethereum co-founder Gavin Wood. Connected chains (parachains) get security from the central relay chain, whose validators stake DOT. Holders also use DOT to vote on upgrades.',
    aliases: [
      { text: 'Polkadot', caseRule: 'sensitive' },
      { text: 'DOT', caseRule: 'symbol' },
    ],
    category: 'coin',
    caseRule: 'insensitive',
    coinId: 'polkadot',
    symbol: 'DOT',
  },
  {
    id: 'bitcoin-cash',
    title: 'Bitcoin Cash (BCH)',
    short:
      'A 2017 hard fork of Bitcoin that raised the block size limit to allow more, cheaper on-chain payments.',
    long: 'Bitcoin Cash split off in August 2017 after a dispute over how to scale Bitcoin; every BTC holder received the same amount of BCH. It uses the same SHA-256 proof of work, so miners can switch between the two chains. It is a separate coin with its own, much lower price.',
    aliases: ['Bitcoin Cash', { text: 'BCH', caseRule: 'upper' }],
    category: 'coin',
    caseRule: 'insensitive',
    coinId: 'bitcoin-cash',
    symbol: 'BCH',
  },
  {
    id: 'litecoin',
    title: 'Litecoin (LTC)',
    short:
      'One of the oldest altcoins (2011), a Bitcoin fork with faster blocks and a different mining algorithm.',
    long: 'Litecoin produces a block every 2.5 minutes and will issue up to 84 million coins. It uses the Scrypt proof-of-work algorithm, and is often merge-mined together with Dogecoin. New features are frequently tried on Litecoin before Bitcoin.',
    aliases: ['Litecoin', { text: 'LTC', caseRule: 'symbol' }],
    category: 'coin',
    caseRule: 'insensitive',
    coinId: 'litecoin',
    symbol: 'LTC',
  },
  {
    id: 'hedera',
    title: 'Hedera (HBAR)',
    short:
      'A public ledger governed by a council of large companies, using the hashgraph consensus algorithm; HBAR is its coin.',
    long: 'Hedera does not use a blockchain of blocks but a graph of events that nodes gossip to each other. Its governing council includes major corporations and universities. HBAR pays fees and is staked to secure the network.',
    aliases: [
      'Hedera Hashgraph',
      { text: 'Hedera', caseRule: 'sensitive', requiresCryptoContext: true },
      { text: 'HBAR', caseRule: 'upper' },
    ],
    category: 'coin',
    caseRule: 'insensitive',
    coinId: 'hedera-hashgraph',
    symbol: 'HBAR',
  },
  {
    id: 'near',
    title: 'NEAR Protocol (NEAR)',
    short:
      'A sharded proof-of-stake blockchain aimed at easy-to-use apps; NEAR is its native coin.',
    long: 'NEAR splits the network into shards so that capacity can grow with demand. It offers human-readable account names and lets apps pay fees for their users. Its coin pays fees and is staked by validators.',
    aliases: ['NEAR Protocol', 'Near Protocol', { text: 'NEAR', caseRule: 'symbol' }],
    category: 'coin',
    caseRule: 'sensitive',
    coinId: 'near',
    symbol: 'NEAR',
  },
  {
    id: 'sui',
    title: 'Sui (SUI)',
    short:
      'A proof-of-stake blockchain from former Meta engineers that treats assets as objects to run many transactions in parallel.',
    long: "Sui launched in 2023 and uses the Move programming language, first developed for Meta's Diem project. Transactions that touch unrelated objects can be processed at the same time. SUI pays for fees, storage and staking.",
    aliases: [
      { text: 'Sui', caseRule: 'sensitive', requiresCryptoContext: true },
      'Sui Network',
      'Sui blockchain',
      { text: 'SUI', caseRule: 'symbol' },
    ],
    category: 'coin',
    caseRule: 'insensitive',
    coinId: 'sui',
    symbol: 'SUI',
  },
  {
    id: 'wrapped-bitcoin',
    title: 'Wrapped Bitcoin (WBTC)',
    short:
      'An Ethereum token backed one-to-one by bitcoin held by a custodian, so BTC can be used in Ethereum apps.',
    long: 'WBTC is not bitcoin itself: it is an IOU that depends on the custodian keeping the real coins safe and redeemable. It lets holders use their bitcoin as collateral in decentralised finance on Ethereum. Its price tracks BTC closely but can drift if trust in the custodian falls.',
    aliases: ['Wrapped Bitcoin', { text: 'WBTC', caseRule: 'upper' }],
    category: 'coin',
    caseRule: 'insensitive',
    coinId: 'wrapped-bitcoin',
    symbol: 'WBTC',
  },
  {
    id: 'uniswap',
    title: 'Uniswap (UNI)',
    short:
      'The largest decentralised exchange on Ethereum, where smart contracts swap tokens from shared liquidity pools; UNI is its governance token.',
    long: 'Uniswap replaced order books with automated market makers: prices follow a formula over the pool balances. Anyone can add liquidity and earn a share of trading fees. UNI holders vote on changes to the protocol.',
    aliases: ['Uniswap', { text: 'UNI', caseRule: 'symbol' }],
    category: 'coin',
    caseRule: 'insensitive',
    coinId: 'uniswap',
    symbol: 'UNI',
  },
  {
    id: 'harmony',
    title: 'Harmony (ONE)',
    short: 'A sharded proof-of-stake blockchain; ONE is its native coin.',
    long: 'Harmony splits its network into shards to process transactions in parallel. In 2022 its bridge to Ethereum was hacked for about 100 million dollars. Because "one" is an everyday word, HashLens only recognises its ticker as $ONE.',
    aliases: [
      { text: 'Harmony ONE', caseRule: 'sensitive' },
      { text: 'Harmony One', caseRule: 'sensitive' },
      'Harmony blockchain',
      'Harmony Protocol',
      { text: 'ONE', caseRule: 'cashtag' },
    ],
    category: 'coin',
    caseRule: 'insensitive',
    coinId: 'harmony',
    symbol: 'ONE',
  },
  {
    id: 'monero',
    title: 'Monero (XMR)',
    short:
      'A privacy-focused proof-of-work coin that hides senders, receivers and amounts by default.',
    long: 'Monero uses ring signatures, stealth addresses and confidential transactions so that its ledger reveals little. Its mining algorithm, RandomX, favours ordinary CPUs over ASICs. Several exchanges have delisted it under regulatory pressure.',
    aliases: ['Monero', { text: 'XMR', caseRule: 'upper' }],
    category: 'coin',
    caseRule: 'insensitive',
    coinId: 'monero',
    symbol: 'XMR',
  },
];
