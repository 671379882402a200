/**
 * Imports one of the content script's later halves from the extension (Chrome): the file is a
 * web-accessible resource only so that this import can reach it, with `use_dynamic_url` (its
 * URL changes every session, so pages cannot probe for HashLens). The bundle registers its API
 * on this world's `globalThis` under `key`, read and removed here (the page's own world cannot
 * see it).
 *
 * Firefox bundles the halves into the content script instead: Mozilla's add-on linter (run by
 * AMO on every upload) refuses `import()` of a computed URL as UNSAFE_VAR_ASSIGNMENT, and a
 * content script cannot name its `moz-extension://` URL (random per install) as a literal.
 */
import { browser } from 'wxt/browser';

/** Imports the bundle at `path` and returns what it registered under `key`. */
export async function importBundle<T>(path: string, key: string): Promise<T> {
  const global = globalThis as Record<string, unknown>;
  // A fresh URL each time: a content script left over from before an update shares this world
  // and may have imported (and emptied) the same module already.
  const url = `${browser.runtime.getURL(path as '/content-ui.js')}?${crypto.randomUUID()}`;
  await import(/* @vite-ignore */ url);
  const api = global[key] as T | undefined;
  delete global[key];
  if (!api) throw new Error(`HashLens: ${path} did not register itself.`);
  return api;
}

/** `load` once at a time; after a failure (an update replaced the file) the next call retries. */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    if (loading) return loading;
    const current = load();
    loading = current;
    current.catch(() => {
      if (loading === current) loading = null;
    });
    return current;
  };
}
