// `/__standin/*`: lets another process (the demo, the benchmark, a browser-side harness) drive
// the stand-in over HTTP exactly as the in-process API does.
import type { FaultMode, FaultOptions } from './faults.ts';
import { isFaultMode } from './faults.ts';
import type { SetPriceOptions } from './data.ts';
import type { StandInResponse } from './responses.ts';

/** The subset of the StandIn API the control endpoints call. */
/** What every stand-in's control routes act on: its log, reset and fault modes. */
export interface FaultControllable<M extends string> {
  requests(): unknown[];
  clearLog(): void;
  reset(): void;
  setFault(mode: M | null, options?: FaultOptions): void;
  fault(): unknown;
}

/** The CoinGecko stand-in's controls: the common ones and its price table. */
export interface Controllable extends FaultControllable<FaultMode> {
  setPrice(coinId: string, currency: string, price: number, options?: SetPriceOptions): void;
}

/** A JSON answer to a control request: never cached, readable from any origin. */
export const json = (status: number, body: unknown): StandInResponse => ({
  status,
  headers: {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'access-control-allow-origin': '*',
  },
  body: JSON.stringify(body),
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const optionalNumber = (
  record: Record<string, unknown>,
  key: string,
): number | undefined => {
  const value = record[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number') throw new Error(`${key} must be a number`);
  return value;
};

/** Parses a request body; an empty body is `{}` so plain `POST /__standin/clear` works. */
export function parseBody(raw: string): Record<string, unknown> {
  if (raw.trim() === '') return {};
  const value: unknown = JSON.parse(raw);
  if (!isRecord(value)) throw new Error('body must be a JSON object');
  return value;
}

/**
 * The control routes every stand-in answers (the log, reset and fault modes); null for any
 * other route, which the stand-in handles itself. Throws on a bad body (the caller answers 400).
 */
export function commonControlRoute<M extends string>(
  standIn: FaultControllable<M>,
  route: string,
  rawBody: string,
  isMode: (value: unknown) => value is M,
): StandInResponse | null {
  switch (route) {
    case 'GET /__standin/requests':
      return json(200, standIn.requests());
    case 'GET /__standin/fault':
      return json(200, { fault: standIn.fault() });
    case 'POST /__standin/clear':
      standIn.clearLog();
      return json(200, { ok: true });
    case 'POST /__standin/reset':
      standIn.reset();
      return json(200, { ok: true });
    case 'POST /__standin/fault': {
      const body = parseBody(rawBody);
      const mode = body.mode ?? null;
      if (mode !== null && !isMode(mode)) throw new Error(`unknown mode ${String(mode)}`);
      standIn.setFault(mode, {
        retryAfter: optionalNumber(body, 'retryAfter'),
        delayMs: optionalNumber(body, 'delayMs'),
        times: optionalNumber(body, 'times'),
      });
      return json(200, { ok: true, fault: standIn.fault() });
    }
    default:
      return null;
  }
}

/**
 * Handles one control request. Routes:
 * - `POST /__standin/fault` `{mode, retryAfter?, delayMs?, times?}` or `{mode: null}`
 * - `GET  /__standin/fault` the active fault or null
 * - `POST /__standin/price` `{coinId, currency, price, change24hPct?, lastUpdatedAt?, marketCap?, volume24h?}`
 * - `GET  /__standin/requests` the request log
 * - `POST /__standin/clear` empties the log
 * - `POST /__standin/reset` seed prices, no fault, empty log
 */
export function handleControl(
  standIn: Controllable,
  method: string,
  path: string,
  rawBody: string,
): StandInResponse {
  try {
    const route = `${method} ${path}`;
    const common = commonControlRoute(standIn, route, rawBody, isFaultMode);
    if (common) return common;
    switch (route) {
      case 'POST /__standin/price': {
        const body = parseBody(rawBody);
        const { coinId, currency, price } = body;
        if (typeof coinId !== 'string' || typeof currency !== 'string') {
          throw new Error('coinId and currency must be strings');
        }
        if (typeof price !== 'number') throw new Error('price must be a number');
        standIn.setPrice(coinId, currency, price, {
          change24hPct: optionalNumber(body, 'change24hPct'),
          lastUpdatedAt: optionalNumber(body, 'lastUpdatedAt'),
          marketCap: optionalNumber(body, 'marketCap'),
          volume24h: optionalNumber(body, 'volume24h'),
        });
        return json(200, { ok: true });
      }
      default:
        return json(404, { error: `no control route ${route}` });
    }
  } catch (cause) {
    return json(400, { error: cause instanceof Error ? cause.message : String(cause) });
  }
}
