// Public entry of the CoinGecko stand-in: import from 'e2e/stand-in' (tests, harness, demo).
export { startStandIn } from './server.ts';
export type { RequestLogEntry, StandIn, StandInOptions } from './server.ts';
export {
  DEFAULT_RETRY_AFTER_SECONDS,
  DEFAULT_SLOW_DELAY_MS,
  FAULT_MODES,
  RATE_LIMIT_BODY,
} from './faults.ts';
export type { ActiveFault, FaultMode, FaultOptions } from './faults.ts';
export { SEED, SYNTHETIC_FX } from './data.ts';
export type { SetPriceOptions } from './data.ts';
export { INVALID_KEY, PRO_HOST, PUBLIC_HOST } from './auth.ts';
