/**
 * The one source of coin names and tickers, by CoinGecko id. Small on purpose: the content
 * script (pin buttons, the price strip), the background (toolbar badge), the popup and the
 * options page all label coins from it.
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

/** The coins HashLens knows, largest first. */
export const COIN_CATALOG: readonly CoinInfo[] = [
  { id: 'bitcoin', name: 'Bitcoin', symbol: 'BTC' },
  { id: 'ethereum', name: 'Ethereum', symbol: 'ETH' },
  { id: 'tether', name: 'Tether', symbol: 'USDT' },
  { id: 'ripple', name: 'XRP', symbol: 'XRP' },
  { id: 'binancecoin', name: 'BNB', symbol: 'BNB' },
  { id: 'solana', name: 'Solana', symbol: 'SOL' },
  { id: 'usd-coin', name: 'USD Coin', symbol: 'USDC' },
  { id: 'dogecoin', name: 'Dogecoin', symbol: 'DOGE' },
  { id: 'cardano', name: 'Cardano', symbol: 'ADA' },
  { id: 'tron', name: 'TRON', symbol: 'TRX' },
  { id: 'chainlink', name: 'Chainlink', symbol: 'LINK' },
  { id: 'avalanche-2', name: 'Avalanche', symbol: 'AVAX' },
  { id: 'the-open-network', name: 'Toncoin', symbol: 'TON' },
  { id: 'stellar', name: 'Stellar', symbol: 'XLM' },
  { id: 'shiba-inu', name: 'Shiba Inu', symbol: 'SHIB' },
  { id: 'polkadot', name: 'Polkadot', symbol: 'DOT' },
  { id: 'bitcoin-cash', name: 'Bitcoin Cash', symbol: 'BCH' },
  { id: 'litecoin', name: 'Litecoin', symbol: 'LTC' },
  { id: 'hedera-hashgraph', name: 'Hedera', symbol: 'HBAR' },
  { id: 'near', name: 'NEAR Protocol', symbol: 'NEAR' },
  { id: 'sui', name: 'Sui', symbol: 'SUI' },
  { id: 'wrapped-bitcoin', name: 'Wrapped Bitcoin', symbol: 'WBTC' },
  { id: 'uniswap', name: 'Uniswap', symbol: 'UNI' },
  { id: 'harmony', name: 'Harmony', symbol: 'ONE' },
  { id: 'monero', name: 'Monero', symbol: 'XMR' },
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
