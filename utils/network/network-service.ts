/**
 * The background's one source of network data. It answers from the persisted cache while an
 * endpoint's data is fresh, shares one request among concurrent askers, backs off on failures
 * (honouring Retry-After), and otherwise keeps the last good data, labelled with the reason
 * it could not be refreshed (see network-view.ts for how that reads).
 */
import type { MempoolClient } from './mempool-client';
import { emptyNetworkCache, type NetworkCacheState, type NetworkEntry } from './network-cache';
import { NetworkFetchError, type NetworkError } from './network-errors';
import {
  NETWORK_ENDPOINTS,
  NETWORK_FRESH_MS,
  type NetworkData,
  type NetworkEndpoint,
} from './network-types';

/** A manual refresh sooner than this after the last fetch is answered from the cache. */
export const MIN_MANUAL_REFRESH_MS = 10_000;
/** Exponential back-off never waits longer than this. */
export const MAX_BACKOFF_MS = 15 * 60_000;
/** First wait after a failure, by kind; doubled per consecutive failure. */
const BACKOFF_BASE_MS: Record<NetworkError['kind'], number> = {
  'rate-limited': 60_000,
  'server-error': 15_000,
  timeout: 15_000,
  offline: 15_000,
  malformed: 60_000,
  // These need the user to change the instance, which starts a fresh cache anyway.
  'not-found': MAX_BACKOFF_MS,
  'bad-instance': MAX_BACKOFF_MS,
};

/** What the service needs from its surroundings; tests pass fakes. */
export interface NetworkServiceDeps {
  /** A client for the currently configured instance (read fresh for each ask). */
  client: () => Promise<MempoolClient>;
  now: () => number;
  /** Loads the persisted cache (already validated). */
  load: () => Promise<NetworkCacheState>;
  /** Persists the cache; every tab watches it for new figures. */
  save: (state: NetworkCacheState) => Promise<void>;
  /** 0 ≤ x < 1; spreads retries of many browsers apart. */
  random?: () => number;
}

/**
 * When the next request may go out after a failure: `Retry-After` when the server sent one,
 * else the kind's base wait doubled per consecutive failure, capped at {@link MAX_BACKOFF_MS},
 * with jitter on its upper half (never less than half the wait).
 */
export function networkBackoffUntil(
  error: NetworkError,
  attempt: number,
  now: number,
  random: () => number,
): number {
  if (error.kind === 'rate-limited' && error.fromRetryAfter) {
    return Math.max(error.retryAt, now + 1000);
  }
  const exponential = Math.min(
    MAX_BACKOFF_MS,
    BACKOFF_BASE_MS[error.kind] * 2 ** Math.max(0, attempt - 1),
  );
  return now + Math.round(exponential * (0.5 + random() * 0.5));
}

function toNetworkError(error: unknown): NetworkError {
  if (error instanceof NetworkFetchError) return error.error;
  return { kind: 'offline', detail: String(error).slice(0, 200) };
}

const sameError = (a: NetworkError | null, b: NetworkError): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** The background's network service. */
export class NetworkService {
  private state: NetworkCacheState = emptyNetworkCache();
  private readonly ready: Promise<void>;
  /** Requests in flight, by instance and endpoint: after a switch, nobody joins the old one's. */
  private readonly inflight = new Map<string, Promise<void>>();
  private saveChain: Promise<void> = Promise.resolve();
  private readonly random: () => number;
  /** Requests sent since start, per endpoint (for tests and the benchmark). */
  readonly stats: Record<NetworkEndpoint, number> = {
    difficulty: 0,
    hashrate: 0,
    rewardStats: 0,
    fees: 0,
  };

  constructor(private readonly deps: NetworkServiceDeps) {
    this.random = deps.random ?? Math.random;
    this.ready = deps.load().then(
      (state) => {
        this.state = state;
      },
      () => {
        // An unreadable cache is an empty one: it costs one refetch, not a broken service.
        this.state = emptyNetworkCache();
      },
    );
  }

  /**
   * The cache, after making sure each of `endpoints` is fresh or being refreshed. Fresh data
   * answers at once; data past its freshness answers at once too while one refresh runs in
   * the background; missing data (or any with `force`) waits for its request. During a
   * back-off nothing is sent and the kept data is labelled with the back-off's reason.
   */
  async get(
    endpoints: readonly NetworkEndpoint[],
    options: { force?: boolean } = {},
  ): Promise<NetworkCacheState> {
    await this.ready;
    const client = await this.deps.client();
    if (client.baseUrl !== this.state.instance) {
      // Another instance (another chain, perhaps): its data and back-offs say nothing here.
      this.state = emptyNetworkCache(client.baseUrl);
      void this.persist();
    }
    const now = this.deps.now();
    const waits: Promise<void>[] = [];
    let labelled = false;
    for (const endpoint of new Set(endpoints)) {
      const entry = this.state.entries[endpoint];
      const age = entry ? now - entry.fetchedAt : Infinity;
      if (age < (options.force ? MIN_MANUAL_REFRESH_MS : NETWORK_FRESH_MS[endpoint])) continue;
      const backoff = this.state.backoff[endpoint];
      if (backoff && backoff.until > now) {
        if (entry && !sameError(entry.lastError, backoff.reason)) {
          entry.lastError = backoff.reason;
          labelled = true;
        }
        continue;
      }
      const request = this.request(endpoint, client);
      if (!entry || options.force) waits.push(request);
    }
    if (labelled) void this.persist();
    await Promise.all(waits);
    return structuredClone(this.state);
  }

  /** Resolves when every request started so far has finished and been saved. */
  async settled(): Promise<void> {
    await Promise.all(this.inflight.values());
    await this.saveChain;
  }

  /** Joins the request in flight for `endpoint` at the client's instance, or starts one. */
  private request(endpoint: NetworkEndpoint, client: MempoolClient): Promise<void> {
    const key = `${client.baseUrl} ${endpoint}`;
    const inflight = this.inflight.get(key);
    if (inflight) return inflight;
    const promise = this.send(endpoint, client).finally(() => {
      this.inflight.delete(key);
    });
    this.inflight.set(key, promise);
    return promise;
  }

  /** Sends one request; never rejects: a failure is recorded in the cache. */
  private async send<E extends NetworkEndpoint>(endpoint: E, client: MempoolClient): Promise<void> {
    this.stats[endpoint]++;
    try {
      const value = await client.get(endpoint);
      // The instance changed while this was in flight: the answer belongs to the old one.
      if (client.baseUrl !== this.state.instance) return;
      const entry: NetworkEntry<NetworkData[E]> = {
        value,
        fetchedAt: this.deps.now(),
        lastError: null,
      };
      this.state.entries[endpoint] = entry as (typeof this.state.entries)[E];
      delete this.state.backoff[endpoint];
      // An answer means the rate limit has lifted for every endpoint, not just this one.
      for (const other of NETWORK_ENDPOINTS) {
        if (this.state.backoff[other]?.reason.kind === 'rate-limited') {
          delete this.state.backoff[other];
        }
      }
    } catch (error) {
      if (client.baseUrl !== this.state.instance) return;
      this.recordFailure(endpoint, toNetworkError(error));
    } finally {
      await this.persist();
    }
  }

  private recordFailure(endpoint: NetworkEndpoint, reason: NetworkError): void {
    const now = this.deps.now();
    const attempt = (this.state.backoff[endpoint]?.attempt ?? 0) + 1;
    const until = networkBackoffUntil(reason, attempt, now, this.random);
    // Tell the UI when the next attempt will really happen.
    const shown: NetworkError =
      reason.kind === 'rate-limited' ? { ...reason, retryAt: until } : reason;
    this.state.backoff[endpoint] = { until, attempt, reason: shown };
    const entry = this.state.entries[endpoint];
    if (entry) entry.lastError = shown;
    if (reason.kind !== 'rate-limited') return;
    // The rate limit counts requests per client, not per endpoint: asking the other endpoints
    // now would only earn more 429s, and mempool.space bans clients that keep exceeding it.
    for (const other of NETWORK_ENDPOINTS) {
      const current = this.state.backoff[other];
      if (other !== endpoint && (!current || current.until < until)) {
        this.state.backoff[other] = { until, attempt: current?.attempt ?? 0, reason: shown };
      }
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
