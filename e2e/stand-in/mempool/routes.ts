// The four mempool.space endpoints HashLens reads, answered from the recorded bodies. Anything
// else gets Express's default 404 page, as a mempool backend without that route sends.
import type { StandInResponse } from '../responses.ts';
import { MEMPOOL_ROUTES, RECORDED_BODIES, expressNotFound, type MempoolPath } from './fixtures.ts';
import { asOldServer } from './faults.ts';

/** Is `path` one of the endpoints the stand-in serves? */
export function isMempoolPath(path: string): path is MempoolPath {
  return Object.hasOwn(MEMPOOL_ROUTES, path);
}

/** Paths served only by a backend that indexes blocks (and so has mining routes). */
export function isMiningPath(path: MempoolPath): boolean {
  return path.startsWith('/api/v1/mining/');
}

/**
 * Headers of a successful answer. Not recorded: Express's `res.json` content type, and CORS
 * open as mempool.space's public API is.
 */
const SUCCESS_HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'access-control-allow-origin': '*',
};

/** The recorded answer for `path`; `oldServer` drops the fields older servers lack. */
export function recordedResponse(path: MempoolPath, oldServer: boolean): StandInResponse {
  const body = RECORDED_BODIES[path];
  return {
    status: 200,
    headers: { ...SUCCESS_HEADERS },
    body: oldServer && path === '/api/v1/difficulty-adjustment' ? asOldServer(body) : body,
  };
}

/** Express's 404 for a path the backend has no route for. */
export function notFound(path: string): StandInResponse {
  return {
    status: 404,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: expressNotFound(path),
  };
}
