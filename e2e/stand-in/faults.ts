// Fault modes: the ways CoinGecko has been observed to fail, switchable at run time so tests and
// the demo can drive the extension through its error paths. Bodies are verbatim where
// errors__observed.json marks them so.
import { serverErrorBody } from './fixtures.ts';
import { error, type StandInResponse } from './responses.ts';

/** Every fault mode. `null` (in setFault) means "answer normally". */
export const FAULT_MODES = [
  'rate-limit',
  'rate-limit-no-retry-after',
  'server-error',
  'blocked',
  'malformed',
  'slow',
  'unknown-coin',
] as const;

/** One fault mode; see {@link FAULT_MODES}. */
export type FaultMode = (typeof FAULT_MODES)[number];

/** Tuning for a fault mode. */
export interface FaultOptions {
  /** `rate-limit`: the `retry-after` header in seconds. Default 60. */
  retryAfter?: number;
  /** `slow`: how long to hold each response, in ms. Default 20 000. */
  delayMs?: number;
  /** Apply the fault to this many requests, then answer normally again. Default: until cleared. */
  times?: number;
}

/** The fault currently switched on, as reported by `/__standin/fault` and `fault()`. */
export interface ActiveFault<M extends string = FaultMode> {
  mode: M;
  retryAfter: number;
  delayMs: number;
  /** Requests left before the fault switches itself off; `null` = unlimited. */
  remaining: number | null;
}

export const DEFAULT_RETRY_AFTER_SECONDS = 60;
export const DEFAULT_SLOW_DELAY_MS = 20_000;

/** CoinGecko's 429 body, verbatim (187 bytes, logged 2022–2023). */
export const RATE_LIMIT_BODY = {
  status: {
    error_code: 429,
    error_message:
      "You've exceeded the Rate Limit. Please visit https://www.coingecko.com/en/api/pricing to subscribe to our API plans for higher rate limits.",
  },
};

/** Is `value` one of {@link FAULT_MODES}? */
export function isFaultMode(value: unknown): value is FaultMode {
  return typeof value === 'string' && (FAULT_MODES as readonly string[]).includes(value);
}

/**
 * Holds the current fault and counts down `times`. `modes` are the modes of one stand-in
 * (CoinGecko's by default; the mempool stand-in passes its own).
 */
export class FaultState<M extends string = FaultMode> {
  #active: ActiveFault<M> | null = null;
  readonly #modes: readonly string[];

  constructor(modes: readonly M[] = FAULT_MODES as readonly string[] as readonly M[]) {
    this.#modes = modes;
  }

  /** Switches a fault on (replacing any other) or off with `null`. Throws on bad input. */
  set(mode: M | null, options: FaultOptions = {}): void {
    if (mode === null) {
      this.#active = null;
      return;
    }
    if (!this.#modes.includes(mode)) throw new Error(`setFault: unknown mode ${String(mode)}`);
    const { retryAfter = DEFAULT_RETRY_AFTER_SECONDS, delayMs = DEFAULT_SLOW_DELAY_MS } = options;
    const times = options.times ?? null;
    for (const [name, value] of Object.entries({ retryAfter, delayMs, times: times ?? 0 })) {
      if (!Number.isInteger(value) || value < 0) {
        throw new Error(`setFault: ${name} must be a non-negative integer`);
      }
    }
    this.#active = { mode, retryAfter, delayMs, remaining: times };
    if (times === 0) this.#active = null;
  }

  /** The active fault, without consuming it. */
  peek(): ActiveFault<M> | null {
    return this.#active ? { ...this.#active } : null;
  }

  /**
   * Consumes one application of the active fault if it is `mode`-compatible: returns it and
   * counts `times` down, switching the fault off after the last one.
   */
  take(accept: (mode: M) => boolean): ActiveFault<M> | null {
    const active = this.#active;
    if (!active || !accept(active.mode)) return null;
    if (active.remaining !== null) {
      active.remaining -= 1;
      if (active.remaining <= 0) this.#active = null;
    }
    return { ...active };
  }
}

/** A minimal Cloudflare error-1020 page, as CoinGecko's edge serves to blocked clients. */
const BLOCKED_HTML = `<!DOCTYPE html>
<html class="no-js" lang="en-US">
<head>
<title>Access denied | api.coingecko.com used Cloudflare to restrict access</title>
<meta charset="UTF-8" />
<meta name="robots" content="noindex, nofollow" />
</head>
<body>
<div id="cf-wrapper">
  <div id="cf-error-details" class="cf-error-details-wrapper">
    <div class="cf-wrapper cf-header cf-error-overview">
      <h1>
        <span class="cf-error-type">Error</span>
        <span class="cf-error-code">1020</span>
      </h1>
      <h2 class="cf-subheadline">Access denied</h2>
    </div>
    <section class="cf-section cf-wrapper">
      <h2>What happened?</h2>
      <p>This website is using a security service to protect itself from online attacks.</p>
    </section>
    <div class="cf-error-footer cf-wrapper">
      <p>Cloudflare Ray ID: <strong>8f0c0ffee0c0ffee</strong> &bull; Performance &amp; security by Cloudflare</p>
    </div>
  </div>
</div>
</body>
</html>
`;

/** The response a status-type fault answers with (not used for malformed/slow/unknown-coin). */
export function faultResponse(fault: ActiveFault): StandInResponse | null {
  switch (fault.mode) {
    case 'rate-limit':
    case 'rate-limit-no-retry-after': {
      // Observed 429s carry plain `application/json` (no charset).
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        'cache-control': 'no-cache',
        'access-control-allow-origin': '*',
      };
      if (fault.mode === 'rate-limit') headers['retry-after'] = String(fault.retryAfter);
      return { status: 429, headers, body: JSON.stringify(RATE_LIMIT_BODY) };
    }
    case 'server-error':
      return error(500, serverErrorBody);
    case 'blocked':
      // Cloudflare answers before CoinGecko's app: HTML, and no CORS header (observed 2024-04).
      return {
        status: 403,
        headers: {
          'content-type': 'text/html; charset=UTF-8',
          'cache-control': 'private, max-age=0, no-store, no-cache, must-revalidate',
          server: 'cloudflare',
          'cf-ray': '8f0c0ffee0c0ffee-AMS',
        },
        body: BLOCKED_HTML,
      };
    default:
      return null;
  }
}

/** Cuts a JSON body so it no longer parses (half of a non-empty JSON value never does). */
export function malform(body: string): string {
  return body.slice(0, Math.max(1, Math.floor(body.length / 2)));
}
