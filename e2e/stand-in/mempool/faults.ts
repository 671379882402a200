// Fault modes of the mempool stand-in: the ways mempool.space (or an instance of it) has been
// seen or, from its code, is known to fail. The switching and counting is the CoinGecko
// stand-in's FaultState; only the modes and their answers are mempool's.
import type { StandInResponse } from '../responses.ts';
import { RATE_LIMIT_HTML, SERVER_ERROR_BODIES, type MempoolPath } from './fixtures.ts';

/** Every fault mode. `null` (in setFault) means "answer normally". */
export const MEMPOOL_FAULT_MODES = [
  /** HTTP 429, nginx's HTML page, with `Retry-After`. */
  'rate-limit',
  /** The same without `Retry-After` (whether mempool.space sends one is unknown). */
  'rate-limit-no-retry-after',
  /** HTTP 500 with the backend's JSON `{"error": …}` for the route. */
  'server-error',
  /** HTTP 200, JSON content type, the body cut in half. */
  'malformed',
  /** Holds each answer for `delayMs`. */
  'slow',
  /** The difficulty adjustment without `adjustedTimeAvg` and `expectedBlocks`. */
  'old-server',
  /** Mining routes absent (an instance without block indexing): Express's 404 page. */
  'no-mining',
] as const;

/** One mempool fault mode. */
export type MempoolFaultMode = (typeof MEMPOOL_FAULT_MODES)[number];

/** The answer of a status fault (`rate-limit*`, `server-error`); null for the others. */
export function mempoolFaultResponse(
  mode: MempoolFaultMode,
  path: MempoolPath,
  retryAfterSeconds: number,
): StandInResponse | null {
  switch (mode) {
    case 'rate-limit':
    case 'rate-limit-no-retry-after': {
      // nginx answers before the backend: its own page, no CORS header.
      const headers: Record<string, string> = { 'content-type': 'text/html' };
      if (mode === 'rate-limit') headers['retry-after'] = String(retryAfterSeconds);
      return { status: 429, headers, body: RATE_LIMIT_HTML };
    }
    case 'server-error':
      return {
        status: 500,
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'access-control-allow-origin': '*',
        },
        body: JSON.stringify(SERVER_ERROR_BODIES[path]),
      };
    default:
      return null;
  }
}

/** The recorded difficulty adjustment as an older self-hosted server sends it. */
export function asOldServer(difficultyBody: string): string {
  const {
    adjustedTimeAvg: _a,
    expectedBlocks: _e,
    ...rest
  } = JSON.parse(difficultyBody) as Record<string, unknown>;
  return JSON.stringify(rest);
}
