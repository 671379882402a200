// The HTTPS server. Chromium reaches it through
//   --host-resolver-rules="MAP api.coingecko.com 127.0.0.1:PORT" --ignore-certificate-errors
// so the real extension build talks to "https://api.coingecko.com" unchanged; the Host header
// still names CoinGecko, which is how the key rules tell public from pro.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { startHttpsHost, type HttpsHost } from './https-host.ts';
import { generate } from 'selfsigned';
import { checkKeys, hostName, PRO_HOST, PUBLIC_HOST } from './auth.ts';
import { handleControl } from './control.ts';
import { createSeedTable, setPriceInTable, type PriceTable, type SetPriceOptions } from './data.ts';
import {
  FaultState,
  faultResponse,
  malform,
  type ActiveFault,
  type FaultMode,
  type FaultOptions,
} from './faults.ts';
import { incorrectPath, type StandInResponse } from './responses.ts';
import { route } from './routes.ts';

/** One request as the stand-in saw it. Control requests (`/__standin/*`) are not logged. */
export interface RequestLogEntry {
  /** Arrival time, unix ms. */
  time: number;
  method: string;
  /** Host header, lower-cased, without port (e.g. `api.coingecko.com`). */
  host: string;
  /** Path without query, e.g. `/api/v3/simple/price`. */
  path: string;
  /** Decoded query; a repeated key keeps its last value. */
  query: Record<string, string>;
  /** Request headers, lower-case names; repeated headers joined with ", ". */
  headers: Record<string, string>;
  /** Status sent; `null` while a slow response is pending or if the client gave up first. */
  status: number | null;
  /** The fault mode applied to this request, if any. */
  fault: FaultMode | null;
}

/** Options of {@link startStandIn}. */
export interface StandInOptions {
  /** TCP port; 0 (default) picks a free one. */
  port?: number;
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** Called once per logged request when its response has been sent (the CLI prints these). */
  onResponse?: (entry: RequestLogEntry) => void;
}

/** A running stand-in. */
export interface StandIn {
  readonly port: number;
  /** `https://127.0.0.1:PORT` (with the listen host). Send `Host: api.coingecko.com` yourself. */
  readonly origin: string;
  /** A copy of the request log, oldest first. */
  requests(): RequestLogEntry[];
  clearLog(): void;
  /** How many logged requests have a path starting with `pathPrefix`. */
  count(pathPrefix: string): number;
  /** Switches a fault mode on (replacing the current one) or off with `null`. */
  setFault(mode: FaultMode | null, options?: FaultOptions): void;
  /** The active fault (with `remaining` count), or null. */
  fault(): ActiveFault | null;
  /** Sets one price cell; only that (coin, currency) changes. */
  setPrice(coinId: string, currency: string, price: number, options?: SetPriceOptions): void;
  /** Seed prices, no fault, empty log. */
  reset(): void;
  /** Stops listening and destroys open sockets, so pending slow responses do not hold it up. */
  close(): Promise<void>;
}

/** Key and certificate, generated once per process and kept only in memory. */
let credentials: Promise<{ key: string; cert: string }> | undefined;

/** The self-signed key and certificate every stand-in of this process serves. */
export function certificate(): Promise<{ key: string; cert: string }> {
  credentials ??= new Promise((resolve, reject) => {
    const attrs = [{ name: 'commonName', value: PUBLIC_HOST }];
    const extensions = [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: PUBLIC_HOST },
          { type: 2, value: PRO_HOST },
          { type: 2, value: 'mempool.space' },
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
        ],
      },
    ];
    // The callback form lets node-forge use Node's native (fast, non-blocking) RSA generator.
    generate(attrs, { keySize: 2048, days: 30, algorithm: 'sha256', extensions }, (err, pems) => {
      if (err) reject(err);
      else resolve({ key: pems.private, cert: pems.cert });
    });
  });
  return credentials;
}

/** Node's header object flattened to strings. */
function flatHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/** Reads a small request body (control JSON); bigger bodies are cut off. */
export function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > 65_536) request.destroy(new Error('control body too large'));
    });
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

const PREFLIGHT: StandInResponse = {
  status: 204,
  headers: {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'POST, PUT, DELETE, GET, OPTIONS',
    'access-control-allow-headers':
      'Origin, X-Requested-With, Content-Type, Accept, Authorization, x-cg-demo-api-key, x-cg-pro-api-key',
    'access-control-max-age': '86400',
  },
  body: '',
};

/** A log entry for a request as it arrives (no status or fault yet). Shared by both stand-ins. */
export function newLogEntry(
  request: IncomingMessage,
  url: URL,
  method: string,
): Omit<RequestLogEntry, 'fault'> & { fault: null } {
  const headers = flatHeaders(request);
  return {
    time: Date.now(),
    method,
    host: hostName(headers.host),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers,
    status: null,
    fault: null,
  };
}

/**
 * Starts the CoinGecko stand-in over HTTPS with a fresh self-signed certificate.
 * Resolves once it is listening.
 */
export async function startStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const listenHost = options.host ?? '127.0.0.1';
  const { key, cert } = await certificate();

  let table: PriceTable = createSeedTable();
  const faults = new FaultState();
  let log: RequestLogEntry[] = [];
  let host: HttpsHost | null = null;

  const send = (
    response: ServerResponse,
    answer: StandInResponse,
    entry: RequestLogEntry | null,
  ): void => {
    if (response.destroyed || response.writableEnded) return;
    response.writeHead(answer.status, answer.headers);
    response.end(answer.body);
    if (entry) {
      entry.status = answer.status;
      options.onResponse?.(entry);
    }
  };

  /** Decides the CoinGecko answer for one /api/v3 request, applying faults and key rules. */
  const answerApi = (
    entry: RequestLogEntry,
    query: URLSearchParams,
  ): { answer: StandInResponse; delayMs: number } => {
    // Slow wraps whatever the answer turns out to be.
    const slow = faults.take((mode) => mode === 'slow');
    const delayMs = slow?.delayMs ?? 0;
    if (slow) entry.fault = 'slow';

    // Cloudflare's firewall sits in front of everything, keys included.
    const blocked = faults.take((mode) => mode === 'blocked');
    if (blocked) {
      entry.fault = blocked.mode;
      return { answer: faultResponse(blocked) ?? incorrectPath(), delayMs };
    }

    const keyError = checkKeys(entry.host, entry.headers, query);
    if (keyError) return { answer: keyError, delayMs };

    const status = faults.take((mode) =>
      ['rate-limit', 'rate-limit-no-retry-after', 'server-error'].includes(mode),
    );
    if (status) {
      entry.fault = status.mode;
      return { answer: faultResponse(status) ?? incorrectPath(), delayMs };
    }

    const unknownCoin = faults.take((mode) => mode === 'unknown-coin');
    if (unknownCoin) entry.fault = 'unknown-coin';
    const answer = route({
      path: entry.path.slice('/api/v3'.length),
      query,
      table,
      unknownCoins: unknownCoin !== null,
    });

    const malformed = faults.take((mode) => mode === 'malformed');
    if (malformed) {
      entry.fault = 'malformed';
      return { answer: { ...answer, status: 200, body: malform(answer.body) }, delayMs };
    }
    return { answer, delayMs };
  };

  const standIn: StandIn = {
    port: 0,
    origin: '',
    requests: () => log.map((entry) => structuredClone(entry)),
    clearLog: () => {
      log = [];
    },
    count: (pathPrefix) => log.filter((entry) => entry.path.startsWith(pathPrefix)).length,
    setFault: (mode, faultOptions) => faults.set(mode, faultOptions),
    fault: () => faults.peek(),
    setPrice: (coinId, currency, price, priceOptions) => {
      setPriceInTable(table, coinId, currency, price, priceOptions);
    },
    reset: () => {
      table = createSeedTable();
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
      send(response, handleControl(standIn, method, url.pathname, body), null);
      return;
    }

    const entry: RequestLogEntry = newLogEntry(request, url, method);
    log.push(entry);
    request.resume(); // CoinGecko reads no bodies; drain so keep-alive works.

    if (method === 'OPTIONS') return send(response, PREFLIGHT, entry);
    const isApi = url.pathname.startsWith('/api/v3/') && (method === 'GET' || method === 'HEAD');
    if (!isApi) return send(response, incorrectPath(), entry);

    const { answer, delayMs } = answerApi(entry, url.searchParams);
    if (delayMs === 0) return send(response, answer, entry);
    // A timer, not a sleep: other requests keep being served while this one waits.
    host?.later(response, delayMs, () => send(response, answer, entry));
  };

  host = await startHttpsHost({ key, cert }, handle, { port: options.port, host: listenHost });
  return Object.assign(standIn, { port: host.port, origin: host.origin });
}
