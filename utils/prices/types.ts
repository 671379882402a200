/**
 * Price data as HashLens uses it everywhere: what the background fetched from CoinGecko,
 * already validated, plus how fresh it is.
 */

/** A CoinGecko coin id such as `bitcoin` or `wrapped-bitcoin`. */
export type CoinId = string;

/** A CoinGecko `vs_currency` code in lower case: `usd`, `eur`, `btc` … */
export type VsCurrency = string;

/** One coin's quote in one currency, as `/coins/markets` (or `/simple/price`) reports it. */
export interface PriceQuote {
  coinId: CoinId;
  currency: VsCurrency;
  price: number;
  /** 24 h change in percent (`-2.8262` means −2.83 %); null when CoinGecko has none. */
  change24hPct: number | null;
  marketCap: number | null;
  volume24h: number | null;
  /** When CoinGecko last updated the price (ms since epoch), from `last_updated_at`. */
  sourceUpdatedAt: number | null;
  /**
   * Market-cap rank (`market_cap_rank`); `/coins/markets` only, so absent from values cached
   * before the tooltip's coin card (those get it on their next refresh).
   */
  rank?: number | null;
  /**
   * The last 7 days of prices, oldest first, thinned to at most {@link SPARKLINE_POINTS}
   * evenly spaced points (`sparkline_in_7d`); `/coins/markets` only, like `rank`.
   */
  sparkline7d?: number[] | null;
}

/** Most points of a 7-day sparkline kept (CoinGecko sends 168 hourly ones; 42 draw it as well). */
export const SPARKLINE_POINTS = 42;

/** One point of a series: `[ms since epoch, value]`, as CoinGecko sends it. */
export type PricePoint = readonly [number, number];

/** A coin's price series in one currency, from `/coins/{id}/market_chart`. */
export interface MarketChart {
  coinId: CoinId;
  currency: VsCurrency;
  days: number;
  prices: PricePoint[];
}

/** A value as the background serves it: when it was fetched and whether it is still fresh. */
export interface Served<T> {
  value: T;
  /** When the background received it from CoinGecko (ms since epoch). */
  fetchedAt: number;
  /** True once the value is older than CoinGecko's own cache time or a refresh failed. */
  stale: boolean;
  /** Why the most recent refresh failed, when it did; the value is then the last good one. */
  lastError: import('./errors').PriceError | null;
}

/** What a caller gets for one piece of data: the data, or the reason there is none. */
export type ServeResult<T> =
  { ok: true; served: Served<T> } | { ok: false; error: import('./errors').PriceError };
