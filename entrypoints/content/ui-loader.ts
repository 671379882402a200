/**
 * Loads the content script's UI half (`entrypoints/content-ui/`: tooltip, price strip, their
 * renderer) on first use. Most frames never show a tooltip, so they never pay for its code.
 * How it is loaded (a web-accessible file in Chrome, bundled in Firefox): `bundle-import.ts`.
 */
import type { ContentScriptContext } from '#imports';
import { importBundle, loadOnce } from './bundle-import';
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

/** The UI half, imported once per content script. */
export const loadContentUi = loadOnce<ContentUi>(() =>
  import.meta.env.FIREFOX ? bundledUi() : importBundle(CONTENT_UI_PATH, CONTENT_UI_KEY),
);

/** Firefox: the UI half is part of the content script's bundle (see `bundle-import.ts`). */
async function bundledUi(): Promise<ContentUi> {
  const { createContentUi } = await import('../content-ui/ui');
  return createContentUi();
}
