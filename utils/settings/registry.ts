/**
 * All user settings in one typed registry, so the options page loads, saves, watches and
 * resets them uniformly.
 */
import {
  apiKeySetting,
  currencySetting,
  disabledSitesSetting,
  enabledSetting,
  highlightStyleSetting,
  hoverDelaySetting,
  pinnedCoinsSetting,
  trackedCoinsSetting,
  badgePlacementSetting,
  badgesCollapsedSetting,
  badgesHiddenSitesSetting,
  networkEnabledSetting,
  networkInstanceSetting,
  underlineSetting,
} from './items';

/** The items by name. */
export const SETTINGS = {
  currency: currencySetting,
  enabled: enabledSetting,
  disabledSites: disabledSitesSetting,
  apiKey: apiKeySetting,
  highlightStyle: highlightStyleSetting,
  hoverDelayMs: hoverDelaySetting,
  underline: underlineSetting,
  trackedCoins: trackedCoinsSetting,
  pinnedCoins: pinnedCoinsSetting,
  badgePlacement: badgePlacementSetting,
  badgesCollapsed: badgesCollapsedSetting,
  badgesHiddenSites: badgesHiddenSitesSetting,
  networkEnabled: networkEnabledSetting,
  networkInstance: networkInstanceSetting,
} as const;

/** Every setting's value. */
export type SettingsValues = {
  [K in keyof typeof SETTINGS]: Awaited<ReturnType<(typeof SETTINGS)[K]['getValue']>>;
};

/** Currencies offered in options (CoinGecko `vs_currency` codes). */
export const CURRENCIES = ['usd', 'eur', 'gbp', 'jpy', 'cad', 'aud', 'chf', 'btc'] as const;

/** Reads every setting. */
export async function loadSettings(): Promise<SettingsValues> {
  const names = Object.keys(SETTINGS) as (keyof SettingsValues)[];
  const values = await Promise.all(names.map((name) => SETTINGS[name].getValue()));
  return Object.fromEntries(names.map((name, i) => [name, values[i]])) as SettingsValues;
}

/** Writes one setting. */
export function saveSetting<K extends keyof SettingsValues>(
  name: K,
  value: SettingsValues[K],
): Promise<void> {
  return (SETTINGS[name] as { setValue(value: SettingsValues[K]): Promise<void> }).setValue(value);
}

/** Puts every setting back to its default, except the pins and the API key the user owns. */
export async function resetSettings(): Promise<void> {
  const kept = new Set<keyof SettingsValues>(['pinnedCoins', 'apiKey']);
  await Promise.all(
    (Object.keys(SETTINGS) as (keyof SettingsValues)[])
      .filter((name) => !kept.has(name))
      .map((name) => SETTINGS[name].removeValue()),
  );
}

/** Calls back when any setting changes; returns the unsubscribe. */
export function watchSettings(callback: () => void): () => void {
  const stops = Object.values(SETTINGS).map((item) => item.watch(() => callback()));
  return () => stops.forEach((stop) => stop());
}
