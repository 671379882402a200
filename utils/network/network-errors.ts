/**
 * Errors the network service can report, as plain data so they cross message boundaries and
 * storage unchanged, and so every UI can explain them in words (`describeNetworkError`).
 */

/** The host named when the user has not chosen an instance of their own. */
export const DEFAULT_SOURCE_HOST = 'mempool.space';

/** Every way fetching network data can fail. */
export type NetworkError =
  /** HTTP 429 (mempool.space answers it with an HTML page); `retryAt` from Retry-After when sent. */
  | { kind: 'rate-limited'; retryAt: number; fromRetryAfter: boolean }
  /** HTTP 5xx; `message` is the backend's `{"error": …}` text or a short plain body, else empty. */
  | { kind: 'server-error'; status: number; message: string }
  | { kind: 'timeout'; afterMs: number }
  | { kind: 'offline'; detail: string }
  /** A 200 whose body is not the JSON the endpoint promises. */
  | { kind: 'malformed'; detail: string }
  /** HTTP 404: this instance lacks the endpoint (mining data needs an indexing server). */
  | { kind: 'not-found'; path: string }
  /** The base URL is unusable, or what answers there is not a mempool API. */
  | { kind: 'bad-instance'; detail: string };

/** Thrown by the client; only its `error` data crosses to other contexts. */
export class NetworkFetchError extends Error {
  constructor(
    readonly error: NetworkError,
    host: string = DEFAULT_SOURCE_HOST,
  ) {
    super(describeNetworkError(error, Date.now(), host));
    this.name = 'NetworkFetchError';
  }
}

function wait(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  return s < 120 ? `${s} s` : `${Math.round(s / 60)} min`;
}

/**
 * One sentence a reader can act on. `now` lets rate-limit messages say how long is left;
 * `host` names the instance the data comes from (the user may have chosen their own).
 */
export function describeNetworkError(
  error: NetworkError,
  now: number = Date.now(),
  host: string = DEFAULT_SOURCE_HOST,
): string {
  switch (error.kind) {
    case 'rate-limited':
      return `${host}'s rate limit was reached; HashLens retries in ${wait(error.retryAt - now)}.`;
    case 'server-error':
      return `${host} is having trouble (HTTP ${error.status}${error.message ? `: ${error.message}` : ''}); HashLens will retry.`;
    case 'timeout':
      return `${host} did not answer within ${wait(error.afterMs)}.`;
    case 'offline':
      return `${host} could not be reached; check the connection.`;
    case 'malformed':
      return `${host} sent data HashLens could not read (${error.detail}).`;
    case 'not-found':
      return `${host} does not serve ${error.path}: mining data needs an instance that indexes blocks. Check the instance URL in HashLens options.`;
    case 'bad-instance':
      return `${host} does not answer as a mempool instance (${error.detail}): check the instance URL in HashLens options.`;
  }
}
