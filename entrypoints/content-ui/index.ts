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
import { CONTENT_UI_KEY, type ContentUi } from '../content/ui-loader';
import { startArticleMarks } from './article/article-marks';
import { PriceStrip } from './price-strip/strip-ui';
import { TooltipController, type ArticleState } from './tooltip/tooltip-controller';

export default defineUnlistedScript(() => {
  // The page's article, shared with the tooltip ("since this article" lines).
  const article: ArticleState = { current: null };
  const ui: ContentUi = {
    createTooltip: (ctx) => new TooltipController(ctx, article),
    createStrip: (ctx, hostname) => new PriceStrip(ctx, hostname),
    startArticle: (doc, terms) => {
      article.current?.stop();
      const found = startArticleMarks(doc, terms);
      article.current = found;
      return (
        found && {
          ...found,
          stop: () => {
            found.stop();
            if (article.current === found) article.current = null;
          },
        }
      );
    },
  };
  (globalThis as Record<string, unknown>)[CONTENT_UI_KEY] = ui;
});
