/**
 * The content script's engine as a file of its own (Chrome): imported by the first look
 * (`entrypoints/content/engine-loader.ts`) in frames that hold terms, so the many frames that
 * hold none never compile it. It hands its API over on `globalThis` under `CONTENT_ENGINE_KEY`
 * of the content script's isolated world (the page's own world cannot see it).
 */
import { defineUnlistedScript } from '#imports';
import { startEngine } from '../content/engine';
import { CONTENT_ENGINE_KEY, type ContentEngine } from '../content/engine-loader';

export default defineUnlistedScript({
  // Firefox bundles the engine into the content script (see content/bundle-import.ts).
  exclude: ['firefox'],
  main() {
    const engine: ContentEngine = { start: startEngine };
    (globalThis as Record<string, unknown>)[CONTENT_ENGINE_KEY] = engine;
  },
});
