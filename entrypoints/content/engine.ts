/**
 * HashLens in a frame where the first look (`index.ts`) found a term, or that shows pinned
 * prices: scans and marks terms, opens the tooltip on hover or from the keyboard, shows the
 * price strip in the top frame, and follows settings changes and SPA navigation without a
 * reload. Loaded by the first look (`engine-loader.ts`); frames without terms never load it.
 *
 * Page text never leaves this script: only glossary ids, coin ids and the currency go to the
 * background. Listeners, the page's subject, the tooltip, the price strip and the article's
 * dates still wait until they are needed.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendRequest } from '@/utils/messaging';
import { answerPageDateQueries } from '@/utils/messaging/page-date-query';
import { answerTermSteps } from '@/utils/messaging/term-step';
import { watchPageSettings, type PageSettings } from '@/utils/settings/page-settings';
import { matcherFromPacked } from '@/utils/terms/matcher';
import { parsePackedTable, type TermTokens } from '@/utils/terms/packed-table';
import { readTermTable } from '@/utils/terms/term-table-store';
import type { ArticleMarks } from '../content-ui/article/article-marks';
import type { PriceStrip } from '../content-ui/price-strip/strip-ui';
import type { TooltipController } from '../content-ui/tooltip/tooltip-controller';
import { listenForInteraction, onFirstInterest, type Interaction } from './interaction';
import { isAnySiteDisabled, pageSubjectOf, siteHostsOf } from './page-context';
import { PageTerms } from './page-terms';
import { SCAN_MARKS, publishScanMark, type FoundTerm } from './scanner';
import { loadContentUi } from './ui-loader';

/** What the first look hands over: the settings it read and the table's first part. */
export interface EngineStart {
  settings: PageSettings;
  /** Null when storage held no usable table: the engine asks the background. */
  tokens: TermTokens | null;
}

/** Keyboard stepping visits terms and quoted prices in document order. */
function inDocumentOrder(a: FoundTerm, b: FoundTerm): number {
  if (a.node === b.node) return a.start - b.start;
  return a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

/**
 * Starts HashLens in this frame with what the first look read. The engine's context (WXT's:
 * listeners and timers bound to it go when the extension is updated or removed) is made here,
 * only in frames that need it.
 */
export async function startEngine(handover: EngineStart): Promise<void> {
  const ctx = new ContentScriptContext('content');
  const { settings, tokens } = handover;
  const doc = document;
  const hosts = siteHostsOf(window);
  const isTop = window === window.top;
  // The second part of the table beside the first; a frame that finds none (just installed, or
  // a corrupt value) asks the background, which also repairs storage for the frames after it.
  const table =
    (tokens && (await readTermTable(tokens))) ??
    parsePackedTable(await sendRequest('getTermTable', {}).catch(() => null));
  if (!table || ctx.isInvalid) return;
  const matcher = matcherFromPacked(table);
  let { style, underline } = settings;
  let terms: PageTerms | null = null;
  // "Underline nothing" and the style "no mark" hide the quoted prices' marks too.
  const marksVisible = () => style !== 'none' && underline !== 'none';

  // The tooltip and the strip live in the UI bundle, loaded the first time one is needed.
  let tooltip: TooltipController | null = null;
  const withTooltip = (use: (controller: TooltipController) => void) => {
    loadContentUi().then(
      (ui) => use((tooltip ??= ui.createTooltip(ctx))),
      () => {
        // The extension was updated or removed under this page: nothing to show.
      },
    );
  };
  // Pinned prices show in the top frame only: one strip per tab, not one per iframe.
  let strip: PriceStrip | null = null;
  let stripWanted = false;
  const showStripIfPinned = () => {
    if (!stripWanted || strip || settings.pins.length === 0) return;
    loadContentUi().then(
      (ui) => {
        if (!stripWanted) return;
        strip ??= ui.createStrip(ctx, location.hostname);
        void strip.start();
      },
      () => undefined,
    );
  };

  // "Since this article" (top frame, pages with crypto context that name a coin): the page's
  // date and its quoted prices, read by the UI half at the reader's first interaction with the
  // page, or when the popup asks for the page's date, whichever comes first.
  let article: ArticleMarks | null = null;
  let articleStarting: Promise<ArticleMarks | null> | null = null;
  const articleWanted = (current: PageTerms | null): current is PageTerms =>
    isTop &&
    !!current?.hasCryptoContext &&
    // The stepped terms (cached) include every entry found at least once outside site chrome,
    // so they tell whether the text names a coin; the article then reads every term found.
    current.shownTerms().some((term) => term.coinId);
  const startArticle = (): Promise<ArticleMarks | null> => {
    const current = terms;
    if (articleStarting) return articleStarting;
    if (!articleWanted(current)) return Promise.resolve(null);
    const found = current.foundTerms();
    articleStarting = loadContentUi().then(
      (ui) => {
        if (terms !== current) return null;
        article = ui.startArticle(doc, found);
        article?.setVisible(marksVisible());
        return article;
      },
      () => null,
    );
    return articleStarting;
  };

  // Listeners for hover, touch and keys, from the first term found on (see interaction.ts).
  let interaction: Interaction | null = null;
  let merged: { shown: FoundTerm[]; marks: readonly FoundTerm[]; all: FoundTerm[] } | null = null;
  const listenOnce = () => {
    interaction ??= listenForInteraction({
      ctx,
      doc,
      termsAt: (node, offset) => {
        const found = terms?.termsAt(node, offset) ?? [];
        const quoted = article?.termsAt(node, offset);
        return quoted?.length ? [...quoted, ...found] : found;
      },
      shownTerms: () => {
        const shown = terms?.shownTerms() ?? null;
        const marks = article?.marks;
        if (!shown || !marks?.length) return shown;
        if (merged?.shown !== shown || merged.marks !== marks) {
          merged = { shown, marks, all: [...shown, ...marks].sort(inDocumentOrder) };
        }
        return merged.all;
      },
      delayMs: () => settings.hoverDelay,
      tooltip: () => tooltip,
      withTooltip,
    });
  };
  let interestArmed = false;

  function start(): void {
    if (terms) return;
    let published = false;
    const current = new PageTerms({
      doc,
      matcher,
      // Read at the first term found: frames with nothing to find never read their head.
      subject: () => pageSubjectOf(doc),
      style,
      underline,
      schedule: (work) => ctx.requestIdleCallback(work, { timeout: 500 }),
      onChange: listenOnce,
      onIdle: (stats) => {
        if (stats.terms > 0) listenOnce();
        if (!interestArmed && articleWanted(current)) {
          interestArmed = true;
          onFirstInterest(ctx, doc, () => void startArticle());
        }
        if (published || !SCAN_MARKS) return;
        published = true;
        publishScanMark(stats);
      },
    });
    terms = current;
    current.start();
    if (isTop) {
      stripWanted = true;
      if (strip) void strip.start();
      else showStripIfPinned();
    }
  }

  function stop(): void {
    interaction?.close();
    stripWanted = false;
    strip?.stop();
    article?.stop();
    article = null;
    articleStarting = null;
    terms?.stop();
    terms = null;
  }

  const apply = () => {
    if (settings.enabled && !isAnySiteDisabled(settings.disabledSites, hosts)) start();
    else stop();
  };

  // SPA navigation: a new "page" may have a different subject; start over with a fresh index
  // (the MutationObserver already follows the DOM; this re-decides crypto context).
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (!terms) return;
    stop();
    start();
  });

  // Settings change in other contexts; follow them without a reload.
  const unwatch = [
    watchPageSettings((name, value) => {
      Object.assign(settings, { [name]: value });
      if (name === 'pins') showStripIfPinned();
      else if (name === 'enabled' || name === 'disabledSites') apply();
      else if (name === 'style') {
        style = settings.style;
        terms?.setStyle(style);
      } else if (name === 'underline') {
        // Live and cheap: the index keeps every found term, so only the drawn sets change.
        underline = settings.underline;
        terms?.setUnderline(underline);
      }
      article?.setVisible(marksVisible());
    }),
    answerTermSteps(window, (step) => void interaction?.stepTo(step)),
    answerPageDateQueries(window, () => startArticle().then((marks) => marks?.publishedMs ?? null)),
  ];
  ctx.onInvalidated(() => {
    unwatch.forEach((stopWatching) => stopWatching());
    stop();
  });
  apply();
}
