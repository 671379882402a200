/**
 * Loads the content script's engine (`engine.ts`: the matcher, the marks, hover and keyboard)
 * when the first look finds a term or the frame shows pinned prices. Frames with nothing to
 * mark never compile it. How it is loaded: `bundle-import.ts`.
 */
import type { EngineStart } from './engine';
import { importBundle, loadOnce } from './bundle-import';

/** The engine bundle's path in the extension (WXT writes unlisted scripts at the root). */
export const CONTENT_ENGINE_PATH = '/content-engine.js';
/** The global the engine bundle registers itself under (read and removed by the loader). */
export const CONTENT_ENGINE_KEY = '__hashlensContentEngine';

/** What the engine bundle offers the first look. */
export interface ContentEngine {
  start(handover: EngineStart): Promise<void>;
}

/** The engine, imported once per content script. */
export const loadContentEngine = loadOnce<ContentEngine>(() =>
  import.meta.env.FIREFOX
    ? import('./engine').then(({ startEngine }) => ({ start: startEngine }))
    : importBundle(CONTENT_ENGINE_PATH, CONTENT_ENGINE_KEY),
);
