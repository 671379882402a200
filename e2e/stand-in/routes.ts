// CoinGecko API v3 endpoints, answered from the price table with CoinGecko's exact shapes.
import {
  coinMeta,
  fxRate,
  knownCurrencies,
  marketChart,
  type PriceCell,
  type PriceTable,
} from './data.ts';
import { pingBody } from './fixtures.ts';
import {
  coinNotFound,
  error,
  incorrectPath,
  invalidVsCurrency,
  missingParameter,
  ok,
  type StandInResponse,
} from './responses.ts';

/** What a route sees of a request. */
export interface RouteRequest {
  /** Path below `/api/v3`, e.g. `/simple/price`. */
  path: string;
  query: URLSearchParams;
  table: PriceTable;
  /** Set by the `unknown-coin` fault: every coin id is treated as unknown. */
  unknownCoins: boolean;
}

/**
 * Splits a comma list. Empty items are dropped and, as asked for HashLens, spaces trimmed.
 * NOTE: a 2021 recording (simple_price__ids-bitcoin_SPACEethereum__…) shows the real
 * /simple/price dropping " ethereum" rather than trimming it; /coins/markets did trim.
 */
function list(value: string | null): string[] {
  if (value === null) return [];
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return [...new Set(items)];
}

const isTrue = (value: string | null): boolean => value?.toLowerCase() === 'true';

/**
 * Rounds a price as CoinGecko does without `precision`: roughly 2 decimals at or above 1 and
 * 6 significant digits below. `precision=full` keeps everything; `precision=0..18` fixes decimals.
 */
export function roundForPrecision(price: number, precision: string | null): number {
  if (precision === 'full') return price;
  if (precision !== null && /^\d{1,2}$/.test(precision) && Number(precision) <= 18) {
    return Number(price.toFixed(Number(precision)));
  }
  if (price === 0) return 0;
  return Math.abs(price) >= 1 ? Number(price.toFixed(2)) : Number(price.toPrecision(6));
}

/** GET /simple/price */
function simplePrice(request: RouteRequest): StandInResponse {
  const { query, table } = request;
  if (!query.has('ids')) return missingParameter('ids');
  if (!query.has('vs_currencies')) return missingParameter('vs_currencies');
  const currencies = list(query.get('vs_currencies'));
  const precision = query.get('precision');
  const withMarketCap = isTrue(query.get('include_market_cap'));
  const withVolume = isTrue(query.get('include_24hr_vol'));
  const withChange = isTrue(query.get('include_24hr_change'));
  const withUpdatedAt = isTrue(query.get('include_last_updated_at'));

  const body: Record<string, Record<string, number>> = {};
  for (const id of list(query.get('ids'))) {
    const row = request.unknownCoins ? undefined : table.get(id);
    if (!row) continue; // CoinGecko silently drops unknown ids.
    const entry: Record<string, number> = {};
    let updatedAt: number | undefined;
    for (const currency of currencies) {
      const cell = row.get(currency);
      if (!cell) continue; // Unknown currency: the coin stays, without fields ({"bitcoin":{}}).
      entry[currency] = roundForPrecision(cell.price, precision);
      if (withMarketCap) entry[`${currency}_market_cap`] = cell.marketCap;
      if (withVolume) entry[`${currency}_24h_vol`] = cell.volume24h;
      if (withChange) entry[`${currency}_24h_change`] = cell.change24hPct;
      updatedAt = Math.max(updatedAt ?? 0, cell.lastUpdatedAt);
    }
    if (withUpdatedAt && updatedAt !== undefined) entry.last_updated_at = updatedAt;
    body[id] = entry;
  }
  // simple/price is the one endpoint CoinGecko caches for 60 s.
  return ok(body, 60);
}

/** One `/coins/markets` object, field order as in the 2021 recording. */
function marketObject(id: string, currency: string, cell: PriceCell): Record<string, unknown> {
  const meta = coinMeta(id);
  const factor = 1 + cell.change24hPct / 100;
  const open = cell.price / factor;
  // ATH/ATL are USD facts scaled by FX; a test that moves the price above it moves the ATH too.
  const ath = Math.max(meta.athUsd * fxRate(currency), cell.price);
  const atl = Math.min(meta.atlUsd * fxRate(currency), cell.price);
  const supplyCap = meta.maxSupply ?? meta.totalSupply;
  const pct = (value: number, base: number): number =>
    base === 0 ? 0 : Number((((value - base) / base) * 100).toFixed(5));
  return {
    id,
    symbol: meta.symbol,
    name: meta.name,
    image: meta.image,
    current_price: cell.price,
    market_cap: cell.marketCap,
    market_cap_rank: meta.marketCapRank,
    fully_diluted_valuation: supplyCap === null ? null : Math.round(cell.price * supplyCap),
    total_volume: cell.volume24h,
    high_24h: Math.max(cell.price, open) * 1.004,
    low_24h: Math.min(cell.price, open) * 0.996,
    price_change_24h: cell.price - open,
    price_change_percentage_24h: cell.change24hPct,
    market_cap_change_24h: cell.marketCap - cell.marketCap / factor,
    market_cap_change_percentage_24h: cell.change24hPct,
    circulating_supply: meta.circulatingSupply,
    total_supply: meta.totalSupply,
    max_supply: meta.maxSupply,
    ath,
    ath_change_percentage: pct(cell.price, ath),
    ath_date: meta.athDate,
    atl,
    atl_change_percentage: pct(cell.price, atl),
    atl_date: meta.atlDate,
    roi: null,
    last_updated: new Date(cell.lastUpdatedAt * 1000).toISOString(),
  };
}

/** GET /coins/markets */
function coinsMarkets(request: RouteRequest): StandInResponse {
  const { query, table } = request;
  const currency = query.get('vs_currency');
  if (currency === null) return missingParameter('vs_currency');
  if (!knownCurrencies(table).has(currency)) return invalidVsCurrency();
  const wanted = query.has('ids') ? list(query.get('ids')) : [...table.keys()];
  const rows: Array<{ id: string; cell: PriceCell }> = [];
  for (const id of wanted) {
    const cell = request.unknownCoins ? undefined : table.get(id)?.get(currency);
    if (cell) rows.push({ id, cell });
  }
  // CoinGecko's default order is market_cap_desc; only the market-cap orders are modelled.
  const ascending = query.get('order') === 'market_cap_asc';
  rows.sort((a, b) => (ascending ? 1 : -1) * (a.cell.marketCap - b.cell.marketCap));
  const perPage = Math.min(Math.max(Number(query.get('per_page') ?? 100) || 100, 1), 250);
  const page = Math.max(Number(query.get('page') ?? 1) || 1, 1);
  const windows = list(query.get('price_change_percentage'));
  const withSparkline = isTrue(query.get('sparkline'));
  const body = rows.slice((page - 1) * perPage, page * perPage).map(({ id, cell }) => {
    const market = marketObject(id, currency, cell);
    // After `last_updated`, before the change windows, as in the 2026 recording.
    if (withSparkline) market.sparkline_in_7d = { price: sparkline7d(table, id, currency) };
    // Only the 24h window is known; CoinGecko answers null for windows it lacks data for.
    for (const window of windows) {
      market[`price_change_percentage_${window}_in_currency`] =
        window === '24h' ? cell.change24hPct : null;
    }
    return market;
  });
  return ok(body);
}

/**
 * SYNTHETIC `sparkline_in_7d.price`: 168 hourly prices ending at the cell's "now", drawn
 * straight between the 7-day daily chart's points (CoinGecko sends real hourly prices).
 */
export function sparkline7d(table: PriceTable, coinId: string, currency: string): number[] {
  const chart = marketChart(table, coinId, currency, 7);
  const points = chart?.prices ?? [];
  if (points.length === 0) return [];
  const hour = 3_600_000;
  const end = points[points.length - 1]![0];
  const prices: number[] = [];
  for (let i = 167; i >= 0; i--) {
    const at = end - i * hour;
    const next = points.findIndex(([time]) => time >= at);
    const after = points[next === -1 ? points.length - 1 : next]!;
    const before = points[Math.max(0, next - 1)]!;
    const t = after[0] === before[0] ? 1 : (at - before[0]) / (after[0] - before[0]);
    prices.push(Number((before[1] + (after[1] - before[1]) * Math.max(0, t)).toFixed(4)));
  }
  return prices;
}

/** GET /coins/{id}/market_chart */
function coinMarketChart(request: RouteRequest, coinId: string): StandInResponse {
  const { query, table } = request;
  const currency = query.get('vs_currency');
  if (currency === null) return missingParameter('vs_currency');
  if (!query.has('days')) return missingParameter('days');
  if (request.unknownCoins || !table.has(coinId)) return coinNotFound();
  if (!knownCurrencies(table).has(currency)) return invalidVsCurrency();
  const daysText = query.get('days') ?? '';
  const days = daysText === 'max' ? Infinity : Number(daysText);
  // No recording of a bad `days`; a plain 400 keeps clients on their error path.
  if (Number.isNaN(days) || days < 0) return error(400, { error: 'invalid days' });
  const chart = marketChart(table, coinId, currency, days);
  // Coin known but never priced in this currency: CoinGecko has every pair, so answer empty.
  return ok(chart ?? { prices: [], market_caps: [], total_volumes: [] });
}

/** Path segments after /coins/ that are endpoints, not coin ids. */
const NOT_COIN_IDS = new Set(['list', 'markets', 'categories']);

/** Answers one `/api/v3/...` GET (key checks and faults are applied by the caller). */
export function route(request: RouteRequest): StandInResponse {
  const { path } = request;
  if (path === '/ping') return ok(pingBody);
  if (path === '/simple/price') return simplePrice(request);
  if (path === '/coins/markets') return coinsMarkets(request);
  const coin = /^\/coins\/([^/]+)(\/.*)?$/.exec(path);
  if (coin && !NOT_COIN_IDS.has(coin[1] ?? '')) {
    const coinId = decodeURIComponent(coin[1] ?? '');
    if (coin[2] === '/market_chart') return coinMarketChart(request, coinId);
    // Other /coins/{id}… endpoints are not modelled, but an unknown coin still reads as one.
    if (request.unknownCoins || !request.table.has(coinId)) return coinNotFound();
  }
  return incorrectPath();
}
