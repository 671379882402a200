// `/__standin/*` of the mempool stand-in: lets another process (the demo, the benchmark, a
// browser-side harness) drive it over HTTP exactly as the in-process API does. Body parsing
// and answers are the CoinGecko stand-in's.
import { commonControlRoute, json, type FaultControllable } from '../control.ts';
import type { StandInResponse } from '../responses.ts';
import { MEMPOOL_NOW } from './fixtures.ts';
import { MEMPOOL_FAULT_MODES, type MempoolFaultMode } from './faults.ts';

/** The subset of the MempoolStandIn API the control endpoints call. */
/** What the mempool stand-in's control routes act on. */
export type MempoolControllable = FaultControllable<MempoolFaultMode>;

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
    const common = commonControlRoute(standIn, route, rawBody, isMode);
    if (common) return common;
    switch (route) {
      case 'GET /__standin/clock':
        return json(200, { now: MEMPOOL_NOW, iso: new Date(MEMPOOL_NOW).toISOString() });
      default:
        return json(404, { error: `no control route ${route}` });
    }
  } catch (cause) {
    return json(400, { error: cause instanceof Error ? cause.message : String(cause) });
  }
}
