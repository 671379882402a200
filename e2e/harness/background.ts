/**
 * Reaching into the background service worker through its debug handle (`self.hashlens`):
 * move its clock, read its uncaught errors, read and write extension storage.
 */
import type { ExtensionBrowser } from './browser';

interface WorkerScope {
  hashlens: {
    clock: { advance(ms: number): void; now(): number };
    errors: string[];
    scheduler: { refresh(): Promise<void> };
  };
  chrome: {
    storage: Record<'local' | 'sync', { set(values: Record<string, unknown>): Promise<void> }>;
  };
}

/** Moves the background's clock forward: cached prices age and back-offs run out at once. */
export async function advanceBackgroundClock(browser: ExtensionBrowser, ms: number): Promise<void> {
  const worker = await browser.background();
  await worker.evaluate((ms) => (self as unknown as WorkerScope).hashlens.clock.advance(ms), ms);
}

/** The background's clock (real time plus any advance), in ms since the epoch. */
export async function backgroundNow(browser: ExtensionBrowser): Promise<number> {
  const worker = await browser.background();
  return worker.evaluate(() => (self as unknown as WorkerScope).hashlens.clock.now());
}

/** Errors the background did not catch. */
export async function backgroundErrors(browser: ExtensionBrowser): Promise<string[]> {
  const worker = await browser.background();
  return worker.evaluate(() => [...(self as unknown as WorkerScope).hashlens.errors]);
}

/** Writes extension storage (e.g. `sync`, `{ currency: 'eur' }`) as the options page would. */
export async function setStorage(
  browser: ExtensionBrowser,
  area: 'local' | 'sync',
  values: Record<string, unknown>,
): Promise<void> {
  const worker = await browser.background();
  await worker.evaluate(
    ({ area, values }) => (self as unknown as WorkerScope).chrome.storage[area].set(values),
    { area, values },
  );
}

/** Does what the refresh alarm does when it fires, and waits for it to finish. */
export async function fireRefreshAlarm(browser: ExtensionBrowser): Promise<void> {
  const worker = await browser.background();
  await worker.evaluate(() => (self as unknown as WorkerScope).hashlens.scheduler.refresh());
}

/** Reads extension storage (`null` keys: everything in the area). */
export async function getStorage(
  browser: ExtensionBrowser,
  area: 'local' | 'sync',
  keys: string[] | null = null,
): Promise<Record<string, unknown>> {
  const worker = await browser.background();
  return worker.evaluate(
    ({ area, keys }) =>
      (
        self as unknown as {
          chrome: {
            storage: Record<string, { get(k: string[] | null): Promise<Record<string, unknown>> }>;
          };
        }
      ).chrome.storage[area]!.get(keys),
    { area, keys },
  );
}
