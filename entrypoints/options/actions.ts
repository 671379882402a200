/**
 * What the options page can ask of the extension; tests pass a fake.
 */
import { sendRequest } from '@/utils/messaging';
import type { ApiPlan, PriceError } from '@/utils/prices/errors';
import {
  loadSettings,
  resetSettings,
  saveSetting,
  watchSettings,
  type SettingsValues,
} from '@/utils/settings/registry';

/** The options page's view of the extension. */
export interface OptionsActions {
  load(): Promise<SettingsValues>;
  save<K extends keyof SettingsValues>(name: K, value: SettingsValues[K]): Promise<void>;
  /** Tries a plan and key against CoinGecko (through the background) without saving them. */
  testKey(plan: ApiPlan, apiKey: string): Promise<{ ok: true } | { ok: false; error: PriceError }>;
  reset(): Promise<void>;
  onChanged(callback: () => void): () => void;
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
    reset: resetSettings,
    onChanged: watchSettings,
  };
}
