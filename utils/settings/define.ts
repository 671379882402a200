/**
 * Settings as `storage.defineItem`s that can never hand out a wrong shape: whatever storage
 * holds (an older build's value, a hand-edited sync entry, corruption) is checked on every
 * read and change event, and anything that does not fit reads as the fallback.
 */
import * as v from 'valibot';
import type { SettingSpec } from './page-settings';
import { storage, type WxtStorageItem } from '#imports';

/** A setting: a storage item whose values are validated on every read and change. */
export type Setting<T> = WxtStorageItem<T, Record<string, never>>;

/**
 * A storage item whose values are validated with `schema` (a valibot schema, or a plain parser
 * that answers undefined for a value that does not fit). The WXT item behind it is defined on
 * first use: WXT reads every item from storage as it is defined.
 */
export function defineSetting<T>(
  key: `local:${string}` | `sync:${string}`,
  schema: v.GenericSchema<unknown, T> | ((raw: unknown) => T | undefined),
  fallback: T,
): Setting<T> {
  let defined: Setting<T> | null = null;
  const item = () => (defined ??= storage.defineItem<T>(key, { fallback }));
  const parse = (raw: unknown): T => {
    if (raw === undefined || raw === null) return fallback;
    if (typeof schema === 'function') return schema(raw) ?? fallback;
    const result = v.safeParse(schema, raw);
    return result.success ? result.output : fallback;
  };
  return {
    key,
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

/** The validated storage item of a page setting (`page-settings.ts`). */
export function settingOf<T>(spec: SettingSpec<T>): Setting<T> {
  return defineSetting(spec.key, (raw) => spec.read(raw), spec.fallback);
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
