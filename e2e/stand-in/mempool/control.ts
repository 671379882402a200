// `/__standin/*` of the mempool stand-in: lets another process (the demo, the benchmark, a
// browser-side harness) drive it over HTTP exactly as the in-process API does. Body parsing
// and answers are the CoinGecko stand-in's.
import { json, optionalNumber, parseBody } from '../control.ts';
import type { StandInResponse } from '../responses.ts';
import type { FaultOptions } from '../faults.ts';
import { MEMPOOL_NOW } from './fixtures.ts';
import { MEMPOOL_FAULT_MODES, type MempoolFaultMode } from './faults.ts';

/** The subset of the MempoolStandIn API the control endpoints call. */
export interface MempoolControllable {
  requests(): unknown[];
  clearLog(): void;
  reset(): void;
  setFault(mode: MempoolFaultMode | null, options?: FaultOptions): void;
  fault(): unknown;
}

const isMode = (value: unknown): value is MempoolFaultMode =>
  typeof value === 'string' && (MEMPOOL_FAULT_MODES as readonly string[]).includes(value);

/**
 * Handles one control request. Routes:
 * - `POST /__standin/fault` `{mode, retryAfter?, delayMs?, times?}` or `{mode: null}`
 * - `GET  /__standin/fault` the active fault or null
 * - `GET  /__standin/requests` the request log
 * - `POST /__standin/clear` empties the log
 * - `POST /__standin/reset` no fault, empty log
 * - `GET  /__standin/clock` the frozen clock, `{now, iso}`, so a harness can set the
 *   extension's clock to the moment the data was recorded
 */
export function handleMempoolControl(
  standIn: MempoolControllable,
  method: string,
  path: string,
  rawBody: string,
): StandInResponse {
  try {
    const route = `${method} ${path}`;
    switch (route) {
      case 'GET /__standin/requests':
        return json(200, standIn.requests());
      case 'GET /__standin/fault':
        return json(200, { fault: standIn.fault() });
      case 'GET /__standin/clock':
        return json(200, { now: MEMPOOL_NOW, iso: new Date(MEMPOOL_NOW).toISOString() });
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
        return json(404, { error: `no control route ${route}` });
    }
  } catch (cause) {
    return json(400, { error: cause instanceof Error ? cause.message : String(cause) });
  }
}
