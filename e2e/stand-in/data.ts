// The stand-in's mutable market state: a price table keyed by coin id and vs_currency.
//
// bitcoin/usd is the recorded seed week verbatim. Every other cell is SYNTHETIC, derived from the
// seed BTC price with fixed coin/BTC ratios and fixed FX rates, so that multi-coin and
// multi-currency tests have something plausible to read. The numbers are documented in
// e2e/fixtures/coingecko/README.md; keep the two in step.
import { seedMarketChart, seedSimplePrice, type ChartPoint, type MarketChart } from './fixtures.ts';

/** One (coin, vs_currency) cell, in the units CoinGecko reports. */
export interface PriceCell {
  /** Price of one coin in the vs_currency. */
  price: number;
  marketCap: number;
  /** 24 h traded volume in the vs_currency. */
  volume24h: number;
  /** 24 h change in percent (e.g. -2.8262). */
  change24hPct: number;
  /** Unix seconds, as `last_updated_at`. */
  lastUpdatedAt: number;
}

/** Static per-coin facts `/coins/markets` needs besides the price. */
export interface CoinMeta {
  id: string;
  symbol: string;
  name: string;
  image: string | null;
  marketCapRank: number | null;
  circulatingSupply: number;
  totalSupply: number | null;
  maxSupply: number | null;
  athUsd: number;
  athDate: string;
  atlUsd: number;
  atlDate: string;
}

/** The seed article's "now" and BTC price, for callers that want to assert against them. */
export const SEED = {
  /** 2026-04-13 09:59 UTC as unix seconds (`last_updated_at` of every seeded cell). */
  nowSec: seedSimplePrice.bitcoin.last_updated_at,
  btcUsd: seedSimplePrice.bitcoin.usd,
  btcUsdMarketCap: seedSimplePrice.bitcoin.usd_market_cap,
  btcUsd24hVol: seedSimplePrice.bitcoin.usd_24h_vol,
  btcUsd24hChange: seedSimplePrice.bitcoin.usd_24h_change,
} as const;

/**
 * SYNTHETIC fixed FX rates: units of the currency per 1 USD. `btc` is derived from the seed BTC
 * price so that bitcoin/btc is exactly 1.
 */
export const SYNTHETIC_FX: Readonly<Record<string, number>> = {
  usd: 1,
  eur: 0.87,
  gbp: 0.75,
  jpy: 148.5,
  btc: 1 / SEED.btcUsd,
};

/** SYNTHETIC coins: USD price = seed BTC price × ratio; market cap = price × circulating supply. */
interface SyntheticCoin {
  meta: CoinMeta;
  ratioToBtc: number;
  volume24hUsd: number;
  change24hPct: number;
}

// Whole coins: the fixture's cap/price ratio carries float noise (19998412.000007…).
const BTC_SUPPLY = Math.round(SEED.btcUsdMarketCap / SEED.btcUsd);

/** Coin facts. bitcoin's price comes from the fixture; the other values are synthetic. */
const COINS: readonly SyntheticCoin[] = [
  {
    meta: {
      id: 'bitcoin',
      symbol: 'btc',
      name: 'Bitcoin',
      image: 'https://assets.coingecko.com/coins/images/1/large/bitcoin.png?1547033579',
      marketCapRank: 1,
      circulatingSupply: BTC_SUPPLY,
      totalSupply: 21_000_000,
      maxSupply: 21_000_000,
      athUsd: 126_080,
      athDate: '2025-10-06T18:57:42.558Z',
      atlUsd: 67.81,
      atlDate: '2013-07-06T00:00:00.000Z',
    },
    ratioToBtc: 1,
    volume24hUsd: SEED.btcUsd24hVol,
    change24hPct: SEED.btcUsd24hChange,
  },
  {
    meta: {
      id: 'ethereum',
      symbol: 'eth',
      name: 'Ethereum',
      image: 'https://assets.coingecko.com/coins/images/279/large/ethereum.png?1595348880',
      marketCapRank: 2,
      circulatingSupply: 120_700_000,
      totalSupply: 120_700_000,
      maxSupply: null,
      athUsd: 4946.05,
      athDate: '2025-08-24T19:21:03.333Z',
      atlUsd: 0.432979,
      atlDate: '2015-10-20T00:00:00.000Z',
    },
    ratioToBtc: 0.0305,
    volume24hUsd: 15_200_000_000,
    change24hPct: -3.9127,
  },
  {
    meta: {
      id: 'solana',
      symbol: 'sol',
      name: 'Solana',
      image: 'https://assets.coingecko.com/coins/images/4128/large/solana.png?1640133422',
      marketCapRank: 6,
      circulatingSupply: 560_000_000,
      totalSupply: 610_000_000,
      maxSupply: null,
      athUsd: 293.31,
      athDate: '2025-01-19T11:15:27.957Z',
      atlUsd: 0.500801,
      atlDate: '2020-05-11T19:35:23.449Z',
    },
    ratioToBtc: 0.00185,
    volume24hUsd: 3_100_000_000,
    change24hPct: -4.6203,
  },
  {
    meta: {
      id: 'bitcoin-cash',
      symbol: 'bch',
      name: 'Bitcoin Cash',
      image:
        'https://assets.coingecko.com/coins/images/780/large/bitcoin-cash-circle.png?1594689492',
      marketCapRank: 11,
      circulatingSupply: 19_950_000,
      totalSupply: 19_950_000,
      maxSupply: 21_000_000,
      athUsd: 3785.82,
      athDate: '2017-12-20T00:00:00.000Z',
      atlUsd: 76.93,
      atlDate: '2018-12-16T00:00:00.000Z',
    },
    ratioToBtc: 0.0049,
    volume24hUsd: 310_000_000,
    change24hPct: -1.8734,
  },
  {
    meta: {
      id: 'wrapped-bitcoin',
      symbol: 'wbtc',
      name: 'Wrapped Bitcoin',
      image:
        'https://assets.coingecko.com/coins/images/7598/large/wrapped_bitcoin_wbtc.png?1548822744',
      marketCapRank: 14,
      circulatingSupply: 128_500,
      totalSupply: 128_500,
      maxSupply: 128_500,
      athUsd: 126_000,
      athDate: '2025-10-06T18:50:19.000Z',
      atlUsd: 3139.17,
      atlDate: '2019-04-02T00:00:00.000Z',
    },
    ratioToBtc: 0.9998,
    volume24hUsd: 210_000_000,
    change24hPct: -2.8105,
  },
];

const round = (value: number, decimals: number): number => Number(value.toFixed(decimals));

/** Rounds a derived price the way the seed is written: 4 decimals, or 8 significant digits below 1. */
const roundPrice = (value: number): number =>
  value >= 1 ? round(value, 4) : Number(value.toPrecision(8));

/** Builds one synthetic cell; bitcoin/usd instead copies the fixture so it stays byte-identical. */
function seedCell(coin: SyntheticCoin, currency: string, fx: number): PriceCell {
  if (coin.meta.id === 'bitcoin' && currency === 'usd') {
    return {
      price: SEED.btcUsd,
      marketCap: SEED.btcUsdMarketCap,
      volume24h: SEED.btcUsd24hVol,
      change24hPct: SEED.btcUsd24hChange,
      lastUpdatedAt: SEED.nowSec,
    };
  }
  const usdPrice = SEED.btcUsd * coin.ratioToBtc;
  // A BTC-denominated change is the coin's USD move relative to BTC's own USD move.
  const change =
    currency === 'btc'
      ? ((1 + coin.change24hPct / 100) / (1 + SEED.btcUsd24hChange / 100) - 1) * 100
      : coin.change24hPct;
  return {
    price: roundPrice(usdPrice * fx),
    marketCap: round(usdPrice * coin.meta.circulatingSupply * fx, 2),
    volume24h: round(coin.volume24hUsd * fx, 2),
    change24hPct: round(change, 4),
    lastUpdatedAt: SEED.nowSec,
  };
}

/** coin id → vs_currency → cell. */
export type PriceTable = Map<string, Map<string, PriceCell>>;

/** A fresh copy of the seed table (every coin × every FX currency). */
export function createSeedTable(): PriceTable {
  const table: PriceTable = new Map();
  for (const coin of COINS) {
    const row = new Map<string, PriceCell>();
    for (const [currency, fx] of Object.entries(SYNTHETIC_FX)) {
      row.set(currency, seedCell(coin, currency, fx));
    }
    table.set(coin.meta.id, row);
  }
  return table;
}

/** Seed cells never change, so market_chart can scale history from them even after setPrice. */
const SEED_TABLE = createSeedTable();

/** Metadata for a coin; coins added at run time by setPrice get a bare record. */
export function coinMeta(id: string): CoinMeta {
  return (
    COINS.find((coin) => coin.meta.id === id)?.meta ?? {
      id,
      symbol: id,
      name: id,
      image: null,
      marketCapRank: null,
      circulatingSupply: 0,
      totalSupply: null,
      maxSupply: null,
      athUsd: 0,
      athDate: new Date(SEED.nowSec * 1000).toISOString(),
      atlUsd: 0,
      atlDate: new Date(SEED.nowSec * 1000).toISOString(),
    }
  );
}

/** USD→currency rate for scaling USD-only facts (ATH/ATL); unknown currencies scale by 1. */
export function fxRate(currency: string): number {
  return SYNTHETIC_FX[currency] ?? 1;
}

/** Options of {@link setPriceInTable}. Omitted fields keep their current value. */
export interface SetPriceOptions {
  change24hPct?: number;
  /** Unix seconds. Default: unchanged, so tests control the clock explicitly. */
  lastUpdatedAt?: number;
  /** Default: scaled with the price (constant supply). */
  marketCap?: number;
  volume24h?: number;
}

/**
 * Changes one cell (creating coin or currency if new). Only that cell moves: other currencies of
 * the same coin are not re-derived, so a test sees exactly the change it made.
 */
export function setPriceInTable(
  table: PriceTable,
  coinId: string,
  currency: string,
  price: number,
  options: SetPriceOptions = {},
): PriceCell {
  if (!coinId || !currency) throw new Error('setPrice: coinId and currency are required');
  if (!Number.isFinite(price) || price < 0) throw new Error(`setPrice: bad price ${price}`);
  let row = table.get(coinId);
  if (!row) {
    row = new Map();
    table.set(coinId, row);
  }
  const old = row.get(currency);
  const cell: PriceCell = {
    price,
    marketCap:
      options.marketCap ?? (old && old.price > 0 ? (old.marketCap * price) / old.price : 0),
    volume24h: options.volume24h ?? old?.volume24h ?? 0,
    change24hPct: options.change24hPct ?? old?.change24hPct ?? 0,
    lastUpdatedAt: options.lastUpdatedAt ?? old?.lastUpdatedAt ?? SEED.nowSec,
  };
  row.set(currency, cell);
  return cell;
}

/** Every vs_currency present anywhere in the table (CoinGecko's supported_vs_currencies here). */
export function knownCurrencies(table: PriceTable): Set<string> {
  const currencies = new Set<string>();
  for (const row of table.values()) for (const currency of row.keys()) currencies.add(currency);
  return currencies;
}

/** Milliseconds in a UTC day. */
const DAY_MS = 86_400_000;

/**
 * SYNTHETIC daily 00:00 points for the days before the recorded week: the week's first value
 * times a slow, fixed wave (±8 % over 60 days), so a year of history has a plausible shape.
 * Deterministic: the same day always gets the same value.
 */
function syntheticBefore(first: ChartPoint, fromMs: number): ChartPoint[] {
  const firstDay = Math.floor(first[0] / DAY_MS);
  const points: ChartPoint[] = [];
  for (let day = Math.ceil(fromMs / DAY_MS); day < firstDay; day++) {
    const wave = 1 + 0.08 * Math.sin(((firstDay - day) * 2 * Math.PI) / 60);
    points.push([day * DAY_MS, Number((first[1] * wave).toFixed(4))]);
  }
  return points;
}

/**
 * SYNTHETIC daily 00:00 points for the days between the recorded week's last point and a
 * "now" on a later day: a straight line from that point's value to the current one.
 */
function syntheticBetween(last: ChartPoint, now: ChartPoint): ChartPoint[] {
  const points: ChartPoint[] = [];
  for (let day = Math.floor(last[0] / DAY_MS) + 1; day * DAY_MS < now[0]; day++) {
    const t = (day * DAY_MS - last[0]) / (now[0] - last[0]);
    points.push([day * DAY_MS, Number((last[1] + (now[1] - last[1]) * t).toFixed(4))]);
  }
  return points;
}

/**
 * `/market_chart` for any coin/currency. History is the seed bitcoin/usd week scaled by the
 * cell's SEED values (so bitcoin/usd is the fixture verbatim); the final point is "now", i.e. the
 * cell's current price, market cap and time, like CoinGecko's last point. When "now" is on the
 * week's last day it replaces the week's last point; on a later day the week stays whole and
 * SYNTHETIC daily points lead from it to "now". `days` keeps the points within that many days
 * before "now"; days before the recorded week are SYNTHETIC daily points (see
 * {@link syntheticBefore}), so `days=365` holds a year of daily points as CoinGecko's does.
 * `max` adds none (a fixture of unbounded synthetic history would be noise).
 */
export function marketChart(
  table: PriceTable,
  coinId: string,
  currency: string,
  days: number,
): MarketChart | undefined {
  const cell = table.get(coinId)?.get(currency);
  if (!cell) return undefined;
  const seed = SEED_TABLE.get(coinId)?.get(currency) ?? cell;
  const scale = (series: ChartPoint[], factor: number): ChartPoint[] =>
    series.map(([time, value]) => [time, factor === 1 ? value : value * factor]);
  let prices = scale(seedMarketChart.prices, seed.price / SEED.btcUsd);
  let caps = scale(seedMarketChart.market_caps, seed.marketCap / SEED.btcUsdMarketCap);
  let volumes = scale(seedMarketChart.total_volumes, seed.volume24h / SEED.btcUsd24hVol);

  const nowMs = cell.lastUpdatedAt * 1000;
  const lastIndex = prices.length - 1;
  const lastPrice = prices[lastIndex]!;
  const lastCap = caps[lastIndex]!;
  const lastVolume = volumes[lastIndex]!;
  const nowPrice: ChartPoint = [nowMs, cell.price];
  const nowCap: ChartPoint = [nowMs, cell.marketCap];
  if (Math.floor(nowMs / DAY_MS) > Math.floor(lastPrice[0] / DAY_MS)) {
    const between = syntheticBetween(lastPrice, nowPrice);
    prices.push(...between, nowPrice);
    caps.push(...syntheticBetween(lastCap, nowCap), nowCap);
    volumes.push(...between.map(([time]): ChartPoint => [time, lastVolume[1]]), [
      nowMs,
      lastVolume[1],
    ]);
  } else {
    prices[lastIndex] = nowPrice;
    caps[lastIndex] = nowCap;
    volumes[lastIndex] = [nowMs, lastVolume[1] ?? cell.volume24h];
  }

  const from = nowMs - days * DAY_MS;
  if (Number.isFinite(from)) {
    const before = syntheticBefore(prices[0]!, from);
    const capFactor = prices[0]![1] === 0 ? 0 : caps[0]![1] / prices[0]![1];
    prices = [...before, ...prices];
    caps = [...before.map(([time, value]): ChartPoint => [time, value * capFactor]), ...caps];
    volumes = [...before.map(([time]): ChartPoint => [time, volumes[0]![1]]), ...volumes];
  }
  const last = prices.length - 1;
  const keep = (series: ChartPoint[]): ChartPoint[] =>
    series.filter(([time], index) => index === last || time >= from);
  return { prices: keep(prices), market_caps: keep(caps), total_volumes: keep(volumes) };
}
