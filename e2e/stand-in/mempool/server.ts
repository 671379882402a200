// The mempool.space stand-in's HTTPS server, beside the CoinGecko one. Chromium reaches it
// through
//   --host-resolver-rules="MAP mempool.space 127.0.0.1:PORT" --ignore-certificate-errors
// so the extension talks to "https://mempool.space" unchanged. It shares the CoinGecko
// stand-in's certificate, header and body helpers and fault bookkeeping.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startHttpsHost, type HttpsHost } from '../https-host.ts';
import { FaultState, malform, type ActiveFault, type FaultOptions } from '../faults.ts';
import type { StandInResponse } from '../responses.ts';
import { certificate, newLogEntry, readBody, type RequestLogEntry } from '../server.ts';
import { handleMempoolControl } from './control.ts';
import { MEMPOOL_NOW } from './fixtures.ts';
import { MEMPOOL_FAULT_MODES, mempoolFaultResponse, type MempoolFaultMode } from './faults.ts';
import { isMempoolPath, isMiningPath, notFound, recordedResponse } from './routes.ts';

/** One request as the stand-in saw it. Control requests (`/__standin/*`) are not logged. */
export type MempoolRequestLogEntry = Omit<RequestLogEntry, 'fault'> & {
  /** The fault mode applied to this request, if any. */
  fault: MempoolFaultMode | null;
};

/** Options of {@link startMempoolStandIn}. */
export interface MempoolStandInOptions {
  /** TCP port; 0 (default) picks a free one. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** Called once per logged request when its response has been sent (the CLI prints these). */
  onResponse?: (entry: MempoolRequestLogEntry) => void;
}

/** A running mempool stand-in. */
export interface MempoolStandIn {
  readonly port: number;
  /** `https://127.0.0.1:PORT` (with the listen host). */
  readonly origin: string;
  /** A copy of the request log, oldest first. */
  requests(): MempoolRequestLogEntry[];
  clearLog(): void;
  /** How many logged requests have a path starting with `pathPrefix`. */
  count(pathPrefix: string): number;
  /** Switches a fault mode on (replacing the current one) or off with `null`. */
  setFault(mode: MempoolFaultMode | null, options?: FaultOptions): void;
  /** The active fault (with `remaining` count), or null. */
  fault(): ActiveFault<MempoolFaultMode> | null;
  /** No fault, empty log. (The data never changes: it is the recording.) */
  reset(): void;
  /** Stops listening and destroys open sockets, so pending slow responses do not hold it up. */
  close(): Promise<void>;
}

/** The frozen clock as an HTTP date: the answers say they were sent when the data was recorded. */
const FROZEN_DATE = new Date(MEMPOOL_NOW).toUTCString();

const PREFLIGHT: StandInResponse = {
  status: 204,
  headers: {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, OPTIONS',
    'access-control-allow-headers': 'Origin, X-Requested-With, Content-Type, Accept',
    'access-control-max-age': '86400',
  },
  body: '',
};

/**
 * Starts the mempool.space stand-in over HTTPS with the process's self-signed certificate.
 * Resolves once it is listening.
 */
export async function startMempoolStandIn(
  options: MempoolStandInOptions = {},
): Promise<MempoolStandIn> {
  const listenHost = options.host ?? '127.0.0.1';
  const { key, cert } = await certificate();

  const faults = new FaultState<MempoolFaultMode>(MEMPOOL_FAULT_MODES);
  let log: MempoolRequestLogEntry[] = [];
  let host: HttpsHost | null = null;

  const send = (
    response: ServerResponse,
    answer: StandInResponse,
    entry: MempoolRequestLogEntry | null,
  ): void => {
    if (response.destroyed || response.writableEnded) return;
    response.writeHead(answer.status, { date: FROZEN_DATE, ...answer.headers });
    response.end(answer.body);
    if (entry) {
      entry.status = answer.status;
      options.onResponse?.(entry);
    }
  };

  /** Decides the answer for one API GET, applying the active fault. */
  const answerApi = (
    entry: MempoolRequestLogEntry,
  ): { answer: StandInResponse; delayMs: number } => {
    const slow = faults.take((mode) => mode === 'slow');
    const delayMs = slow?.delayMs ?? 0;
    if (slow) entry.fault = 'slow';

    const path = entry.path;
    if (!isMempoolPath(path)) return { answer: notFound(path), delayMs };

    // nginx's rate limit and the backend's failures come before any route.
    const status = faults.take((mode) =>
      ['rate-limit', 'rate-limit-no-retry-after', 'server-error'].includes(mode),
    );
    if (status) {
      entry.fault = status.mode;
      const answer = mempoolFaultResponse(status.mode, path, status.retryAfter);
      return { answer: answer ?? notFound(path), delayMs };
    }

    if (isMiningPath(path) && faults.take((mode) => mode === 'no-mining')) {
      entry.fault = 'no-mining';
      return { answer: notFound(path), delayMs };
    }

    const old =
      path === '/api/v1/difficulty-adjustment' && faults.take((mode) => mode === 'old-server');
    if (old) entry.fault = 'old-server';
    const answer = recordedResponse(path, Boolean(old));

    if (faults.take((mode) => mode === 'malformed')) {
      entry.fault = 'malformed';
      return { answer: { ...answer, body: malform(answer.body) }, delayMs };
    }
    return { answer, delayMs };
  };

  const standIn: MempoolStandIn = {
    port: 0,
    origin: '',
    requests: () => log.map((entry) => structuredClone(entry)),
    clearLog: () => {
      log = [];
    },
    count: (pathPrefix) => log.filter((entry) => entry.path.startsWith(pathPrefix)).length,
    setFault: (mode, faultOptions) => faults.set(mode, faultOptions),
    fault: () => faults.peek(),
    reset: () => {
      faults.set(null);
      log = [];
    },
    close: async () => {
      await host?.close();
    },
  };

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'https://stand-in.invalid');
    const method = request.method ?? 'GET';

    if (url.pathname.startsWith('/__standin/')) {
      const body = await readBody(request);
      send(response, handleMempoolControl(standIn, method, url.pathname, body), null);
      return;
    }

    const entry: MempoolRequestLogEntry = newLogEntry(request, url, method);
    log.push(entry);
    request.resume(); // The API reads no bodies; drain so keep-alive works.

    if (method === 'OPTIONS') return send(response, PREFLIGHT, entry);
    if (method !== 'GET' && method !== 'HEAD') return send(response, notFound(url.pathname), entry);

    const { answer, delayMs } = answerApi(entry);
    if (delayMs === 0) return send(response, answer, entry);
    // A timer, not a sleep: other requests keep being served while this one waits.
    host?.later(response, delayMs, () => send(response, answer, entry));
  };

  host = await startHttpsHost({ key, cert }, handle, { port: options.port, host: listenHost });
  return Object.assign(standIn, { port: host.port, origin: host.origin });
}
