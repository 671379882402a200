import { defineBackground } from '#imports';
import { registerRequestHandlers } from '@/utils/messaging';
import {
  createBackgroundPriceService,
  createRequestHandlers,
} from '@/entrypoints/background/request-handlers';
import { RefreshScheduler } from '@/entrypoints/background/refresh-alarm';
import { createSkewableClock, installDebugHandle } from '@/entrypoints/background/debug-handle';
import { ActionBadge } from '@/entrypoints/background/action-badge';

export default defineBackground(() => {
  const clock = createSkewableClock();
  const deps = { fetch: (...args: Parameters<typeof fetch>) => fetch(...args), now: clock.now };
  const service = createBackgroundPriceService(deps);
  // Registered synchronously: the message that woke the worker must find its handler.
  registerRequestHandlers(createRequestHandlers(service, deps));
  const scheduler = new RefreshScheduler(service);
  scheduler.start();
  new ActionBadge().start();
  installDebugHandle(globalThis, { service, scheduler, clock });
});
