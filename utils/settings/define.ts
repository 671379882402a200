/**
 * Settings as `storage.defineItem`s that can never hand out a wrong shape: whatever storage
 * holds (an older build's value, a hand-edited sync entry, corruption) is checked on every
 * read and change event, and anything that does not fit reads as the fallback.
 */
import * as v from 'valibot';
import { storage, type WxtStorageItem } from '#imports';

/** A storage item whose values are validated with `schema`. */
export function defineSetting<T>(
  key: `local:${string}` | `sync:${string}`,
  schema: v.GenericSchema<unknown, T>,
  fallback: T,
  options: { version?: number; migrations?: Record<number, (old: unknown) => unknown> } = {},
): WxtStorageItem<T, Record<string, never>> {
  const item = storage.defineItem<T>(key, {
    fallback,
    version: options.version ?? 1,
    migrations: options.migrations as Record<number, (old: T) => T> | undefined,
  });
  const parse = (raw: unknown): T => {
    const result = v.safeParse(schema, raw);
    return result.success ? result.output : fallback;
  };
  return {
    ...item,
    getValue: async () => parse(await item.getValue()),
    watch: (callback) => item.watch((next, previous) => callback(parse(next), parse(previous))),
  } as WxtStorageItem<T, Record<string, never>>;
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
