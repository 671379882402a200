/**
 * Settings as `storage.defineItem`s that can never hand out a wrong shape: whatever storage
 * holds (an older build's value, a hand-edited sync entry, corruption) is checked on every
 * read and change event, and anything that does not fit reads as the fallback.
 */
import * as v from 'valibot';
import { browser } from 'wxt/browser';
import { storage, type WxtStorageItem } from '#imports';

/**
 * A setting: a storage item whose values are validated with `schema`, plus what a content
 * script needs to read many settings in one storage round ({@link readSettings}).
 */
export interface Setting<T> extends WxtStorageItem<T, Record<string, never>> {
  /** The storage area and the key inside it (`sync`, `enabled` for `sync:enabled`). */
  area: 'local' | 'sync';
  storageKey: string;
  /** A stored value as the setting reads it: the fallback when it does not fit. */
  parse(raw: unknown): T;
}

/**
 * A storage item whose values are validated with `schema`. The WXT item behind it is defined
 * on first use: WXT reads every item from storage as it is defined, and a content script that
 * imports this module must not pay a storage round per setting in every frame.
 */
export function defineSetting<T>(
  key: `local:${string}` | `sync:${string}`,
  schema: v.GenericSchema<unknown, T>,
  fallback: T,
  options: { version?: number; migrations?: Record<number, (old: unknown) => unknown> } = {},
): Setting<T> {
  let defined: WxtStorageItem<T, Record<string, never>> | null = null;
  const item = () =>
    (defined ??= storage.defineItem<T>(key, {
      fallback,
      version: options.version ?? 1,
      migrations: options.migrations as Record<number, (old: T) => T> | undefined,
    }));
  const parse = (raw: unknown): T => {
    if (raw === undefined || raw === null) return fallback;
    const result = v.safeParse(schema, raw);
    return result.success ? result.output : fallback;
  };
  const [area, storageKey] = key.split(/:(.*)/s) as ['local' | 'sync', string];
  return {
    key,
    area,
    storageKey,
    parse,
    defaultValue: fallback,
    fallback,
    getValue: async () => parse(await item().getValue()),
    getMeta: () => item().getMeta(),
    setValue: (value) => item().setValue(value),
    setMeta: (properties) => item().setMeta(properties),
    removeValue: (opts) => item().removeValue(opts),
    removeMeta: (properties) => item().removeMeta(properties),
    watch: (callback) => item().watch((next, previous) => callback(parse(next), parse(previous))),
    watchMeta: (callback) => item().watchMeta(callback),
    migrate: () => item().migrate(),
  };
}

/** The values of some settings, by the names the caller gave them. */
export type SettingValues<S extends Record<string, Setting<unknown>>> = {
  [K in keyof S]: S[K] extends Setting<infer T> ? T : never;
};

/**
 * Reads several settings in one storage round per area (a content script's page load: each
 * round is a trip to the browser process). Values are parsed as {@link Setting.getValue} does.
 */
export async function readSettings<S extends Record<string, Setting<unknown>>>(
  settings: S,
): Promise<SettingValues<S>> {
  const entries = Object.entries(settings);
  const keysOf = (area: 'local' | 'sync') =>
    entries.filter(([, s]) => s.area === area).map(([, s]) => s.storageKey);
  const read = async (area: 'local' | 'sync') => {
    const keys = keysOf(area);
    return keys.length ? await browser.storage[area].get(keys) : {};
  };
  const [local, sync] = await Promise.all([read('local'), read('sync')]);
  return Object.fromEntries(
    entries.map(([name, s]) => [name, s.parse((s.area === 'sync' ? sync : local)[s.storageKey])]),
  ) as SettingValues<S>;
}

/**
 * Calls `onChange(name, value)` when one of `settings` changes in storage, with one storage
 * listener for all of them. Returns the function that stops listening.
 */
export function watchSettings<S extends Record<string, Setting<unknown>>>(
  settings: S,
  onChange: (name: keyof S, value: SettingValues<S>[keyof S]) => void,
): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    for (const [name, s] of Object.entries(settings)) {
      const change = s.area === area ? changes[s.storageKey] : undefined;
      if (change) onChange(name, s.parse(change.newValue) as SettingValues<S>[keyof S]);
    }
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** A list whose bad elements are dropped rather than failing the whole list. */
export function listOf<T>(element: v.GenericSchema<unknown, T>, max = 500) {
  return v.pipe(
    v.array(v.unknown()),
    v.transform((items) =>
      items
        .flatMap((item) => {
          const result = v.safeParse(element, item);
          return result.success ? [result.output] : [];
        })
        .slice(0, max),
    ),
  );
}
