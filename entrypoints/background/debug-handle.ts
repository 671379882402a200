/**
 * A handle on the background for devtools and end-to-end tests, on the service worker's
 * global (`self.hashlens`). Web pages and content scripts cannot reach a service worker's
 * global scope, so this exposes nothing to them.
 */
import type { NetworkService } from '@/utils/network/network-service';
import type { PriceService } from '@/utils/prices/price-service';
import type { RefreshScheduler } from './refresh-alarm';

/** A clock that can be moved forward, so freshness and back-off can be checked without waiting. */
export interface SkewableClock {
  now(): number;
  /** Moves this clock forward by `ms` (never backward). */
  advance(ms: number): void;
  readonly skewMs: number;
}

/** Creates a clock that runs with `Date.now()` plus a forward skew. */
export function createSkewableClock(base: () => number = Date.now): SkewableClock {
  let skew = 0;
  return {
    now: () => base() + skew,
    advance(ms) {
      if (Number.isFinite(ms) && ms > 0) skew += ms;
    },
    get skewMs() {
      return skew;
    },
  };
}

/** What `self.hashlens` holds. */
export interface DebugHandle {
  service: PriceService;
  /** The mempool.space service (its `stats` count requests per endpoint). */
  network: NetworkService;
  /** Its `refresh()` does what the refresh alarm does. */
  scheduler: RefreshScheduler;
  clock: SkewableClock;
  /** Errors nobody caught in the background (should stay empty). */
  errors: string[];
}

/** Installs the handle and records uncaught errors and unhandled rejections. */
export function installDebugHandle(
  scope: typeof globalThis,
  handle: Omit<DebugHandle, 'errors'>,
): DebugHandle {
  const full: DebugHandle = { ...handle, errors: [] };
  const record = (what: string) => {
    full.errors.push(what.slice(0, 500));
    if (full.errors.length > 50) full.errors.shift();
  };
  scope.addEventListener?.('error', (event) =>
    record(`error: ${String((event as ErrorEvent).message)}`),
  );
  scope.addEventListener?.('unhandledrejection', (event) =>
    record(`unhandled rejection: ${String((event as PromiseRejectionEvent).reason)}`),
  );
  (scope as typeof globalThis & { hashlens?: DebugHandle }).hashlens = full;
  return full;
}
