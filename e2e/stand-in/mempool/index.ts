// Public entry of the mempool.space stand-in: import from 'e2e/stand-in/mempool' (tests, harness,
// demo, benchmark).
export { startMempoolStandIn } from './server.ts';
export type { MempoolStandIn } from './server.ts';
export { MEMPOOL_FAULT_MODES } from './faults.ts';
export { MEMPOOL_NOW, MEMPOOL_ROUTES, RATE_LIMIT_HTML } from './fixtures.ts';
