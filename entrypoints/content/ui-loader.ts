/**
 * Loads the content script's UI half (`entrypoints/content-ui/`: tooltip, price strip, their
 * renderer) on first use. Most frames never show a tooltip, so they never pay for its code.
 *
 * Chrome: the file is a web-accessible resource only so that this import can reach it, with
 * `use_dynamic_url` (its URL changes every session, so pages cannot probe for HashLens).
 *
 * Firefox: the UI half is bundled into the content script. Mozilla's add-on linter (run by
 * AMO on every upload) refuses `import()` of a computed URL as UNSAFE_VAR_ASSIGNMENT, and a
 * content script cannot name its `moz-extension://` URL (random per install) as a literal.
 * Firefox's frames therefore pay for the UI code too (README "Figures").
 */
import type { ContentScriptContext } from '#imports';
import { browser } from 'wxt/browser';
import type { PriceStrip } from '../content-ui/price-strip/strip-ui';
import type { TooltipController } from '../content-ui/tooltip/tooltip-controller';
import type { ArticleMarks } from '../content-ui/article/article-marks';
import type { FoundTerm } from './scanner';

/** The UI bundle's path in the extension (WXT writes unlisted scripts at the root). */
export const CONTENT_UI_PATH = '/content-ui.js';
/** The global the UI bundle registers itself under (read and removed here). */
export const CONTENT_UI_KEY = '__hashlensContentUi';

/** What the UI half offers the content script. */
export interface ContentUi {
  createTooltip(ctx: ContentScriptContext): TooltipController;
  createStrip(ctx: ContentScriptContext, hostname: string): PriceStrip;
  /**
   * "Since this article": finds the page's date and marks its quoted prices (top frame, after
   * the first scan); null on a page without a date.
   */
  startArticle(doc: Document, terms: readonly FoundTerm[]): ArticleMarks | null;
}

let loading: Promise<ContentUi> | null = null;

/** The UI half, imported once per content script. */
export function loadContentUi(): Promise<ContentUi> {
  loading ??= import.meta.env.FIREFOX ? bundledUi() : importedUi();
  loading.catch(() => {
    // Try again on the next need (an update may have replaced the file).
    loading = null;
  });
  return loading;
}

/** Firefox: the UI half is part of this bundle (see the module comment). */
async function bundledUi(): Promise<ContentUi> {
  const { createContentUi } = await import('../content-ui/ui');
  return createContentUi();
}

/** Chrome: the UI half is a separate file, imported from the extension on first use. */
function importedUi(): Promise<ContentUi> {
  return (async () => {
    const global = globalThis as Record<string, unknown>;
    // A fresh URL each time: a content script left over from before an update shares this
    // world and may have imported (and emptied) the same module already.
    const url = `${browser.runtime.getURL(CONTENT_UI_PATH)}?${crypto.randomUUID()}`;
    await import(/* @vite-ignore */ url);
    const ui = global[CONTENT_UI_KEY] as ContentUi | undefined;
    delete global[CONTENT_UI_KEY];
    if (!ui) throw new Error('HashLens: the UI bundle did not register itself.');
    return ui;
  })();
}
