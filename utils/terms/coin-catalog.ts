/**
 * Names and tickers of the coins HashLens knows, by CoinGecko id, from the glossary.
 */
import { COINS } from '@/utils/terms/coins';

/** A coin as labels show it. */
export interface CoinInfo {
  id: string;
  /** "Bitcoin" (the glossary title without its ticker). */
  name: string;
  /** "BTC". */
  symbol: string;
}

let catalog: Map<string, CoinInfo> | null = null;

function build(): Map<string, CoinInfo> {
  const map = new Map<string, CoinInfo>();
  for (const entry of COINS) {
    if (!entry.coinId || map.has(entry.coinId)) continue;
    map.set(entry.coinId, {
      id: entry.coinId,
      name: entry.title.replace(/\s*\([^)]*\)\s*$/, ''),
      symbol: entry.symbol ?? entry.coinId.toUpperCase(),
    });
  }
  return map;
}

/** Every known coin, in glossary order. */
export function knownCoins(): CoinInfo[] {
  catalog ??= build();
  return [...catalog.values()];
}

/** A coin's name and ticker; unknown ids get a readable fallback. */
export function coinInfo(coinId: string): CoinInfo {
  catalog ??= build();
  return (
    catalog.get(coinId) ?? {
      id: coinId,
      name: coinId.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase()),
      symbol: coinId.slice(0, 5).toUpperCase(),
    }
  );
}
