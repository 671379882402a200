// Loads the recorded CoinGecko responses the stand-in serves. They live in the repository
// (e2e/fixtures/coingecko/) so tests pass on a fresh clone; nothing here reads /work/shared.
import { readFileSync } from 'node:fs';

/** `[unix ms, value]`, the point type of every `/market_chart` series. */
export type ChartPoint = [number, number];

/** Body of `/coins/{id}/market_chart`. */
export interface MarketChart {
  prices: ChartPoint[];
  market_caps: ChartPoint[];
  total_volumes: ChartPoint[];
}

/** Body of `/simple/price` for one coin with every include_* flag and precision=full. */
export interface SeedSimplePrice {
  bitcoin: {
    usd: number;
    usd_market_cap: number;
    usd_24h_vol: number;
    usd_24h_change: number;
    last_updated_at: number;
  };
}

/** Absolute URL of a file under e2e/fixtures/coingecko/ (relative to this module, not the cwd). */
export function fixtureUrl(name: string): URL {
  return new URL(`../fixtures/coingecko/${name}`, import.meta.url);
}

/** Reads and parses one fixture. Synchronous: it runs once per process, at import. */
export function readFixture<T>(name: string): T {
  return JSON.parse(readFileSync(fixtureUrl(name), 'utf8')) as T;
}

/** The seed article's week as `/simple/price` served it (bitcoin/usd, "now" 2026-04-13 09:59 UTC). */
export const seedSimplePrice = readFixture<SeedSimplePrice>(
  'seed-week/simple_price__bitcoin__usd__full.json',
);

/** The seed week as `/coins/bitcoin/market_chart?vs_currency=usd&days=7&interval=daily` served it. */
export const seedMarketChart = readFixture<MarketChart>(
  'seed-week/market_chart__bitcoin__usd__days-7__interval-daily.json',
);

/** `/ping` body from CoinGecko's own OpenAPI example. */
export const pingBody = readFixture<{ gecko_says: string }>('oas2026__ping.json');

/** CoinGecko's verbatim 500 body (recorded 2021-07-19 on /coins/bitcoin/ohlc). */
export const serverErrorBody = readFixture<{ status: number; error: string }>(
  'ohlc__bitcoin__no-params__500__2021-07-19.json',
);
