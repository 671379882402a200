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
  'bitcoin ethereum tether solana usd-coin staked-ether tron dogecoin cardano wrapped-steth wrapped-bitcoin wrapped-beacon-eth figure-heloc chainlink ethena-usde wrapped-eeth stellar hyperliquid bitcoin-cash usds binance-bridged-usdt-bnb-smart-chain sui weth leo-token coinbase-wrapped-btc litecoin usdt0 whitebit shiba-inu monero mantle ethena-staked-usde crypto-com-chain dai polkadot zcash bittensor uniswap memecore world-liberty-financial susds aave okb bitget-token ethena pepe blackrock-usd-institutional-digital-liquidity-fund paypal-usd near usd1-wlfi jito-staked-sol ethereum-classic aptos binance-peg-weth chainopera-ai ondo-finance falcon-finance tether-gold jupiter-perpetuals-liquidity-provider-token polygon-ecosystem-token aster-2 worldcoin-wld htx-dao gatechain-token usdtb hash-2 kucoin-shares rocket-pool-eth story-2 arbitrum pi-network binance-staked-sol internet-computer algorand kelp-dao-restaked-eth cosmos vechain stakewise-v3-oseth wbnb sky liquid-staked-ethereum kinetic-staked-hype kaspa pax-gold bfusd pump-fun flare-networks pudgy-penguins syrupusdc lombard-staked-btc render-token renzo-restaked-eth quant-network sei-network official-trump'.split(
    ' ',
  ),
);

/** The CoinGecko id a coin entry names, or null for any other entry. */
export function coinOfEntry(entryId: string): string | null {
  return RENAMED[entryId] ?? (SAME.has(entryId) ? entryId : null);
}
