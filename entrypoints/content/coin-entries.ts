/**
 * Which glossary entries name a coin (not a phrase tied to one, such as "Bitcoin mining"),
 * and which coin: the per-frame script needs this to decide whether a page's terms include
 * coins, and the glossary itself stays in the background. A unit test keeps the list in step
 * with the glossary's coin entries.
 */

/** Coin entry id → CoinGecko id, for the entries whose ids differ from their coin's. */
const RENAMED: Readonly<Record<string, string>> = {
  xrp: 'ripple',
  bnb: 'binancecoin',
  avalanche: 'avalanche-2',
  toncoin: 'the-open-network',
  hedera: 'hedera-hashgraph',
};

/** Coin entries whose id is their CoinGecko id. */
const SAME = new Set(
  'bitcoin ethereum tether solana usd-coin dogecoin cardano tron chainlink stellar shiba-inu polkadot bitcoin-cash litecoin near sui wrapped-bitcoin uniswap harmony monero'.split(
    ' ',
  ),
);

/** The CoinGecko id a coin entry names, or null for any other entry. */
export function coinOfEntry(entryId: string): string | null {
  return RENAMED[entryId] ?? (SAME.has(entryId) ? entryId : null);
}
