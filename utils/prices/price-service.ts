/**
 * The background's one source of price data. It answers from the persisted cache while that
 * is fresh, shares one request among concurrent askers, batches coins of one currency into one
 * `/coins/markets` call (several when many coins would overrun the URL limits), backs off on
 * rate limits and failures, and otherwise serves the last good value marked stale with the
 * reason.
 *
 * Why `/coins/markets` and not `/simple/price`: one call per batch brings the price, its 24 h
 * change, market cap, volume, rank and the 7-day sparkline the tooltip's coin card shows, so
 * the card costs no request of its own (a second endpoint would double the requests a minute
 * and need its own cache, batching and back-off). The price and change are the same figures.
 */
import { PriceFetchError, type PriceError } from './errors';
import {
  chartKey,
  emptyCache,
  quoteKey,
  type BackoffState,
  type CacheEntry,
  type PriceCacheState,
} from './cache-store';
import type { CoinGeckoClient } from './coingecko-client';
import { PRICE_FRESH_MS, serveEntry } from './read-model';
import type { CoinId, MarketChart, PriceQuote, ServeResult, VsCurrency } from './types';

/** Daily chart points change once a day; only the last point moves. */
export const CHART_FRESH_MS = 10 * 60_000;
/** Days of daily history "since this article" looks dates up in (the keyless API's limit). */
export const HISTORY_DAYS = 365;
/** A year of daily points changes once a day; one fetch per coin and currency serves 12 hours. */
export const HISTORY_FRESH_MS = 12 * 60 * 60_000;
/** A manual refresh sooner than this after the last fetch is answered from the cache. */
export const MIN_MANUAL_REFRESH_MS = 10_000;
/** Concurrent asks within this window go out as one request. */
export const BATCH_WINDOW_MS = 25;
/**
 * At most this many coins go in one `/coins/markets` request; more are split into several
 * requests, sent one after another. CoinGecko documents no limit on `ids`; 50 keeps each
 * answer small and well inside what every plan accepts.
 */
export const MAX_IDS_PER_REQUEST = 50;
/**
 * The `ids` parameter, URL-encoded (each comma is `%2C`), stays under this many characters, so
 * the whole URL stays under about 1,700: below the 2,000 that proxies and CDNs reliably pass.
 */
export const MAX_IDS_PARAM_CHARS = 1500;
/** Coins asked for within this window ride along on other requests (see setCompanions). */
export const RECENT_ASK_MS = 5 * 60_000;
/** At most this many recently asked coins ride along, newest first. */
const MAX_RECENT_COMPANIONS = 20;
/** After CoinGecko says it does not know a coin, do not ask again for this long. */
export const UNKNOWN_COIN_RETRY_MS = 10 * 60_000;
/** Exponential back-off never waits longer than this. */
export const MAX_BACKOFF_MS = 10 * 60_000;
/** First wait after a failure, by kind; doubled per consecutive failure. */
const BACKOFF_BASE_MS: Partial<Record<PriceError['kind'], number>> = {
  'rate-limited': 60_000,
  'server-error': 15_000,
  timeout: 15_000,
  offline: 15_000,
  blocked: 60_000,
  malformed: 30_000,
  'key-invalid': 60_000,
  'key-missing': 60_000,
  'wrong-plan-url': 60_000,
};

/** What the service needs from its surroundings; tests pass fakes. */
export interface PriceServiceDeps {
  /** A client for the currently configured plan and key (read fresh for each request). */
  client: () => Promise<CoinGeckoClient>;
  now: () => number;
  /** Loads the persisted cache (already validated). */
  load: () => Promise<PriceCacheState>;
  /** Persists the cache; every tab watches it for new prices. */
  save: (state: PriceCacheState) => Promise<void>;
  /** 0 ≤ x < 1; spreads retries of many browsers apart. */
  random?: () => number;
  setTimeout?: (callback: () => void, ms: number) => unknown;
}

/** Counts kept for the benchmark and tests. */
export interface PriceServiceStats {
  quoteRequests: number;
  chartRequests: number;
}

/** Computes the wait after a failure: `Retry-After` when given, else capped exponential with jitter. */
export function backoffUntil(
  error: PriceError,
  attempt: number,
  now: number,
  random: () => number,
): number {
  if (error.kind === 'rate-limited' && error.fromRetryAfter) {
    return Math.max(error.retryAt, now + 1000);
  }
  const base = BACKOFF_BASE_MS[error.kind] ?? 30_000;
  const exponential = Math.min(MAX_BACKOFF_MS, base * 2 ** Math.max(0, attempt - 1));
  // Full jitter on the upper half: never less than half the wait, never more than the cap.
  return now + Math.round(exponential * (0.5 + random() * 0.5));
}

/** The background's price service. */
export class PriceService {
  private state: PriceCacheState = emptyCache();
  private readonly ready: Promise<void>;
  private readonly inflightQuotes = new Map<string, Promise<Map<CoinId, PriceError>>>();
  private readonly pendingBatches = new Map<
    VsCurrency,
    { ids: Set<CoinId>; promise: Promise<Map<CoinId, PriceError>> }
  >();
  private readonly inflightCharts = new Map<string, Promise<PriceError | null>>();
  /** Coins something shows (pins, an open popup): they ride along on any quote request. */
  private companions: readonly CoinId[] = [];
  /** When each quote key was last asked for, for recently-viewed companions. */
  private readonly lastAsked = new Map<string, number>();
  /** Quote keys CoinGecko said it does not know, until when to believe it. */
  private readonly unknownUntil = new Map<string, number>();
  private saveChain: Promise<void> = Promise.resolve();
  private readonly random: () => number;
  private readonly schedule: (callback: () => void, ms: number) => unknown;
  /** Requests sent since start. */
  readonly stats: PriceServiceStats = { quoteRequests: 0, chartRequests: 0 };

  constructor(private readonly deps: PriceServiceDeps) {
    this.random = deps.random ?? Math.random;
    this.schedule = deps.setTimeout ?? ((callback, ms) => setTimeout(callback, ms));
    this.ready = deps.load().then(
      (state) => {
        this.state = state;
      },
      () => {
        // An unreadable cache is an empty one: it costs one refetch, not a broken service.
        this.state = emptyCache();
      },
    );
  }

  /**
   * Sets the coins that something keeps on screen. Any quote request in their currency takes
   * those of them that are at least half-way to stale along (and likewise coins asked for in
   * the last few minutes), so that pins, badges and hovers share one request a minute instead
   * of racing each other.
   */
  setCompanions(coinIds: readonly CoinId[]): void {
    this.companions = [...new Set(coinIds)];
  }

  /** The back-off in force now, if any. */
  async currentBackoff(): Promise<BackoffState | null> {
    await this.ready;
    const backoff = this.state.backoff;
    return backoff && backoff.until > this.deps.now() ? backoff : null;
  }

  /**
   * Quotes for `coinIds` in `currency`. Fresh cache entries answer at once; stale ones answer
   * at once too while one refresh runs in the background; missing ones wait for the request.
   */
  async getQuotes(
    coinIds: readonly CoinId[],
    currency: VsCurrency,
    options: { force?: boolean } = {},
  ): Promise<Record<CoinId, ServeResult<PriceQuote>>> {
    await this.ready;
    const now = this.deps.now();
    const ids = [...new Set(coinIds)];
    for (const id of ids) this.lastAsked.set(quoteKey(currency, id), now);
    const failures = new Map<CoinId, PriceError>();
    const due = ids.filter((id) => {
      const key = quoteKey(currency, id);
      if ((this.unknownUntil.get(key) ?? 0) > now) {
        failures.set(id, { kind: 'unknown-coin', coinId: id });
        return false;
      }
      const entry = this.state.quotes[key];
      if (!entry) return true;
      const age = now - entry.fetchedAt;
      return options.force ? age >= MIN_MANUAL_REFRESH_MS : age >= PRICE_FRESH_MS;
    });
    if (due.length > 0) {
      const backoff = await this.currentBackoff();
      if (backoff) {
        for (const id of due) failures.set(id, backoff.reason);
      } else {
        const request = this.requestQuotes(due, currency);
        const missing = due.some((id) => !this.state.quotes[quoteKey(currency, id)]);
        // Stale-while-revalidate: only wait when something has no value at all, or when the
        // caller explicitly asked for a refresh.
        if (missing || options.force) {
          for (const [id, error] of await request) failures.set(id, error);
        }
      }
    }
    const result: Record<CoinId, ServeResult<PriceQuote>> = {};
    for (const id of ids) {
      const entry = this.state.quotes[quoteKey(currency, id)];
      result[id] = this.serve(entry, failures.get(id), PRICE_FRESH_MS);
    }
    return result;
  }

  /**
   * A coin's chart over `days` days, with the same caching and back-off rules. `freshMs`
   * says how long a fetched chart answers without a refetch ({@link CHART_FRESH_MS}, or
   * {@link HISTORY_FRESH_MS} for the year of history).
   */
  async getChart(
    coinId: CoinId,
    currency: VsCurrency,
    days = 7,
    options: { force?: boolean; freshMs?: number } = {},
  ): Promise<ServeResult<MarketChart>> {
    await this.ready;
    const key = chartKey(currency, coinId, days);
    const entry = this.state.charts[key];
    const age = entry ? this.deps.now() - entry.fetchedAt : Infinity;
    const freshMs = options.freshMs ?? CHART_FRESH_MS;
    let failure: PriceError | undefined;
    if (age >= (options.force ? MIN_MANUAL_REFRESH_MS : freshMs)) {
      const backoff = await this.currentBackoff();
      if (backoff) {
        failure = backoff.reason;
      } else {
        const request = this.requestChart(coinId, currency, days);
        if (!entry || options.force) failure = (await request) ?? undefined;
      }
    }
    return this.serve(this.state.charts[key], failure, freshMs);
  }

  /** Resolves when every request started so far has finished and been saved. */
  async settled(): Promise<void> {
    await Promise.all([
      ...this.inflightQuotes.values(),
      ...[...this.pendingBatches.values()].map((batch) => batch.promise),
      ...this.inflightCharts.values(),
    ]);
    await this.saveChain;
  }

  private serve<T>(
    entry: CacheEntry<T> | undefined,
    failure: PriceError | undefined,
    freshMs: number,
  ): ServeResult<T> {
    return serveEntry(entry, failure, freshMs, this.deps.now());
  }

  /** Joins in-flight requests for these ids and batches the rest into one request. */
  private requestQuotes(ids: readonly CoinId[], currency: VsCurrency) {
    const waits: Promise<Map<CoinId, PriceError>>[] = [];
    let batch = this.pendingBatches.get(currency);
    for (const id of ids) {
      const key = quoteKey(currency, id);
      const inflight = this.inflightQuotes.get(key);
      if (inflight) {
        waits.push(inflight);
        continue;
      }
      if (!batch) {
        const ids = new Set<CoinId>();
        const promise = new Promise<void>((resolve) =>
          this.schedule(resolve, BATCH_WINDOW_MS),
        ).then(() => {
          this.pendingBatches.delete(currency);
          // Sorted: the same set of coins is the same URL, which CoinGecko's CDN can cache.
          return this.sendQuoteRequest([...ids].sort(), currency);
        });
        batch = { ids, promise };
        this.pendingBatches.set(currency, batch);
        const now = this.deps.now();
        for (const companion of this.companionsFor(currency, now)) {
          const companionKey = quoteKey(currency, companion);
          const entry = this.state.quotes[companionKey];
          const halfStale = !entry || now - entry.fetchedAt >= PRICE_FRESH_MS / 2;
          if (halfStale && !this.inflightQuotes.has(companionKey)) {
            ids.add(companion);
            this.inflightQuotes.set(companionKey, promise);
          }
        }
      }
      batch.ids.add(id);
      this.inflightQuotes.set(key, batch.promise);
    }
    if (batch) waits.push(batch.promise);
    return Promise.all(waits).then((maps) => new Map(maps.flatMap((map) => [...map])));
  }

  /** Pinned and watched coins, then coins asked for in the last few minutes. */
  private companionsFor(currency: VsCurrency, now: number): CoinId[] {
    const prefix = quoteKey(currency, '');
    const recent = [...this.lastAsked]
      .filter(([key, at]) => key.startsWith(prefix) && now - at < RECENT_ASK_MS)
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_RECENT_COMPANIONS)
      .map(([key]) => key.slice(prefix.length));
    for (const [key, at] of this.lastAsked) {
      if (now - at >= RECENT_ASK_MS) this.lastAsked.delete(key);
    }
    return [...new Set([...this.companions, ...recent])].filter(
      (id) => (this.unknownUntil.get(quoteKey(currency, id)) ?? 0) <= now,
    );
  }

  /**
   * Sends the `/coins/markets` requests for `ids` (one per {@link chunkCoinIds} chunk, one after
   * another); never rejects: failures are recorded and returned. A chunk that fails starts the
   * back-off, which the remaining chunks then report instead of sending.
   */
  private async sendQuoteRequest(
    ids: CoinId[],
    currency: VsCurrency,
  ): Promise<Map<CoinId, PriceError>> {
    const failures = new Map<CoinId, PriceError>();
    try {
      for (const chunk of chunkCoinIds(ids)) {
        // The back-off may have started while this batch waited for its window, or on the
        // chunk before.
        const backoff = await this.currentBackoff();
        if (backoff) {
          for (const id of chunk) failures.set(id, backoff.reason);
          continue;
        }
        await this.sendQuoteChunk(chunk, currency, failures);
      }
      return failures;
    } finally {
      for (const id of ids) this.inflightQuotes.delete(quoteKey(currency, id));
      await this.persist();
    }
  }

  /** One `/coins/markets` request: its quotes go into the cache, its failures into `failures`. */
  private async sendQuoteChunk(
    ids: readonly CoinId[],
    currency: VsCurrency,
    failures: Map<CoinId, PriceError>,
  ): Promise<void> {
    this.stats.quoteRequests++;
    let quotes: Map<CoinId, PriceQuote>;
    try {
      quotes = await (await this.deps.client()).markets(ids, currency);
    } catch (error) {
      const reason = toPriceError(error);
      this.recordFailure(reason);
      for (const id of ids) {
        failures.set(id, reason);
        const entry = this.state.quotes[quoteKey(currency, id)];
        if (entry) entry.lastError = reason;
      }
      return;
    }
    const fetchedAt = this.deps.now();
    this.state.backoff = null;
    for (const id of ids) {
      const quote = quotes.get(id);
      if (quote) {
        this.unknownUntil.delete(quoteKey(currency, id));
        this.state.quotes[quoteKey(currency, id)] = { value: quote, fetchedAt, lastError: null };
      } else {
        // CoinGecko silently drops ids it does not know; a cached value stays, explained.
        const reason: PriceError = { kind: 'unknown-coin', coinId: id };
        failures.set(id, reason);
        this.unknownUntil.set(quoteKey(currency, id), fetchedAt + UNKNOWN_COIN_RETRY_MS);
        const entry = this.state.quotes[quoteKey(currency, id)];
        if (entry) entry.lastError = reason;
      }
    }
  }

  private requestChart(coinId: CoinId, currency: VsCurrency, days: number) {
    const key = chartKey(currency, coinId, days);
    const inflight = this.inflightCharts.get(key);
    if (inflight) return inflight;
    const promise = this.sendChartRequest(coinId, currency, days).finally(() => {
      this.inflightCharts.delete(key);
    });
    this.inflightCharts.set(key, promise);
    return promise;
  }

  private async sendChartRequest(
    coinId: CoinId,
    currency: VsCurrency,
    days: number,
  ): Promise<PriceError | null> {
    const key = chartKey(currency, coinId, days);
    this.stats.chartRequests++;
    try {
      const chart = await (await this.deps.client()).marketChart(coinId, currency, days);
      this.state.backoff = null;
      this.state.charts[key] = { value: chart, fetchedAt: this.deps.now(), lastError: null };
      return null;
    } catch (error) {
      const reason = toPriceError(error);
      if (reason.kind !== 'unknown-coin') this.recordFailure(reason);
      const entry = this.state.charts[key];
      if (entry) entry.lastError = reason;
      return reason;
    } finally {
      await this.persist();
    }
  }

  private recordFailure(reason: PriceError): void {
    if (reason.kind === 'unknown-coin' || reason.kind === 'unknown-currency') return;
    const attempt = (this.state.backoff?.attempt ?? 0) + 1;
    const now = this.deps.now();
    this.state.backoff = {
      until: backoffUntil(reason, attempt, now, this.random),
      attempt,
      reason,
    };
    if (reason.kind === 'rate-limited') {
      // Tell the UI when the next attempt will really happen.
      this.state.backoff.reason = { ...reason, retryAt: this.state.backoff.until };
    }
  }

  private persist(): Promise<void> {
    const snapshot = structuredClone(this.state);
    this.saveChain = this.saveChain
      .then(() => this.deps.save(snapshot))
      .catch(() => {
        // Storage full or unavailable: the in-memory cache still serves this worker's life.
      });
    return this.saveChain;
  }
}

/**
 * Splits coin ids into the chunks of one request each: at most {@link MAX_IDS_PER_REQUEST} ids,
 * and an `ids` parameter of at most {@link MAX_IDS_PARAM_CHARS} characters once URL-encoded.
 * Order is kept, so sorted ids give the same chunks (and cacheable URLs) each time.
 */
export function chunkCoinIds(
  ids: readonly CoinId[],
  maxIds = MAX_IDS_PER_REQUEST,
  maxChars = MAX_IDS_PARAM_CHARS,
): CoinId[][] {
  const chunks: CoinId[][] = [];
  let chunk: CoinId[] = [];
  let chars = 0;
  for (const id of ids) {
    const length = encodeURIComponent(id).length;
    // Joined by "," which URLSearchParams writes as "%2C".
    const added = chunk.length === 0 ? length : length + 3;
    if (chunk.length > 0 && (chunk.length >= maxIds || chars + added > maxChars)) {
      chunks.push(chunk);
      chunk = [];
      chars = 0;
    }
    chars += chunk.length === 0 ? length : length + 3;
    chunk.push(id);
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

/** Anything thrown while fetching, as a {@link PriceError}. */
export function toPriceError(error: unknown): PriceError {
  if (error instanceof PriceFetchError) return error.error;
  return { kind: 'offline', detail: String(error).slice(0, 200) };
}
