/**
 * The content script every frame of every page runs: HashLens's first look
 * (`entrypoints/content/first-look.ts`). An unlisted script declared in the manifest by
 * `wxt.config.ts` rather than a WXT content script: WXT's content-script runtime (its context,
 * its messages to older copies of the script) would cost every frame more than the first look
 * itself. The engine, loaded where there are terms, makes its own context.
 */
import { defineUnlistedScript } from '#imports';
import { lookFirst } from '../content/first-look';

export default defineUnlistedScript({
  main() {
    void lookFirst();
  },
});
