/**
 * A plain-`fetch` client for the few CoinGecko v3 endpoints HashLens uses. Every response is
 * validated; anything that does not fit becomes a typed {@link PriceFetchError}, never a
 * half-filled object.
 */
import * as v from 'valibot';
import { PriceFetchError, type ApiPlan, type PriceError } from './errors';
import {
  SPARKLINE_POINTS,
  type CoinId,
  type MarketChart,
  type PriceQuote,
  type VsCurrency,
} from './types';

/** Where requests go and which key they carry. */
export interface ApiConfig {
  plan: ApiPlan;
  /** The Demo or Pro key; ignored on the public plan. Never logged. */
  apiKey: string;
}

/** Base URL per plan: Demo keys use the public host, Pro keys their own. */
export const BASE_URLS: Record<ApiPlan, string> = {
  public: 'https://api.coingecko.com/api/v3',
  demo: 'https://api.coingecko.com/api/v3',
  pro: 'https://pro-api.coingecko.com/api/v3',
};

const KEY_HEADERS: Record<ApiPlan, string | null> = {
  public: null,
  demo: 'x-cg-demo-api-key',
  pro: 'x-cg-pro-api-key',
};

/** How long one request may take before it counts as a timeout. */
export const DEFAULT_TIMEOUT_MS = 10_000;

/** Fallback wait when a 429 carries no usable `Retry-After`. */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;

/** Dependencies injected so tests can fake time and the network. */
export interface ClientDeps {
  fetch: typeof fetch;
  now: () => number;
  timeoutMs?: number;
}

const finiteNumber = v.pipe(v.number(), v.finite());
const nullableNumber = v.nullish(finiteNumber);

/** `/simple/price` answers `{ [coinId]: { [currency]: number, … } }`. */
const simplePriceSchema = v.record(v.string(), v.record(v.string(), v.nullable(v.number())));

const pointSchema = v.pipe(
  v.tuple([finiteNumber, v.nullable(v.number())]),
  v.transform(([t, p]) => [t, p] as const),
);
const marketChartSchema = v.object({
  prices: v.array(pointSchema),
  market_caps: v.optional(v.array(v.unknown())),
  total_volumes: v.optional(v.array(v.unknown())),
});

/**
 * One `/coins/markets` row: only the fields HashLens shows are read (and checked); CoinGecko
 * sends many more. `current_price` is null for a coin with no price in the currency.
 */
const marketRowSchema = v.object({
  id: v.string(),
  current_price: v.nullable(finiteNumber),
  market_cap: nullableNumber,
  market_cap_rank: v.nullish(v.pipe(v.number(), v.integer(), v.minValue(1))),
  total_volume: nullableNumber,
  price_change_percentage_24h: nullableNumber,
  last_updated: v.nullish(v.pipe(v.string(), v.isoTimestamp())),
  sparkline_in_7d: v.nullish(v.object({ price: v.array(v.nullable(v.number())) })),
});
const marketsSchema = v.array(marketRowSchema);

const pingSchema = v.object({ gecko_says: v.string() });

/**
 * At most `max` evenly spaced points of a series, first and last kept; gaps (null, NaN) are
 * dropped first. Storage and every tab's change event carry the result, so 42 points, not 168.
 */
export function thinSeries(series: readonly (number | null)[], max = SPARKLINE_POINTS): number[] {
  const points = series.filter((p): p is number => p !== null && Number.isFinite(p));
  if (points.length <= max) return points;
  const step = (points.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => points[Math.round(i * step)]!);
}

/** CoinGecko's error envelopes: `{error}`, `{status:{error_code,error_message}}`, `{error_code,status:{…}}`. */
const errorBodySchema = v.object({
  error: v.optional(v.union([v.string(), v.object({ message: v.optional(v.string()) })])),
  error_code: v.optional(v.number()),
  status: v.optional(
    v.union([
      v.number(),
      v.object({ error_code: v.optional(v.number()), error_message: v.optional(v.string()) }),
    ]),
  ),
});

function parseRetryAfter(header: string | null, now: number): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return now + seconds * 1000;
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(now, date) : null;
}

/** Maps a non-2xx response to the error a user can act on. */
export function classifyErrorResponse(
  status: number,
  contentType: string,
  bodyText: string,
  retryAfter: string | null,
  config: ApiConfig,
  now: number,
): PriceError {
  let code: number | undefined;
  let message = '';
  if (contentType.includes('json')) {
    try {
      const parsed = v.safeParse(errorBodySchema, JSON.parse(bodyText));
      if (parsed.success) {
        const body = parsed.output;
        const status = typeof body.status === 'object' ? body.status : undefined;
        code = status?.error_code ?? body.error_code;
        message =
          status?.error_message ??
          (typeof body.error === 'string' ? body.error : (body.error?.message ?? ''));
      }
    } catch {
      // A non-JSON error body is classified by status alone below.
    }
  }
  if (status === 429 || code === 429) {
    const retryAt = parseRetryAfter(retryAfter, now);
    return {
      kind: 'rate-limited',
      retryAt: retryAt ?? now + DEFAULT_RATE_LIMIT_WAIT_MS,
      fromRetryAfter: retryAt !== null,
    };
  }
  if (code === 10010) return { kind: 'wrong-plan-url', usePlan: 'pro', useBaseUrl: BASE_URLS.pro };
  if (code === 10011)
    return { kind: 'wrong-plan-url', usePlan: 'demo', useBaseUrl: BASE_URLS.demo };
  if (status === 401 || code === 10002) {
    return config.apiKey && config.plan !== 'public'
      ? { kind: 'key-invalid', plan: config.plan }
      : { kind: 'key-missing', plan: config.plan };
  }
  if (status === 404 && /coin not found/i.test(message)) {
    return { kind: 'unknown-coin', coinId: '' };
  }
  if (status === 403) return { kind: 'blocked', status };
  if (status >= 500) return { kind: 'server-error', status };
  return { kind: 'bad-request', status, message: message.slice(0, 200) || `HTTP ${status}` };
}

/** A configured CoinGecko client. */
export interface CoinGeckoClient {
  /** Quotes for several coins in one currency, as one `ids=a,b,c` request. Unknown ids are absent. */
  simplePrices(ids: readonly CoinId[], currency: VsCurrency): Promise<Map<CoinId, PriceQuote>>;
  /**
   * Quotes with market data (rank, cap, volume, 7-day sparkline) for several coins in one
   * currency, as one `/coins/markets?ids=a,b,c&sparkline=true` request. Unknown ids are absent.
   */
  markets(ids: readonly CoinId[], currency: VsCurrency): Promise<Map<CoinId, PriceQuote>>;
  /** The daily chart of the last `days` days. */
  marketChart(id: CoinId, currency: VsCurrency, days: number): Promise<MarketChart>;
  /** `/ping`, to test a plan and key. */
  ping(): Promise<void>;
}

/** Builds a client for one plan and key. */
export function createCoinGeckoClient(config: ApiConfig, deps: ClientDeps): CoinGeckoClient {
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  async function getJson(path: string, query: Record<string, string>): Promise<unknown> {
    const url = new URL(BASE_URLS[config.plan] + path);
    for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
    const headers: Record<string, string> = { accept: 'application/json' };
    const keyHeader = KEY_HEADERS[config.plan];
    if (keyHeader && config.apiKey) headers[keyHeader] = config.apiKey;

    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    let bodyText: string;
    try {
      response = await deps.fetch(url.toString(), {
        headers,
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
      });
      bodyText = await response.text();
    } catch (cause) {
      if (controller.signal.aborted) {
        throw new PriceFetchError({ kind: 'timeout', afterMs: timeoutMs });
      }
      throw new PriceFetchError({ kind: 'offline', detail: String(cause).slice(0, 200) });
    } finally {
      clearTimeout(timer);
    }
    const contentType = response.headers.get('content-type') ?? '';
    if (!response.ok) {
      throw new PriceFetchError(
        classifyErrorResponse(
          response.status,
          contentType,
          bodyText,
          response.headers.get('retry-after'),
          config,
          deps.now(),
        ),
      );
    }
    if (!contentType.includes('json')) {
      throw new PriceFetchError({
        kind: contentType.includes('html') ? 'blocked' : 'malformed',
        ...(contentType.includes('html')
          ? { status: response.status }
          : { detail: `expected JSON, got ${contentType || 'no content type'}` }),
      } as PriceError);
    }
    try {
      return JSON.parse(bodyText) as unknown;
    } catch {
      throw new PriceFetchError({ kind: 'malformed', detail: 'the response is not valid JSON' });
    }
  }

  function validate<T extends v.GenericSchema>(schema: T, data: unknown, what: string) {
    const result = v.safeParse(schema, data);
    if (!result.success) {
      const issue = result.issues[0];
      const path = issue?.path?.map((p) => String(p.key)).join('.') ?? '';
      throw new PriceFetchError({
        kind: 'malformed',
        detail: `${what}${path ? ` at ${path}` : ''}: ${issue?.message ?? 'unexpected shape'}`,
      });
    }
    return result.output as v.InferOutput<T>;
  }

  return {
    async simplePrices(ids, currency) {
      const body = validate(
        simplePriceSchema,
        await getJson('/simple/price', {
          ids: ids.join(','),
          vs_currencies: currency,
          include_market_cap: 'true',
          include_24hr_vol: 'true',
          include_24hr_change: 'true',
          include_last_updated_at: 'true',
          precision: 'full',
        }),
        'simple/price',
      );
      const quotes = new Map<CoinId, PriceQuote>();
      let sawCoinWithoutCurrency = false;
      for (const id of ids) {
        const fields = body[id];
        if (!fields) continue;
        const price = fields[currency];
        if (price === undefined || price === null) {
          sawCoinWithoutCurrency = Object.keys(fields).length === 0 || sawCoinWithoutCurrency;
          continue;
        }
        const checked = validate(
          v.object({
            price: finiteNumber,
            change: nullableNumber,
            cap: nullableNumber,
            vol: nullableNumber,
            updated: nullableNumber,
          }),
          {
            price,
            change: fields[`${currency}_24h_change`],
            cap: fields[`${currency}_market_cap`],
            vol: fields[`${currency}_24h_vol`],
            updated: fields.last_updated_at,
          },
          `simple/price ${id}`,
        );
        quotes.set(id, {
          coinId: id,
          currency,
          price: checked.price,
          change24hPct: checked.change ?? null,
          marketCap: checked.cap ?? null,
          volume24h: checked.vol ?? null,
          sourceUpdatedAt: checked.updated ? checked.updated * 1000 : null,
        });
      }
      if (quotes.size === 0 && sawCoinWithoutCurrency) {
        throw new PriceFetchError({ kind: 'unknown-currency', currency });
      }
      return quotes;
    },

    async markets(ids, currency) {
      let raw: unknown;
      try {
        raw = await getJson('/coins/markets', {
          vs_currency: currency,
          ids: ids.join(','),
          sparkline: 'true',
          per_page: '250',
          page: '1',
          precision: 'full',
        });
      } catch (error) {
        // `/coins/markets` refuses an unsupported currency with 400 "invalid vs_currency".
        if (
          error instanceof PriceFetchError &&
          error.error.kind === 'bad-request' &&
          /vs_currency/i.test(error.error.message)
        ) {
          throw new PriceFetchError({ kind: 'unknown-currency', currency });
        }
        throw error;
      }
      const rows = validate(marketsSchema, raw, 'coins/markets');
      const wanted = new Set(ids);
      const quotes = new Map<CoinId, PriceQuote>();
      for (const row of rows) {
        if (!wanted.has(row.id) || row.current_price === null) continue;
        const updated = row.last_updated ? Date.parse(row.last_updated) : NaN;
        quotes.set(row.id, {
          coinId: row.id,
          currency,
          price: row.current_price,
          change24hPct: row.price_change_percentage_24h ?? null,
          marketCap: row.market_cap ?? null,
          volume24h: row.total_volume ?? null,
          sourceUpdatedAt: Number.isFinite(updated) ? updated : null,
          rank: row.market_cap_rank ?? null,
          sparkline7d: row.sparkline_in_7d ? thinSeries(row.sparkline_in_7d.price) : null,
        });
      }
      return quotes;
    },

    async marketChart(id, currency, days) {
      let raw: unknown;
      try {
        raw = await getJson(`/coins/${encodeURIComponent(id)}/market_chart`, {
          vs_currency: currency,
          days: String(days),
          interval: 'daily',
          precision: 'full',
        });
      } catch (error) {
        if (error instanceof PriceFetchError && error.error.kind === 'unknown-coin') {
          throw new PriceFetchError({ kind: 'unknown-coin', coinId: id });
        }
        throw error;
      }
      const body = validate(marketChartSchema, raw, `market_chart ${id}`);
      const prices = body.prices.filter(
        (point): point is readonly [number, number] =>
          point[1] !== null && Number.isFinite(point[1]),
      );
      return { coinId: id, currency, days, prices };
    },

    async ping() {
      validate(pingSchema, await getJson('/ping', {}), 'ping');
    },
  };
}
