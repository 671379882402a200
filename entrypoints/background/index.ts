/**
 * The background: the only code that talks to the network. It answers the content scripts',
 * popup's and options page's requests (`request-handlers.ts`), refreshes pinned prices on an
 * alarm (`refresh-alarm.ts`), serves mempool.space network figures (`network.ts`), keeps the toolbar badge (`action-badge.ts`) and publishes the
 * compiled glossary for the content scripts (`term-table.ts`).
 */
import { defineBackground } from '#imports';
import { registerRequestHandlers } from '@/utils/messaging';
import { relayTermStepCommands } from '@/utils/messaging/term-step';
import { ActionBadge } from './action-badge';
import { createSkewableClock, installDebugHandle } from './debug-handle';
import { createBackgroundNetworkService } from './network';
import { RefreshScheduler } from './refresh-alarm';
import { createBackgroundPriceService, createRequestHandlers } from './request-handlers';
import { publishTermTable } from './term-table';

export default defineBackground(() => {
  const clock = createSkewableClock();
  const deps = { fetch: (...args: Parameters<typeof fetch>) => fetch(...args), now: clock.now };
  const service = createBackgroundPriceService(deps);
  const network = createBackgroundNetworkService(deps);
  // Registered synchronously: the message that woke the worker must find its handler.
  registerRequestHandlers(createRequestHandlers(service, deps, network));
  const scheduler = new RefreshScheduler(service);
  scheduler.start();
  new ActionBadge().start();
  void publishTermTable();
  relayTermStepCommands();
  installDebugHandle(globalThis, { service, network, scheduler, clock });
});
