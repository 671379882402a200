/**
 * What the options page can ask of the extension; tests pass a fake.
 */
import { browser } from 'wxt/browser';
import { sendRequest } from '@/utils/messaging';
import type { ApiPlan, PriceError } from '@/utils/prices/errors';
import {
  loadSettings,
  resetSettings,
  saveSetting,
  watchSettings,
  type SettingsValues,
} from '@/utils/settings/registry';

/** The background's verdict on a mempool instance (request `testNetworkInstance`). */
export type InstanceTestResult = { ok: true; source: string } | { ok: false; message: string };

/** The options page's view of the extension. */
export interface OptionsActions {
  load(): Promise<SettingsValues>;
  save<K extends keyof SettingsValues>(name: K, value: SettingsValues[K]): Promise<void>;
  /** Tries a plan and key against CoinGecko (through the background) without saving them. */
  testKey(plan: ApiPlan, apiKey: string): Promise<{ ok: true } | { ok: false; error: PriceError }>;
  /** Tries a mempool instance (through the background) without saving it. */
  testNetworkInstance(url: string): Promise<InstanceTestResult>;
  /**
   * Asks the browser for access to `origin` (`https://mempool.example.org`), an optional host
   * permission. Must be called synchronously inside the click's user gesture: no `await`
   * before it. Resolves true when granted (at once, without a prompt, if already held).
   */
  requestHostPermission(origin: string): Promise<boolean>;
  reset(): Promise<void>;
  onChanged(callback: () => void): () => void;
}

/**
 * The match pattern for an origin's host permission. The port is left out: Firefox refuses a
 * port in a match pattern, and both browsers read a pattern without one as any port.
 */
export function hostPermissionPattern(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The real actions. */
export function createBrowserOptionsActions(): OptionsActions {
  return {
    load: loadSettings,
    save: saveSetting,
    testKey: async (plan, apiKey) => {
      const result = await sendRequest('testApiKey', { plan, apiKey });
      return result.ok ? { ok: true } : result;
    },
    testNetworkInstance: (url) => sendRequest('testNetworkInstance', { url }),
    // Not async: the request has to leave in the same task as the click.
    requestHostPermission: (origin) =>
      browser.permissions.request({ origins: [hostPermissionPattern(origin)] }),
    reset: resetSettings,
    onChanged: watchSettings,
  };
}
