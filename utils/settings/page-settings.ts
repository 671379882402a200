/**
 * The settings every frame of every page reads at load, as plain data: storage key, fallback
 * and a parser written without a schema library, so the content script's first look carries a
 * few hundred bytes for them instead of a validation library and a storage wrapper. The
 * validated storage items of the other contexts (`items.ts`) are made from these same specs.
 */
import { browser } from 'wxt/browser';

/** A setting as plain data: where it is stored and how a stored value reads. */
export interface SettingSpec<T> {
  /** `sync:…` or `local:…`, as `storage.defineItem` takes it. */
  key: `local:${string}` | `sync:${string}`;
  fallback: T;
  /** The stored value as the setting reads it; undefined when it does not fit. */
  read(raw: unknown): T | undefined;
}

function spec<T>(
  key: SettingSpec<T>['key'],
  read: (raw: unknown) => T | undefined,
  fallback: T,
): SettingSpec<T> {
  return { key, read, fallback };
}

/** A list whose bad elements are dropped rather than failing the whole list. */
function listOf(pattern: RegExp, max: number, lowerCase = false) {
  return (raw: unknown): string[] | undefined =>
    Array.isArray(raw)
      ? raw
          .filter((item): item is string => typeof item === 'string')
          .map((item) => (lowerCase ? item.toLowerCase() : item))
          .filter((item) => pattern.test(item))
          .slice(0, max)
      : undefined;
}

function oneOf<T extends string>(values: readonly T[]) {
  return (raw: unknown): T | undefined => (values.includes(raw as T) ? (raw as T) : undefined);
}

/** A CoinGecko coin id. */
export const COIN_ID_RE = /^[a-z0-9][a-z0-9-]{0,79}$/;
/** A host name as the per-site lists keep it. */
export const HOST_NAME_RE = /^[a-z0-9.-]{1,253}$/;

/** How marked terms look on pages. */
export type HighlightStyleSetting = 'dotted' | 'solid' | 'none';

/** Which occurrences of a term are underlined on pages (each one still opens its tooltip). */
export type UnderlineSetting = 'every' | 'section' | 'none';

const underlineOf = oneOf<UnderlineSetting>(['every', 'section', 'none']);

/** The page settings (see the module comment). */
export const PAGE_SETTING_SPECS = {
  /** Global on/off switch for marking terms and showing badges. */
  enabled: spec('sync:enabled', (raw) => (typeof raw === 'boolean' ? raw : undefined), true),
  /** Host names (e.g. `news.example.com`) where HashLens stays off. */
  disabledSites: spec<string[]>('sync:disabledSites', listOf(HOST_NAME_RE, 500, true), []),
  /** Mark style: dotted underline (default), solid underline, or no visible mark. */
  style: spec<HighlightStyleSetting>(
    'sync:highlightStyle',
    oneOf(['dotted', 'solid', 'none']),
    'dotted',
  ),
  /**
   * Underline every occurrence, the first of each term in each section (default: calm pages),
   * or nothing (hover only). Stored under the key of the earlier boolean "first occurrence
   * only", whose value still reads as the reader chose it: `true` as the first per section,
   * `false` as every occurrence. Upgraded as it is read, not by a versioned migration: WXT runs
   * a migration's storage read in every context that defines the item, every frame included.
   */
  underline: spec<UnderlineSetting>(
    'sync:firstOccurrenceOnly',
    (raw) => underlineOf(raw === true ? 'section' : raw === false ? 'every' : raw),
    'section',
  ),
  /** Hover-intent delay before a tooltip opens, in ms. */
  hoverDelay: spec(
    'sync:hoverDelayMs',
    (raw) =>
      typeof raw === 'number' && Number.isInteger(raw) && raw >= 0 && raw <= 2000 ? raw : undefined,
    300,
  ),
  /** Coins the user pinned, in the user's order (CoinGecko ids). */
  pins: spec<string[]>('sync:pinnedCoins', listOf(COIN_ID_RE, 20), []),
};

/** The page settings by name. */
type PageSettingSpecs = typeof PAGE_SETTING_SPECS;
/** Their values. */
export type PageSettings = {
  [K in keyof PageSettingSpecs]: PageSettingSpecs[K]['fallback'];
};
/** A setting's value as read from storage: its parser's, or the fallback. */
function settingValue<T>(setting: SettingSpec<T>, raw: unknown): T {
  return (raw === undefined || raw === null ? undefined : setting.read(raw)) ?? setting.fallback;
}

const areaOf = (setting: SettingSpec<unknown>) => setting.key.split(':')[0] as 'local' | 'sync';
const storageKeyOf = (setting: SettingSpec<unknown>) =>
  setting.key.slice(setting.key.indexOf(':') + 1);

/** Every page setting, in one storage round (they are all in `sync`). */
export async function readPageSettings(): Promise<PageSettings> {
  const specs = Object.entries(PAGE_SETTING_SPECS) as [keyof PageSettings, SettingSpec<unknown>][];
  const stored = await browser.storage.sync.get(specs.map(([, s]) => storageKeyOf(s)));
  return Object.fromEntries(
    specs.map(([name, s]) => [name, settingValue(s, stored[storageKeyOf(s)])]),
  ) as PageSettings;
}

/**
 * Calls `onChange(name, value)` whenever a page setting changes in storage, with one storage
 * listener. Returns the function that stops listening.
 */
export function watchPageSettings(
  onChange: <K extends keyof PageSettings>(name: K, value: PageSettings[K]) => void,
): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    for (const [name, s] of Object.entries(PAGE_SETTING_SPECS) as [
      keyof PageSettings,
      SettingSpec<unknown>,
    ][]) {
      const change = areaOf(s) === area ? changes[storageKeyOf(s)] : undefined;
      if (change) onChange(name, settingValue(s, change.newValue) as never);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
