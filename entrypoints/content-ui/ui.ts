/**
 * The UI half's API, made once per content script: the tooltip, the price strip and the
 * article feature, sharing the page's article (its "since this article" lines).
 */
import type { ContentUi } from '../content/ui-loader';
import { startArticleMarks } from './article/article-marks';
import { PriceStrip } from './price-strip/strip-ui';
import { TooltipController, type ArticleState } from './tooltip/tooltip-controller';

/** A fresh UI half for one content script. */
export function createContentUi(): ContentUi {
  const article: ArticleState = { current: null };
  return {
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
}
