/**
 * The one source of coin names and tickers, by CoinGecko id: the in-page UI (pin buttons, the
 * price strip), the background (toolbar badge), the popup and the options page all label coins
 * from it. The per-frame content script does not import it.
 */

/** A coin as labels show it. */
export interface CoinInfo {
  /** CoinGecko id (`bitcoin`). */
  id: string;
  /** "Bitcoin". */
  name: string;
  /** "BTC". */
  symbol: string;
}

/**
 * The coins HashLens knows: CoinGecko's top 100 by market cap (`/coins/markets`,
 * `vs_currency=usd`, `order=market_cap_desc`, October 2025), in that order, with CoinGecko's own
 * ids, names and tickers (upper-cased). Wrapped, bridged and staked variants of other coins
 * (Wrapped Bitcoin, WETH, stETH, Binance-Peg WETH …) are coins of their own with their own
 * prices; `spellings.ts` tells them apart from the coins they wrap. A test checks this list
 * against the recorded answer (`__tests__/fixtures/coins-markets-top100.json`).
 */
export const COIN_CATALOG: readonly CoinInfo[] = [
  { id: 'bitcoin', name: 'Bitcoin', symbol: 'BTC' },
  { id: 'ethereum', name: 'Ethereum', symbol: 'ETH' },
  { id: 'tether', name: 'Tether', symbol: 'USDT' },
  { id: 'binancecoin', name: 'BNB', symbol: 'BNB' },
  { id: 'ripple', name: 'XRP', symbol: 'XRP' },
  { id: 'solana', name: 'Solana', symbol: 'SOL' },
  { id: 'usd-coin', name: 'USDC', symbol: 'USDC' },
  { id: 'staked-ether', name: 'Lido Staked Ether', symbol: 'STETH' },
  { id: 'tron', name: 'TRON', symbol: 'TRX' },
  { id: 'dogecoin', name: 'Dogecoin', symbol: 'DOGE' },
  { id: 'cardano', name: 'Cardano', symbol: 'ADA' },
  { id: 'wrapped-steth', name: 'Wrapped stETH', symbol: 'WSTETH' },
  { id: 'wrapped-bitcoin', name: 'Wrapped Bitcoin', symbol: 'WBTC' },
  { id: 'wrapped-beacon-eth', name: 'Wrapped Beacon ETH', symbol: 'WBETH' },
  { id: 'figure-heloc', name: 'Figure Heloc', symbol: 'FIGR_HELOC' },
  { id: 'chainlink', name: 'Chainlink', symbol: 'LINK' },
  { id: 'ethena-usde', name: 'Ethena USDe', symbol: 'USDE' },
  { id: 'wrapped-eeth', name: 'Wrapped eETH', symbol: 'WEETH' },
  { id: 'stellar', name: 'Stellar', symbol: 'XLM' },
  { id: 'hyperliquid', name: 'Hyperliquid', symbol: 'HYPE' },
  { id: 'bitcoin-cash', name: 'Bitcoin Cash', symbol: 'BCH' },
  { id: 'usds', name: 'USDS', symbol: 'USDS' },
  {
    id: 'binance-bridged-usdt-bnb-smart-chain',
    name: 'Binance Bridged USDT (BNB Smart Chain)',
    symbol: 'BSC-USD',
  },
  { id: 'sui', name: 'Sui', symbol: 'SUI' },
  { id: 'weth', name: 'WETH', symbol: 'WETH' },
  { id: 'avalanche-2', name: 'Avalanche', symbol: 'AVAX' },
  { id: 'leo-token', name: 'LEO Token', symbol: 'LEO' },
  { id: 'coinbase-wrapped-btc', name: 'Coinbase Wrapped BTC', symbol: 'CBBTC' },
  { id: 'litecoin', name: 'Litecoin', symbol: 'LTC' },
  { id: 'hedera-hashgraph', name: 'Hedera', symbol: 'HBAR' },
  { id: 'usdt0', name: 'USDT0', symbol: 'USDT0' },
  { id: 'whitebit', name: 'WhiteBIT Coin', symbol: 'WBT' },
  { id: 'shiba-inu', name: 'Shiba Inu', symbol: 'SHIB' },
  { id: 'monero', name: 'Monero', symbol: 'XMR' },
  { id: 'the-open-network', name: 'Toncoin', symbol: 'TON' },
  { id: 'mantle', name: 'Mantle', symbol: 'MNT' },
  { id: 'ethena-staked-usde', name: 'Ethena Staked USDe', symbol: 'SUSDE' },
  { id: 'crypto-com-chain', name: 'Cronos', symbol: 'CRO' },
  { id: 'dai', name: 'Dai', symbol: 'DAI' },
  { id: 'polkadot', name: 'Polkadot', symbol: 'DOT' },
  { id: 'zcash', name: 'Zcash', symbol: 'ZEC' },
  { id: 'bittensor', name: 'Bittensor', symbol: 'TAO' },
  { id: 'uniswap', name: 'Uniswap', symbol: 'UNI' },
  { id: 'memecore', name: 'MemeCore', symbol: 'M' },
  { id: 'world-liberty-financial', name: 'World Liberty Financial', symbol: 'WLFI' },
  { id: 'susds', name: 'sUSDS', symbol: 'SUSDS' },
  { id: 'aave', name: 'Aave', symbol: 'AAVE' },
  { id: 'okb', name: 'OKB', symbol: 'OKB' },
  { id: 'bitget-token', name: 'Bitget Token', symbol: 'BGB' },
  { id: 'ethena', name: 'Ethena', symbol: 'ENA' },
  { id: 'pepe', name: 'Pepe', symbol: 'PEPE' },
  {
    id: 'blackrock-usd-institutional-digital-liquidity-fund',
    name: 'BlackRock USD Institutional Digital Liquidity Fund',
    symbol: 'BUIDL',
  },
  { id: 'paypal-usd', name: 'PayPal USD', symbol: 'PYUSD' },
  { id: 'near', name: 'NEAR Protocol', symbol: 'NEAR' },
  { id: 'usd1-wlfi', name: 'USD1', symbol: 'USD1' },
  { id: 'jito-staked-sol', name: 'Jito Staked SOL', symbol: 'JITOSOL' },
  { id: 'ethereum-classic', name: 'Ethereum Classic', symbol: 'ETC' },
  { id: 'aptos', name: 'Aptos', symbol: 'APT' },
  { id: 'binance-peg-weth', name: 'Binance-Peg WETH', symbol: 'WETH' },
  { id: 'chainopera-ai', name: 'ChainOpera AI', symbol: 'COAI' },
  { id: 'ondo-finance', name: 'Ondo', symbol: 'ONDO' },
  { id: 'falcon-finance', name: 'Falcon USD', symbol: 'USDF' },
  { id: 'tether-gold', name: 'Tether Gold', symbol: 'XAUT' },
  {
    id: 'jupiter-perpetuals-liquidity-provider-token',
    name: 'Jupiter Perpetuals Liquidity Provider Token',
    symbol: 'JLP',
  },
  { id: 'polygon-ecosystem-token', name: 'POL (ex-MATIC)', symbol: 'POL' },
  { id: 'aster-2', name: 'Aster', symbol: 'ASTER' },
  { id: 'worldcoin-wld', name: 'Worldcoin', symbol: 'WLD' },
  { id: 'htx-dao', name: 'HTX DAO', symbol: 'HTX' },
  { id: 'gatechain-token', name: 'Gate', symbol: 'GT' },
  { id: 'usdtb', name: 'USDtb', symbol: 'USDTB' },
  { id: 'hash-2', name: 'Provenance Blockchain', symbol: 'HASH' },
  { id: 'kucoin-shares', name: 'KuCoin', symbol: 'KCS' },
  { id: 'rocket-pool-eth', name: 'Rocket Pool ETH', symbol: 'RETH' },
  { id: 'story-2', name: 'Story', symbol: 'IP' },
  { id: 'arbitrum', name: 'Arbitrum', symbol: 'ARB' },
  { id: 'pi-network', name: 'Pi Network', symbol: 'PI' },
  { id: 'binance-staked-sol', name: 'Binance Staked SOL', symbol: 'BNSOL' },
  { id: 'internet-computer', name: 'Internet Computer', symbol: 'ICP' },
  { id: 'algorand', name: 'Algorand', symbol: 'ALGO' },
  { id: 'kelp-dao-restaked-eth', name: 'Kelp DAO Restaked ETH', symbol: 'RSETH' },
  { id: 'cosmos', name: 'Cosmos Hub', symbol: 'ATOM' },
  { id: 'vechain', name: 'VeChain', symbol: 'VET' },
  { id: 'stakewise-v3-oseth', name: 'StakeWise Staked ETH', symbol: 'OSETH' },
  { id: 'wbnb', name: 'Wrapped BNB', symbol: 'WBNB' },
  { id: 'sky', name: 'Sky', symbol: 'SKY' },
  { id: 'liquid-staked-ethereum', name: 'Liquid Staked ETH', symbol: 'LSETH' },
  { id: 'kinetic-staked-hype', name: 'Kinetiq Staked HYPE', symbol: 'KHYPE' },
  { id: 'kaspa', name: 'Kaspa', symbol: 'KAS' },
  { id: 'pax-gold', name: 'PAX Gold', symbol: 'PAXG' },
  { id: 'bfusd', name: 'BFUSD', symbol: 'BFUSD' },
  { id: 'pump-fun', name: 'Pump.fun', symbol: 'PUMP' },
  { id: 'flare-networks', name: 'Flare', symbol: 'FLR' },
  { id: 'pudgy-penguins', name: 'Pudgy Penguins', symbol: 'PENGU' },
  { id: 'syrupusdc', name: 'Syrup USDC', symbol: 'SYRUPUSDC' },
  { id: 'lombard-staked-btc', name: 'Lombard Staked BTC', symbol: 'LBTC' },
  { id: 'render-token', name: 'Render', symbol: 'RENDER' },
  { id: 'renzo-restaked-eth', name: 'Renzo Restaked ETH', symbol: 'EZETH' },
  { id: 'quant-network', name: 'Quant', symbol: 'QNT' },
  { id: 'sei-network', name: 'Sei', symbol: 'SEI' },
  { id: 'official-trump', name: 'Official Trump', symbol: 'TRUMP' },
];

let byId: Map<string, CoinInfo> | null = null;

/** A coin's name and ticker; unknown ids get a readable fallback. */
export function coinInfo(coinId: string): CoinInfo {
  byId ??= new Map(COIN_CATALOG.map((coin) => [coin.id, coin]));
  return (
    byId.get(coinId) ?? {
      id: coinId,
      name: coinId.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase()),
      symbol: coinId.slice(0, 5).toUpperCase(),
    }
  );
}

/** "Bitcoin (BTC)", or "XRP" where the name is the ticker. */
export function coinLabel(coin: CoinInfo): string {
  return coin.name === coin.symbol ? coin.name : `${coin.name} (${coin.symbol})`;
}
