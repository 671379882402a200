/**
 * The persisted network cache. It lives in `storage.local` so that it survives service-worker
 * restarts, and so that every tab learns of new figures from storage change events without
 * sending a request of its own.
 */
import * as v from 'valibot';
import { storage } from '#imports';
import { DEFAULT_BASE_URL } from './mempool-client';
import type { NetworkError } from './network-errors';
import { NETWORK_ENDPOINTS, type NetworkData, type NetworkEndpoint } from './network-types';

/** One cached response with its fetch time and the last refresh failure, if any. */
export interface NetworkEntry<T> {
  value: T;
  /** When the background received it (ms since epoch). */
  fetchedAt: number;
  /** Why the latest refresh failed; null after a success. */
  lastError: NetworkError | null;
}

/** While set, no request for that endpoint is sent before `until`. */
export interface NetworkBackoff {
  until: number;
  /** Consecutive failures so far; drives the exponential wait. */
  attempt: number;
  reason: NetworkError;
}

/** The cached responses, one per endpoint at most. */
export type NetworkEntries = { [E in NetworkEndpoint]?: NetworkEntry<NetworkData[E]> };

/** Everything the network service persists. */
export interface NetworkCacheState {
  /** The base URL every entry came from: data of one instance is never shown as another's. */
  instance: string;
  entries: NetworkEntries;
  backoff: { [E in NetworkEndpoint]?: NetworkBackoff };
}

/** An empty cache for `instance`. */
export function emptyNetworkCache(instance: string = DEFAULT_BASE_URL): NetworkCacheState {
  return { instance, entries: {}, backoff: {} };
}

const finite = v.pipe(v.number(), v.finite());
const nullableFinite = v.nullable(finite);
const text = v.string();

/** Stored errors are checked field by field: the UI describes them in words from these fields. */
const errorSchema = v.variant('kind', [
  v.object({ kind: v.literal('rate-limited'), retryAt: finite, fromRetryAfter: v.boolean() }),
  v.object({ kind: v.literal('server-error'), status: finite, message: text }),
  v.object({ kind: v.literal('timeout'), afterMs: finite }),
  v.object({ kind: v.literal('offline'), detail: text }),
  v.object({ kind: v.literal('malformed'), detail: text }),
  v.object({ kind: v.literal('not-found'), path: text }),
  v.object({ kind: v.literal('bad-instance'), detail: text }),
]);

const VALUE_SCHEMAS: { [E in NetworkEndpoint]: v.GenericSchema<NetworkData[E]> } = {
  difficulty: v.object({
    progressPercent: finite,
    difficultyChange: finite,
    estimatedRetargetDate: finite,
    remainingBlocks: finite,
    nextRetargetHeight: finite,
    previousRetarget: finite,
    previousTime: nullableFinite,
    timeAvg: nullableFinite,
    adjustedTimeAvg: nullableFinite,
    expectedBlocks: nullableFinite,
  }),
  hashrate: v.object({
    points: v.array(v.object({ at: finite, hashrate: finite })),
    currentHashrate: finite,
    currentDifficulty: finite,
  }),
  rewardStats: v.object({
    startBlock: finite,
    endBlock: finite,
    totalReward: finite,
    totalFee: finite,
    totalTx: finite,
  }),
  fees: v.object({
    fastestFee: finite,
    halfHourFee: finite,
    hourFee: finite,
    economyFee: nullableFinite,
    minimumFee: nullableFinite,
  }),
};

const backoffSchema = v.object({ until: finite, attempt: finite, reason: errorSchema });

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads whatever storage held into a valid cache: entries and back-offs with a wrong shape are
 * dropped one by one (a corrupt entry costs one refetch, never a crash or a wrong figure).
 */
export function parseNetworkCache(raw: unknown): NetworkCacheState {
  if (!isRecord(raw)) return emptyNetworkCache();
  const state = emptyNetworkCache(typeof raw.instance === 'string' ? raw.instance : undefined);
  const entries = isRecord(raw.entries) ? raw.entries : {};
  const backoffs = isRecord(raw.backoff) ? raw.backoff : {};
  for (const endpoint of NETWORK_ENDPOINTS) {
    const entry = v.safeParse(
      v.object({
        value: VALUE_SCHEMAS[endpoint],
        fetchedAt: finite,
        lastError: v.nullable(errorSchema),
      }),
      entries[endpoint],
    );
    if (entry.success) (state.entries as Record<string, unknown>)[endpoint] = entry.output;
    const backoff = v.safeParse(backoffSchema, backoffs[endpoint]);
    if (backoff.success) state.backoff[endpoint] = backoff.output;
  }
  return state;
}

/** The storage item behind the cache. Read it through {@link parseNetworkCache}. */
export const networkCacheItem = storage.defineItem<NetworkCacheState>('local:networkCache', {
  fallback: emptyNetworkCache(),
  version: 1,
});
