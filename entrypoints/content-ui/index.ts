/**
 * The in-page UI half of the content script: the tooltip and the pinned-price strip, with
 * their renderer (Preact) and styles. It is not injected into pages; the content script
 * imports it (`entrypoints/content/ui-loader.ts`) the first time a frame needs a tooltip or
 * the strip, so the many frames where nobody hovers a term never compile it.
 *
 * Loaded as a module into the content script's isolated world, it hands its API over on
 * `globalThis` under `CONTENT_UI_KEY` (the page's own world cannot see it).
 */
import { defineUnlistedScript } from '#imports';
import { CONTENT_UI_KEY } from '../content/ui-loader';
import { createContentUi } from './ui';

export default defineUnlistedScript({
  // Firefox bundles the UI half into the content script (see ui-loader.ts).
  exclude: ['firefox'],
  main() {
    (globalThis as Record<string, unknown>)[CONTENT_UI_KEY] = createContentUi();
  },
});
