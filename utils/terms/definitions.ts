/**
 * What each glossary entry means, written in our own words: the tooltip's title, one-sentence
 * definition and longer explanation. Only the background imports this (the content script
 * asks for one definition at a time), so its size costs pages nothing.
 *
 * Coins have no title here: it is made from their name and ticker in `coin-catalog.ts`.
 */
import type { TermDefinition } from './types';

/** Definitions by entry id (the ids of `TERM_SPELLINGS`). */
export const DEFINITIONS: Readonly<Record<string, TermDefinition>> = {
  'block-height': {
    category: 'bitcoin',
    network: 'height',
    title: 'Block height',
    short:
      'A block’s position in the chain, counted from the first block (height 0); the newest block’s height is the chain tip.',
    long: 'Heights give every block a simple address and mark protocol events: the subsidy halves every 210,000 blocks and the difficulty is retargeted every 2,016. Because a block arrives about every ten minutes, a height in the future can be turned into a rough date.',
  },
  'fee-rate': {
    category: 'bitcoin',
    network: 'fees',
    title: 'Fee rate (sat/vB)',
    short:
      'What a transaction pays per unit of block space, in satoshis per virtual byte; miners pick the highest-paying transactions first.',
    long: 'Block space is limited, so a transaction’s priority depends on its fee divided by its size, not on the amount it moves. Wallets estimate a rate for the wait you choose: a higher rate for the next block, a lower one if an hour or a day is fine.',
  },
  'bitcoin-wallet': {
    category: 'bitcoin',
    title: 'Bitcoin wallet',
    short:
      'An app or device that keeps the keys to your bitcoin and signs transactions; the coins themselves stay on the blockchain.',
    long: 'A Bitcoin wallet derives addresses from its keys, watches the chain for payments to them and builds transactions that spend them. Custodial wallets keep the keys for you; self-custody wallets, software or hardware, leave them with you behind a seed phrase.',
  },
  'crypto-mining': {
    category: 'mining',
    title: 'Crypto mining',
    short:
      'Running computers that secure a proof-of-work blockchain and earn its newly issued coins and fees in return.',
    long: 'Bitcoin is by far the largest mined coin; others include Litecoin, Dogecoin and Monero. Each network rewards whoever finds a valid block, so miners compete with ever faster hardware and the cheapest power they can find.',
  },
  'crypto-miner': {
    category: 'mining',
    title: 'Crypto miner',
    short:
      'A machine, person or company that mines a proof-of-work cryptocurrency to earn its block rewards.',
    long: 'The word covers both the hardware and the businesses that run it at scale. Miners earn the coin they mine while paying their bills in local currency, so their margins swing with the coin’s price and the network’s difficulty.',
  },
  satoshi: {
    category: 'bitcoin',
    title: 'Satoshi (sats)',
    short:
      'The smallest unit of bitcoin: one hundred-millionth of a BTC (0.00000001). Prices and fees are often quoted in sats.',
    long: 'The unit is named after Bitcoin’s pseudonymous creator. One bitcoin equals 100,000,000 satoshis, and the protocol counts every amount in whole satoshis. Quoting small amounts in sats avoids long strings of decimal zeros.',
  },
  'satoshi-nakamoto': {
    category: 'bitcoin',
    title: 'Satoshi Nakamoto',
    short:
      'The pseudonym of the unknown person or group who wrote the Bitcoin white paper in 2008 and released the first software.',
    long: 'Satoshi worked on Bitcoin in public forums and e-mails until 2010, then handed the project to other developers and went silent. The real identity has never been proven. Coins believed to be Satoshi’s early mining rewards have never moved.',
  },
  cryptocurrency: {
    category: 'bitcoin',
    title: 'Cryptocurrency',
    short:
      'Digital money whose ownership is recorded on a shared ledger kept by a network rather than by a bank, protected by cryptography.',
    long: 'Bitcoin was the first cryptocurrency; thousands of others followed. Transfers are authorised with private keys and recorded by the network’s consensus rules. Prices are set by trading and are usually very volatile.',
  },
  blockchain: {
    category: 'bitcoin',
    title: 'Blockchain',
    short:
      'A ledger made of blocks of transactions, each linked to the one before by its hash, so past records cannot be changed unnoticed.',
    long: 'Every node keeps a copy and checks new blocks against the rules. Changing an old block would change its hash and break every later link, so rewriting history means redoing the work or stake behind all following blocks. Bitcoin’s blockchain has grown one block about every ten minutes since 2009.',
  },
  block: {
    category: 'bitcoin',
    title: 'Block',
    short:
      'A batch of transactions added to the blockchain together, with a header that links it to the previous block.',
    long: 'Miners assemble pending transactions into a candidate block and search for a valid proof of work for its header. A new Bitcoin block arrives about every ten minutes. Its height is its position counted from the first block.',
  },
  'genesis-block': {
    category: 'bitcoin',
    title: 'Genesis block',
    short: 'The very first block of a blockchain; Bitcoin’s was created on 3 January 2009.',
    long: 'Every later block links back to it through the chain of hashes. Bitcoin’s genesis block carries a newspaper headline about bank bailouts. Its 50-bitcoin reward can never be spent.',
  },
  'block-reward': {
    category: 'bitcoin',
    network: 'halving',
    title: 'Block reward',
    short:
      'What a miner earns for a valid block: newly created bitcoin (the subsidy) plus the fees of the transactions inside it.',
    long: 'The subsidy started at 50 BTC and halves every 210,000 blocks; since April 2024 it is 3.125 BTC. Fees make up the rest and will matter more as the subsidy shrinks. The reward is paid in the block’s first, special coinbase transaction.',
  },
  'coinbase-transaction': {
    category: 'bitcoin',
    title: 'Coinbase transaction',
    short:
      'The first transaction in every block, which creates the new coins and pays the block reward to the miner.',
    long: 'It has no inputs: it mints the subsidy out of nothing and adds the fees of the block. Its outputs cannot be spent until 100 more blocks are built on top. It has nothing to do with the exchange of the same name.',
  },
  halving: {
    category: 'bitcoin',
    network: 'halving',
    title: 'Halving',
    short:
      'The event every 210,000 blocks (about four years) when Bitcoin’s new-coin subsidy per block is cut in half.',
    long: 'Halvings happened in 2012, 2016, 2020 and 2024 and will continue until the subsidy rounds to zero around 2140. They slow the growth of the supply on a fixed schedule. Each one cuts miner revenue in bitcoin terms, squeezing operators with high costs.',
  },
  'supply-cap': {
    category: 'bitcoin',
    title: '21 million supply cap',
    short:
      'The hard limit on the number of bitcoin that can ever exist: just under 21 million, reached gradually through halvings.',
    long: 'No one can issue extra coins: nodes reject any block that pays more than the schedule allows. Most of the supply has already been mined, and the last fractions will appear around 2140. A fixed supply is central to the argument that Bitcoin is scarce.',
  },
  'proof-of-work': {
    category: 'bitcoin',
    title: 'Proof of work',
    short:
      'A way to agree on a ledger in which miners spend computing power on guesses; the valid block is costly to make and easy to check.',
    long: 'To add a block a miner must find a header whose hash falls below a target, which takes enormous numbers of tries. Anyone can check the result with one hash. Rewriting history would require redoing all that work, which is what secures Bitcoin.',
  },
  'proof-of-stake': {
    category: 'bitcoin',
    title: 'Proof of stake',
    short:
      'A consensus method in which validators lock up coins as collateral for the right to add blocks, and lose part of it if they cheat.',
    long: 'It replaces the electricity cost of mining with capital at risk. Ethereum, Solana and Cardano use forms of it. Critics argue it favours those who already hold the most coins.',
  },
  staking: {
    category: 'bitcoin',
    title: 'Staking',
    short:
      'Locking coins in a proof-of-stake network to help validate it, in exchange for a share of new coins and fees.',
    long: 'Stakers either run a validator or delegate coins to one. Misbehaving validators can have part of their stake destroyed ("slashed"). Exchanges offer staking as a service, which regulators have scrutinised.',
  },
  mempool: {
    category: 'bitcoin',
    network: 'fees',
    title: 'Mempool',
    short:
      'The waiting room of unconfirmed transactions each node keeps until a miner includes them in a block.',
    long: 'Every node has its own mempool, so contents differ slightly between nodes. When demand is high the mempool fills up and miners pick the transactions that pay the highest fee per byte. Watching its size is a quick way to judge current fees.',
  },
  'transaction-fee': {
    category: 'bitcoin',
    network: 'fees',
    title: 'Transaction fee',
    short:
      'What a sender pays the miner to include a transaction, usually quoted in satoshis per virtual byte (sat/vB).',
    long: 'The fee is the difference between a transaction’s inputs and outputs. It depends on the transaction’s size in bytes, not on the amount sent. When blocks are full, fees rise as users bid for limited space.',
  },
  confirmation: {
    category: 'bitcoin',
    title: 'Confirmation',
    short:
      'A block that includes or builds on a transaction; each further block makes reversing the transaction much harder.',
    long: 'A transaction has one confirmation once it is in a block, two after the next block, and so on. Six confirmations (about an hour) is a common rule for large payments. Exchanges set their own thresholds before crediting deposits.',
  },
  node: {
    category: 'bitcoin',
    title: 'Node',
    short:
      'A computer running Bitcoin software that keeps a copy of the blockchain and checks every block and transaction against the rules.',
    long: 'A full node verifies everything itself instead of trusting others, and relays valid data to its peers. Thousands of independent nodes are what enforce the rules, including the supply cap. Running one lets a user check their own payments.',
  },
  'bitcoin-core': {
    category: 'bitcoin',
    title: 'Bitcoin Core',
    short:
      'The main open-source software implementation of Bitcoin, descended from Satoshi Nakamoto’s original client.',
    long: 'Most nodes run it. Changes are proposed, reviewed and merged in public by volunteer and sponsored developers. Nobody can force users to upgrade, which keeps rule changes slow and deliberate.',
  },
  bip: {
    category: 'bitcoin',
    title: 'Bitcoin Improvement Proposal (BIP)',
    short: 'A numbered design document that proposes a change or standard for Bitcoin.',
    long: 'BIPs describe everything from consensus changes (SegWit, Taproot) to wallet formats such as seed phrases. Writing a BIP does not make it law: users and node operators decide what they run.',
  },
  whitepaper: {
    category: 'bitcoin',
    title: 'Bitcoin white paper',
    short:
      'The nine-page paper "Bitcoin: A Peer-to-Peer Electronic Cash System" published by Satoshi Nakamoto in October 2008.',
    long: 'It describes how proof of work and a chain of blocks let strangers agree on payments without a trusted middleman. It is short, readable and still the best starting point for how Bitcoin works.',
  },
  utxo: {
    category: 'bitcoin',
    title: 'UTXO',
    short:
      'Unspent transaction output: a chunk of bitcoin locked to an owner that can be spent as a whole in a later transaction.',
    long: 'Bitcoin does not keep account balances. A wallet’s balance is the sum of the UTXOs its keys can unlock. Spending consumes whole UTXOs and creates new ones, including change back to the sender.',
  },
  'lightning-network': {
    category: 'bitcoin',
    title: 'Lightning Network',
    short:
      'A layer on top of Bitcoin where payments move instantly and cheaply through channels, settling on the blockchain only occasionally.',
    long: 'Two parties lock bitcoin in a shared channel and then update who owns what off-chain as often as they like. Payments can hop across several channels to reach anyone in the network. Only opening and closing a channel needs an on-chain transaction.',
  },
  'layer-2': {
    category: 'tech',
    title: 'Layer 2',
    short:
      'A system built on top of a blockchain that handles transactions off the main chain and relies on it for final settlement.',
    long: 'Layer 2s add speed and lower fees without changing the base layer’s rules. Lightning is Bitcoin’s best-known layer 2; rollups play that role for Ethereum. Their security depends on how easily users can exit back to the main chain.',
  },
  sidechain: {
    category: 'tech',
    title: 'Sidechain',
    short:
      'A separate blockchain linked to a main chain so coins can move between the two, for features the main chain lacks.',
    long: 'Coins are locked on the main chain and an equivalent amount appears on the sidechain. Liquid and Rootstock are Bitcoin sidechains. Users must trust the sidechain’s own security and the peg that connects it.',
  },
  taproot: {
    category: 'bitcoin',
    title: 'Taproot',
    short:
      'A 2021 Bitcoin upgrade that made complex spending conditions cheaper and more private, using Schnorr signatures.',
    long: 'With Taproot, a transaction with many possible spending paths can look like an ordinary single-signature payment. It was activated in November 2021 as a soft fork. It also opened the way for new uses such as Ordinals inscriptions.',
  },
  segwit: {
    category: 'bitcoin',
    title: 'SegWit',
    short:
      'Segregated Witness: a 2017 Bitcoin upgrade that moved signature data out of the main transaction body, raising capacity.',
    long: 'SegWit fixed a flaw that let third parties alter transaction ids, which made the Lightning Network practical. It effectively increased block capacity without a hard fork. The fight over it led to the Bitcoin Cash split.',
  },
  ordinals: {
    category: 'bitcoin',
    title: 'Ordinals',
    short:
      'A scheme that numbers individual satoshis so data such as images can be "inscribed" on them and traded like NFTs on Bitcoin.',
    long: 'Ordinals became popular in 2023 thanks to the extra space Taproot made available. Supporters see new demand for block space; critics see spam that raises fees. Inscriptions live entirely on the Bitcoin blockchain.',
  },
  'seed-phrase': {
    category: 'bitcoin',
    title: 'Seed phrase',
    short:
      'A list of 12 or 24 words that encodes a wallet’s master key; anyone who has it controls the funds.',
    long: 'Wallets derive every private key from this one backup. Writing it down offline lets you restore the wallet on a new device. It should never be typed into a website or shared with "support" staff.',
  },
  'private-key': {
    category: 'bitcoin',
    title: 'Private key',
    short:
      'A secret number that proves ownership of coins by producing signatures; losing it means losing access, leaking it means theft.',
    long: 'Every spend must be signed with the right private key, and the network checks the signature against the matching public key. There is no password reset: whoever holds the key controls the coins.',
  },
  'public-key': {
    category: 'bitcoin',
    title: 'Public key',
    short:
      'The shareable counterpart of a private key, used to check signatures and to derive receiving addresses.',
    long: 'It is computed from the private key, but the reverse is practically impossible. Addresses are usually a shortened hash of a public key. Sharing it lets others pay you or verify your signatures.',
  },
  'bitcoin-address': {
    category: 'bitcoin',
    title: 'Bitcoin address',
    short:
      'A string such as bc1q… that identifies where to send bitcoin, derived from the receiver’s public key or script.',
    long: 'Addresses include a checksum so typos are caught. Using a fresh address for each payment improves privacy. Coins sent to a wrong but valid address cannot be recalled.',
  },
  wallet: {
    category: 'bitcoin',
    title: 'Crypto wallet',
    short:
      'Software or a device that stores the keys to your coins and signs transactions; the coins themselves stay on the blockchain.',
    long: 'A wallet is really a key manager. Custodial wallets keep the keys for you, as exchanges do, while non-custodial wallets leave them with you. Its backup is usually a seed phrase.',
  },
  'hardware-wallet': {
    category: 'bitcoin',
    title: 'Hardware wallet',
    short:
      'A small dedicated device that keeps private keys offline and signs transactions inside itself, out of reach of malware.',
    long: 'The computer only sees signed transactions, never the keys. Confirming details on the device’s own screen defeats many attacks. It is the most common way individuals practise cold storage.',
  },
  'hot-wallet': {
    category: 'bitcoin',
    title: 'Hot wallet',
    short:
      'A wallet whose keys live on an internet-connected device: convenient for spending, more exposed to hacks.',
    long: 'Phone and browser wallets are hot wallets, as are the wallets exchanges use for daily withdrawals. Keep only spending money in them. Most large exchange hacks emptied hot wallets.',
  },
  'cold-storage': {
    category: 'bitcoin',
    title: 'Cold storage',
    short:
      'Keeping private keys completely offline, for example on a hardware wallet or paper, so online attackers cannot reach them.',
    long: 'Exchanges and custodians hold most client coins in cold storage, often with several keys kept in separate places. Spending from it is slow on purpose. It protects against hacks but not against losing the backup.',
  },
  multisig: {
    category: 'bitcoin',
    title: 'Multisig',
    short:
      'A setup that needs several keys to approve a spend, for example 2 of 3, so one lost or stolen key is not fatal.',
    long: 'Companies use multisig so that no single employee can move funds. Individuals use it to spread keys across devices and places. Bitcoin supports it natively in its scripts.',
  },
  custody: {
    category: 'bitcoin',
    title: 'Custody',
    short:
      'Safekeeping of the private keys to someone’s crypto, by themselves or by a company such as an exchange, bank or trust.',
    long: 'A custodian controls the keys and therefore the coins, so clients depend on its security and solvency. Spot Bitcoin ETFs hold their coins with regulated custodians. Failures such as FTX showed what happens when custody goes wrong.',
  },
  'self-custody': {
    category: 'bitcoin',
    title: 'Self-custody',
    short:
      'Holding your own private keys instead of leaving coins with an exchange or other custodian.',
    long: 'It removes the risk of a custodian freezing, losing or misusing your funds. In return you alone are responsible for backups and security. "Not your keys, not your coins" is the slogan behind it.',
  },
  nonce: {
    category: 'bitcoin',
    title: 'Nonce',
    short:
      'A number miners change over and over in the block header, hoping one value gives a hash below the target.',
    long: 'Each try changes the header’s hash unpredictably, so mining is a race of trying nonces quickly. The field has only about four billion values, which modern machines exhaust in moments, so miners also vary other parts of the block. The word stands for "number used once".',
  },
  'merkle-tree': {
    category: 'bitcoin',
    title: 'Merkle tree',
    short:
      'A tree of hashes that sums up all transactions in a block in one value, the Merkle root, stored in the header.',
    long: 'Pairs of hashes are hashed together level by level until one root remains. Changing any transaction changes the root. Light wallets use short Merkle proofs to check that a transaction is in a block without downloading it all.',
  },
  'sha-256': {
    category: 'bitcoin',
    title: 'SHA-256',
    short:
      'The hash function Bitcoin uses for mining and transaction ids: any input becomes a 256-bit fingerprint that cannot be reversed.',
    long: 'It was designed by the US National Security Agency and published in 2001. Bitcoin mining applies it twice to block headers. Bitcoin ASICs are built to do nothing but compute it as fast as possible.',
  },
  'hard-fork': {
    category: 'bitcoin',
    title: 'Hard fork',
    short:
      'A rule change that old software rejects; if part of the network refuses it, the chain splits into two coins.',
    long: 'Hard forks loosen the rules, for example by allowing bigger blocks. Everyone must upgrade to stay on the same chain. Bitcoin Cash came from a contested hard fork in 2017.',
  },
  'soft-fork': {
    category: 'bitcoin',
    title: 'Soft fork',
    short:
      'A backward-compatible tightening of the rules: old nodes still accept new blocks, so the chain need not split.',
    long: 'Only miners need to enforce the new rules for a soft fork to work, though nodes that upgrade get its full protection. SegWit and Taproot were soft forks. It is the usual way Bitcoin changes.',
  },
  '51-percent-attack': {
    category: 'bitcoin',
    title: '51% attack',
    short:
      'An attack by whoever controls most of a network’s mining power (or stake), letting them reverse their own recent payments.',
    long: 'A majority can build a longer secret chain and replace recent blocks, enabling double spends and blocking others’ transactions. It cannot steal coins from other people’s keys. For Bitcoin the cost of the hardware and energy makes it impractical.',
  },
  'double-spend': {
    category: 'bitcoin',
    title: 'Double spend',
    short:
      'Spending the same coins twice. Preventing it without a central bookkeeper is the problem Bitcoin solved.',
    long: 'Digital files can be copied, so digital cash needs a way to tell which of two conflicting payments counts. Bitcoin’s answer is the order of blocks agreed through proof of work. Waiting for confirmations guards against it.',
  },
  decentralization: {
    category: 'bitcoin',
    title: 'Decentralization',
    short:
      'How far control over a network is spread out, so no single company, person or state can change or stop it.',
    long: 'For Bitcoin it covers who runs nodes, who mines, who writes code and where the hardware sits. More spread means more resistance to capture and censorship. Measures differ, and a network can be decentralised in one respect but concentrated in another.',
  },
  'geographic-decentralization': {
    category: 'mining',
    title: 'Geographic decentralization',
    short:
      'Mining and nodes spread over many countries, so no single government, grid or disaster can dominate the network.',
    long: 'Until 2021 most Bitcoin mining sat in China; its ban pushed hash rate to the US, Kazakhstan, Russia and elsewhere. Spreading across jurisdictions limits any one state’s power to seize or censor mining. Cheap energy in emerging economies is now widening that spread.',
  },
  'bitcoin-mining': {
    category: 'mining',
    title: 'Bitcoin mining',
    short:
      'Using specialised computers to compete for the right to add the next block, earning new bitcoin and fees in return.',
    long: 'Mining both issues new coins and secures the ledger: the energy spent makes history costly to rewrite. It is an industrial business dominated by ASIC farms near cheap power. Profit depends on the bitcoin price, hash rate, energy costs and the halving schedule.',
  },
  miner: {
    category: 'mining',
    title: 'Bitcoin miner',
    short: 'A person, company or machine that performs proof-of-work mining to earn block rewards.',
    long: 'The word covers both the ASIC machine and the business running thousands of them. Large miners are often listed companies. Because rewards are paid in bitcoin but bills in local currency, miners are sensitive to price swings.',
  },
  'hash-rate': {
    category: 'mining',
    network: 'hashrate',
    title: 'Hash rate',
    short:
      'How many hash guesses per second miners make; the total for the network measures how much computing power secures it.',
    long: 'Bitcoin’s hash rate is reported in exahashes per second (EH/s), a billion billion guesses each second. It cannot be counted directly, so it is estimated from how fast blocks are found. A higher hash rate makes attacks more expensive.',
  },
  'hash-rate-migration': {
    category: 'mining',
    network: 'hashrate',
    title: 'Hash rate migration',
    short:
      'Mining machines, and so hash rate, moving between countries in search of cheaper energy or friendlier rules.',
    long: 'The largest example was the exodus from China after its 2021 ban. Migration follows electricity prices, climate, regulation and political risk. It changes where the network’s security is produced without changing the protocol.',
  },
  'hash-rate-units': {
    category: 'mining',
    network: 'hashrate',
    title: 'Hash rate units (TH/s, EH/s)',
    short:
      'Units of hashes per second: a terahash (TH/s) is a trillion per second, a petahash a thousand times more, an exahash a million times more.',
    long: 'A single modern ASIC runs at a few hundred TH/s. The whole Bitcoin network runs at several hundred EH/s. Comparing the two shows how many machines the network represents.',
  },
  'mining-efficiency': {
    category: 'mining',
    title: 'Mining efficiency (J/TH)',
    short:
      'Energy an ASIC needs per unit of work, in joules per terahash (J/TH); lower numbers mean cheaper mining.',
    long: 'Efficiency improves with each chip generation, which is why older machines become unprofitable first. Together with the power price it sets a miner’s cost per hash. Current top models use well under 20 J/TH.',
  },
  hashprice: {
    category: 'mining',
    network: 'hashprice',
    title: 'Hashprice',
    short:
      'Expected daily revenue for a unit of hash rate, often quoted in dollars per petahash per day; a miner’s key income gauge.',
    long: 'It combines the bitcoin price, block subsidy, fees and network difficulty in one number. It falls when difficulty rises or the price drops, and halves overnight at a halving. Miners compare it with their cost per hash to see whether they are profitable.',
  },
  difficulty: {
    category: 'mining',
    network: 'difficulty',
    title: 'Mining difficulty',
    short:
      'How hard it is to find a valid block hash; the protocol adjusts it so blocks keep arriving about every ten minutes.',
    long: 'Difficulty expresses how low the target a block hash must fall below is. When more machines join, blocks come faster and difficulty rises at the next adjustment. It is the main reason a miner’s share of rewards shrinks as the network grows.',
  },
  'difficulty-adjustment': {
    category: 'mining',
    network: 'difficulty',
    title: 'Difficulty adjustment',
    short:
      'The automatic recalibration of mining difficulty every 2,016 blocks (about two weeks) to keep blocks near ten minutes apart.',
    long: 'If the last 2,016 blocks came faster than planned, difficulty rises; if slower, it falls, by at most a factor of four. This feedback keeps coin issuance on schedule whatever the hash rate. Large downward adjustments usually follow miners switching off.',
  },
  'mining-pool': {
    category: 'mining',
    title: 'Mining pool',
    short:
      'A group of miners who combine their hash rate and share the rewards, giving each a steadier income.',
    long: 'A single miner might wait years for a block; a pool finds blocks regularly and pays members by contributed work. The pool operator chooses which transactions go into blocks. A few large pools produce most blocks, which worries decentralisation advocates.',
  },
  'solo-mining': {
    category: 'mining',
    title: 'Solo mining',
    short: 'Mining without a pool, keeping the whole block reward on the rare occasion of a win.',
    long: 'Income is all or nothing and for small miners can take years. Occasionally a hobbyist with a few machines finds a block and makes headlines. Some use it to avoid pool operators’ control over block contents.',
  },
  'merged-mining': {
    category: 'mining',
    title: 'Merged mining',
    short:
      'Mining two coins that share an algorithm at once with the same work, as with Litecoin and Dogecoin.',
    long: 'The proof of work found for one chain is also accepted by the other. It lets a smaller chain borrow security from a larger one. Miners gain extra revenue at almost no extra cost.',
  },
  'mining-rig': {
    category: 'mining',
    title: 'Mining rig',
    short: 'A machine built or set up to mine cryptocurrency; for Bitcoin today, an ASIC miner.',
    long: 'Early rigs were ordinary PCs and then graphics cards. Bitcoin rigs now are purpose-built boxes with hash boards, fans or liquid cooling and a power supply. Their useful life is a few years before newer, more efficient models outcompete them.',
  },
  'mining-farm': {
    category: 'mining',
    title: 'Mining farm',
    short:
      'A facility housing large numbers of mining machines, usually near cheap electricity, with industrial power and cooling.',
    long: 'Farms range from shipping containers at a gas well to warehouses drawing hundreds of megawatts. Location is chosen for power price, climate and regulation. Many sit next to power plants or on remote grids with surplus energy.',
  },
  asic: {
    category: 'mining',
    title: 'ASIC',
    short:
      'Application-specific integrated circuit: a chip designed for one task; in Bitcoin, computing SHA-256 hashes far faster than any PC.',
    long: 'ASICs made CPU and GPU mining of Bitcoin obsolete around 2013. A few manufacturers design most of them, which concentrates part of the supply chain. Each generation lowers the energy needed per hash.',
  },
  gpu: {
    category: 'tech',
    title: 'GPU',
    short:
      'Graphics processing unit: a chip with thousands of small cores, once used to mine coins and now the workhorse of AI.',
    long: 'GPUs mined Bitcoin briefly before ASICs took over, and mined Ethereum until 2022. Today AI data centres compete for them. Some former Bitcoin miners now rent out GPU capacity to AI companies.',
  },
  'miner-capitulation': {
    category: 'mining',
    network: 'ribbons',
    title: 'Miner capitulation',
    short:
      'When many miners switch off or sell their coins and machines because revenue no longer covers costs.',
    long: 'It tends to follow a price fall or a halving. Forced selling can add pressure on the price, and the hash rate drops until difficulty adjusts down. Analysts often read the end of capitulation as a sign that a market bottom is near.',
  },
  'hash-ribbons': {
    category: 'mining',
    network: 'ribbons',
    title: 'Hash Ribbons',
    short:
      'An indicator comparing short and long moving averages of hash rate to spot miner capitulation and its end.',
    long: 'When the 30-day average falls below the 60-day average, miners are switching off. A cross back up has historically signalled recovery. Like all indicators, it describes the past and guarantees nothing.',
  },
  'orphan-block': {
    category: 'mining',
    title: 'Orphan (stale) block',
    short:
      'A valid block that lost a race with another block at the same height and was left out of the main chain.',
    long: 'When two miners find blocks almost together, the network briefly disagrees until the next block settles it. The losing block’s reward is lost. Fast block propagation keeps such stale blocks rare.',
  },
  'stranded-power': {
    category: 'mining',
    title: 'Stranded power',
    short:
      'Energy that is produced or could be produced but cannot reach buyers, for lack of grid lines or demand; miners can use it on site.',
    long: 'Examples are remote hydro dams, gas burned off at oil wells and solar output at midday surplus. Mining is a flexible buyer that can be placed anywhere with a connection. Turning wasted energy into revenue can help fund new power projects.',
  },
  'flare-gas': {
    category: 'mining',
    title: 'Flare gas mining',
    short:
      'Using natural gas that oil producers would otherwise burn off (flare) to generate power for mining on site.',
    long: 'Burning the gas in generators instead of flares cuts methane emissions and earns revenue. Containers of miners are parked next to wells. It turns a waste stream into a product.',
  },
  'sovereign-hash': {
    category: 'mining',
    title: 'Sovereign hash',
    short:
      'Hash rate run by or for a state, which treats Bitcoin mining as a national energy and strategic asset.',
    long: 'Countries such as Bhutan and El Salvador mine with state-owned energy. Instead of banning mining, governments compete to host it. It raises questions about states gaining influence over the network.',
  },
  'production-cost': {
    category: 'mining',
    title: 'Production cost',
    short:
      'What it costs a miner to produce one bitcoin: energy, hardware, hosting and overhead divided by the coins mined.',
    long: 'It varies widely with the price of power and the efficiency of machines. When the market price falls below many miners’ cost, the weakest shut down. Some analysts treat the network’s average production cost as a soft price floor.',
  },
  'immersion-cooling': {
    category: 'mining',
    title: 'Immersion cooling',
    short:
      'Cooling machines by submerging them in a non-conductive liquid, removing heat better than air and fans.',
    long: 'It lets miners overclock chips, cuts noise and protects hardware from dust and humidity. The heat can be reused for buildings or greenhouses. AI data centres are adopting it for dense GPU racks.',
  },
  curtailment: {
    category: 'mining',
    title: 'Curtailment',
    short:
      'Deliberately cutting power use or output, e.g. miners switching off at grid peaks in exchange for payments or lower rates.',
    long: 'Miners can turn off within seconds, which makes them useful flexible load for grid operators. In Texas they are paid to curtail during heatwaves. Renewable producers also curtail when the grid cannot take their output.',
  },
  'energy-arbitrage': {
    category: 'mining',
    title: 'Energy arbitrage',
    short:
      'Profiting from price differences in energy across places or times, e.g. mining where power is cheap and selling it where it is dear.',
    long: 'Miners move to cheap power, buy it when it is plentiful and switch off when the grid pays more for it. Batteries do the same by storing cheap energy and selling it later. For miners it decides where the hash rate goes.',
  },
  'power-purchase-agreement': {
    category: 'mining',
    title: 'Power purchase agreement (PPA)',
    short:
      'A long-term contract to buy electricity from a producer at an agreed price, common for mining and data centres.',
    long: 'It gives the buyer predictable costs and the producer secure revenue to finance a plant. Miners often sign PPAs with clauses that let them resell power when prices spike.',
  },
  'security-budget': {
    category: 'mining',
    title: 'Security budget',
    short:
      'What the network pays miners to secure it (subsidy plus fees); a higher budget funds more hash rate and makes attacks dearer.',
    long: 'The budget shrinks in bitcoin terms at every halving, so long-term security depends on fees and the bitcoin price. It is sometimes called the security layer or the floor under the network’s safety. Where this hash rate is produced matters for resilience.',
  },
  exchange: {
    category: 'market',
    title: 'Crypto exchange',
    short:
      'A platform where you buy, sell and trade cryptocurrencies, usually holding your coins and money for you while you trade.',
    long: 'Centralised exchanges such as Coinbase or Binance match orders and keep customer funds in custody. They are the main gateway between bank money and crypto. Their failures, like FTX in 2022, are a major risk for users.',
  },
  dex: {
    category: 'market',
    title: 'Decentralized exchange (DEX)',
    short:
      'A trading venue run by smart contracts, where users swap tokens from their own wallets without handing over custody.',
    long: 'Most DEXs use liquidity pools instead of order books. Anyone can list a token, which also makes scams easier. Uniswap is the best-known example.',
  },
  etf: {
    category: 'market',
    title: 'ETF (exchange-traded fund)',
    short:
      'A fund traded on a stock exchange like a share; a spot Bitcoin ETF holds real bitcoin so investors get exposure via a brokerage.',
    long: 'US spot Bitcoin ETFs launched in January 2024 and quickly gathered tens of billions of dollars. The fund’s coins sit with a custodian. They brought Bitcoin into ordinary retirement and brokerage accounts, but holders do not control any keys.',
  },
  'market-cap': {
    category: 'market',
    title: 'Market cap',
    short:
      'Market capitalisation: price times the number of units in circulation, a rough measure of an asset’s total value.',
    long: 'For coins it uses the circulating supply, so it ignores lost or locked coins. It says nothing about how much money could actually be withdrawn at that price. Coins are usually ranked by it.',
  },
  '24h-volume': {
    category: 'market',
    title: '24h volume',
    short:
      'The value of an asset traded over the last 24 hours across the exchanges tracked; a gauge of activity and liquidity.',
    long: 'Crypto trades around the clock, so a rolling 24-hour window replaces the daily session of stock markets. Reported volumes can be inflated by wash trading on some venues. A price move on high volume is usually taken more seriously.',
  },
  'all-time-high': {
    category: 'market',
    title: 'All-time high (ATH)',
    short: 'The highest price an asset has ever reached.',
    long: 'New all-time highs often draw attention and new buyers. For Bitcoin they have tended to come in the year or so after a halving, though past cycles prove nothing about the next one. Every holder who bought below it is in profit.',
  },
  'all-time-low': {
    category: 'market',
    title: 'All-time low (ATL)',
    short: 'The lowest price an asset has ever traded at.',
    long: 'For a new token it is often set shortly after launch. For Bitcoin it dates from its earliest days when coins were worth fractions of a cent.',
  },
  'bull-market': {
    category: 'market',
    title: 'Bull market',
    short: 'A long period of rising prices and optimism.',
    long: 'In crypto, bull markets have often followed halvings and brought new highs, leverage and speculation. A "bull run" is a sharp, sustained rise. They tend to end abruptly.',
  },
  'bear-market': {
    category: 'market',
    title: 'Bear market',
    short:
      'A long period of falling prices and pessimism, usually a drop of 20% or more from a peak.',
    long: 'Crypto bear markets have cut prices by 70 to 85% from the top. Weak projects, lenders and miners often fail during them. Long-term buyers see them as accumulation phases.',
  },
  'crypto-winter': {
    category: 'market',
    title: 'Crypto winter',
    short:
      'A long bear market across the whole crypto sector, with falling prices, layoffs and failures.',
    long: 'The 2018 and 2022 downturns are the best-known examples. Funding dries up and activity on-chain slows. Builders who survive often lead the next cycle.',
  },
  'accumulation-cycle': {
    category: 'market',
    title: 'Accumulation cycle',
    short:
      'The phase after a sell-off when patient, often large buyers quietly build positions while prices move sideways.',
    long: 'It tends to follow capitulation, when weak hands have sold. On-chain data shows coins moving to long-term holders. The phase ends when demand outgrows the remaining supply and prices break upward.',
  },
  whale: {
    category: 'market',
    title: 'Whale',
    short:
      'A holder of a very large amount of a coin, big enough to move the market with a single trade.',
    long: 'For Bitcoin the label is often put at 1,000 BTC or more. Trackers watch whale wallets for large transfers to or from exchanges. HashLens only marks the word on crypto pages, never on pages about the animal.',
  },
  fud: {
    category: 'market',
    title: 'FUD',
    short:
      'Fear, uncertainty and doubt: negative news or rumours, sometimes spread on purpose, that push prices down.',
    long: 'The term predates crypto but is everywhere in it. Holders often dismiss any criticism as FUD, justified or not. It pays to check the source before reacting.',
  },
  hodl: {
    category: 'market',
    title: 'HODL',
    short:
      'Holding coins through ups and downs instead of trading; from a 2013 forum post that misspelled "hold".',
    long: 'It became a slogan, later read as "hold on for dear life". Holders are called hodlers. On-chain data on long-held coins is used to gauge how many holders are doing it.',
  },
  altcoin: {
    category: 'market',
    title: 'Altcoin',
    short: 'Any cryptocurrency other than Bitcoin.',
    long: 'Thousands exist, from large platforms like Ethereum to tiny tokens. "Altseason" is a period when they rise faster than Bitcoin. Most altcoins from earlier cycles have lost nearly all their value.',
  },
  stablecoin: {
    category: 'market',
    title: 'Stablecoin',
    short:
      'A token designed to keep a steady value, usually one US dollar, by holding reserves or through an algorithm.',
    long: 'USDT and USDC are the largest and are backed by cash and short-term government debt. Algorithmic designs without such reserves have collapsed, as TerraUSD did in 2022. Stablecoins are the main cash of crypto trading and cross-border payments.',
  },
  'meme-coin': {
    category: 'market',
    title: 'Meme coin',
    short:
      'A token built around an internet joke or mascot, valued for hype and community rather than use.',
    long: 'Dogecoin was the first; Shiba Inu and countless others followed. Launch platforms let anyone create one in minutes. Prices can multiply or vanish within hours.',
  },
  'bitcoin-dominance': {
    category: 'market',
    title: 'Bitcoin dominance',
    short: 'Bitcoin’s share of the total crypto market capitalisation, in percent.',
    long: 'Rising dominance means money is flowing into Bitcoin rather than altcoins. Stablecoins count in the total, which distorts the figure in sell-offs. It is watched as a gauge of risk appetite within crypto.',
  },
  dca: {
    category: 'market',
    title: 'Dollar-cost averaging (DCA)',
    short:
      'Buying a fixed amount at regular intervals regardless of price, to avoid trying to time the market.',
    long: 'It spreads purchases over highs and lows. Many exchanges automate weekly or monthly buys. It reduces regret, not risk: the total still follows the asset’s price.',
  },
  'perpetual-futures': {
    category: 'market',
    title: 'Perpetual futures',
    short:
      'Futures contracts with no expiry date, kept close to the spot price by periodic funding payments between longs and shorts.',
    long: 'They are the most traded crypto derivative and allow high leverage. When prices move sharply, leveraged positions are liquidated in cascades. Open interest and funding rates show how crowded the trade is.',
  },
  'funding-rate': {
    category: 'market',
    title: 'Funding rate',
    short:
      'The periodic payment between long and short holders of perpetual futures that ties the contract to the spot price.',
    long: 'When it is positive, longs pay shorts, a sign that many traders bet on rises. Extreme funding often comes before sharp reversals. Exchanges settle it every few hours.',
  },
  'open-interest': {
    category: 'market',
    title: 'Open interest',
    short:
      'The total value of derivative contracts, such as futures, that are open and not yet settled.',
    long: 'Rising open interest means new money and leverage are entering. A sharp drop usually means positions were closed or liquidated. It is read together with price and funding rates.',
  },
  'order-book': {
    category: 'market',
    title: 'Order book',
    short: 'The list of open buy and sell orders for an asset on an exchange, sorted by price.',
    long: 'The gap between the best bid and ask is the spread. A deep order book can absorb large trades without moving the price much. Thin books make prices easy to push around.',
  },
  ico: {
    category: 'market',
    title: 'ICO (initial coin offering)',
    short: 'Raising money by selling a new token to the public before the project is built.',
    long: 'ICOs boomed in 2017 and raised billions, often with little more than a white paper. Many turned out to be failures or frauds, and regulators treated many as unregistered securities.',
  },
  nft: {
    category: 'market',
    title: 'NFT (non-fungible token)',
    short:
      'A unique token on a blockchain that records ownership of a specific item, such as a digital artwork or collectible.',
    long: 'Unlike coins, each NFT is distinct and not interchangeable. The item itself is usually stored elsewhere and only referenced. NFT trading peaked in 2021 and fell sharply after.',
  },
  airdrop: {
    category: 'market',
    title: 'Airdrop',
    short:
      'Free tokens distributed to wallets, often to early users of a protocol, to spread ownership.',
    long: 'Projects reward past activity to build a community and decentralise governance. Scammers also send fake airdrops that lead to malicious websites. Airdropped tokens may be taxable.',
  },
  'rug-pull': {
    category: 'market',
    title: 'Rug pull',
    short:
      'A scam in which a project’s creators drain its funds or dump their tokens and disappear.',
    long: 'It is common with new tokens on decentralised exchanges, where anyone can launch one. Warning signs are anonymous teams, locked selling for buyers and liquidity the team can withdraw.',
  },
  'pump-and-dump': {
    category: 'market',
    title: 'Pump and dump',
    short:
      'Inflating a price with hype and coordinated buying, then selling to the late buyers at the top.',
    long: 'Small, illiquid tokens are easy targets. Organisers often recruit buyers in chat groups and sell as soon as the price jumps. It is illegal for securities in most countries.',
  },
  kyc: {
    category: 'market',
    title: 'KYC (know your customer)',
    short:
      'Identity checks that regulated firms such as exchanges must run on customers to fight fraud and money laundering.',
    long: 'Users upload ID documents and sometimes proof of address. KYC ties exchange accounts and their withdrawals to real identities. Privacy-minded users avoid it by buying peer to peer.',
  },
  'operation-choke-point': {
    category: 'macro',
    title: 'Operation Choke Point',
    short:
      'A US government effort (2013) to cut legal but disfavoured industries off from banks; crypto firms say a "2.0" targeted them.',
    long: 'Regulators pressured banks to drop clients such as payday lenders and gun dealers instead of banning them outright. In 2023 crypto companies found their banking relationships ending under similar informal pressure, dubbed Operation Choke Point 2.0. It shows how control of banking can be used against an industry.',
  },
  'fiat-currency': {
    category: 'macro',
    title: 'Fiat currency',
    short:
      'Government-issued money whose value rests on law and trust rather than on a commodity such as gold.',
    long: 'Dollars, euros and yen are fiat money. Central banks can create more of it, which is how they fight crises but also how inflation can arise. Bitcoin was designed as an alternative with a fixed supply.',
  },
  'store-of-value': {
    category: 'macro',
    title: 'Store of value',
    short: 'An asset that keeps its purchasing power over time, so it can be saved and used later.',
    long: 'Gold is the classic example. Bitcoin supporters argue its fixed supply makes it one, despite its large price swings. A good store of value is hard to produce more of.',
  },
  'digital-gold': {
    category: 'macro',
    title: 'Digital gold',
    short:
      'The idea that Bitcoin plays gold’s role as a scarce, neutral store of value, but in digital form.',
    long: 'Like gold it has a limited supply and no issuer; unlike gold it can be sent anywhere in minutes. Critics point to its volatility and its short history. The comparison drives much institutional interest.',
  },
  'inflation-hedge': {
    category: 'macro',
    title: 'Inflation hedge',
    short:
      'An asset expected to keep or gain value when prices rise and money loses purchasing power.',
    long: 'Gold, property and commodities are classic hedges. Bitcoin is often pitched as one because of its fixed supply, though in the short run it has traded more like a risky tech asset.',
  },
  'quantitative-easing': {
    category: 'macro',
    title: 'Quantitative easing (QE)',
    short:
      'A central bank creating money to buy bonds in large amounts, to push down interest rates and support the economy.',
    long: 'It was used widely after 2008 and in 2020. It raises asset prices and, some argue, the risk of inflation and currency debasement. Its reverse, shrinking the balance sheet, is called quantitative tightening.',
  },
  'federal-reserve': {
    category: 'macro',
    title: 'Federal Reserve',
    short:
      'The US central bank, which sets dollar interest rates and controls the money supply; its decisions move crypto markets.',
    long: 'Its rate-setting committee, the FOMC, meets eight times a year. Lower rates and money creation tend to lift risky assets such as Bitcoin; tightening tends to weigh on them.',
  },
  debasement: {
    category: 'macro',
    title: 'Currency debasement',
    short:
      'Eroding a currency’s value by issuing more of it, historically by mixing cheaper metal into coins.',
    long: 'Roman emperors cut the silver in their coins; modern states can print money. Bitcoin’s fixed supply is designed to rule this out. The "debasement trade" is buying scarce assets to protect against it.',
  },
  'reserve-currency': {
    category: 'macro',
    title: 'Reserve currency',
    short:
      'A currency that central banks and companies worldwide hold and use for trade, as they do with the US dollar.',
    long: 'Being the reserve currency lets a country borrow cheaply and project power through sanctions. Critics call the latter the weaponisation of the dollar. Some see Bitcoin as a neutral alternative reserve asset.',
  },
  'de-dollarization': {
    category: 'macro',
    title: 'De-dollarization',
    short: 'Countries reducing their reliance on the US dollar for trade, reserves and debt.',
    long: 'It is driven by sanctions risk and geopolitical rivalry. Alternatives include other currencies, gold and, at the margin, Bitcoin. The dollar still dominates global payments.',
  },
  'strategic-bitcoin-reserve': {
    category: 'macro',
    title: 'Strategic Bitcoin Reserve',
    short:
      'A stock of bitcoin held by a government as a national reserve asset, like gold reserves.',
    long: 'The US created one by executive order in March 2025, funded with coins seized in criminal cases. Several US states and other countries have debated their own. Supporters see it as a hedge; critics see a speculative bet with public money.',
  },
  'sound-money': {
    category: 'macro',
    title: 'Sound money',
    short:
      'Money whose supply cannot be expanded at will, so it holds its value over long periods.',
    long: 'The gold standard is the historical model. Bitcoiners use the term for Bitcoin’s fixed issuance. Critics argue a money that cannot expand makes recessions harder to fight.',
  },
  'cantillon-effect': {
    category: 'macro',
    title: 'Cantillon effect',
    short:
      'New money benefits those who receive it first, before prices adjust, at the expense of those who get it last.',
    long: 'It is named after the 18th-century economist Richard Cantillon. Banks and asset holders gain from money creation earlier than wage earners. Bitcoiners cite it as a cost of central-bank policy.',
  },
  'stock-to-flow': {
    category: 'macro',
    title: 'Stock-to-flow',
    short:
      'Existing supply divided by yearly new supply: a scarcity ratio applied to gold and to Bitcoin.',
    long: 'Each halving doubles Bitcoin’s ratio. A popular price model built on it predicted huge gains that did not materialise on schedule. It measures scarcity, not demand.',
  },
  cbdc: {
    category: 'macro',
    title: 'CBDC',
    short:
      'Central bank digital currency: a digital form of a country’s money issued directly by its central bank.',
    long: 'China’s e-CNY is the largest trial; the EU is preparing a digital euro. Supporters cite faster payments; critics fear surveillance and control over spending. Unlike Bitcoin, a CBDC is fully controlled by its issuer.',
  },
  'capital-controls': {
    category: 'macro',
    title: 'Capital controls',
    short: 'Government limits on moving money into or out of a country.',
    long: 'They are used to defend a currency in a crisis. People facing them sometimes turn to Bitcoin or stablecoins to move value abroad. Strict controls are common in countries with high inflation.',
  },
  'digital-commodity': {
    category: 'macro',
    title: 'Digital commodity',
    short:
      'A digital asset treated by law like a commodity (as gold or oil) rather than a security; US regulators class Bitcoin this way.',
    long: 'In the US the classification decides which regulator oversees an asset: the CFTC for commodities, the SEC for securities. Bitcoin is widely accepted as a commodity because it has no issuer or company behind it.',
  },
  'regulatory-arbitrage': {
    category: 'macro',
    title: 'Regulatory arbitrage',
    short: 'Moving a business to wherever the rules are most favourable.',
    long: 'Exchanges and miners relocate to friendlier jurisdictions when rules tighten at home. It pressures governments to compete on regulation, and can weaken oversight.',
  },
  defi: {
    category: 'tech',
    title: 'DeFi',
    short:
      'Decentralized finance: lending, trading and other financial services run by smart contracts instead of banks or brokers.',
    long: 'Anyone with a wallet can use DeFi apps, and their code is public. Risks include bugs, hacks, manipulated price feeds and lack of recourse. Most DeFi runs on Ethereum and similar chains.',
  },
  'smart-contract': {
    category: 'tech',
    title: 'Smart contract',
    short:
      'A program stored on a blockchain that runs exactly as written when called, moving funds by its rules.',
    long: 'Once deployed it is hard to change, so bugs can be costly. Smart contracts power DeFi, NFTs and stablecoins. Bitcoin supports simpler scripts; Ethereum made general programs popular.',
  },
  'gas-fee': {
    category: 'tech',
    title: 'Gas fee',
    short:
      'The fee paid to run a transaction or smart contract on Ethereum and similar chains, priced in gwei.',
    long: 'Complex operations use more gas. Fees rise when the network is busy. Layer-2 networks exist largely to cut them.',
  },
  evm: {
    category: 'tech',
    title: 'EVM (Ethereum Virtual Machine)',
    short:
      'The runtime that executes smart contracts on Ethereum; many other chains copy it for compatibility.',
    long: 'EVM compatibility lets developers reuse contracts and tools across chains. BNB Chain, Avalanche and many layer 2s are EVM chains.',
  },
  web3: {
    category: 'tech',
    title: 'Web3',
    short:
      'The vision of an internet where users own their data and assets through blockchains and tokens.',
    long: 'It contrasts with the platform-dominated "Web 2.0". Critics say much of it recreated central platforms with tokens attached.',
  },
  dapp: {
    category: 'tech',
    title: 'dApp',
    short:
      'Decentralized application: an app whose core logic runs as smart contracts on a blockchain.',
    long: 'The interface may be an ordinary website, but the rules and funds live on-chain. Users connect a wallet to sign actions.',
  },
  dao: {
    category: 'tech',
    title: 'DAO',
    short:
      'Decentralized autonomous organization: a group that manages shared funds and rules through token-holder votes on a blockchain.',
    long: 'Decisions are executed by smart contracts. The 2016 hack of "The DAO" led to Ethereum’s controversial hard fork. Many DAOs are dominated by a few large holders.',
  },
  'zero-knowledge-proof': {
    category: 'tech',
    title: 'Zero-knowledge proof',
    short:
      'A proof that a statement is true that reveals nothing beyond its truth, used for privacy and scaling.',
    long: 'Zero-knowledge rollups bundle many transactions and post one succinct proof on-chain. Privacy coins use the technique to hide amounts and parties.',
  },
  'hash-function': {
    category: 'tech',
    title: 'Hash function',
    short:
      'A function that turns any input into a fixed-size fingerprint; a tiny change in input gives a totally different output.',
    long: 'Cryptographic hash functions are one-way and make it practically impossible to find two inputs with the same output. Blockchains use them to link blocks, and Bitcoin mining is a race to find a hash below a target.',
  },
  'distributed-ledger': {
    category: 'tech',
    title: 'Distributed ledger',
    short:
      'A record of transactions kept in sync across many computers rather than in one central database.',
    long: 'Blockchains are one kind of distributed ledger. Some are public and open to all; others are run by a closed group of companies.',
  },
  'consensus-mechanism': {
    category: 'tech',
    title: 'Consensus mechanism',
    short: 'The rules by which a network’s computers agree on a single version of the ledger.',
    long: 'Proof of work and proof of stake are the best known. The choice determines who can add blocks and what an attack would cost.',
  },
  'liquidity-pool': {
    category: 'tech',
    title: 'Liquidity pool',
    short:
      'Tokens locked in a smart contract that traders swap against, with prices set by a formula.',
    long: 'Liquidity providers deposit pairs of tokens and earn a share of trading fees. If prices move they can end up worse off than simply holding, a loss called impermanent loss.',
  },
  'cross-chain-bridge': {
    category: 'tech',
    title: 'Cross-chain bridge',
    short:
      'A service that moves tokens between blockchains by locking them on one and issuing copies on the other.',
    long: 'Bridges hold large pools of locked assets, which has made them prime targets: several hacks stole hundreds of millions of dollars. Wrapped Bitcoin relies on a similar lock-and-mint model.',
  },
  'edge-computing': {
    category: 'tech',
    title: 'Edge computing',
    short:
      'Processing data close to where it is produced, on phones, devices or local servers, instead of in distant data centres.',
    long: 'It cuts latency and network traffic and keeps sensitive data local. Factories, hospitals and vehicles use it when milliseconds matter. It is the opposite trend to the concentration of computing in huge cloud facilities.',
  },
  'edge-ai': {
    category: 'tech',
    title: 'Edge AI',
    short:
      'Running AI models directly on devices such as phones, laptops or cameras instead of in the cloud.',
    long: 'Dedicated chips such as NPUs make local inference fast and power-efficient. It keeps data private and works offline. Its growth moves AI hardware demand from data centres to consumer devices.',
  },
  npu: {
    category: 'tech',
    title: 'NPU (Neural Processing Unit)',
    short:
      'A processor designed to run neural-network calculations efficiently, built into modern phones and laptops.',
    long: 'NPUs handle AI tasks such as speech recognition and image processing with far less power than a CPU or GPU. They are the key hardware of edge AI.',
  },
  'replace-by-fee': {
    category: 'bitcoin',
    network: 'fees',
    title: 'Replace-by-fee (RBF)',
    short:
      'Swapping an unconfirmed transaction for a new version that pays a higher fee, so a stuck payment confirms sooner.',
    long: 'Nodes accept the replacement only if it pays more in total and per byte than what it replaces. RBF is the main way wallets speed up a payment after the fact. Because the sender can change the outputs too, merchants should not treat an unconfirmed payment as final.',
  },
  'full-rbf': {
    category: 'bitcoin',
    network: 'fees',
    title: 'Full-RBF',
    short:
      'A relay policy under which any unconfirmed transaction can be replaced by a higher-paying one, whether or not it signalled RBF.',
    long: 'Originally replacement was opt-in: a transaction had to flag itself as replaceable. Bitcoin Core made full-RBF its default in version 28 after most hash rate was already accepting such replacements. It ended the fragile practice of accepting zero-confirmation payments that did not signal.',
  },
  cpfp: {
    category: 'bitcoin',
    network: 'fees',
    title: 'Child pays for parent (CPFP)',
    short:
      'Speeding up a stuck transaction by spending one of its outputs in a new, high-fee transaction that miners can only take together with it.',
    long: 'Miners evaluate the pair as a package: the child’s generous fee makes mining the cheap parent worthwhile. Unlike RBF, the receiver can do it, since they control an output. It costs extra block space for the second transaction.',
  },
  'package-relay': {
    category: 'bitcoin',
    network: 'fees',
    title: 'Package relay',
    short:
      'Letting nodes forward and evaluate related unconfirmed transactions as a group, judged by their combined fee rate.',
    long: 'Without it, a parent paying too little to enter a full mempool is dropped before its fee-paying child arrives. Package relay lets the child rescue the parent, which protects fee bumping for Lightning and other contracts. Bitcoin Core has added it step by step, starting with one parent and one child.',
  },
  'truc-transactions': {
    category: 'bitcoin',
    network: 'fees',
    title: 'TRUC (v3) transactions',
    short:
      'Transactions marked version 3 that opt into stricter relay limits ("topologically restricted until confirmation") to make fee bumping reliable.',
    long: 'A TRUC transaction may have at most one unconfirmed child, and that child must be small. These limits close off most pinning tricks that let a counterparty block a fee bump. Lightning and other contract protocols use them for their commitment transactions.',
  },
  'ephemeral-anchors': {
    category: 'bitcoin',
    network: 'fees',
    title: 'Ephemeral anchors',
    short:
      'A zero-value output added only so that a child transaction can spend it to pay the fee; it must be spent in the same block.',
    long: 'Contract protocols can then sign transactions with no fee at all and attach the fee when they broadcast. Nodes relay the tiny output only together with the child that spends it, so it never bloats the UTXO set. The pay-to-anchor (P2A) output type is the standard way to create one.',
  },
  'transaction-pinning': {
    category: 'bitcoin',
    network: 'fees',
    title: 'Transaction pinning',
    short:
      'An attack in which a counterparty exploits relay rules to stop a transaction from being fee-bumped or replaced in time.',
    long: 'The attacker attaches large, low-fee descendants that make replacement too expensive or impossible under the rules. In Lightning this can delay a time-sensitive claim until a timelock runs out. TRUC transactions, package relay and cluster mempool are all partly aimed at it.',
  },
  dust: {
    category: 'bitcoin',
    title: 'Dust',
    short:
      'An output so small that spending it would cost more in fees than it is worth; nodes refuse to relay outputs below the dust limit.',
    long: 'The limit depends on the output type and a reference fee rate and is a few hundred satoshis. Dust clutters the UTXO set forever if nobody spends it. In a dusting attack, tiny amounts are sent to many addresses hoping the owners spend them together and reveal links between their addresses.',
  },
  'fee-bumping': {
    category: 'bitcoin',
    network: 'fees',
    title: 'Fee bumping',
    short:
      'Raising the fee of a transaction already broadcast so it confirms sooner, by replacement (RBF) or by a paying child (CPFP).',
    long: 'Fees can jump while a transaction waits, leaving it stuck at a rate miners ignore. Wallets offer a speed-up button that does one of the two methods for you. For contract protocols such as Lightning, reliable fee bumping is a security requirement, not a convenience.',
  },
  'mempool-policy': {
    category: 'bitcoin',
    title: 'Mempool and relay policy',
    short:
      'The rules a node applies to unconfirmed transactions before keeping and relaying them, stricter than what blocks may contain.',
    long: 'Policy sets minimum fees, size limits, replacement rules and which script forms count as standard. A transaction that breaks policy can still be valid in a block if a miner includes it directly. Changes to policy need no soft fork, which is why they are debated so often.',
  },
  'minimum-relay-fee': {
    category: 'bitcoin',
    network: 'fees',
    title: 'Minimum relay fee',
    short:
      'The lowest fee rate a node accepts for relaying a transaction; below it, transactions are not passed on.',
    long: 'For years Bitcoin Core used 1 sat/vB as its floor. As blocks stayed half empty and some miners took cheaper transactions directly, the default was lowered to a fraction of a satoshi per vbyte in 2025. The floor also protects nodes from being flooded with free traffic.',
  },
  'fee-estimation': {
    category: 'bitcoin',
    network: 'fees',
    title: 'Fee estimation',
    short:
      'How a wallet picks the fee rate to pay, by predicting what rate will confirm within the wait the user accepts.',
    long: 'Estimators look at recent blocks, the current mempool or both. Too low a guess leaves a payment stuck; too high wastes money. Because demand changes quickly, good wallets pair estimates with fee bumping.',
  },
  'transaction-batching': {
    category: 'bitcoin',
    network: 'fees',
    title: 'Transaction batching',
    short:
      'Paying many recipients in one transaction instead of one transaction each, which saves block space and fees.',
    long: 'Exchanges and payroll services send withdrawals in batches every few minutes. The shared overhead of inputs and headers is paid once. Batching was one of the first savings Bitcoin Optech promoted to businesses.',
  },
  'coin-selection': {
    category: 'bitcoin',
    title: 'Coin selection',
    short:
      'How a wallet chooses which of its UTXOs to spend in a payment, balancing fees, change and privacy.',
    long: 'Spending many small coins costs more in fees, while merging coins from different sources can reveal that they belong together. Coin control lets the user pick the coins by hand. Wallets use search algorithms to avoid creating change where they can.',
  },
  'utxo-consolidation': {
    category: 'bitcoin',
    network: 'fees',
    title: 'UTXO consolidation',
    short:
      'Merging many small coins into one in a single transaction, ideally when fees are low, so later spending is cheaper.',
    long: 'Every input adds size and therefore fee, so a wallet full of small UTXOs is expensive to spend when fees rise. Exchanges and miners consolidate during quiet periods. The trade-off is privacy: the merged coins are visibly linked.',
  },
  vbyte: {
    category: 'bitcoin',
    network: 'fees',
    title: 'Virtual byte (vbyte)',
    short:
      'The unit of transaction size used for fees since SegWit: one vbyte is four weight units, with witness data counted at a discount.',
    long: 'A block may hold 4 million weight units, roughly 1 million vbytes. Fee rates are quoted in satoshis per vbyte, so a transaction’s fee is its vsize times the rate. Spending SegWit and Taproot outputs costs fewer vbytes than legacy ones.',
  },
  'transaction-accelerator': {
    category: 'bitcoin',
    network: 'fees',
    title: 'Transaction accelerator',
    short:
      'A paid service in which a mining pool promises to include a stuck transaction, with the fee paid outside the transaction itself.',
    long: 'The user pays the pool directly, by card or in a separate payment, and the pool prioritises the transaction in its templates. Such out-of-band fees are invisible to other miners and to fee estimators. Critics warn they favour large pools, since only they can sell inclusion reliably.',
  },
  'block-template': {
    category: 'mining',
    network: 'fees',
    title: 'Block template',
    short:
      'The candidate block a pool or node assembles for miners to hash: the chosen transactions, the coinbase and the header fields.',
    long: 'Whoever builds the template decides which transactions get in, usually by fee rate. In most pools the operator builds it and miners only hash; Stratum V2 lets miners build their own. Templates are refreshed as new transactions and blocks arrive.',
  },
  'fee-market': {
    category: 'bitcoin',
    network: 'fees',
    title: 'Fee market',
    short:
      'The competition between transactions for limited block space, which sets the fee rate needed to confirm.',
    long: 'When demand is low, almost any fee confirms; when it spikes, users outbid each other and rates rise sharply. As the block subsidy shrinks, the fee market has to pay a growing share of mining security. Inscriptions and token launches have caused several recent fee spikes.',
  },
  'cluster-mempool': {
    category: 'bitcoin',
    network: 'fees',
    title: 'Cluster mempool',
    short:
      'A redesign of Bitcoin Core’s mempool that groups related transactions into clusters and orders them for mining and eviction consistently.',
    long: 'The old design could evict a transaction that miners would actually want, or accept replacements that made blocks worse. Sorting each cluster into a best order fixes these inconsistencies and simplifies replacement rules. It was developed for Bitcoin Core over several years of research.',
  },
  'block-space': {
    category: 'bitcoin',
    network: 'fees',
    title: 'Block space',
    short: 'The limited capacity of each block, which transactions compete for by paying fees.',
    long: 'Each block holds at most 4 million weight units, and blocks come about every ten minutes, so supply is fixed. Demand swings with market activity, inscriptions and consolidation. The price of block space is the fee rate.',
  },
  sighash: {
    category: 'tech',
    title: 'Sighash flags',
    short:
      'Flags on a signature that say which parts of the transaction it commits to, so other parts can change afterwards.',
    long: 'SIGHASH_ALL, the usual choice, signs every input and output. Other flags leave some inputs or outputs open, which enables crowdfunding-style transactions. Proposed flags such as ANYPREVOUT would let a signature move to a different coin.',
  },
  'witness-data': {
    category: 'bitcoin',
    title: 'Witness data',
    short:
      'The signatures and scripts that prove a SegWit or Taproot input may be spent, stored apart from the rest of the transaction.',
    long: 'SegWit moved this data into a separate witness section that counts a quarter as much towards block size. The discount made multisig and Lightning cheaper. It is also where inscriptions store their content.',
  },
  pps: {
    category: 'mining',
    title: 'Pay per share (PPS)',
    short:
      'A pool payout scheme that pays a fixed amount for every valid share a miner submits, whether or not the pool finds a block.',
    long: 'The pool takes on the luck risk and charges a higher fee for it. Miners get predictable income tied to the expected value of their work. Classic PPS pays only for the block subsidy, not for transaction fees.',
  },
  fpps: {
    category: 'mining',
    network: 'hashprice',
    title: 'Full pay per share (FPPS)',
    short:
      'A pool payout scheme that pays per share for both the block subsidy and the expected transaction fees.',
    long: 'The pool estimates average fees per block and adds them to the fixed per-share payment. It is the most common scheme among large pools. Because payouts follow network-wide expectations, FPPS income tracks hashprice closely.',
  },
  'pps-plus': {
    category: 'mining',
    title: 'PPS+',
    short:
      'A hybrid payout scheme: the block subsidy is paid per share, and transaction fees are shared only from blocks the pool actually finds.',
    long: 'Miners get a steady income for the subsidy while the fee part depends on the pool’s luck. It sits between PPS and PPLNS in risk. Some pools offer it alongside FPPS.',
  },
  pplns: {
    category: 'mining',
    title: 'PPLNS (pay per last N shares)',
    short:
      'A pool payout scheme that splits each found block among the shares submitted in a recent window, so income follows the pool’s luck.',
    long: 'When the pool finds a block, miners who contributed to the last N shares are paid in proportion. There is no payment when no block is found, so income varies more than under PPS. Fees are usually lower, and the scheme discourages hopping between pools.',
  },
  tides: {
    category: 'mining',
    title: 'TIDES payout',
    short:
      'A payout scheme used by the Ocean pool that pays miners directly in the block’s coinbase according to a window of recent shares.',
    long: 'It works like PPLNS over a large window, so the pool never holds miners’ rewards. Anyone can check the payouts against the shares. The trade-off is many outputs in each coinbase and income that follows the pool’s luck.',
  },
  'pool-fee': {
    category: 'mining',
    title: 'Pool fee',
    short:
      'The share of mining rewards a pool keeps for running the pool and, under PPS-style schemes, for bearing the luck risk.',
    long: 'Fees range from zero to about four percent of revenue. Schemes that guarantee payment per share charge more than those where miners share the luck. For large miners, a fraction of a percent makes a real difference.',
  },
  'mining-share': {
    category: 'mining',
    title: 'Share (mining)',
    short:
      'A hash that meets an easier target than a real block; pools count shares to measure how much work each miner contributes.',
    long: 'Each share is a lottery ticket that would have been a block if it had been a little luckier. The pool sets the share difficulty so each miner submits a manageable number per minute. Payouts are computed from the shares submitted.',
  },
  stratum: {
    category: 'mining',
    title: 'Stratum',
    short:
      'The protocol mining machines use to get work from a pool and submit shares back, in use since 2012.',
    long: 'The pool sends job details and the miner searches nonces and returns shares. The original version sends data unencrypted and leaves block building to the pool. Stratum V2 was designed to replace it.',
  },
  'stratum-v2': {
    category: 'mining',
    title: 'Stratum V2',
    short:
      'The successor to the Stratum mining protocol: binary and encrypted, and able to let miners choose the transactions in their blocks.',
    long: 'Encryption stops hash rate hijacking on the way to the pool, and a compact binary format saves bandwidth. With job declaration, miners can build their own block templates and still be paid by a pool. Adoption is growing but still partial.',
  },
  'job-negotiation': {
    category: 'mining',
    title: 'Job declaration (job negotiation)',
    short:
      'A Stratum V2 protocol that lets a miner build its own block template and declare it to a pool, instead of mining the pool’s.',
    long: 'The miner runs a template provider, usually its own node, and tells the pool which transactions it will mine. The pool checks that the work pays it correctly. It moves the choice of transactions from a few pool operators back to many miners.',
  },
  'hashrate-marketplace': {
    category: 'mining',
    title: 'Hash rate marketplace',
    short:
      'A market where miners sell their hash rate for a period and buyers point it at a pool of their choice.',
    long: 'Sellers get a fixed price instead of mining income, and buyers get exposure to mining without owning machines. Cloud mining contracts are a retail version, and many have been scams. Large rentals can also be used to attack small coins.',
  },
  'hashrate-derivatives': {
    category: 'mining',
    network: 'hashprice',
    title: 'Hash rate derivatives',
    short:
      'Futures and forwards on hashprice, letting miners lock in future revenue or traders bet on mining economics.',
    long: 'A miner can sell its expected output at a fixed dollar price per petahash for months ahead. This smooths income through price falls and halvings. The markets are still small compared with Bitcoin futures.',
  },
  'pool-hopping': {
    category: 'mining',
    title: 'Pool hopping',
    short:
      'Switching between pools to collect more than a fair share of rewards by exploiting how a payout scheme counts shares.',
    long: 'It worked against early proportional schemes, where shares early in a round were worth more. Modern schemes such as PPLNS and PPS remove the advantage. It remains a reason pools choose their payout rules carefully.',
  },
  'block-withholding': {
    category: 'mining',
    title: 'Block withholding',
    short:
      'A miner in a pool submitting shares but hiding any full block it finds, so it is paid for work while the pool loses the blocks.',
    long: 'The attack hurts the victim pool and can be used to sabotage competitors. It is hard to detect because bad luck looks the same. Some proposed protocol changes would make a block’s validity unknown to the miner who finds it.',
  },
  'selfish-mining': {
    category: 'mining',
    title: 'Selfish mining',
    short:
      'A strategy in which a miner keeps found blocks secret and releases them strategically to make other miners waste work.',
    long: 'Research showed a large miner could earn more than its share of rewards this way. It requires a sizeable share of hash rate and good network connections. No sustained case has been observed on Bitcoin.',
  },
  asicboost: {
    category: 'mining',
    title: 'ASICBoost',
    short:
      'A mining optimisation that reuses part of the hash computation between attempts, saving roughly ten to twenty percent of the work.',
    long: 'The covert form hid the trick by reordering transactions, and critics said it gave a reason to oppose SegWit. The overt form varies version bits in the header instead, which is open and widely used today. It is why many block headers show unusual version numbers.',
  },
  extranonce: {
    category: 'mining',
    title: 'Extranonce',
    short:
      'Extra bytes in the coinbase transaction that miners vary when the header’s own nonce field runs out of values.',
    long: 'The header nonce allows only about four billion tries, which a modern ASIC uses in a fraction of a second. Changing the extranonce changes the Merkle root and gives a fresh search space. Pools give each miner its own extranonce range so no two do duplicate work.',
  },
  hashboard: {
    category: 'mining',
    title: 'Hashboard',
    short:
      'A circuit board inside an ASIC miner carrying the hashing chips; a typical machine holds three.',
    long: 'The boards do the actual work and produce most of the heat. When one fails, the machine keeps running at reduced hash rate until it is repaired. Repair shops swap or rework boards to extend a fleet’s life.',
  },
  'mining-firmware': {
    category: 'mining',
    title: 'Mining firmware',
    short:
      'The software running on an ASIC miner; custom firmware can tune chips for efficiency, underclock in expensive hours or manage fleets.',
    long: 'Stock firmware comes from the manufacturer. Third-party firmware adds per-chip autotuning, power limits and better monitoring, often for a small fee. Tuning lets a miner trade hash rate for efficiency as power prices change.',
  },
  'fleet-efficiency': {
    category: 'mining',
    title: 'Fleet efficiency',
    short:
      'The average energy efficiency of all the machines a miner runs, in joules per terahash; a key cost figure in miners’ reports.',
    long: 'Newer machines pull the average down, while older ones kept running raise it. A more efficient fleet earns more per megawatt and survives lower hashprices. Public miners report it quarterly next to their hash rate.',
  },
  'mining-hosting': {
    category: 'mining',
    title: 'Mining hosting',
    short:
      'A service in which a facility runs other people’s mining machines for a fee, usually charged per kilowatt-hour.',
    long: 'Owners ship machines to the host, which provides power, cooling, networking and repairs. The hosting rate often includes a margin on electricity and sometimes a share of profits. Contract terms matter greatly when hashprice falls.',
  },
  'self-mining': {
    category: 'mining',
    title: 'Self-mining',
    short:
      'A mining company running its own machines for its own account, as opposed to hosting machines for clients.',
    long: 'Self-mining keeps all the upside when bitcoin rises and all the risk when it falls. Hosting earns steadier fees. Many public miners do both and report the two separately.',
  },
  'breakeven-price': {
    category: 'mining',
    network: 'hashprice',
    title: 'Breakeven price (mining)',
    short:
      'The bitcoin price, or hashprice, below which a miner’s revenue no longer covers its costs; below the shutdown price machines are switched off.',
    long: 'It depends on the power price, machine efficiency and network difficulty. Older machines have higher breakevens, which is why they are switched off first when prices fall. Analysts estimate the network-wide breakeven to judge when capitulation may start.',
  },
  'cost-per-terahash': {
    category: 'mining',
    network: 'hashprice',
    title: 'Cost per terahash ($/TH)',
    short:
      'What a miner pays per terahash of hashing capacity, either for new machines or as running cost, used to compare deals.',
    long: 'Machine prices are quoted in dollars per TH and rise and fall with hashprice. The payback period is roughly machine cost per TH divided by daily profit per TH. Cheap machines at the bottom of a cycle have made many miners’ fortunes.',
  },
  'difficulty-ribbon': {
    category: 'mining',
    network: 'difficulty',
    title: 'Difficulty Ribbon',
    short:
      'A chart of several moving averages of mining difficulty; when the lines squeeze together, miners are under stress.',
    long: 'Compression means difficulty has stopped rising, often because weaker miners switched off. Analysts read it as a sign of reduced miner selling pressure. It is a close cousin of the Hash Ribbons indicator.',
  },
  hashvalue: {
    category: 'mining',
    network: 'hashprice',
    title: 'Hashvalue',
    short:
      'Expected mining revenue per unit of hash rate measured in bitcoin rather than dollars, such as BTC per petahash per day.',
    long: 'It strips out the bitcoin price and shows only the effect of difficulty, fees and the subsidy. It falls steadily as hash rate grows and halves at each halving. Hashprice is hashvalue multiplied by the bitcoin price.',
  },
  'miner-revenue': {
    category: 'mining',
    network: 'hashprice',
    title: 'Miner revenue',
    short:
      'What all miners earn together from new coins and fees, usually reported per day in dollars or bitcoin.',
    long: 'Roughly 450 bitcoin a day come from the subsidy since the 2024 halving, plus a variable amount of fees. Divided by the hash rate it gives hashprice. Analysts compare it with estimated costs to judge miner stress.',
  },
  'miner-reserves': {
    category: 'market',
    title: 'Miner reserves',
    short:
      'The bitcoin held in wallets linked to miners; falling reserves and rising outflows suggest miners are selling.',
    long: 'Miners earn bitcoin but pay power bills in local currency, so they are steady sellers. On-chain analysts track their wallets to estimate selling pressure. Heavy outflows often coincide with squeezed margins.',
  },
  'mining-stocks': {
    category: 'market',
    title: 'Bitcoin mining stocks',
    short:
      'Shares of listed mining companies, which tend to move with bitcoin but more sharply because of their fixed costs.',
    long: 'They give stock-market investors leveraged exposure to the bitcoin price and to hashprice. Share prices also reflect debt, dilution and moves into AI hosting. Many trade on the Nasdaq.',
  },
  hpc: {
    category: 'mining',
    title: 'HPC and AI hosting',
    short:
      'Running high-performance computing or AI hardware in data centres; many Bitcoin miners now lease their power sites for it.',
    long: 'Miners already hold what AI firms lack: large grid connections, land and cooling experience. Leases offer steadier income than mining but need new buildings and customers. The shift has reshaped mining company valuations since 2024.',
  },
  'demand-response': {
    category: 'mining',
    title: 'Demand response',
    short:
      'Programmes that pay large electricity users to cut consumption when the grid is strained; miners are ideal participants.',
    long: 'Miners can power down within minutes and restart without damage, unlike most factories. They earn credits or avoid peak prices while the grid gains flexible capacity. Texas miners have earned more from some curtailments than from mining.',
  },
  'four-coincident-peak': {
    category: 'mining',
    title: 'Four Coincident Peak (4CP)',
    short:
      'A Texas transmission charge set by a user’s consumption in the four summer peak intervals; miners shut down to avoid it.',
    long: 'ERCOT bills transmission costs by each customer’s load during the single highest 15-minute interval of each month from June to September. By predicting and avoiding those peaks, a miner can cut its power bill for a whole year. The practice is one reason miners curtail on hot afternoons.',
  },
  'flexible-load': {
    category: 'mining',
    title: 'Flexible load',
    short:
      'Electricity demand that can be switched off quickly when the grid needs it; Bitcoin miners are a textbook example.',
    long: 'Grid operators value loads that can drop within seconds to balance supply. In Texas, large flexible loads register as controllable load resources and earn payments. Miners argue this helps grids absorb more wind and solar power.',
  },
  'behind-the-meter': {
    category: 'mining',
    title: 'Behind-the-meter mining',
    short:
      'Mining powered directly by a generator on the same site, without the electricity passing through the public grid.',
    long: 'It avoids transmission charges and uses power that might otherwise be wasted or sold cheaply. Examples include miners at wind farms, gas wells and hydro dams. It also ties the miner to one plant’s fortunes.',
  },
  'heat-reuse': {
    category: 'mining',
    title: 'Heat reuse',
    short:
      'Using the heat mining machines give off to warm homes, greenhouses or water, so the electricity does two jobs.',
    long: 'Almost all the power a miner uses ends up as heat. Projects capture it for district heating, drying crops or Bitcoin heaters in homes. It improves the economics of small miners in cold places.',
  },
  'hydro-cooling': {
    category: 'mining',
    title: 'Hydro cooling',
    short:
      'Cooling ASIC miners with water running through plates on the chips instead of fans, allowing higher power and density.',
    long: 'Hydro-cooled machines run quieter and hotter water can be reused. They need plumbing, dry coolers and careful maintenance. Manufacturers sell dedicated hydro models alongside air-cooled ones.',
  },
  'energized-capacity': {
    category: 'mining',
    title: 'Energized capacity',
    short:
      'How much power, or hash rate, a miner actually has switched on and running, as opposed to planned or under construction.',
    long: 'Mining companies report energized megawatts and exahashes to show progress on new sites. The gap to announced capacity reveals delays in transformers, machines or grid approvals. Investors watch it to judge growth plans.',
  },
  'empty-block': {
    category: 'mining',
    title: 'Empty block',
    short: 'A block containing only the coinbase transaction and no user transactions.',
    long: 'Miners sometimes start mining on a new block before they have validated its parent and built a full template. Finding a block in those seconds gives an empty one. Empty blocks waste space for users but are valid.',
  },
  'block-time': {
    category: 'mining',
    network: 'difficulty',
    title: 'Block time',
    short:
      'The time between two blocks; Bitcoin targets ten minutes on average, though single intervals vary a lot.',
    long: 'Finding a block is random, so intervals of a minute or an hour both happen. When hash rate grows, blocks come faster until the next difficulty adjustment. The average over an epoch decides whether difficulty goes up or down.',
  },
  'asic-resistance': {
    category: 'mining',
    title: 'ASIC resistance',
    short:
      'Designing a mining algorithm so that specialised chips gain little over ordinary CPUs or graphics cards.',
    long: 'The goal is to keep mining open to ordinary users. Monero changes its algorithm to stay ASIC-resistant, and Ethereum’s old algorithm used memory for the same reason. Critics say ASICs arrive eventually anyway and commodity hardware is easier to rent for attacks.',
  },
  'bitcoin-etf': {
    category: 'market',
    title: 'Bitcoin ETF',
    short:
      'An exchange-traded fund that holds bitcoin, so investors can buy exposure through an ordinary brokerage account.',
    long: 'Spot Bitcoin ETFs hold real coins with a custodian; futures ETFs hold CME futures instead. The US approved spot funds in January 2024 and they became some of the fastest-growing funds ever. Their daily inflows and outflows are watched as a gauge of institutional demand.',
  },
  'ether-etf': {
    category: 'market',
    title: 'Ether ETF',
    short:
      'An exchange-traded fund that holds ether, the coin of Ethereum, giving brokerage investors exposure to its price.',
    long: 'US spot ether ETFs began trading in July 2024, six months after the Bitcoin funds. Their flows were smaller at first. Regulators later allowed some of them to stake part of the ether they hold.',
  },
  'spot-etf': {
    category: 'market',
    title: 'Spot crypto ETF',
    short:
      'An exchange-traded fund that holds the coins themselves rather than futures contracts on them.',
    long: 'A spot fund’s price tracks the coin directly because its shares are backed by coins in custody. Futures-based funds pay the cost of rolling contracts and can lag the price. After Bitcoin and ether, issuers filed spot ETFs for many other coins.',
  },
  'etf-flows': {
    category: 'market',
    title: 'ETF flows',
    short:
      'The money moving into (inflows) or out of (outflows) exchange-traded funds each day, a widely watched measure of demand.',
    long: 'When investors buy more shares than they sell, the fund creates shares and, for a spot crypto ETF, buys coins; outflows work the other way. Daily flow tables for the Bitcoin funds are published every evening. Large streaks of inflows have coincided with price rallies.',
  },
  'creation-redemption': {
    category: 'market',
    title: 'Creation and redemption',
    short:
      'How ETF shares are made and removed: large dealers hand in assets (or cash) for new shares, or return shares for assets.',
    long: 'The mechanism keeps an ETF’s price close to the value of what it holds, because dealers profit from any gap. Early US Bitcoin ETFs had to use cash; in-kind creation with actual bitcoin was allowed from 2025. In-kind is cheaper and more tax-efficient.',
  },
  'authorized-participant': {
    category: 'market',
    title: 'Authorized participant',
    short: 'A large dealer allowed to create and redeem an ETF’s shares directly with the fund.',
    long: 'Authorized participants are usually big banks and trading firms. They buy the underlying asset, deliver it for new shares, and sell those on the exchange, or the reverse. Their arbitrage keeps the fund’s price near its net asset value.',
  },
  'nav-premium': {
    category: 'market',
    title: 'Premium or discount to NAV (mNAV)',
    short:
      'How far a fund’s or company’s market value sits above or below the value of the crypto it holds.',
    long: 'Closed-end trusts and bitcoin treasury companies can trade far from their holdings because shares cannot be swapped for coins. mNAV divides a company’s market value by the value of its bitcoin; above one, it can issue shares to buy more bitcoin. A premium that turns into a discount ends that strategy.',
  },
  'bitcoin-treasury-company': {
    category: 'market',
    title: 'Bitcoin treasury company',
    short:
      'A listed company that holds bitcoin, or another coin, as its main reserve asset and raises money to buy more.',
    long: 'Strategy, formerly MicroStrategy, started the model in 2020 and dozens of imitators followed. They fund purchases by selling shares and convertible debt. Investors judge them by bitcoin per share and by the premium of their market value over their holdings.',
  },
  'basis-trade': {
    category: 'market',
    title: 'Basis trade (cash-and-carry)',
    short:
      'Buying an asset and selling its futures at a higher price to pocket the difference, with no bet on the direction of the price.',
    long: 'Crypto futures often trade above spot because traders pay up for leverage. Funds buy spot bitcoin or ETF shares and short CME futures to earn that spread, annualised as the basis. Part of ETF flows comes from this trade, so inflows do not always mean new buyers.',
  },
  contango: {
    category: 'market',
    title: 'Contango and backwardation',
    short:
      'Contango: futures trade above the spot price. Backwardation: futures trade below it, usually a sign of stress or strong spot demand.',
    long: 'Crypto futures are normally in contango because buyers want leverage and there is a cost to holding coins. Deep backwardation appears in sell-offs when traders rush to hedge. The size of the gap is what basis traders earn.',
  },
  'crypto-futures': {
    category: 'market',
    title: 'Crypto futures',
    short:
      'Contracts to buy or sell a coin at a set price on a future date; CME lists regulated Bitcoin and ether futures.',
    long: 'Futures let traders bet on or hedge the price without holding coins. Dated futures expire, unlike the perpetual swaps of crypto exchanges. CME open interest is read as a sign of institutional activity.',
  },
  'cme-gap': {
    category: 'market',
    title: 'CME gap',
    short:
      'A jump between the Friday close and Monday open of CME Bitcoin futures, caused by crypto trading on over the weekend.',
    long: 'Bitcoin trades around the clock, but CME futures pause at weekends. Some traders believe prices tend to return to fill the gap. The pattern is folklore more than law.',
  },
  liquidation: {
    category: 'market',
    title: 'Liquidation',
    short:
      'The forced closing of a leveraged position when losses eat through its collateral; waves of them can drive sharp price moves.',
    long: 'An exchange sells a losing long, or buys back a losing short, once the margin falls below the maintenance level. Each forced trade pushes the price further and can trigger the next, a liquidation cascade. Daily liquidation totals are reported as a measure of market stress.',
  },
  leverage: {
    category: 'market',
    title: 'Leverage',
    short:
      'Trading with borrowed money so that a position is larger than the trader’s own stake; gains and losses are multiplied.',
    long: 'Crypto exchanges offer leverage of 100 times or more on perpetual futures. A small move against a highly leveraged position wipes out the collateral. The estimated leverage ratio compares open interest with exchange reserves to gauge how stretched the market is.',
  },
  'short-squeeze': {
    category: 'market',
    title: 'Short squeeze / long squeeze',
    short:
      'A rapid price move that forces traders on the wrong side to close: rising prices squeeze shorts, falling prices squeeze longs.',
    long: 'Closing a short means buying, which pushes the price up further and forces more shorts out. Long squeezes work the same way downwards. High open interest and lopsided funding rates make squeezes more likely.',
  },
  'long-short-ratio': {
    category: 'market',
    title: 'Long/short ratio',
    short:
      'The share of traders or positions betting on a rise compared with those betting on a fall, on one exchange or across many.',
    long: 'A very high ratio shows crowded optimism and a risk of a long squeeze, and the reverse for a low one. Figures differ between exchanges and between counting accounts and volume. It is a sentiment gauge, not a forecast.',
  },
  'crypto-options': {
    category: 'market',
    title: 'Crypto options',
    short:
      'Contracts giving the right, not the obligation, to buy (call) or sell (put) a coin at a set price by a set date.',
    long: 'Deribit dominates crypto options, and the US Bitcoin ETFs have listed options since late 2024. Large monthly and quarterly expiries can pull prices around them. Options prices reveal the volatility traders expect.',
  },
  'max-pain': {
    category: 'market',
    title: 'Max pain',
    short:
      'The strike price at which the most options would expire worthless; some traders expect prices to drift there before expiry.',
    long: 'It is computed from open interest across all strikes of an expiry. The theory is that option sellers hedge in ways that pull the price toward it. Evidence for the effect is mixed.',
  },
  'put-call-ratio': {
    category: 'market',
    title: 'Put/call ratio',
    short:
      'Open interest or volume in put options divided by that in call options; higher values show more demand for downside protection.',
    long: 'Traders read a high ratio as fear and a low ratio as greed. Because puts are also used to hedge holdings, the ratio is not a pure bet on direction. It is tracked for Bitcoin and ether options.',
  },
  'implied-volatility': {
    category: 'market',
    title: 'Implied volatility',
    short:
      'The future price swings that options prices imply, as an annualised percentage; realized volatility is what actually happened.',
    long: 'When traders pay more for options, implied volatility rises. Deribit’s DVOL index tracks it for Bitcoin and ether like the VIX does for stocks. Skew compares puts and calls to show which direction traders fear more.',
  },
  'market-maker': {
    category: 'market',
    title: 'Market maker',
    short:
      'A firm that continuously quotes prices to buy and sell, earning the spread and providing liquidity to other traders.',
    long: 'Market makers keep order books deep so large trades move prices less. Token projects often hire them, sometimes with loans of tokens and options. Their withdrawal during stress can make moves much sharper.',
  },
  'automated-market-maker': {
    category: 'market',
    title: 'Automated market maker (AMM)',
    short:
      'A smart contract that quotes prices from a formula over the tokens in its pool, instead of matching buyers and sellers.',
    long: 'Traders swap against the pool and the price moves as its balances change. Liquidity providers deposit tokens and earn fees but face impermanent loss. Uniswap popularised the design.',
  },
  slippage: {
    category: 'market',
    title: 'Slippage',
    short:
      'The difference between the price you expect for a trade and the price you actually get, larger for big trades in thin markets.',
    long: 'On an order book, a large order eats through several price levels. On an AMM the pool price moves as you trade. Decentralised exchanges let users set a slippage tolerance, beyond which the trade fails.',
  },
  'otc-desk': {
    category: 'market',
    title: 'OTC desk',
    short:
      'A trading desk that arranges large crypto trades privately between parties instead of on a public order book.',
    long: 'Big buyers such as funds and companies use OTC desks to avoid moving the public price. The trades settle later on-chain or inside the desk’s books. Analysts track OTC desk balances as a hint of institutional demand.',
  },
  'wash-trading': {
    category: 'market',
    title: 'Wash trading',
    short:
      'Trading with yourself, or in collusion, to fake volume and activity; common on unregulated exchanges and NFT markets.',
    long: 'Fake volume makes a token or venue look more liquid and popular than it is. Studies have found much of the volume on some exchanges to be wash trading. It is illegal in regulated markets.',
  },
  'spot-market': {
    category: 'market',
    title: 'Spot market',
    short:
      'The market where coins are bought and sold for immediate delivery, as opposed to futures and options.',
    long: 'Spot volume shows real buying and selling of coins. Rallies driven by spot buying are considered healthier than those driven by leveraged futures. Spot ETFs buy on the spot market to back their shares.',
  },
  'support-resistance': {
    category: 'market',
    title: 'Support and resistance',
    short:
      'Price levels where buying (support) or selling (resistance) has repeatedly stopped a move, watched by chart traders.',
    long: 'Round numbers and previous highs and lows often act as such levels. A break through resistance is read as bullish, a break below support as bearish. They work partly because many traders watch the same lines.',
  },
  'moving-average': {
    category: 'market',
    title: 'Moving average',
    short:
      'The average price over a rolling window, such as 50 or 200 days, used to show the trend; the 200-week average has marked Bitcoin’s cycle lows.',
    long: 'Prices above a long moving average suggest an uptrend and below it a downtrend. The 200-week moving average has acted as a floor in past Bitcoin bear markets. Crossings of the 50-day and 200-day averages are called golden and death crosses.',
  },
  'golden-cross': {
    category: 'market',
    title: 'Golden cross and death cross',
    short:
      'A golden cross is the 50-day moving average rising above the 200-day one; a death cross is the reverse.',
    long: 'Chart traders read the golden cross as the start of an uptrend and the death cross as a downtrend. Because moving averages lag, the signal often comes after much of the move. Crypto media report both as headlines.',
  },
  rsi: {
    category: 'market',
    title: 'Relative Strength Index (RSI)',
    short:
      'A momentum indicator from 0 to 100; readings above 70 are called overbought and below 30 oversold.',
    long: 'It compares the size of recent gains with recent losses, usually over 14 periods. Traders use extreme readings to expect a pause or reversal. In strong trends it can stay overbought or oversold for a long time.',
  },
  'dead-cat-bounce': {
    category: 'market',
    title: 'Dead cat bounce',
    short:
      'A short-lived price recovery in the middle of a larger decline, after which the fall resumes.',
    long: 'It is only clear in hindsight: at the time it looks like a relief rally. Traders warn of it after sharp crashes. The phrase comes from the saying that even a dead cat bounces if dropped from high enough.',
  },
  'four-year-cycle': {
    category: 'market',
    network: 'halving',
    title: 'Four-year cycle',
    short:
      'Bitcoin’s pattern so far of a bull market after each halving followed by a deep bear market, repeating about every four years.',
    long: 'Peaks came in late 2013, 2017 and 2021, each a year or so after a halving. Believers link it to the cut in new supply; sceptics say ETFs and institutions have broken the pattern. Many investors still time their expectations by it.',
  },
  'supply-shock': {
    category: 'market',
    title: 'Supply shock',
    short:
      'A sudden drop in the amount of a coin available to buy, which can push the price up sharply if demand holds.',
    long: 'Halvings cut new supply; ETFs and treasury companies remove coins from circulation. Analysts argue that when exchange balances fall while demand rises, a squeeze follows. The effect is hard to measure in advance.',
  },
  'fear-and-greed-index': {
    category: 'market',
    title: 'Fear and Greed Index',
    short:
      'A daily score from 0 (extreme fear) to 100 (extreme greed) combining volatility, momentum, social media and other data.',
    long: 'The crypto version is published by Alternative.me, and CNN publishes one for stocks. Contrarians buy in extreme fear and sell in extreme greed. It describes the mood rather than predicting prices.',
  },
  flippening: {
    category: 'market',
    title: 'The flippening',
    short:
      'The hypothetical moment when Ethereum’s market value overtakes Bitcoin’s, or more loosely any coin overtaking another.',
    long: 'The idea was popular in 2017 and 2021 when ether rallied faster than bitcoin. It has never happened for Bitcoin’s market cap. The term is now also used for other rankings, such as fees or volumes.',
  },
  mvrv: {
    category: 'market',
    title: 'MVRV ratio',
    short:
      'Market value divided by realized value: how far the price sits above or below the average cost at which coins last moved.',
    long: 'Readings far above one have marked cycle tops, and readings below one have marked bottoms, when the average holder was at a loss. The MVRV Z-score scales the gap by its historical spread. It is one of the most cited on-chain valuation metrics.',
  },
  'realized-price': {
    category: 'market',
    title: 'Realized price',
    short:
      'The average price at which all existing bitcoin last moved on-chain: a rough estimate of the market’s cost basis.',
    long: 'It is realized cap divided by supply. When the market price falls below it, the average holder is at a loss, which has happened only near deep bear-market lows. Versions for short-term and long-term holders are also tracked.',
  },
  'realized-cap': {
    category: 'market',
    title: 'Realized cap',
    short:
      'The value of all coins counted at the price when each last moved, instead of today’s price.',
    long: 'Coins lost years ago count at their old, low value, so realized cap discounts them. It rises when coins change hands at higher prices, showing real capital flowing in. It is the denominator of the MVRV ratio.',
  },
  nupl: {
    category: 'market',
    title: 'NUPL (net unrealized profit/loss)',
    short:
      'The share of Bitcoin’s market value that is unrealized profit or loss for holders: (market cap minus realized cap) divided by market cap.',
    long: 'Above about 0.75 the market has been euphoric and near tops; below zero, in capitulation. Analysts colour the chart by phase from capitulation to euphoria. It carries the same information as MVRV in another form.',
  },
  sopr: {
    category: 'market',
    title: 'SOPR (spent output profit ratio)',
    short:
      'The price at which coins are spent divided by the price at which they were acquired, averaged over a day.',
    long: 'Above one, coins moving are sold at a profit on average; below one, at a loss. In bull markets it tends to bounce off one, as holders refuse to sell at a loss. Adjusted SOPR leaves out coins that moved within an hour.',
  },
  'puell-multiple': {
    category: 'mining',
    network: 'hashprice',
    title: 'Puell Multiple',
    short:
      'Daily miner revenue in dollars divided by its one-year average; high readings have marked tops, low ones miner stress and bottoms.',
    long: 'Miners must sell coins to pay costs, so their income shapes selling pressure. When revenue is far above its average, miners sell into strength; when far below, weak miners capitulate. Halvings push the multiple down abruptly.',
  },
  'exchange-reserves': {
    category: 'market',
    title: 'Exchange reserves',
    short:
      'How many coins sit in exchanges’ known wallets; falling reserves suggest coins going into long-term storage.',
    long: 'Coins moving to exchanges are often about to be sold, and coins leaving them are often being stored. Analysts chart daily netflows as a sentiment signal. Estimates depend on which wallets are identified, so providers disagree.',
  },
  'proof-of-reserves': {
    category: 'market',
    title: 'Proof of reserves',
    short:
      'An exchange or custodian showing that it holds the customer coins it claims to, usually with on-chain evidence and an audit.',
    long: 'After FTX collapsed in 2022, many exchanges began publishing proofs. A full proof also needs the liabilities side, so customers can check that their balances are included. Without liabilities, reserves alone say little about solvency.',
  },
  'whale-transaction': {
    category: 'market',
    title: 'Whale transaction',
    short:
      'A very large on-chain transfer, often reported by alert services when coins worth millions move between wallets or exchanges.',
    long: 'Moves into an exchange are read as possible selling and moves out as accumulation. Many alerts turn out to be exchanges reshuffling their own wallets. Whale wallets are tracked by size bands.',
  },
  'hodl-waves': {
    category: 'market',
    title: 'HODL waves',
    short:
      'A chart of Bitcoin’s supply split by how long coins have stayed unmoved, showing when old holders sell and new ones accumulate.',
    long: 'In bull markets the bands of young coins swell as long-held coins change hands. In bear markets coins age and the older bands grow. A variant weights the bands by realized value.',
  },
  'long-term-holder': {
    category: 'market',
    title: 'Long-term holder (LTH)',
    short:
      'In on-chain analysis, coins unmoved for at least about 155 days, and the holders they belong to.',
    long: 'Such coins are statistically unlikely to be sold soon. Long-term holders tend to sell into rallies and accumulate in bear markets. Their supply and cost basis are watched as cycle indicators.',
  },
  'short-term-holder': {
    category: 'market',
    title: 'Short-term holder (STH)',
    short:
      'In on-chain analysis, coins that moved within the last 155 days or so, and the holders they belong to.',
    long: 'Short-term holders react most to price moves and sell in panics. Their realized price often acts as support in bull markets. When the price falls below it, recent buyers are at a loss on average.',
  },
  'coin-days-destroyed': {
    category: 'market',
    title: 'Coin days destroyed',
    short:
      'A measure of how much old coin moved: each coin spent counts for the number of days it had been idle.',
    long: 'Moving one bitcoin that sat for a year destroys 365 coin days. Spikes show long-held coins moving, which may mean old holders are selling. It gives more weight to dormant coins than plain volume does.',
  },
  'dormant-coins': {
    category: 'market',
    title: 'Dormant coins',
    short:
      'Coins that have not moved for many years; some are lost, some belong to patient holders, and their waking is big news.',
    long: 'Several million bitcoin have not moved in over a decade, including those attributed to Satoshi. When an old wallet moves, analysts watch whether the coins reach an exchange. Dormant supply makes the circulating supply smaller than it appears.',
  },
  'illiquid-supply': {
    category: 'market',
    title: 'Illiquid supply',
    short:
      'Coins held in wallets that rarely or never sell, as opposed to liquid supply sitting with active traders and exchanges.',
    long: 'Glassnode classifies wallets by how much they have historically spent. A rising illiquid share means fewer coins are available to buy. Bulls cite it as a sign of a coming supply squeeze.',
  },
  'on-chain-analysis': {
    category: 'market',
    title: 'On-chain analysis',
    short:
      'Studying the public blockchain, such as coin ages, flows between wallets and profit at the time of sale, to read market behaviour.',
    long: 'Because every Bitcoin transaction is public, analysts can estimate what holders paid and when they sell. Firms label wallets of exchanges, miners and funds to follow flows. The same techniques are used for surveillance and by law enforcement to trace funds.',
  },
  tokenomics: {
    category: 'market',
    title: 'Tokenomics',
    short:
      'The supply design of a token: how many exist, who got them, how new ones are issued and when insiders can sell.',
    long: 'Large allocations to founders and investors, with unlocks coming later, can weigh on the price for years. Fixed supply, burning and staking rewards all change how scarce a token is. Reading the tokenomics is basic due diligence.',
  },
  'fully-diluted-valuation': {
    category: 'market',
    title: 'Fully diluted valuation (FDV)',
    short:
      'A token’s price times its maximum supply: what the project would be worth if every token already existed.',
    long: 'Many new tokens launch with a small circulating supply and a huge FDV. The gap shows how much future selling from unlocks and emissions may come. A low market cap can hide a very high FDV.',
  },
  'circulating-supply': {
    category: 'market',
    title: 'Circulating supply',
    short:
      'The number of coins that exist and can be traded now, excluding locked, unissued or burned tokens.',
    long: 'Market cap is usually computed from circulating supply. For Bitcoin it is just under 20 million of the 21 million maximum. For newer tokens, unlocks increase it over time.',
  },
  'token-unlock': {
    category: 'market',
    title: 'Token unlock',
    short:
      'The date when tokens held by a project’s team or investors stop being locked and can be sold.',
    long: 'Projects release insider tokens on a vesting schedule, often monthly after a one-year cliff. Large unlocks can add selling pressure. Trackers publish calendars of upcoming unlocks.',
  },
  tvl: {
    category: 'market',
    title: 'Total value locked (TVL)',
    short:
      'The value of all crypto deposited in a DeFi protocol or blockchain’s smart contracts, a rough measure of its use.',
    long: 'TVL rises with deposits and with token prices, so it can grow without new users. Double counting is common when the same coins are reused across protocols. It is still the most cited DeFi size figure.',
  },
  covenants: {
    category: 'bitcoin',
    title: 'Covenants',
    short:
      'Rules that restrict where coins can be sent next, not just who can spend them; several Bitcoin soft forks propose them.',
    long: 'Today a Bitcoin script can only check who signs. A covenant could require, for example, that coins go to a vault or a set of outputs fixed in advance. Proposals such as CTV, OP_CAT and CSFS enable covenants of different power, and the debate is about which, if any, to activate.',
  },
  ctv: {
    category: 'bitcoin',
    title: 'OP_CHECKTEMPLATEVERIFY (CTV)',
    short:
      'A proposed opcode (BIP119) that lets a script require the spending transaction to match a template committed in advance.',
    long: 'It is the simplest covenant proposal: coins can be locked so they can only move in a pre-set way. Uses include congestion control, vaults and cheaper channel factories. Supporters have pushed for activation since 2020, often now bundled with CSFS.',
  },
  'op-cat': {
    category: 'bitcoin',
    title: 'OP_CAT',
    short:
      'A script opcode that joins two pieces of data; disabled in 2010 and proposed for Tapscript again in BIP347.',
    long: 'Concatenation sounds trivial, but with Schnorr signatures it lets scripts inspect the spending transaction and so build covenants. Supporters see a small, general tool; critics worry about what else it enables. It would only be re-enabled in Tapscript.',
  },
  anyprevout: {
    category: 'bitcoin',
    title: 'SIGHASH_ANYPREVOUT (APO)',
    short:
      'A proposed signature flag (BIP118) letting a signature stay valid for a different coin with the same script.',
    long: 'It enables LN-Symmetry, a simpler Lightning design in which an old channel state can be overridden by a newer one without penalties. It also allows some covenant-like constructions. It was earlier called SIGHASH_NOINPUT.',
  },
  csfs: {
    category: 'bitcoin',
    title: 'OP_CHECKSIGFROMSTACK (CSFS)',
    short:
      'A proposed opcode (BIP348) that checks a signature over any message supplied in the script, not only over the transaction.',
    long: 'It lets scripts verify signed statements such as an oracle’s price or a delegation. Combined with CTV it can emulate much of what ANYPREVOUT offers. In 2025 many developers publicly backed activating CTV and CSFS together.',
  },
  'great-consensus-cleanup': {
    category: 'bitcoin',
    title: 'Great Consensus Cleanup',
    short:
      'A proposed soft fork (BIP54) that fixes long-known bugs in Bitcoin’s rules, such as the timewarp attack and very slow blocks.',
    long: 'It limits transactions that take minutes to validate, closes the timewarp loophole, forbids 64-byte transactions and makes coinbase transactions unique. It changes no features, so it is seen as less contentious than covenants. First proposed in 2019, it was revived in 2024.',
  },
  'timewarp-attack': {
    category: 'mining',
    network: 'difficulty',
    title: 'Timewarp attack',
    short:
      'A flaw in Bitcoin’s difficulty adjustment that a majority of miners could exploit with false timestamps to lower difficulty and mine faster.',
    long: 'The adjustment measures each period in a way that leaves one block unlinked from the next period. By manipulating timestamps, colluding miners could drive difficulty down over weeks. The Great Consensus Cleanup closes the gap, and testnet4 already did.',
  },
  'op-vault': {
    category: 'bitcoin',
    title: 'OP_VAULT (Bitcoin vaults)',
    short:
      'A vault locks coins so any withdrawal must wait a delay during which the owner can claw it back; OP_VAULT (BIP345) proposed an opcode for it.',
    long: 'If a thief steals the hot key, the owner sees the pending withdrawal and sends the coins to a recovery key instead. Vaults can be built today with presigned transactions but awkwardly. Covenant opcodes would make them much simpler.',
  },
  'op-return': {
    category: 'bitcoin',
    title: 'OP_RETURN',
    short:
      'An output type that carries arbitrary data and can never be spent, used to embed small records in the blockchain.',
    long: 'Because it is provably unspendable, nodes can drop it from the UTXO set. Bitcoin Core long limited relay to about 80 bytes of data; removing the limit in 2025 caused one of the sharpest policy disputes in years. Protocols such as Runes store their data in it.',
  },
  'bitcoin-script': {
    category: 'bitcoin',
    title: 'Bitcoin Script',
    short:
      'The small stack-based language that sets the conditions for spending each coin, such as a signature, several signatures or a time.',
    long: 'It is deliberately limited: no loops and few operations, so every script can be checked quickly. Taproot lets a coin be spent either by a single key (the key path) or by revealing one of several scripts (the script path). New opcodes need a soft fork.',
  },
  tapscript: {
    category: 'bitcoin',
    title: 'Tapscript',
    short:
      'The version of Bitcoin Script used inside Taproot spends, with Schnorr signature checks and easier upgrade hooks.',
    long: 'Tapscript replaced some opcodes and added OP_SUCCESS codes reserved for future soft forks. Proposals such as OP_CAT would be enabled only in Tapscript. It also removed the old limit on the number of signature checks per script.',
  },
  mast: {
    category: 'bitcoin',
    title: 'MAST (script trees)',
    short:
      'Putting several spending scripts in a Merkle tree so that only the one actually used is revealed on-chain.',
    long: 'Unused conditions stay private and cost no block space. Taproot implemented the idea as its script tree, or taptree. A wallet can have a simple everyday path and hidden backup conditions.',
  },
  'schnorr-signatures': {
    category: 'bitcoin',
    title: 'Schnorr signatures',
    short:
      'The signature scheme Bitcoin added with Taproot in 2021 (BIP340): simpler than ECDSA and able to combine several keys into one.',
    long: 'Schnorr signatures are linear, so the public keys and signatures of several parties can be added together. A multisig spend can then look like a single signature, saving space and hiding the setup. They also enable adaptor signatures and FROST.',
  },
  ecdsa: {
    category: 'tech',
    title: 'ECDSA',
    short:
      'The elliptic-curve signature scheme Bitcoin used from the start and still uses for pre-Taproot outputs, over the secp256k1 curve.',
    long: 'Ethereum and many other chains use it too. It lacks the linearity of Schnorr, which makes key aggregation complex. A future quantum computer could break it, as it could break Schnorr.',
  },
  musig2: {
    category: 'bitcoin',
    title: 'MuSig2',
    short:
      'A protocol for several signers to produce one Schnorr signature for one combined key, in two rounds of communication.',
    long: 'On-chain, an n-of-n MuSig2 spend looks like any single-key Taproot payment. It is used in Lightning’s Taproot channels and in collaborative custody. It requires every signer to take part.',
  },
  frost: {
    category: 'bitcoin',
    title: 'FROST',
    short:
      'A threshold Schnorr signature scheme: any t of n signers can produce one ordinary-looking signature.',
    long: 'Unlike MuSig2, it does not need everyone, so it suits custody and federations. The result is indistinguishable from a single-key spend. Key generation is more complex and implementations are newer.',
  },
  'threshold-signatures': {
    category: 'tech',
    title: 'Threshold signatures (MPC)',
    short:
      'Splitting a private key into shares so that a set number of parties can sign together while no one ever holds the whole key.',
    long: 'Custodians use multi-party computation (MPC) wallets to avoid a single point of theft. Unlike script multisig, the chain sees only one ordinary signature. The security rests on the cryptography and the software, which must be audited carefully.',
  },
  'adaptor-signatures': {
    category: 'bitcoin',
    title: 'Adaptor signatures',
    short:
      'An incomplete signature that becomes valid only when a secret is added, so publishing the final signature reveals the secret.',
    long: 'They let two transactions be linked without any script: completing one lets the other party complete the other. They power PTLCs, atomic swaps and discreet log contracts. They rely on Schnorr-style signatures.',
  },
  timelock: {
    category: 'bitcoin',
    title: 'Timelock',
    short:
      'A condition that stops coins from being spent before a certain block height or time, either absolute or relative to confirmation.',
    long: 'Absolute timelocks name a date or height; relative ones count blocks since the coin was confirmed. They make Lightning, vaults and inheritance plans possible. A transaction can also carry an nLockTime so it cannot be mined before a given block.',
  },
  cltv: {
    category: 'bitcoin',
    title: 'OP_CHECKLOCKTIMEVERIFY (CLTV)',
    short:
      'The opcode that enforces an absolute timelock in a script: the coins cannot be spent before a set height or date.',
    long: 'Activated in 2015 by BIP65, it was the first new script feature since Bitcoin’s early days. Lightning uses it for the deadlines of HTLCs. Wallets use it for timed backups and inheritance.',
  },
  'csv-timelock': {
    category: 'bitcoin',
    title: 'OP_CHECKSEQUENCEVERIFY (CSV)',
    short:
      'The opcode that enforces a relative timelock: coins can only be spent a set number of blocks after they were confirmed.',
    long: 'Activated in 2016 with BIP112, it uses each input’s nSequence field. It gives Lightning its dispute window, in which a cheated party can punish an old channel state. Vault designs rely on it too.',
  },
  'soft-fork-activation': {
    category: 'bitcoin',
    title: 'Soft fork activation',
    short:
      'How a Bitcoin rule change is switched on, usually once enough miners signal readiness in their blocks.',
    long: 'Under BIP9 a change activates when 95 percent (later 90) of blocks in a period signal; Taproot used the shorter Speedy Trial. A user-activated soft fork instead has nodes enforce the rule from a set date regardless of miners. Choosing a method is often as contentious as the change itself.',
  },
  drivechain: {
    category: 'bitcoin',
    title: 'Drivechain',
    short:
      'A proposal (BIP300 and BIP301) for sidechains whose coins are pegged to bitcoin and whose withdrawals are approved by miners.',
    long: 'Sidechains could then add features without changing Bitcoin itself. Critics say it gives miners too much power over users’ coins and new incentives to misbehave. It has not been activated.',
  },
  'post-quantum': {
    category: 'bitcoin',
    title: 'Post-quantum Bitcoin',
    short:
      'Plans to move Bitcoin to signatures that quantum computers could not break, before such computers exist.',
    long: 'A large quantum computer could derive private keys from public keys, putting coins with exposed keys at risk. Proposals such as BIP360 add new quantum-resistant output types. The hard questions are the timeline and what to do with coins that never move.',
  },
  bitvm: {
    category: 'bitcoin',
    title: 'BitVM',
    short:
      'A way to verify arbitrary computation on Bitcoin through a challenge game, without changing the consensus rules.',
    long: 'One party claims a result, and anyone can prove fraud on-chain step by step if the claim is false. It is mainly used to build bridges to other systems with weaker trust than a federation. The protocols are complex and need large amounts of off-chain data.',
  },
  'ark-protocol': {
    category: 'bitcoin',
    title: 'Ark',
    short:
      'A layer-2 protocol in which a server batches many users’ payments into shared transactions, without users needing channels.',
    long: 'Users hold virtual UTXOs that they can always withdraw on-chain themselves. Payments are settled in rounds that the server coordinates. It aims to make self-custodial payments simpler than Lightning.',
  },
  statechain: {
    category: 'bitcoin',
    title: 'Statechain',
    short:
      'A layer-2 design in which ownership of a coin passes by handing over keys with a server’s help, without an on-chain transaction.',
    long: 'The coin stays in one output shared by the current owner and the server. Each transfer swaps the owner’s key share, and the server deletes the old one. Users must trust the server to really delete.',
  },
  ecash: {
    category: 'bitcoin',
    title: 'Ecash (Cashu, Fedimint)',
    short:
      'Digital bearer tokens issued by a mint backed by bitcoin; blind signatures make payments private even from the mint.',
    long: 'David Chaum invented the idea in the 1980s. Cashu runs single mints and Fedimint runs mints as federations of guardians. Users trust the mint with their bitcoin in exchange for privacy and easy payments.',
  },
  'taproot-assets': {
    category: 'bitcoin',
    title: 'Taproot Assets and RGB',
    short:
      'Protocols that issue tokens such as stablecoins on Bitcoin by hiding commitments in ordinary transactions.',
    long: 'The token data lives off-chain and only a commitment is stored in a Taproot output. Tokens can move over Lightning channels. Tether announced plans in 2025 to issue USDT with both.',
  },
  inscriptions: {
    category: 'bitcoin',
    title: 'Inscriptions',
    short:
      'Data such as images or text written into the witness of a Bitcoin transaction and tied to a particular satoshi by the Ordinals scheme.',
    long: 'Inscriptions became popular in 2023 and pushed fees up for months. They use the witness discount that SegWit introduced. Some developers see them as spam; others as legitimate demand for block space.',
  },
  'brc-20': {
    category: 'bitcoin',
    title: 'BRC-20',
    short:
      'A token standard on Bitcoin built from text inscriptions that indexers read to track balances.',
    long: 'Minting and transfers are inscriptions with small JSON messages. Balances exist only in off-chain indexers, not in Bitcoin’s rules. The 2023 mania around it caused large fee spikes.',
  },
  runes: {
    category: 'bitcoin',
    title: 'Runes',
    short:
      'A fungible-token protocol on Bitcoin launched at the 2024 halving, storing token data in OP_RETURN outputs.',
    long: 'It was designed by the creator of Ordinals as a cleaner alternative to BRC-20. Tokens are tracked against UTXOs, so they fit Bitcoin’s model. Launch-day demand made the halving block one of the most fee-rich ever.',
  },
  testnet: {
    category: 'bitcoin',
    title: 'Testnet and signet',
    short:
      'Test networks that run Bitcoin’s software with coins of no value, so developers can try things safely.',
    long: 'Testnet is open to anyone mining, which made it unstable; testnet4 replaced testnet3 in 2024. Signet blocks are signed by set operators, giving a predictable network. Regtest is a private network a developer controls completely.',
  },
  mainnet: {
    category: 'bitcoin',
    title: 'Mainnet',
    short:
      'The live network of a blockchain, where coins have real value, as opposed to a test network.',
    long: 'A project going to mainnet means it is launched for real. Bugs there can cost real money. Developers test first on testnets.',
  },
  assumeutxo: {
    category: 'bitcoin',
    title: 'assumeUTXO',
    short:
      'A way for a new node to start from a snapshot of the UTXO set and be usable within hours, while verifying history in the background.',
    long: 'The snapshot’s hash is built into the software, so users only trust what they already trust by running it. The node later checks the snapshot against its own full validation. It is related to assumevalid, which skips old signature checks.',
  },
  'compact-block-filters': {
    category: 'bitcoin',
    title: 'Compact block filters',
    short:
      'Small per-block summaries (BIP157/158) that let a light wallet learn which blocks concern it without telling a server its addresses.',
    long: 'The wallet downloads filters, tests its own scripts and fetches only matching blocks. Unlike older light-client methods, it leaks little about what it is looking for. Neutrino is the best-known client.',
  },
  'compact-block-relay': {
    category: 'bitcoin',
    title: 'Compact block relay',
    short:
      'Sending a new block as short transaction IDs (BIP152), since peers usually already have the transactions in their mempools.',
    long: 'Nodes rebuild the block from their own mempool and ask only for what they miss. It makes blocks travel much faster with far less bandwidth. Fast propagation reduces stale blocks and the edge of large miners.',
  },
  erlay: {
    category: 'bitcoin',
    title: 'Erlay',
    short:
      'A proposed way for nodes to exchange transactions by reconciling sets instead of announcing each one to every peer.',
    long: 'Announcements take much of a node’s bandwidth. Erlay would cut that sharply and let nodes keep more connections, making attacks harder. It is being implemented in Bitcoin Core slowly.',
  },
  'initial-block-download': {
    category: 'bitcoin',
    title: 'Initial block download (IBD)',
    short:
      'The first sync of a new node: downloading and checking every block since 2009 to build its own view of the chain.',
    long: 'It can take hours to days depending on hardware. Faster IBD is a long-running goal because it keeps running a node practical. assumeUTXO shortens the wait before a node is usable.',
  },
  'pruned-node': {
    category: 'bitcoin',
    title: 'Pruned node',
    short:
      'A full node that checks every block but then deletes old block data, keeping only the UTXO set and recent blocks.',
    long: 'It needs a few gigabytes instead of hundreds. It verifies exactly as much as an archival node but cannot serve old blocks to others. It is a good option for a laptop.',
  },
  spv: {
    category: 'bitcoin',
    title: 'SPV (light clients)',
    short:
      'Simplified payment verification: checking that a transaction is in a block using only block headers, without downloading full blocks.',
    long: 'The white paper described it for light wallets. SPV wallets trust that miners follow the rules, since they do not check blocks themselves. Most mobile wallets use some form of it or a trusted server.',
  },
  'bitcoin-knots': {
    category: 'bitcoin',
    title: 'Bitcoin Knots',
    short:
      'An alternative Bitcoin node software derived from Bitcoin Core, with stricter default filters on data such as inscriptions.',
    long: 'Its maintainer keeps patches Core did not adopt. Its share of nodes rose sharply in 2025 during the dispute over OP_RETURN limits. It follows the same consensus rules as Core.',
  },
  reorg: {
    category: 'bitcoin',
    title: 'Reorg (chain reorganization)',
    short:
      'When nodes switch to a competing chain with more work, dropping one or more recent blocks they had accepted.',
    long: 'One-block reorgs happen naturally when two miners find blocks at about the same time. Transactions from dropped blocks return to the mempool. Deep reorgs would signal an attack, which is why exchanges wait for several confirmations.',
  },
  'longest-chain': {
    category: 'bitcoin',
    title: 'Most-work chain',
    short:
      'Nodes follow the valid chain with the most accumulated proof of work, often loosely called the longest chain.',
    long: 'It lets nodes agree on one history without a coordinator. It is measured in work, not in number of blocks. Invalid blocks do not count however much work they carry.',
  },
  'eclipse-attack': {
    category: 'bitcoin',
    title: 'Eclipse attack',
    short:
      'Isolating a node so that all its connections lead to the attacker, who can then feed it a false view of the network.',
    long: 'An eclipsed node could accept a weaker chain or miss transactions, which is dangerous for Lightning. Bitcoin Core defends with diverse peers and anchor connections kept across restarts. Erlay would allow more connections at low cost.',
  },
  'sybil-attack': {
    category: 'tech',
    title: 'Sybil attack',
    short: 'Creating many fake identities to gain influence in a network that counts participants.',
    long: 'Bitcoin avoids it by weighing votes on the chain by work rather than by identities. Peer-to-peer layers still need defences against floods of fake nodes. Proof of stake uses locked coins for the same purpose.',
  },
  'transaction-malleability': {
    category: 'bitcoin',
    title: 'Transaction malleability',
    short:
      'The possibility of changing a transaction’s ID without invalidating it, which broke chains of transactions that referred to it.',
    long: 'Third parties could alter signatures slightly and change the ID before confirmation. SegWit fixed it by moving signatures out of the ID calculation. That fix made the Lightning Network practical.',
  },
  ossification: {
    category: 'bitcoin',
    title: 'Ossification',
    short:
      'The idea that Bitcoin’s base rules should eventually stop changing, or the point at which change becomes practically impossible.',
    long: 'Supporters see a frozen protocol as a stable foundation, like an internet standard. Others fear it would lock in limits before features such as covenants or quantum resistance are added. The debate shapes every soft-fork proposal.',
  },
  'address-types': {
    category: 'bitcoin',
    title: 'Address types (P2PKH, P2WPKH, P2TR …)',
    short:
      'The formats of Bitcoin addresses: legacy (starting with 1), script (3), SegWit (bc1q) and Taproot (bc1p).',
    long: 'Each type encodes a different output script, from pay-to-public-key-hash to pay-to-taproot. Newer types are cheaper to spend and detect typos better thanks to bech32 and bech32m encoding. Wallets can send to all of them.',
  },
  'hd-wallet': {
    category: 'bitcoin',
    title: 'HD wallet',
    short:
      'A hierarchical deterministic wallet derives all its keys from one seed, so a single backup restores every address.',
    long: 'BIP32 defines how child keys are derived from a parent, and derivation paths such as those of BIP44 organise them into accounts. Wallets can generate a new address for every payment. Sharing the extended public key reveals all addresses, so it is private data.',
  },
  xpub: {
    category: 'bitcoin',
    title: 'xpub (extended public key)',
    short:
      'A public key plus chain code from which all of an account’s receiving addresses can be derived, but no private keys.',
    long: 'It lets a watch-only wallet or a shop server create addresses without being able to spend. Anyone with it can see the whole account’s history. Variants such as zpub signal the address type.',
  },
  'output-descriptors': {
    category: 'bitcoin',
    title: 'Output script descriptors',
    short:
      'A compact text language describing which scripts a wallet uses, so a wallet can be backed up and restored exactly.',
    long: 'A descriptor names the keys, derivation paths and script type, such as a 2-of-3 Taproot multisig. Bitcoin Core switched to descriptor wallets by default. They make multisig backups far less error-prone.',
  },
  miniscript: {
    category: 'bitcoin',
    title: 'Miniscript',
    short:
      'A structured way of writing Bitcoin scripts that software can analyse, combine and sign for automatically.',
    long: 'Wallets can reason about which keys and timelocks a Miniscript needs. It makes complex policies such as "2 of 3 now, or 1 after a year" practical. Several hardware wallets support it.',
  },
  psbt: {
    category: 'bitcoin',
    title: 'PSBT (partially signed Bitcoin transaction)',
    short:
      'A standard file format (BIP174) for passing an unsigned or partly signed transaction between wallets and signing devices.',
    long: 'It carries everything a signer needs to check and sign, including the amounts being spent. Hardware wallets and multisig setups rely on it. Version 2 (BIP370) makes it easier to add inputs and outputs along the way.',
  },
  'change-output': {
    category: 'bitcoin',
    title: 'Change output',
    short:
      'The output of a transaction that returns the rest of the spent coins to the sender, since UTXOs are spent whole.',
    long: 'Spending a 1 BTC coin to pay 0.3 BTC creates a 0.3 BTC payment and about 0.7 BTC of change. Wallets send change to a fresh address of their own. Analysts try to guess which output is change to follow funds.',
  },
  txid: {
    category: 'bitcoin',
    title: 'Transaction ID (TXID)',
    short:
      'The hash that identifies a transaction, shown as 64 hexadecimal characters; block explorers look transactions up by it.',
    long: 'Wallets show it as proof that a payment was sent. Since SegWit the ID does not cover signatures, so third parties cannot change it. The same transaction also has a wtxid that includes the witness.',
  },
  'block-explorer': {
    category: 'bitcoin',
    title: 'Block explorer',
    short:
      'A website that shows the blockchain in readable form: blocks, transactions, addresses, fees and the mempool.',
    long: 'mempool.space, where HashLens gets its network figures, is a widely used one. Looking up your own addresses on a public explorer tells its operator what you own. Running your own explorer avoids that.',
  },
  'address-reuse': {
    category: 'bitcoin',
    title: 'Address reuse',
    short:
      'Receiving more than one payment to the same address, which links the payments publicly and harms privacy.',
    long: 'Anyone can see every payment to an address and its total. HD wallets make a new address per payment easy. Donation addresses and exchange deposits are common reasons for reuse.',
  },
  'signing-device': {
    category: 'bitcoin',
    title: 'Signing device',
    short:
      'A dedicated device that holds private keys and signs transactions without exposing keys to an internet-connected computer.',
    long: 'Hardware wallets are the usual kind; air-gapped ones exchange data only by QR code or memory card. The device shows the amount and address so the user can check what they sign. It is central to most self-custody setups.',
  },
  passphrase: {
    category: 'bitcoin',
    title: 'Seed passphrase (25th word)',
    short:
      'An optional extra word added to a seed phrase that creates an entirely different wallet; without it the seed alone opens nothing.',
    long: 'It protects against someone finding the written seed words. Losing the passphrase means losing the coins, because there is no recovery. Some users keep a decoy wallet on the seed alone.',
  },
  'payment-channel': {
    category: 'bitcoin',
    title: 'Payment channel (Lightning channel)',
    short:
      'Two parties lock bitcoin in a shared output and then pay each other by updating signed balances off-chain, as often as they like.',
    long: 'Only opening and closing touch the blockchain; every payment in between is an exchange of signatures. The channel’s capacity is the amount locked in it, split between the two sides. Channels linked together form the Lightning Network.',
  },
  htlc: {
    category: 'bitcoin',
    title: 'HTLC (hash time-locked contract)',
    short:
      'A conditional payment that the receiver can claim by revealing a secret before a deadline; otherwise it returns to the sender.',
    long: 'Lightning payments hop across several channels using HTLCs that share one secret, so either every hop is paid or none is. The timelocks give each node time to claim its incoming payment. Because every hop uses the same hash, nodes on a route can link the payment.',
  },
  ptlc: {
    category: 'bitcoin',
    title: 'PTLC (point time-locked contract)',
    short:
      'A successor to HTLCs that uses adaptor signatures instead of a shared hash, so each hop of a Lightning payment looks different.',
    long: 'PTLCs improve privacy because nodes on a route can no longer match the hops of one payment. They need Schnorr signatures, which Taproot brought. Deploying them requires changes across Lightning implementations.',
  },
  splicing: {
    category: 'bitcoin',
    title: 'Splicing',
    short:
      'Adding funds to or removing them from a Lightning channel without closing it, through a single on-chain transaction.',
    long: 'A splice-in adds coins and a splice-out sends some to an on-chain address, while the channel keeps working. Wallets can then show one balance instead of separate on-chain and Lightning funds. Some mobile wallets have relied on it since 2023.',
  },
  lsp: {
    category: 'bitcoin',
    title: 'Lightning service provider (LSP)',
    short:
      'A company that opens channels to users and supplies the inbound liquidity mobile Lightning wallets need.',
    long: 'Receiving on Lightning needs a channel with funds on the other side, which new users lack. An LSP provides it, often with zero-conf channels, for a fee. It sees some payment information, which is a privacy trade-off.',
  },
  bolt: {
    category: 'bitcoin',
    title: 'BOLT (Lightning specifications)',
    short:
      'The Basis of Lightning Technology documents: the numbered specifications that let different Lightning implementations work together.',
    long: 'Each BOLT covers one part, such as the peer protocol, onion routing or invoices (BOLT 11). Implementations such as LND, Core Lightning, Eclair and LDK follow them. Changes are agreed among the implementers.',
  },
  'lightning-invoice': {
    category: 'bitcoin',
    title: 'Lightning invoice (BOLT 11)',
    short:
      'A payment request starting with "lnbc" that encodes the amount, the payee’s node, a payment hash and an expiry.',
    long: 'The receiver creates an invoice and the payer’s wallet finds a route to pay it. Each invoice should be paid only once. Offers (BOLT 12) add reusable requests.',
  },
  'bolt12-offers': {
    category: 'bitcoin',
    title: 'BOLT 12 offers',
    short:
      'A Lightning payment format in which a static, reusable code lets payers fetch a fresh invoice over the network.',
    long: 'Offers can be printed once and paid many times, and they support refunds and recurring payments. They use onion messages and blinded paths, which hide the receiver’s node. Support has spread across implementations since 2024.',
  },
  watchtower: {
    category: 'bitcoin',
    title: 'Watchtower (Lightning)',
    short:
      'A service that watches the blockchain for a user’s channels and punishes a counterparty who tries to close with an old state.',
    long: 'Lightning users must react within a set window if cheated, which is hard for a phone that is often offline. A watchtower holds the needed penalty transaction and broadcasts it if required. It learns little about the channel.',
  },
  'anchor-outputs': {
    category: 'bitcoin',
    network: 'fees',
    title: 'Anchor outputs',
    short:
      'Small extra outputs on Lightning commitment transactions that either party can spend to add fees when closing.',
    long: 'Fees for a force close used to be fixed when the state was signed, and could be too low weeks later. Anchors let the closer bump the fee with CPFP at broadcast time. Ephemeral anchors are a newer, leaner version.',
  },
  'zero-conf-channels': {
    category: 'bitcoin',
    title: 'Zero-conf channels',
    short:
      'Lightning channels used before their funding transaction confirms, trusting the party that opened them.',
    long: 'They let a new user receive funds immediately instead of waiting for blocks. The user trusts the LSP not to double-spend the funding transaction. LSPs commonly use them to onboard wallets.',
  },
  'inbound-liquidity': {
    category: 'bitcoin',
    title: 'Inbound liquidity',
    short: 'How much a Lightning node can receive: the funds on the other side of its channels.',
    long: 'A new channel you fund yourself can only send at first. To receive, someone must commit funds toward you, which is what LSPs and liquidity ads sell. Outbound liquidity is the reverse, what you can send.',
  },
  'submarine-swap': {
    category: 'bitcoin',
    title: 'Submarine swap',
    short:
      'Exchanging on-chain bitcoin for Lightning bitcoin, or the reverse, in a trustless way tied by one secret.',
    long: 'Either both sides complete or both are refunded, thanks to hash-locked contracts. Swaps let users refill or empty channels without closing them. Services such as Loop and Boltz offer them.',
  },
  'atomic-swap': {
    category: 'bitcoin',
    title: 'Atomic swap',
    short:
      'A trade of coins between two blockchains that either completes on both or not at all, with no exchange in the middle.',
    long: 'Both sides lock coins with the same hash and timelocks, or link their signatures with adaptor signatures. Revealing the secret to claim one side lets the other claim theirs. It is used for trades such as bitcoin for Monero.',
  },
  'force-close': {
    category: 'bitcoin',
    title: 'Force close',
    short:
      'Closing a Lightning channel alone by broadcasting the latest commitment transaction, when the other side is unresponsive.',
    long: 'A cooperative close is cheaper and immediate. After a force close, the closer’s funds wait behind a timelock so the other side can dispute an outdated state. High fees at the time make force closes costly.',
  },
  'onion-routing': {
    category: 'bitcoin',
    title: 'Onion routing (Lightning)',
    short:
      'Wrapping a payment’s route in layers of encryption so each node sees only the previous and next hop.',
    long: 'Lightning borrowed the idea from Tor. A routing node cannot tell whether its neighbour is the sender or the receiver. Onion messages use the same layering to carry data such as BOLT 12 invoices.',
  },
  'multipath-payments': {
    category: 'bitcoin',
    title: 'Multipath payments (MPP)',
    short:
      'Splitting a Lightning payment into parts that travel different routes and are combined at the receiver.',
    long: 'A large payment may not fit through any single channel. Splitting lets the wallet use the capacity of several. The receiver claims all parts or none.',
  },
  'trampoline-routing': {
    category: 'bitcoin',
    title: 'Trampoline routing',
    short:
      'Letting a light Lightning wallet hand route-finding to a better-connected node instead of storing the whole network map.',
    long: 'Mobile phones struggle to keep the full graph up to date. The wallet pays a trampoline node, which finds the rest of the route. It costs some privacy and a fee.',
  },
  keysend: {
    category: 'bitcoin',
    title: 'Keysend',
    short:
      'A Lightning payment sent to a node’s public key without an invoice, with the secret included for the receiver.',
    long: 'It allows spontaneous payments such as tips and streaming payments to podcasts. The sender gets no proof of payment, because the sender created the secret. BOLT 12 offers cover many of the same uses.',
  },
  lnurl: {
    category: 'bitcoin',
    title: 'LNURL and Lightning addresses',
    short:
      'Conventions that turn a web link or an e-mail-like address into Lightning invoices on request.',
    long: 'A Lightning address such as name@domain lets anyone pay without first asking for an invoice. The sender’s wallet contacts the domain’s server, which returns a fresh invoice. It depends on that web server being honest and online.',
  },
  'channel-factories': {
    category: 'bitcoin',
    title: 'Channel factories',
    short:
      'A shared on-chain output among many users from which Lightning channels can be created and changed without new transactions.',
    long: 'They would let many users get channels for the block space of one transaction. Most designs need covenants or ANYPREVOUT to work well. They are still research.',
  },
  'ln-symmetry': {
    category: 'bitcoin',
    title: 'LN-Symmetry (eltoo)',
    short:
      'A proposed Lightning design in which any newer channel state simply overrides older ones, with no penalty transactions.',
    long: 'Today an old state published by mistake can cost the whole channel balance. LN-Symmetry removes that risk and makes channels among more than two parties easier. It needs a soft fork such as ANYPREVOUT.',
  },
  'channel-jamming': {
    category: 'bitcoin',
    title: 'Channel jamming',
    short:
      'An attack that ties up Lightning channels with payments that are never completed, blocking others from using them.',
    long: 'Each channel can hold a limited number of pending payments and amounts. An attacker sends payments and holds them until they time out, at little cost. Proposed fixes include upfront fees and reputation.',
  },
  'blinded-paths': {
    category: 'bitcoin',
    title: 'Blinded paths',
    short:
      'A way for a Lightning receiver to hide its node by giving payers an encrypted last part of the route.',
    long: 'The payer routes to an introduction node, from which the encrypted path leads on. The payer never learns who the receiver is. BOLT 12 offers use blinded paths by default.',
  },
  'dual-funded-channels': {
    category: 'bitcoin',
    title: 'Dual-funded channels',
    short:
      'Lightning channels that both parties put funds into when opening, so both can send and receive from the start.',
    long: 'Classic channels are funded by one side. Dual funding, with liquidity ads, lets nodes sell inbound liquidity openly. It is part of the Lightning specifications.',
  },
  'taproot-channels': {
    category: 'bitcoin',
    title: 'Taproot channels',
    short:
      'Lightning channels whose funding output is a Taproot key made with MuSig2, so opens and cooperative closes look like single-key payments.',
    long: 'Older channels use a visible 2-of-2 multisig script. Taproot channels are cheaper and more private on-chain. They are a step toward PTLCs.',
  },
  coinjoin: {
    category: 'bitcoin',
    title: 'CoinJoin',
    short:
      'A transaction in which many users combine coins and receive equal outputs, breaking the visible link between who paid and who received.',
    long: 'Nobody has to trust a coordinator with their coins: each participant signs only if their own output is correct. The coordinators of Wasabi and Samourai, the best-known services, shut down in 2024 under legal pressure. Some exchanges flag coins with coinjoin history.',
  },
  payjoin: {
    category: 'bitcoin',
    title: 'PayJoin',
    short:
      'A payment in which the receiver adds an input of their own, which breaks the common assumption that all inputs belong to the payer.',
    long: 'It looks like an ordinary transaction but defeats a heuristic analysts rely on. BIP78 and the newer BIP77 standardise it. It needs sender and receiver wallets to cooperate.',
  },
  'silent-payments': {
    category: 'bitcoin',
    title: 'Silent payments',
    short:
      'A static address (BIP352) that can be published once while every payment to it lands on a different, unlinkable on-chain address.',
    long: 'The sender derives a fresh address from the receiver’s code and its own input keys. Observers cannot tell that payments go to the same person. The receiver must scan the chain to find them, which costs computation.',
  },
  'coin-mixer': {
    category: 'bitcoin',
    title: 'Coin mixer',
    short:
      'A service that pools coins from many users and pays them back out to hide where they came from.',
    long: 'Custodial mixers take the coins and can steal or log them. Regulators treat many as money-laundering tools, and several operators have been prosecuted. CoinJoin offers mixing without handing over coins.',
  },
  'stealth-address': {
    category: 'tech',
    title: 'Stealth address',
    short:
      'An address from which senders derive a new one-time address for each payment, so payments cannot be linked publicly.',
    long: 'Monero uses stealth addresses for every transaction. Bitcoin’s silent payments apply the same idea. The receiver needs a special key to find incoming payments.',
  },
  'common-input-ownership': {
    category: 'bitcoin',
    title: 'Common-input-ownership heuristic',
    short:
      'The assumption that all inputs of a transaction belong to one owner, which analysts use to group addresses into wallets.',
    long: 'It is the basis of most blockchain surveillance. CoinJoin and PayJoin deliberately break it. Careful coin control avoids merging coins you want to keep apart.',
  },
  'erc-20': {
    category: 'tech',
    title: 'ERC-20',
    short:
      'The standard interface for fungible tokens on Ethereum and compatible chains, used by most stablecoins and governance tokens.',
    long: 'It defines functions for balances, transfers and allowances so any wallet or exchange can handle any ERC-20 token. USDT and USDC both exist as ERC-20 tokens. Approvals that are too generous are a common source of thefts.',
  },
  'erc-721': {
    category: 'tech',
    title: 'ERC-721',
    short: 'The Ethereum standard for non-fungible tokens, where each token has a unique ID.',
    long: 'Most NFT collections of the 2021 boom used it. Each token records one owner and usually points to metadata stored elsewhere. Marketplaces trade them through the standard’s transfer functions.',
  },
  'erc-1155': {
    category: 'tech',
    title: 'ERC-1155',
    short:
      'An Ethereum token standard that manages many fungible and non-fungible tokens in one contract.',
    long: 'Games use it for items that exist in many copies alongside unique ones. It saves gas by moving several token types in one transfer. It complements ERC-20 and ERC-721.',
  },
  'erc-4626': {
    category: 'tech',
    title: 'ERC-4626 (tokenized vaults)',
    short:
      'An Ethereum standard for vaults that take deposits of one token and issue shares representing a claim on the pool and its yield.',
    long: 'It gives yield products a common interface, so other protocols can plug them in. Yield-bearing stablecoins and lending deposits often use it. Share prices rise as the vault earns.',
  },
  'trc-20': {
    category: 'tech',
    title: 'TRC-20',
    short:
      'The fungible-token standard on the TRON blockchain, modelled on ERC-20; TRC-20 USDT is widely used for cheap transfers.',
    long: 'Much of the world’s USDT moves on TRON because fees are low. It is popular for remittances and trading in emerging markets. It has also drawn scrutiny for its use in scams and sanctions evasion.',
  },
  'bep-20': {
    category: 'tech',
    title: 'BEP-20',
    short: 'The token standard on BNB Smart Chain, compatible with ERC-20.',
    long: 'Because BNB Smart Chain runs the Ethereum Virtual Machine, BEP-20 tokens behave like ERC-20 ones. Many tokens exist on both chains through bridges. Sending to the wrong chain is a common user mistake.',
  },
  'spl-token': {
    category: 'tech',
    title: 'SPL token',
    short:
      'A token on Solana, created through the Solana Program Library’s shared token program rather than a contract of its own.',
    long: 'All SPL tokens share one program, which makes them cheap to create. Token-2022 adds features such as transfer fees and confidential amounts. Memecoin launches on Solana are SPL tokens.',
  },
  'token-standard': {
    category: 'tech',
    title: 'Token standard',
    short:
      'An agreed interface that tokens on a blockchain follow, so wallets, exchanges and apps can handle them all the same way.',
    long: 'On Ethereum they are numbered ERCs; other chains have their own, such as TRC-20, BEP-20 and SPL. On Bitcoin, BRC-20 and Runes are conventions read by indexers. A token’s standard decides which wallets can hold it.',
  },
  'wrapped-token': {
    category: 'tech',
    title: 'Wrapped token',
    short:
      'A token on one chain that represents a coin held elsewhere, such as bitcoin locked with a custodian and issued on Ethereum.',
    long: 'Wrapping lets a coin be used in another chain’s apps. The wrapped version is only as good as the custodian or bridge that holds the original. Wrapped ether (WETH) also exists to make ether behave like an ERC-20 token.',
  },
  'governance-token': {
    category: 'tech',
    title: 'Governance token',
    short: 'A token that gives holders votes on a protocol’s changes, fees or treasury.',
    long: 'Voting power is usually proportional to holdings, so large holders dominate. Turnout is often low. Regulators have asked whether some are securities.',
  },
  'utility-token': {
    category: 'tech',
    title: 'Utility token',
    short:
      'A token meant to be used inside a product, such as paying for a service, rather than as an investment.',
    long: 'Projects use the label to argue their token is not a security. Whether that holds depends on how it is sold and used. Many utility tokens are traded mainly for speculation.',
  },
  'real-world-assets': {
    category: 'market',
    title: 'Real-world assets (RWA)',
    short:
      'Traditional assets such as Treasury bills, bonds, funds or property represented as tokens on a blockchain.',
    long: 'Tokenized Treasury funds from large asset managers grew into the billions of dollars by 2025. Tokens settle around the clock and can be used as collateral in DeFi. Their value still depends on the legal claim behind them.',
  },
  'yield-farming': {
    category: 'tech',
    title: 'Yield farming',
    short:
      'Moving crypto between DeFi protocols to collect the highest rewards, often paid in the protocols’ own tokens.',
    long: 'It boomed in 2020 when protocols paid liquidity providers with new governance tokens, called liquidity mining. Returns shrink when token prices fall. Smart contract bugs and hacks are a constant risk.',
  },
  'impermanent-loss': {
    category: 'tech',
    title: 'Impermanent loss',
    short:
      'What a liquidity provider in an AMM loses compared with simply holding, when the prices of the pooled tokens move apart.',
    long: 'The pool sells the rising token and buys the falling one as traders arbitrage it. Fees may or may not cover the difference. The loss becomes permanent when the provider withdraws.',
  },
  'flash-loan': {
    category: 'tech',
    title: 'Flash loan',
    short:
      'A loan without collateral that must be borrowed and repaid within one blockchain transaction, or the whole transaction fails.',
    long: 'It lets anyone borrow huge sums for arbitrage or refinancing for a small fee. Attackers use flash loans to manipulate prices in vulnerable protocols. The loan itself never risks the lender’s funds.',
  },
  'blockchain-oracle': {
    category: 'tech',
    title: 'Blockchain oracle',
    short:
      'A service that brings outside data such as prices into smart contracts, which cannot fetch it themselves.',
    long: 'Lending protocols rely on price oracles to decide when to liquidate loans. A manipulated oracle can drain a protocol, the so-called oracle problem. Chainlink runs the largest oracle network.',
  },
  mev: {
    category: 'tech',
    title: 'MEV (maximal extractable value)',
    short:
      'Profit a block producer or searcher can take by ordering, inserting or excluding transactions, such as front-running trades.',
    long: 'A sandwich attack buys just before a user’s trade and sells right after it. On Ethereum, specialised builders compete for MEV and pay validators for the right to build blocks. On Bitcoin MEV is limited but could grow with more complex protocols.',
  },
  restaking: {
    category: 'tech',
    title: 'Restaking',
    short:
      'Using staked ether again to secure other services, earning extra rewards at the risk of extra slashing.',
    long: 'EigenLayer popularised it in 2023 and 2024. Liquid restaking tokens represent such positions and can be traded. Critics warn that stacking risks on the same stake could spread failures.',
  },
  rollup: {
    category: 'tech',
    title: 'Rollup',
    short:
      'A layer-2 chain that executes transactions off the main chain and posts compressed data and proofs back to it.',
    long: 'Optimistic rollups assume batches are valid unless someone proves fraud within a window. ZK rollups post validity proofs instead. Base, Arbitrum and Optimism are well-known rollups on Ethereum.',
  },
  'layer-1': {
    category: 'tech',
    title: 'Layer 1 (base layer)',
    short:
      'A main blockchain that settles transactions itself, such as Bitcoin or Ethereum, on which layer-2 systems build.',
    long: 'Layer 1 provides final settlement and security; layer 2 adds speed and lower cost. Changing a layer 1 is slow and deliberate. Competing layer 1s market themselves on speed and fees.',
  },
  validator: {
    category: 'tech',
    title: 'Validator',
    short:
      'A participant in a proof-of-stake network that locks coins and takes turns proposing and attesting to blocks.',
    long: 'Validators earn rewards for honest work and can be slashed for misbehaviour. Ethereum needs 32 ether per validator. They play the role that miners play in proof of work.',
  },
  slashing: {
    category: 'tech',
    title: 'Slashing',
    short:
      'Destroying part of a validator’s staked coins as a penalty for provably cheating, such as signing two conflicting blocks.',
    long: 'Slashing makes attacks on proof-of-stake networks costly. Most slashing events come from misconfigured setups rather than attacks. Staking services pass the risk on to their users.',
  },
  'account-abstraction': {
    category: 'tech',
    title: 'Account abstraction',
    short:
      'Letting crypto accounts be smart contracts with their own rules, such as social recovery, spending limits or paying fees in tokens.',
    long: 'Ordinary Ethereum accounts are controlled by one private key. Smart accounts can require several keys, rotate keys or batch actions. Standards such as ERC-4337 made them practical without a protocol change.',
  },
  'fiat-backed-stablecoin': {
    category: 'market',
    title: 'Fiat-backed stablecoin',
    short:
      'A stablecoin backed by cash, bank deposits and short-term government debt held by the issuer, redeemable one for one.',
    long: 'USDT and USDC are the largest. Their safety depends on the quality of the reserves and on being able to redeem. Issuers earn the interest on the reserves, which has made them very profitable.',
  },
  'crypto-collateralized-stablecoin': {
    category: 'market',
    title: 'Crypto-collateralized stablecoin',
    short:
      'A stablecoin minted against crypto deposits worth more than the coins issued, managed by smart contracts.',
    long: 'DAI, now also issued as USDS, is the best-known example. Over-collateralisation absorbs price swings, and positions that fall too low are liquidated. It avoids reliance on a bank but not on the value of the collateral.',
  },
  'algorithmic-stablecoin': {
    category: 'market',
    title: 'Algorithmic stablecoin',
    short:
      'A stablecoin that tries to hold its peg by minting and burning a companion token rather than holding full reserves.',
    long: 'TerraUSD was the largest until it collapsed in May 2022, wiping out about 40 billion dollars. The design can spiral when confidence falls, because the companion token loses value just when it is needed. Few pure algorithmic designs remain.',
  },
  'yield-bearing-stablecoin': {
    category: 'market',
    title: 'Yield-bearing stablecoin',
    short:
      'A stablecoin that passes income from its reserves or strategies to holders, through a rising price or new tokens.',
    long: 'Sources of yield include Treasury bills and futures funding payments. In several jurisdictions paying interest turns a stablecoin into a regulated investment product, so many are offered only outside the US. Higher yield usually means more risk.',
  },
  'synthetic-dollar': {
    category: 'market',
    title: 'Synthetic dollar',
    short:
      'A dollar-pegged token backed by a hedged position, such as crypto held long with an equal short in futures, instead of cash.',
    long: 'Ethena’s USDe made the design popular. The short position earns funding payments, which pay the yield. When funding turns negative or exchanges fail, the backing can suffer.',
  },
  depeg: {
    category: 'market',
    title: 'Depeg',
    short:
      'When a stablecoin trades away from its target price, usually below one dollar, because holders doubt it can be redeemed.',
    long: 'USDC fell to about 88 cents in March 2023 when Silicon Valley Bank, which held part of its reserves, failed. Most depegs recover once redemptions work; TerraUSD never did. Depegs spread quickly through DeFi, where stablecoins back loans.',
  },
  'reserve-attestation': {
    category: 'market',
    title: 'Reserve attestation',
    short:
      'An accountant’s report that a stablecoin issuer held certain reserves at a point in time; narrower than a full audit.',
    long: 'Attestations check balances on a date but not controls or what happened in between. Issuers publish them monthly or quarterly. Regulation such as the GENIUS Act and MiCA makes regular reports compulsory.',
  },
  'reserve-report': {
    category: 'market',
    title: 'Stablecoin reserve report',
    short:
      'A stablecoin issuer’s statement of what backs its tokens: cash, Treasury bills, repos, and sometimes gold, bitcoin or loans.',
    long: 'The mix matters: short-term government debt is easy to sell, while loans and crypto are riskier. Reports show how much excess reserve there is beyond the tokens issued. Analysts compare them over time to spot shifts.',
  },
  'stablecoin-issuer': {
    category: 'market',
    title: 'Stablecoin issuer',
    short:
      'The company that creates stablecoins against deposits, holds the reserves and redeems tokens for money.',
    long: 'Tether and Circle are the largest. New laws define payment stablecoins and require issuers to hold safe reserves and be licensed. Banks and payment firms have begun issuing their own.',
  },
  fomc: {
    category: 'macro',
    title: 'FOMC',
    short:
      'The Federal Open Market Committee, which sets US interest rates at eight scheduled meetings a year.',
    long: 'Its decisions and the chair’s press conference often move bitcoin within minutes. Markets price the odds of each outcome in advance, so surprises matter more than the decision itself. Minutes are published three weeks after each meeting.',
  },
  'rate-cut': {
    category: 'macro',
    title: 'Rate cut',
    short:
      'A central bank lowering its policy interest rate, which makes borrowing cheaper and tends to support risky assets such as crypto.',
    long: 'Cuts lower the return on cash and bonds, pushing investors toward riskier assets. Markets often move on expectations of cuts long before they happen. A cut made because the economy is weakening can still hurt prices.',
  },
  'rate-hike': {
    category: 'macro',
    title: 'Rate hike',
    short:
      'A central bank raising its policy interest rate to fight inflation, which tends to weigh on risky assets such as crypto.',
    long: 'Higher rates make safe returns more attractive and borrowing dearer. The Fed’s hikes of 2022 coincided with a deep crypto bear market. Markets react to how many more hikes the central bank signals.',
  },
  cpi: {
    category: 'macro',
    title: 'Consumer price index (CPI)',
    short:
      'The main US inflation measure, the change in prices of a basket of consumer goods, published monthly; crypto often moves on its release.',
    long: 'A hotter reading than expected raises the odds of higher interest rates and usually hits risky assets. Core CPI leaves out food and energy. Traders compare the figure with the consensus forecast.',
  },
  pce: {
    category: 'macro',
    title: 'PCE price index',
    short:
      'The Federal Reserve’s preferred inflation measure, based on personal consumption expenditures, published monthly.',
    long: 'It covers a broader range of spending than CPI and usually runs a little lower. The Fed’s 2 percent target refers to it. Core PCE leaves out food and energy.',
  },
  'real-yields': {
    category: 'macro',
    title: 'Real yields',
    short:
      'Bond yields after subtracting expected inflation; the real return on safe assets, often measured by inflation-protected Treasuries (TIPS).',
    long: 'When real yields rise, holding assets that pay no interest, such as gold and bitcoin, becomes more costly. Falling real yields have coincided with strong periods for both. The relationship is loose and changes over time.',
  },
  dxy: {
    category: 'macro',
    title: 'US dollar index (DXY)',
    short:
      'An index of the dollar’s value against six major currencies, led by the euro; bitcoin has often moved opposite to it.',
    long: 'A strong dollar tightens financial conditions worldwide and tends to weigh on risky assets. A weak dollar tends to help them. Analysts chart DXY against bitcoin to spot turning points.',
  },
  'risk-on-risk-off': {
    category: 'macro',
    title: 'Risk-on / risk-off',
    short:
      'Market moods: risk-on when investors buy growth assets such as stocks and crypto, risk-off when they flee to cash and safe bonds.',
    long: 'Bitcoin has mostly traded as a risk-on asset, moving with technology stocks. Supporters argue it should become a haven over time. Sudden risk-off moves often bring crypto liquidations.',
  },
  'quantitative-tightening': {
    category: 'macro',
    title: 'Quantitative tightening (QT)',
    short:
      'A central bank shrinking its balance sheet by letting bonds mature without replacing them, draining money from the financial system.',
    long: 'It is the reverse of quantitative easing. Less liquidity in markets tends to weigh on risky assets. The Fed ran QT from 2022 and ended it in late 2025.',
  },
  'treasury-yields': {
    category: 'macro',
    title: 'Treasury yields',
    short:
      'The interest rates on US government debt; the 10-year yield is a benchmark for borrowing costs worldwide.',
    long: 'Rising yields make safe returns more attractive and can pull money away from crypto. Yields reflect rate expectations, inflation and the supply of government debt. Stablecoin issuers hold large amounts of short-term Treasuries.',
  },
  'yield-curve': {
    category: 'macro',
    title: 'Yield curve',
    short:
      'The line of government bond yields from short to long maturities; when short rates exceed long ones it is inverted, a classic recession warning.',
    long: 'A normal curve slopes upward because lenders want more for locking money up longer. The US curve was inverted from 2022 to 2024. Its shape hints at what markets expect from the central bank.',
  },
  'nonfarm-payrolls': {
    category: 'macro',
    title: 'Nonfarm payrolls',
    short:
      'The monthly US jobs report: how many jobs the economy added outside farming, a key input for interest rate decisions.',
    long: 'Strong numbers can mean higher rates for longer; weak ones raise the odds of cuts. It comes out on the first Friday of most months. Crypto often moves sharply in the minutes after.',
  },
  'dot-plot': {
    category: 'macro',
    title: 'Dot plot',
    short:
      'A chart the Fed publishes quarterly showing where each official expects interest rates to be in coming years.',
    long: 'Each dot is one official’s forecast, not a commitment. Markets compare it with their own expectations. A shift in the dots can move all risky assets.',
  },
  'fed-pivot': {
    category: 'macro',
    title: 'Fed pivot',
    short:
      'A turn in the Federal Reserve’s policy, usually from raising rates to holding or cutting them.',
    long: 'Traders hunt for signs of a pivot because easier policy tends to lift risky assets. Talk of a pivot often runs ahead of the Fed itself. The term was everywhere in 2022 and 2023.',
  },
  'soft-landing': {
    category: 'macro',
    title: 'Soft landing',
    short:
      'Bringing inflation down with higher rates without causing a recession; a hard landing is when a recession follows.',
    long: 'It is the central bank’s goal in a tightening cycle. A soft landing lets rates fall without a crash in earnings. Markets swing between pricing one outcome and the other.',
  },
  stagflation: {
    category: 'macro',
    title: 'Stagflation',
    short:
      'High inflation combined with weak growth and rising unemployment, which leaves central banks with no easy choice.',
    long: 'Raising rates fights inflation but deepens the slowdown; cutting does the reverse. The 1970s are the classic example. Bitcoin advocates pitch it as a hedge in such periods, which has not been tested.',
  },
  'carry-trade': {
    category: 'macro',
    title: 'Carry trade',
    short:
      'Borrowing in a low-interest currency, such as the yen, to invest in higher-yielding assets; its sudden unwinding can crash markets.',
    long: 'When the Bank of Japan raised rates in August 2024, the yen carry trade unwound and bitcoin fell sharply with stocks. The trade works while funding stays cheap and currencies calm. Crypto funding-rate trades are a similar idea.',
  },
  'global-liquidity': {
    category: 'macro',
    title: 'Global liquidity (M2)',
    short:
      'The amount of money and credit available worldwide, often tracked as the combined M2 money supply of major economies.',
    long: 'Many analysts find that bitcoin rises some weeks after global liquidity expands. M2 counts cash, deposits and similar money. The link is debated but widely charted.',
  },
  'treasury-general-account': {
    category: 'macro',
    title: 'Treasury General Account (TGA)',
    short:
      'The US government’s account at the Federal Reserve; when it fills up, money is drained from banks and markets.',
    long: 'Tax receipts and bond sales raise it, government spending lowers it. Liquidity watchers track it together with the Fed’s balance sheet and reverse repos. Big swings can affect risky assets for weeks.',
  },
  'reverse-repo': {
    category: 'macro',
    title: 'Reverse repo facility',
    short:
      'A Fed facility where money funds park cash overnight against Treasuries; money leaving it adds liquidity to markets.',
    long: 'Its balance peaked above two trillion dollars in 2022 and then drained to near zero. The decline offset much of quantitative tightening. Liquidity analysts combine it with the TGA and the Fed balance sheet.',
  },
  'basis-points': {
    category: 'macro',
    title: 'Basis point',
    short:
      'One hundredth of a percentage point (0.01%); a 25 basis point cut lowers a rate by 0.25%.',
    long: 'Rate decisions and yields are quoted in basis points to avoid confusion between percent and percentage points. Fund fees are often given the same way. A hundred basis points make one percentage point.',
  },
  'money-printing': {
    category: 'macro',
    title: 'Money printing',
    short:
      'Informal name for central banks creating new money, mostly electronically through bond purchases rather than printed notes.',
    long: 'Bitcoin supporters contrast it with Bitcoin’s fixed supply. The money printer meme spread during the 2020 stimulus. Economists note that new reserves do not always turn into spending or inflation.',
  },
  'monetary-policy': {
    category: 'macro',
    title: 'Monetary policy',
    short:
      'How a central bank steers interest rates and the money supply to keep inflation and employment on target.',
    long: 'Tight policy means high rates and a shrinking balance sheet; easy policy the reverse. Crypto has been sensitive to shifts in US monetary policy since 2020. Bitcoin was designed to have a monetary policy no one can change.',
  },
  'risk-asset': {
    category: 'macro',
    title: 'Risk asset',
    short:
      'An investment whose price can swing widely, such as stocks, high-yield bonds or crypto, as opposed to cash or government bonds.',
    long: 'Risk assets tend to rise together when money is easy and fall together in panics. Bitcoin has behaved largely as one. Its supporters argue it should one day act more like gold.',
  },
  'safe-haven': {
    category: 'macro',
    title: 'Safe haven',
    short:
      'An asset investors buy in times of stress because it tends to hold its value, such as gold, Treasuries or the Swiss franc.',
    long: 'Whether bitcoin is a safe haven is debated: it has fallen in most market panics. It has risen during some bank and currency crises. A haven needs deep liquidity and trust built over time.',
  },
  'central-banks': {
    category: 'macro',
    title: 'Central banks (ECB, BOJ)',
    short:
      'Institutions that issue a currency and set its interest rates, such as the European Central Bank and the Bank of Japan.',
    long: 'Besides the Fed, the ECB, the Bank of Japan and the Bank of England move global liquidity. Changes in Japan matter because of the yen carry trade. Some central banks are studying or buying crypto-related assets.',
  },
  'debt-ceiling': {
    category: 'macro',
    title: 'Debt ceiling',
    short:
      'The legal limit on how much the US government may borrow; standoffs over raising it unsettle markets.',
    long: 'While the limit binds, the Treasury runs down its cash account, which adds liquidity; raising it then drains it again. A default would shake trust in Treasuries, the base of many stablecoins. Bitcoin supporters cite the growing national debt as a reason to hold it.',
  },
  sec: {
    category: 'macro',
    title: 'SEC (Securities and Exchange Commission)',
    short:
      'The US regulator of securities markets; it approves ETFs and has pursued crypto firms over tokens it considers securities.',
    long: 'Under its 2021 to 2025 leadership it sued several large exchanges. It approved spot Bitcoin ETFs in 2024 after a court ruling. Its stance shifted toward clearer rules in 2025.',
  },
  cftc: {
    category: 'macro',
    title: 'CFTC',
    short:
      'The US Commodity Futures Trading Commission, which regulates futures and treats bitcoin and ether as commodities.',
    long: 'It oversees CME crypto futures and has pursued unregistered offshore exchanges. Proposed market structure laws would give it more authority over spot crypto markets. It is smaller than the SEC.',
  },
  'howey-test': {
    category: 'macro',
    title: 'Howey test',
    short:
      'The US Supreme Court test of whether something is an investment contract, and so a security: money in a common enterprise expecting profits from others’ efforts.',
    long: 'It comes from a 1946 case about citrus groves. Regulators apply it to token sales. Bitcoin is generally seen as failing the test, so not a security.',
  },
  'travel-rule': {
    category: 'macro',
    title: 'Travel Rule',
    short:
      'A rule requiring exchanges and other providers to pass on sender and recipient details with transfers above a threshold.',
    long: 'It comes from international anti-money-laundering standards set by the FATF. Providers must exchange the data with each other. Transfers to self-hosted wallets raise extra checks in some countries.',
  },
  aml: {
    category: 'macro',
    title: 'Anti-money laundering (AML)',
    short:
      'Laws and checks meant to stop criminal money entering the financial system, applied to exchanges and other crypto firms.',
    long: 'AML rules require identifying customers, monitoring transactions and reporting suspicious activity. Exchanges screen deposits with blockchain analytics. Breaches have brought some of the largest fines in crypto.',
  },
  'ofac-sanctions': {
    category: 'macro',
    title: 'OFAC sanctions',
    short:
      'US Treasury sanctions that bar Americans from dealing with listed people, entities and, in crypto, specific addresses.',
    long: 'OFAC has listed addresses belonging to hackers, mixers and sanctioned exchanges. Some mining pools and validators avoid including transactions that touch them, which raises censorship concerns. A court later ruled that immutable smart contracts cannot be sanctioned as property.',
  },
  mica: {
    category: 'macro',
    title: 'MiCA',
    short:
      'The European Union’s Markets in Crypto-Assets Regulation, which licenses crypto firms and sets rules for stablecoins across the EU.',
    long: 'It took full effect at the end of 2024. Licensed firms can serve customers in every member state. Its stablecoin rules led some exchanges to delist USDT in the EU.',
  },
  'genius-act': {
    category: 'macro',
    title: 'GENIUS Act',
    short:
      'The US law of 2025 that sets federal rules for payment stablecoins: full reserves, licensing and regular disclosure.',
    long: 'Issuers must back tokens one for one with cash and short-term Treasuries and publish monthly reserve reports. It bars paying interest to holders. It was the first major federal crypto law in the US.',
  },
  'clarity-act': {
    category: 'macro',
    title: 'CLARITY Act',
    short:
      'A US bill on crypto market structure that divides oversight between the SEC and CFTC and defines when a token stops being a security.',
    long: 'It passed the House of Representatives in July 2025. Supporters say it gives the industry clear rules; critics say it weakens investor protection. Its final form depends on the Senate.',
  },
  bitlicense: {
    category: 'macro',
    title: 'BitLicense',
    short:
      'New York State’s licence for crypto businesses serving its residents, introduced in 2015.',
    long: 'It was one of the first crypto-specific licences and is known for being demanding. Several firms left New York rather than apply. Holders include major exchanges and custodians.',
  },
  bitcoin: {
    category: 'coin',
    short:
      'The first decentralised digital currency: a fixed-supply coin moved on a public ledger secured by proof-of-work mining.',
    long: 'Bitcoin launched in January 2009 after Satoshi Nakamoto published its design in 2008. New coins enter circulation only through mining, and the schedule stops near 21 million coins. Capitalised "Bitcoin" often names the network and lower-case "bitcoin" the unit, though usage varies.',
  },
  ethereum: {
    category: 'coin',
    short:
      'The second-largest blockchain by value: a programmable network whose native coin, ether, pays for running smart contracts.',
    long: 'Ethereum went live in 2015 and lets developers deploy programs (smart contracts) that run on every node. It switched from proof of work to proof of stake in September 2022 ("the Merge"). Its coin ether (ETH) pays transaction fees, called gas.',
  },
  tether: {
    category: 'coin',
    short:
      'The largest stablecoin: a token meant to stay worth one US dollar, issued by Tether Ltd. and backed by its reserves.',
    long: 'USDT exists on many blockchains, including Ethereum and Tron, and is the most traded crypto asset by volume. Its peg depends on the issuer holding enough cash, Treasury bills and other assets to redeem every token. Traders use it to park value between trades without leaving crypto.',
  },
  bnb: {
    category: 'coin',
    short:
      'The coin of BNB Chain, created by the Binance exchange; it pays network fees and gives discounts on Binance.',
    long: 'BNB began in 2017 as an Ethereum token sold to fund Binance and later moved to its own chain. Binance periodically buys back and burns BNB to shrink the supply. Its value is closely tied to the fortunes of the exchange.',
  },
  xrp: {
    category: 'coin',
    short:
      'The native coin of the XRP Ledger, a payment-focused network designed for fast, cheap transfers between currencies.',
    long: 'The XRP Ledger reaches agreement through a set of trusted validators rather than mining or staking. Most of the supply was created at launch in 2012, and the company Ripple holds a large share. XRP is used as a bridge asset for cross-border settlement.',
  },
  solana: {
    category: 'coin',
    short:
      'A high-throughput proof-of-stake blockchain known for low fees; SOL is its native coin used for fees and staking.',
    long: 'Solana orders transactions with a timestamping scheme called proof of history, which lets validators process thousands of transactions per second. It is popular for trading, meme coins and payments. The network has suffered several outages in its history.',
  },
  'usd-coin': {
    category: 'coin',
    short:
      'A dollar-pegged stablecoin issued by Circle, backed by cash and short-term US government debt.',
    long: 'Each USDC is meant to be redeemable for one US dollar. Circle publishes monthly attestations of the reserves behind the tokens. USDC runs on Ethereum, Solana and many other chains.',
  },
  'staked-ether': {
    category: 'coin',
    short:
      'A token from Lido that stands for ether staked on Ethereum; it grows daily with staking rewards and can be traded while the ether stays locked.',
    long: 'stETH is a liquid staking token: Lido pools deposits, runs validators through chosen operators and passes the rewards on to holders. It usually trades close to one ETH but is a separate asset whose price can slip below ether in a rush to exit. It is not ether itself, so HashLens prices it on its own.',
  },
  tron: {
    category: 'coin',
    short:
      'A proof-of-stake blockchain founded by Justin Sun, widely used for cheap USDT transfers; TRX is its coin.',
    long: 'TRON processes a large share of all Tether transfers because its fees are low. Blocks are produced by 27 elected "super representatives". TRX pays for network resources and voting.',
  },
  dogecoin: {
    category: 'coin',
    short:
      'A meme coin launched in 2013 as a joke, featuring the Shiba Inu "doge" dog; it has no supply cap.',
    long: 'Dogecoin is a proof-of-work coin derived from Litecoin and is often merge-mined with it. About five billion new coins are issued every year, so its supply keeps growing. Endorsements by celebrities have driven sharp price swings.',
  },
  cardano: {
    category: 'coin',
    short:
      'A proof-of-stake blockchain built with a research-first, peer-reviewed approach; ADA is its coin.',
    long: 'Cardano was founded by Ethereum co-founder Charles Hoskinson and launched in 2017. It introduced smart contracts in 2021 and is governed by on-chain votes of ADA holders. The coin is named after Ada Lovelace.',
  },
  'wrapped-steth': {
    category: 'coin',
    short:
      'A wrapped form of Lido’s stETH whose token count stays fixed while its value in ether rises, which suits DeFi apps and bridges.',
    long: 'stETH adds rewards by changing every holder’s balance, which many smart contracts handle badly. wstETH wraps it so that rewards show up as a rising exchange rate instead. It can be unwrapped back into stETH at any time.',
  },
  'wrapped-bitcoin': {
    category: 'coin',
    short:
      'An Ethereum token backed one-to-one by bitcoin held by a custodian, so BTC can be used in Ethereum apps.',
    long: 'WBTC is not bitcoin itself: it is an IOU that depends on the custodian keeping the real coins safe and redeemable. It lets holders use their bitcoin as collateral in decentralised finance on Ethereum. Its price tracks BTC closely but can drift if trust in the custodian falls.',
  },
  'wrapped-beacon-eth': {
    category: 'coin',
    short:
      'Binance’s token for ether staked through the exchange; its value in ETH rises as staking rewards accrue.',
    long: 'wBETH lets Binance customers keep using staked ether in trading and DeFi on Ethereum and BNB Chain. Binance runs the validators and holds the staked ether, so the token depends on the exchange. It is priced separately from ETH.',
  },
  'figure-heloc': {
    category: 'coin',
    short:
      'A token that represents home equity lines of credit originated by the US lender Figure and recorded on a blockchain.',
    long: 'Figure records loans on its Provenance blockchain, and this token counts the value of that loan book. It is a tokenised real-world asset, not a currency, and its large market value reflects the loans behind it rather than trading. Its price stays close to one dollar per unit.',
  },
  chainlink: {
    category: 'coin',
    short:
      'A network of oracles that feeds outside data such as prices into smart contracts; LINK pays the node operators.',
    long: 'Smart contracts cannot read the outside world by themselves. Chainlink nodes fetch data, agree on it and publish it on-chain, where lending and trading protocols use it. LINK is an Ethereum token used to pay and bond those nodes.',
  },
  'ethena-usde': {
    category: 'coin',
    short:
      'A synthetic dollar from Ethena backed by crypto collateral hedged with short futures, rather than by dollars in a bank.',
    long: 'USDe holds assets such as ether and bitcoin and sells an equal amount of perpetual futures, so price moves cancel out. Its yield comes from staking and from the funding payments of those futures. If funding turns negative for long, the backing can shrink, which makes it riskier than cash-backed stablecoins.',
  },
  'wrapped-eeth': {
    category: 'coin',
    short:
      'The wrapped form of ether.fi’s eETH, a token for ether staked and restaked through ether.fi; its value in ETH grows with rewards.',
    long: 'ether.fi stakes deposited ether and restakes it through EigenLayer to earn extra rewards. weETH wraps the balance-changing eETH so that DeFi apps can hold it. It carries the risks of staking, restaking and the protocol’s contracts.',
  },
  stellar: {
    category: 'coin',
    short:
      'A payment network for moving money across borders and issuing tokens; its native coin is the lumen (XLM).',
    long: 'Stellar was founded in 2014 by Jed McCaleb and is run by the non-profit Stellar Development Foundation. Validators reach agreement through a federated voting protocol instead of mining. Banks and fintechs use it to issue stablecoins and settle payments.',
  },
  hyperliquid: {
    category: 'coin',
    short:
      'A blockchain built around a decentralised exchange for perpetual futures; HYPE is its coin, used for fees, staking and governance.',
    long: 'Hyperliquid runs a fully on-chain order book on its own proof-of-stake chain, aiming at the speed of a centralised exchange. A large share of HYPE was given to early users in 2024 instead of being sold to investors. Part of the trading fees is used to buy HYPE back.',
  },
  'bitcoin-cash': {
    category: 'coin',
    short:
      'A 2017 hard fork of Bitcoin that raised the block size limit to allow more, cheaper on-chain payments.',
    long: 'Bitcoin Cash split off in August 2017 after a dispute over how to scale Bitcoin; every BTC holder received the same amount of BCH. It uses the same SHA-256 proof of work, so miners can switch between the two chains. It is a separate coin with its own, much lower price.',
  },
  usds: {
    category: 'coin',
    short:
      'The dollar stablecoin of Sky, the project formerly called MakerDAO; it is the upgraded successor of DAI.',
    long: 'USDS is created against crypto collateral and tokenised Treasury holdings, like DAI before it, and DAI can be converted into USDS one to one. Holders can deposit it to earn the Sky Savings Rate. Its issuer can freeze tokens, one of the changes from DAI.',
  },
  'binance-bridged-usdt-bnb-smart-chain': {
    category: 'coin',
    short:
      'USDT moved onto BNB Smart Chain through Binance’s bridge: a token backed by USDT that Binance holds on other chains.',
    long: 'Binance locks Tether’s USDT and issues this BEP-20 token in its place, so its value rests on the exchange as well as on Tether. It trades at about one dollar like USDT itself. HashLens lists it apart from Tether, whose ticker USDT means the original.',
  },
  sui: {
    category: 'coin',
    short:
      'A proof-of-stake blockchain from former Meta engineers that treats assets as objects to run many transactions in parallel.',
    long: "Sui launched in 2023 and uses the Move programming language, first developed for Meta's Diem project. Transactions that touch unrelated objects can be processed at the same time. SUI pays for fees, storage and staking.",
  },
  weth: {
    category: 'coin',
    short:
      'Wrapped ether: ETH locked in a smart contract and issued back as a standard ERC-20 token, one for one.',
    long: 'Ether itself predates the ERC-20 token standard, so many DeFi apps use WETH instead. Anyone can wrap or unwrap at any time through the contract, so it tracks ETH exactly. It is a separate entry on CoinGecko and has its own price feed.',
  },
  avalanche: {
    category: 'coin',
    short:
      'A proof-of-stake smart-contract platform made of several linked chains, with fast finality; AVAX is its coin.',
    long: 'Avalanche launched in 2020 and lets projects run their own custom chains (subnets, now called L1s) that share its tooling. Its consensus reaches finality in about a second. AVAX pays fees and is staked by validators.',
  },
  'leo-token': {
    category: 'coin',
    short:
      'The utility token of the Bitfinex exchange and its sister companies, which gives trading-fee discounts.',
    long: 'iFinex, the company behind Bitfinex, sold LEO in 2019 to raise money after losing access to funds held by a payment processor. It uses part of its revenue to buy back and burn LEO. Because "Leo" is a name and LEO means low Earth orbit, HashLens only recognises its ticker as $LEO.',
  },
  'coinbase-wrapped-btc': {
    category: 'coin',
    short:
      'A token issued by Coinbase and backed one to one by bitcoin it holds, for use on Ethereum, Base and other chains.',
    long: 'cbBTC brings bitcoin into smart-contract platforms much like Wrapped Bitcoin does, with Coinbase as the custodian. Holders rely on Coinbase keeping the coins and honouring redemptions. It is a separate asset from BTC with its own price.',
  },
  litecoin: {
    category: 'coin',
    short:
      'One of the oldest altcoins (2011), a Bitcoin fork with faster blocks and a different mining algorithm.',
    long: 'Litecoin produces a block every 2.5 minutes and will issue up to 84 million coins. It uses the Scrypt proof-of-work algorithm, and is often merge-mined together with Dogecoin. New features are frequently tried on Litecoin before Bitcoin.',
  },
  hedera: {
    category: 'coin',
    short:
      'A public ledger governed by a council of large companies, using the hashgraph consensus algorithm; HBAR is its coin.',
    long: 'Hedera does not use a blockchain of blocks but a graph of events that nodes gossip to each other. Its governing council includes major corporations and universities. HBAR pays fees and is staked to secure the network.',
  },
  usdt0: {
    category: 'coin',
    short:
      'A version of Tether’s USDT that moves between blockchains through LayerZero instead of separate bridges.',
    long: 'USDT0 locks USDT on Ethereum and mints the same amount on other chains, keeping one supply across them. It aims to replace the many bridged versions of USDT that do not swap with each other. It is backed by USDT and trades at about one dollar.',
  },
  whitebit: {
    category: 'coin',
    short:
      'The token of the WhiteBIT exchange, which gives fee discounts and other perks on the platform.',
    long: 'WhiteBIT is a centralised exchange founded in Ukraine. Its WBT token runs on several chains and is used for discounts and rewards on the exchange. Like other exchange tokens, its value is tied to the exchange’s business.',
  },
  'shiba-inu': {
    category: 'coin',
    short:
      'A meme token on Ethereum inspired by Dogecoin, with a supply of about one quadrillion tokens.',
    long: 'SHIB was launched anonymously in 2020 and half the supply was sent to Ethereum co-founder Vitalik Buterin, who burned most of it. Its community has since built an exchange and a layer-2 network around it. Like most meme coins it is highly volatile.',
  },
  monero: {
    category: 'coin',
    short:
      'A privacy-focused proof-of-work coin that hides senders, receivers and amounts by default.',
    long: 'Monero uses ring signatures, stealth addresses and confidential transactions so that its ledger reveals little. Its mining algorithm, RandomX, favours ordinary CPUs over ASICs. Several exchanges have delisted it under regulatory pressure.',
  },
  toncoin: {
    category: 'coin',
    short:
      'The coin of The Open Network, a blockchain first designed by Telegram and built into its messenger app.',
    long: 'Telegram abandoned the project in 2020 after a US court fight, and an independent community continued it. TON is tightly integrated with Telegram through a built-in wallet and mini-apps. It uses proof of stake and splits work across many shard chains.',
  },
  mantle: {
    category: 'coin',
    short:
      'An Ethereum layer-2 network that settles on Ethereum; MNT is its coin, used for gas and governance.',
    long: 'Mantle grew out of BitDAO, which merged with it in 2023, and is closely linked to the Bybit exchange. Transactions run on Mantle and are later posted to Ethereum. Its treasury is one of the largest held by a crypto project.',
  },
  'ethena-staked-usde': {
    category: 'coin',
    short:
      'USDe deposited in Ethena’s staking contract; it earns the protocol’s yield as a rising value per token.',
    long: 'sUSDe gains value as Ethena adds the income from futures funding and staked collateral. Withdrawals wait through a cooldown period. When the income falls, so does the yield, and the risks of USDe apply as well.',
  },
  'crypto-com-chain': {
    category: 'coin',
    short:
      'The blockchain network linked to the Crypto.com exchange; CRO is its coin, used for fees, staking and perks on Crypto.com.',
    long: 'Cronos includes a chain compatible with Ethereum tools and another built with the Cosmos software. CRO is staked by validators and gives card and trading benefits on Crypto.com. Its supply was cut sharply in 2021 when a large reserve was burned.',
  },
  dai: {
    category: 'coin',
    short:
      'A decentralised dollar stablecoin created by the Maker protocol against crypto collateral locked in smart contracts.',
    long: 'Users mint DAI by locking more collateral than they borrow; if the collateral’s value falls too far, it is sold to keep DAI backed. Over time tokenised Treasury bills and USDC became large parts of its backing. The Maker project, now called Sky, offers USDS as its successor.',
  },
  polkadot: {
    category: 'coin',
    short:
      'A network that connects many specialised blockchains and shares one security pool among them; DOT is its coin.',
    long: 'Polkadot was created by Ethereum co-founder Gavin Wood. Connected chains (parachains) get security from the central relay chain, whose validators stake DOT. Holders also use DOT to vote on upgrades.',
  },
  zcash: {
    category: 'coin',
    short:
      'A proof-of-work coin that can hide the sender, receiver and amount of a payment with zero-knowledge proofs.',
    long: 'Zcash launched in 2016 with the same 21 million coin limit as Bitcoin. Its shielded transactions prove they are valid without revealing their details, while transparent ones work like Bitcoin’s. Users choose which kind to use.',
  },
  bittensor: {
    category: 'coin',
    short:
      'A network that pays participants in TAO for providing machine-learning work, judged by other participants.',
    long: 'Bittensor is organised into subnets, each a market for one kind of AI task. Validators score the miners’ output and the chain issues TAO according to those scores. Its issuance halves over time on a schedule modelled on Bitcoin’s.',
  },
  uniswap: {
    category: 'coin',
    short:
      'The largest decentralised exchange on Ethereum, where smart contracts swap tokens from shared liquidity pools; UNI is its governance token.',
    long: 'Uniswap replaced order books with automated market makers: prices follow a formula over the pool balances. Anyone can add liquidity and earn a share of trading fees. UNI holders vote on changes to the protocol.',
  },
  memecore: {
    category: 'coin',
    short: 'A blockchain built for meme coins, where its token M pays for fees and rewards.',
    long: 'MemeCore launched its main network in 2025 and pitches itself as a home for meme-coin communities. Its coin M is used for gas and validator rewards. HashLens does not match the one-letter ticker M on its own, since the letter means too many other things.',
  },
  'world-liberty-financial': {
    category: 'coin',
    short:
      'The governance token of World Liberty Financial, a crypto venture associated with the Trump family.',
    long: 'World Liberty Financial runs a lending app and issues the USD1 stablecoin. WLFI holders vote on the project’s proposals. The tokens became tradable in 2025 after sales to investors.',
  },
  susds: {
    category: 'coin',
    short: 'USDS deposited in Sky’s savings module; its value grows with the Sky Savings Rate.',
    long: 'sUSDS is the savings version of USDS, much as sDAI was for DAI. The savings rate is set by Sky’s governance from the income of the protocol. It can be turned back into USDS at the current rate.',
  },
  aave: {
    category: 'coin',
    short:
      'A decentralised lending protocol where users supply crypto to earn interest or borrow against collateral; AAVE is its governance token.',
    long: 'Aave runs on Ethereum and many other chains and is among the largest DeFi protocols by deposits. Loans are over-collateralised and are liquidated automatically when collateral falls too far. AAVE holders vote on risk settings and can stake to back the protocol against losses.',
  },
  okb: {
    category: 'coin',
    short:
      'The exchange token of OKX, which gives trading discounts and pays gas on its X Layer network.',
    long: 'OKB was issued by the OKX exchange and is used for fee discounts and access to token sales. The exchange has bought back and burned large amounts of it. It is also the gas token of X Layer, an OKX-backed layer-2 network.',
  },
  'bitget-token': {
    category: 'coin',
    short:
      'The exchange token of Bitget, used for fee discounts, token sales and other perks on the platform.',
    long: 'BGB is issued by the Bitget exchange, which has burned part of the supply. Holders get benefits on Bitget and its wallet. Its value is tied to the exchange’s business.',
  },
  ethena: {
    category: 'coin',
    short: 'The governance token of Ethena, the protocol behind the synthetic dollar USDe.',
    long: 'ENA holders vote on Ethena’s risk settings and on which assets back USDe. Staked ENA is also meant to share in protocol revenue. Its price is tied to demand for USDe and to the yield it earns.',
  },
  pepe: {
    category: 'coin',
    short:
      'A meme token on Ethereum named after the Pepe the Frog cartoon, launched in 2023 with no stated use.',
    long: 'PEPE was released without a presale or team allocation and became one of the largest meme coins within weeks. Its supply is in the hundreds of trillions of tokens, so each is worth a tiny fraction of a cent. Its price moves on attention and speculation.',
  },
  'blackrock-usd-institutional-digital-liquidity-fund': {
    category: 'coin',
    short:
      'A tokenised money-market fund from BlackRock that holds cash and short-term US Treasuries; each token is one dollar of the fund.',
    long: 'BUIDL launched on Ethereum in 2024 for qualified investors and pays its yield as new tokens. Its tokens are used as reserves and collateral by stablecoins and crypto firms. Transfers are limited to approved holders.',
  },
  'paypal-usd': {
    category: 'coin',
    short:
      'A dollar stablecoin issued by Paxos for PayPal, backed by dollar deposits and short-term Treasuries.',
    long: 'PYUSD launched in 2023 on Ethereum and later on Solana and other chains. PayPal and Venmo users can buy, hold and send it inside the apps. Paxos publishes monthly reports on the reserves.',
  },
  near: {
    category: 'coin',
    short:
      'A sharded proof-of-stake blockchain aimed at easy-to-use apps; NEAR is its native coin.',
    long: 'NEAR splits the network into shards so that capacity can grow with demand. It offers human-readable account names and lets apps pay fees for their users. Its coin pays fees and is staked by validators.',
  },
  'usd1-wlfi': {
    category: 'coin',
    short:
      'A dollar stablecoin issued by World Liberty Financial, backed by Treasuries, deposits and cash equivalents.',
    long: 'USD1 launched in 2025 and is held in custody by BitGo. It grew quickly after it was chosen to settle a large investment in Binance. HashLens only recognises USD1 as $USD1, because amounts such as "USD1.2 billion" would otherwise look like it.',
  },
  'jito-staked-sol': {
    category: 'coin',
    short:
      'A liquid staking token for SOL staked through Jito, earning staking rewards plus tips from transaction ordering.',
    long: 'JitoSOL represents SOL delegated to a set of validators running Jito’s software, which lets searchers pay tips for the order of their transactions. Those tips are shared with stakers on top of normal rewards. The token rises in value against SOL over time.',
  },
  'ethereum-classic': {
    category: 'coin',
    short:
      'The original Ethereum chain that kept running unchanged after the 2016 DAO hack was reversed on the main chain.',
    long: 'When Ethereum rolled back the theft from The DAO with a hard fork, a minority rejected the change and continued the old chain as Ethereum Classic. It still uses proof-of-work mining, while Ethereum moved to proof of stake. Because "etc." is common in text, HashLens only recognises its ticker as $ETC.',
  },
  aptos: {
    category: 'coin',
    short:
      'A proof-of-stake blockchain built by former Meta engineers using the Move language; APT is its coin.',
    long: 'Aptos launched in 2022 from work on Meta’s abandoned Diem project. It executes transactions in parallel to raise throughput. APT pays fees and is staked by validators.',
  },
  'binance-peg-weth': {
    category: 'coin',
    short: 'Ether bridged by Binance onto BNB Smart Chain, backed by ETH that the exchange holds.',
    long: 'Binance issues Binance-Peg tokens on its own chain for assets it holds elsewhere. This one tracks ether and is used in apps on BNB Smart Chain. Its value depends on Binance holding the ether behind it, so it is priced apart from ETH and WETH.',
  },
  'chainopera-ai': {
    category: 'coin',
    short:
      'The token of ChainOpera, a project for AI agents and apps run and rewarded on a blockchain.',
    long: 'ChainOpera AI aims to let communities build and share AI agents and to pay contributors in its COAI token. The token launched in 2025. Like many new AI tokens, its price has been very volatile.',
  },
  'ondo-finance': {
    category: 'coin',
    short:
      'A company that issues tokenised US Treasuries and stocks on blockchains; ONDO is its governance token.',
    long: 'Ondo Finance offers tokens backed by short-term government debt and by listed shares to investors outside the US. The ONDO token governs parts of its protocol. Its growth follows the wider trend of real-world assets on blockchains.',
  },
  'falcon-finance': {
    category: 'coin',
    short:
      'A synthetic dollar from Falcon Finance, minted against stablecoins, crypto and tokenised assets.',
    long: 'USDf is created by depositing collateral and is kept near one dollar by hedging and over-collateralisation. Staked USDf earns a yield from trading strategies. Its backing depends on those strategies working.',
  },
  'tether-gold': {
    category: 'coin',
    short:
      'A token from Tether in which each unit stands for one troy ounce of physical gold held in a Swiss vault.',
    long: 'XAUt lets holders own gold on a blockchain and redeem it for bars or sell it at any hour. Its price follows the gold price, not the dollar. Holders rely on Tether to hold and release the metal.',
  },
  'jupiter-perpetuals-liquidity-provider-token': {
    category: 'coin',
    short:
      'The pool token of Jupiter’s perpetual futures exchange on Solana; holders are the counterparty to traders and earn their fees.',
    long: 'JLP is backed by a basket of SOL, ETH, BTC and stablecoins that traders borrow from. Holders earn most of the trading fees but lose when traders win. Its value therefore moves with the basket and with traders’ results.',
  },
  'polygon-ecosystem-token': {
    category: 'coin',
    short:
      'The coin of the Polygon network, which replaced MATIC in 2024; it pays fees and is staked by validators.',
    long: 'Polygon began as a sidechain that makes Ethereum apps cheaper and has since added zero-knowledge technology and a shared layer for connected chains. MATIC was upgraded to POL one to one. POL is meant to secure several Polygon chains at once.',
  },
  'aster-2': {
    category: 'coin',
    short:
      'A decentralised exchange for spot and perpetual futures trading on several chains; ASTER is its token.',
    long: 'Aster formed from the merger of two trading protocols and launched its token in 2025. It is closely associated with the BNB Chain ecosystem. ASTER is used for governance and trading incentives.',
  },
  'worldcoin-wld': {
    category: 'coin',
    short:
      'The token of World, a project that scans people’s irises to give each person a digital proof of being human.',
    long: 'World, co-founded by Sam Altman, pays WLD to people who verify with its Orb device. Its collection of biometric data has drawn regulators’ scrutiny in several countries. WLD also pays gas on its World Chain.',
  },
  'htx-dao': {
    category: 'coin',
    short: 'The token of HTX DAO, tied to the HTX exchange formerly called Huobi.',
    long: 'HTX is the exchange once known as Huobi, now linked to Justin Sun. The HTX token replaced the older Huobi Token and is used for governance and exchange perks. Its value is tied to the exchange.',
  },
  'gatechain-token': {
    category: 'coin',
    short: 'The token of the Gate exchange and its chain, used for fees and perks on the platform.',
    long: 'GT was issued by Gate.io and pays gas on its GateChain. Gate regularly burns part of the supply. Because "GT" and "Gate" mean many other things, HashLens recognises it only by its token names or as $GT.',
  },
  usdtb: {
    category: 'coin',
    short:
      'A dollar stablecoin from Ethena whose reserves are held mostly in BlackRock’s tokenised Treasury fund.',
    long: 'USDtb is Ethena’s answer for times when the futures hedge behind USDe earns little. Its reserves sit mainly in the BUIDL fund. It is issued under a US-regulated framework.',
  },
  'hash-2': {
    category: 'coin',
    short:
      'The coin of Provenance Blockchain, a network for financial services such as loans and funds.',
    long: 'Provenance is built with the Cosmos software and was started by the lender Figure, which records its loans on it. HASH pays fees and is staked by validators. Because "hash" is a common word in mining, HashLens only recognises it as $HASH.',
  },
  'kucoin-shares': {
    category: 'coin',
    short:
      'The exchange token of KuCoin, which shares part of the exchange’s revenue with holders and gives fee discounts.',
    long: 'KCS was issued by KuCoin in 2017. Holders receive a daily bonus from trading fees and discounts on the exchange. Its value is tied to the exchange, so HashLens reads "KuCoin" alone as the exchange and marks only the token’s names.',
  },
  'rocket-pool-eth': {
    category: 'coin',
    short:
      'The liquid staking token of Rocket Pool, a decentralised network of independent node operators staking ether.',
    long: 'rETH gains value against ETH as staking rewards accrue. Rocket Pool lets anyone run a validator with less than the usual 32 ETH by pairing them with pooled deposits. It is valued for spreading stake over many operators.',
  },
  'story-2': {
    category: 'coin',
    short:
      'A blockchain for registering and licensing intellectual property such as art, music and data; IP is its coin.',
    long: 'Story lets creators record their works on-chain and set the terms under which others may reuse them. The IP coin pays fees and is staked. HashLens does not match the ticker IP, which usually means intellectual property or an internet address.',
  },
  arbitrum: {
    category: 'coin',
    short:
      'The largest optimistic rollup on Ethereum: a layer-2 network that runs transactions cheaply and settles them on Ethereum.',
    long: 'Arbitrum assumes its batches are valid unless someone proves fraud within a challenge period. It is run by Offchain Labs and governed by the Arbitrum DAO. ARB is a governance token; fees are paid in ETH.',
  },
  'pi-network': {
    category: 'coin',
    short:
      'A project whose phone app let users "mine" Pi coins by tapping daily; its main network opened in 2025.',
    long: 'Pi Network does not use real mining: coins were credited for app activity and inviting others. Users had to pass identity checks before moving coins to the main network. Its supply and distribution have drawn criticism.',
  },
  'binance-staked-sol': {
    category: 'coin',
    short: 'Binance’s liquid staking token for SOL; its value in SOL rises with staking rewards.',
    long: 'BNSOL lets Binance customers stake SOL and keep using it in trading and DeFi. Binance runs or picks the validators and holds the staked coins. It is priced apart from SOL.',
  },
  'internet-computer': {
    category: 'coin',
    short:
      'A blockchain from the DFINITY Foundation that hosts whole apps and websites on-chain; ICP is its coin.',
    long: 'The Internet Computer runs programs called canisters that can serve web pages directly. ICP is turned into "cycles" to pay for computation and storage. It is governed by holders who lock ICP in its Network Nervous System.',
  },
  algorand: {
    category: 'coin',
    short:
      'A proof-of-stake blockchain founded by MIT professor Silvio Micali, with fast finality; ALGO is its coin.',
    long: 'Algorand picks block proposers and committees at random, weighted by stake, using cryptographic lotteries. Blocks are final in seconds and forks do not occur. ALGO pays fees and participation rewards.',
  },
  'kelp-dao-restaked-eth': {
    category: 'coin',
    short:
      'Kelp DAO’s liquid restaking token for ether restaked through EigenLayer and similar protocols.',
    long: 'rsETH stands for a share of ether and liquid staking tokens that Kelp restakes to earn extra rewards. Its value in ETH grows with those rewards. It adds the risks of restaking on top of staking.',
  },
  cosmos: {
    category: 'coin',
    short:
      'The hub of the Cosmos network of connected blockchains; ATOM is its coin, staked to secure the hub.',
    long: 'Cosmos provides software for building independent chains and a protocol, IBC, for moving tokens between them. The Cosmos Hub was its first chain. ATOM holders stake and vote on the hub’s governance.',
  },
  vechain: {
    category: 'coin',
    short: 'A blockchain aimed at supply-chain tracking and business use; VET is its coin.',
    long: 'VeChain uses two tokens: VET, which is held and generates VTHO, and VTHO, which pays for transactions. Blocks are produced by authority nodes run by known parties. Its partners have included logistics and luxury-goods firms.',
  },
  'stakewise-v3-oseth': {
    category: 'coin',
    short:
      'StakeWise’s liquid staking token for ether staked through vaults run by many node operators.',
    long: 'osETH is minted against ether staked in StakeWise vaults and is kept over-collateralised. Its value in ETH rises with staking rewards. Holders take on the risks of the chosen operators and the protocol.',
  },
  wbnb: {
    category: 'coin',
    short:
      'BNB wrapped as a standard BEP-20 token on BNB Chain, one for one, for use in DeFi apps.',
    long: 'Like WETH on Ethereum, WBNB exists because the native coin does not follow the chain’s token standard. Anyone can wrap and unwrap it through the contract. It tracks BNB exactly but is listed as its own coin.',
  },
  sky: {
    category: 'coin',
    short:
      'The governance token of Sky, the project formerly called MakerDAO, which issues the USDS and DAI stablecoins.',
    long: 'SKY replaced MKR in 2024 at a rate of 24,000 SKY for one MKR. Holders vote on collateral, fees and the savings rate. Because "sky" is an everyday word, HashLens recognises the bare ticker only as $SKY.',
  },
  'liquid-staked-ethereum': {
    category: 'coin',
    short:
      'The liquid staking token of Liquid Collective, a staking protocol built for institutions.',
    long: 'LsETH is issued against ether staked with vetted node operators under institutional rules. Its value in ETH grows with staking rewards. HashLens matches its name only as written, so the generic phrase "liquid staked ETH" is not mistaken for it.',
  },
  'kinetic-staked-hype': {
    category: 'coin',
    short: 'Kinetiq’s liquid staking token for HYPE staked on Hyperliquid.',
    long: 'kHYPE lets holders earn staking rewards on HYPE while still using it in apps. Kinetiq spreads the stake over several validators. Its value in HYPE rises as rewards accrue.',
  },
  kaspa: {
    category: 'coin',
    short:
      'A proof-of-work coin that produces many blocks per second by ordering them in a graph instead of a single chain.',
    long: 'Kaspa uses the GHOSTDAG protocol, which keeps blocks mined at the same time instead of discarding them. It launched in 2021 without a premine. KAS is mined with ASICs running the kHeavyHash algorithm.',
  },
  'pax-gold': {
    category: 'coin',
    short:
      'A token from Paxos in which each unit is one troy ounce of a London Good Delivery gold bar held in vaults.',
    long: 'PAXG lets people own allocated gold on Ethereum and trade it at any hour. Paxos is regulated in New York and publishes attestations of the gold held. Its price follows gold.',
  },
  bfusd: {
    category: 'coin',
    short:
      'A yield-earning dollar asset from Binance for its futures traders, which can be used as margin.',
    long: 'BFUSD is issued by Binance against stablecoins and pays a yield from the exchange’s strategies. It lives on the exchange rather than as a freely traded token on a public chain. Its value depends on Binance.',
  },
  'pump-fun': {
    category: 'coin',
    short: 'The token of Pump.fun, a Solana app where anyone can launch a meme coin in minutes.',
    long: 'Pump.fun made launching tokens cheap and fast and became a major source of meme coins on Solana. The PUMP token was sold in 2025 and is used for buybacks from the app’s revenue. HashLens reads the address-like name "Pump.fun" as a web address, so it marks "Pumpfun" and $PUMP.',
  },
  'flare-networks': {
    category: 'coin',
    short:
      'A blockchain that brings outside data and assets such as XRP to smart contracts; FLR is its coin.',
    long: 'Flare builds data feeds and cross-chain proofs into the protocol itself. Its FAssets system lets holders of XRP and other coins use them in DeFi. FLR is staked and used to pay fees.',
  },
  'pudgy-penguins': {
    category: 'coin',
    short:
      'The token of Pudgy Penguins, a popular NFT collection of cartoon penguins that grew into a toy brand.',
    long: 'Pudgy Penguins began as an NFT collection in 2021 and later sold toys in large retail chains. The PENGU token launched on Solana in 2024 and was given to holders of the NFTs and to others. It trades like a meme coin.',
  },
  syrupusdc: {
    category: 'coin',
    short: 'A yield-bearing token from Maple Finance for USDC lent to institutional borrowers.',
    long: 'syrupUSDC represents deposits in a Maple lending pool that makes over-collateralised loans. Its value in USDC rises as interest is paid. Holders bear the risk that borrowers default.',
  },
  'lombard-staked-btc': {
    category: 'coin',
    short:
      'A token from Lombard for bitcoin staked through the Babylon protocol, usable in DeFi on other chains.',
    long: 'LBTC is backed one to one by bitcoin that Lombard and its partners hold and stake with Babylon. Holders earn staking rewards while using the token elsewhere. It relies on its custodians, so it is priced apart from BTC.',
  },
  'render-token': {
    category: 'coin',
    short:
      'A network that rents out spare graphics cards for 3D rendering and AI work; RENDER pays for the jobs.',
    long: 'Render was started by the company OTOY and moved its token from Ethereum to Solana in 2023 (from RNDR to RENDER). Artists and studios pay for rendering, and GPU owners earn tokens for doing it. HashLens matches "Render" alone only on crypto pages.',
  },
  'renzo-restaked-eth': {
    category: 'coin',
    short: 'Renzo’s liquid restaking token for ether restaked through EigenLayer.',
    long: 'ezETH stands for ether that Renzo restakes for extra rewards from services built on EigenLayer. Its value in ETH rises with those rewards. In 2024 it briefly lost its peg during a wave of withdrawals.',
  },
  'quant-network': {
    category: 'coin',
    short:
      'The token of Quant, whose Overledger software links enterprise systems with several blockchains.',
    long: 'Quant sells software licences that are paid for in QNT. Its supply is small, under 15 million tokens. HashLens does not read "Quant" alone as the coin, since it usually means a quantitative analyst or fund.',
  },
  'sei-network': {
    category: 'coin',
    short: 'A fast proof-of-stake blockchain built for trading apps; SEI is its coin.',
    long: 'Sei started on the Cosmos software and added compatibility with Ethereum programs. It processes transactions in parallel and aims for sub-second finality. SEI pays fees and is staked by validators.',
  },
  'official-trump': {
    category: 'coin',
    short: 'A meme coin launched on Solana in January 2025 by companies linked to Donald Trump.',
    long: 'TRUMP was released days before the 2025 inauguration, and most of the supply was kept by the issuers with a release schedule. It has no use beyond speculation and events for holders. HashLens recognises the bare ticker only as $TRUMP.',
  },
};
