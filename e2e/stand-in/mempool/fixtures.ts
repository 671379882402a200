// Loads the recorded mempool.space responses the stand-in serves. They live in the repository
// (e2e/fixtures/mempool/) so tests pass on a fresh clone; nothing here reads /work/shared.
import { readFileSync } from 'node:fs';

/** Absolute URL of a file under e2e/fixtures/mempool/ (relative to this module, not the cwd). */
function mempoolFixtureUrl(name: string): URL {
  return new URL(`../../fixtures/mempool/${name}`, import.meta.url);
}

/** One fixture's text, byte for byte. Synchronous: it runs once per process, at import. */
export function readMempoolFixture(name: string): string {
  return readFileSync(mempoolFixtureUrl(name), 'utf8');
}

/** The four endpoints the stand-in serves, and the recorded file behind each. */
export const MEMPOOL_ROUTES = {
  '/api/v1/difficulty-adjustment': 'difficulty-adjustment.json',
  '/api/v1/mining/hashrate/3m': 'hashrate__3m.json',
  '/api/v1/mining/reward-stats/144': 'reward-stats__144.json',
  '/api/v1/fees/recommended': 'fees-recommended.json',
} as const;

/** A path the stand-in serves. */
export type MempoolPath = keyof typeof MEMPOOL_ROUTES;

/** The recorded body of each path, verbatim. */
export const RECORDED_BODIES: Record<MempoolPath, string> = Object.fromEntries(
  Object.entries(MEMPOOL_ROUTES).map(([path, file]) => [path, readMempoolFixture(file)]),
) as Record<MempoolPath, string>;

const difficulty = JSON.parse(RECORDED_BODIES['/api/v1/difficulty-adjustment']) as {
  estimatedRetargetDate: number;
  remainingTime: number;
};

/**
 * The stand-in's frozen clock: the moment the difficulty adjustment was computed,
 * `estimatedRetargetDate − remainingTime` = 2026-09-19T18:53:46Z (unix ms). Every recorded
 * body is consistent with it, so the stand-in never lets time move.
 */
export const MEMPOOL_NOW = difficulty.estimatedRetargetDate - difficulty.remainingTime;

interface ObservedError {
  status: number;
  scenario: string;
  body?: unknown;
  bodies_by_route?: Record<string, { error: string }>;
}
const observed = JSON.parse(readMempoolFixture('errors__observed.json')) as ObservedError[];

function observedEntry(status: number, scenario: RegExp): ObservedError {
  const entry = observed.find((item) => item.status === status && scenario.test(item.scenario));
  if (!entry) throw new Error(`errors__observed.json has no ${status} "${scenario.source}"`);
  return entry;
}

/** mempool.space's nginx 429 page, verbatim (observed 2025-06-04). */
export const RATE_LIMIT_HTML = observedEntry(429, /rate limit/).body as string;

const routeErrors = observedEntry(500, /mining endpoints/).bodies_by_route ?? {};

/**
 * The backend's 500 body per path (messages read from its code). Fees has no DB-failure
 * message of its own; the generic backend shape `{"error": …}` with Express's status text is
 * used there.
 */
export const SERVER_ERROR_BODIES: Record<MempoolPath, { error: string }> = {
  '/api/v1/difficulty-adjustment': routeErrors['/api/v1/difficulty-adjustment']!,
  '/api/v1/mining/hashrate/3m': routeErrors['/api/v1/mining/hashrate/:interval']!,
  '/api/v1/mining/reward-stats/144': routeErrors['/api/v1/mining/reward-stats/:blockCount']!,
  '/api/v1/fees/recommended': { error: 'Internal Server Error' },
};

const EXPRESS_404 = observedEntry(404, /without DB/).body as string;
const EXPRESS_404_PATH = '/api/v1/mining/hashrate/3m';

/** Express's default 404 page for `path` (as a backend without that route answers). */
export function expressNotFound(path: string): string {
  // The path is ours (a request path), but it lands in HTML: escape what HTML would parse.
  const escaped = path.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return EXPRESS_404.replace(EXPRESS_404_PATH, escaped);
}
