import { defineBackground } from '#imports';
import { registerRequestHandlers } from '@/utils/messaging';
import {
  createBackgroundPriceService,
  createRequestHandlers,
} from '@/utils/background/price-handlers';
import { RefreshScheduler } from '@/utils/background/refresh-scheduler';
import { createSkewableClock, installDebugHandle } from '@/utils/background/debug-handle';
import { ActionBadge } from '@/utils/background/action-badge';

export default defineBackground(() => {
  const clock = createSkewableClock();
  const deps = { fetch: (...args: Parameters<typeof fetch>) => fetch(...args), now: clock.now };
  const service = createBackgroundPriceService(deps);
  // Registered synchronously: the message that woke the worker must find its handler.
  registerRequestHandlers(createRequestHandlers(service, deps));
  const scheduler = new RefreshScheduler(service);
  scheduler.start();
  new ActionBadge(clock.now).start();
  installDebugHandle(globalThis, { service, scheduler, clock });
});
