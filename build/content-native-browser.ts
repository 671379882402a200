/**
 * Build plugin: the content scripts use the browser's own promise-based extension API instead
 * of webextension-polyfill.
 *
 * Why: the content script runs in every frame of every page, and the polyfill (~10 kB) is
 * compiled in each; its engine and UI halves run in frames with terms. What the content scripts call (`runtime.sendMessage`, `runtime.getURL`,
 * `runtime.onMessage` with `sendResponse`, `storage.*`) returns promises natively in Chrome's
 * MV3 and in Firefox, so they need no wrapper. The background, popup and options keep the
 * polyfill (`@wxt-dev/webextension-polyfill`, the stack's choice).
 */
import type { Plugin } from 'vite';

/** What `@wxt-dev/webextension-polyfill` aliases `wxt/browser` to. */
const POLYFILLED_BROWSER = '@wxt-dev/webextension-polyfill/browser';

/**
 * Entry files of builds that run in pages: the first look (every frame), and the engine and UI
 * halves it imports.
 */
const CONTENT_ENTRY = /entrypoints[\\/]content-(?:first-look|engine|ui)[\\/]index\.ts/;

/** Vite plugin resolving `wxt/browser` to the native `browser` in content-script builds. */
export function contentScriptNativeBrowser(): Plugin {
  let contentBuild = false;
  return {
    name: 'hashlens:content-native-browser',
    enforce: 'pre',
    options(options) {
      contentBuild = CONTENT_ENTRY.test(JSON.stringify(options.input ?? ''));
      return null;
    },
    resolveId(source, importer) {
      if (!contentBuild || source !== POLYFILLED_BROWSER) return null;
      return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
    },
  };
}
