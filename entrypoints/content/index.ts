/**
 * HashLens in a page (every frame): reads the settings, scans and marks terms, opens the
 * tooltip on hover or from the keyboard, shows pinned prices in the top frame, and follows
 * settings changes and SPA navigation without a reload.
 *
 * Page text never leaves this script: only glossary ids, coin ids and the currency go to the
 * background. Everything here is paid by every frame of every page, so the tooltip and the
 * price strip build nothing until they are needed.
 */
import { defineContentScript, type ContentScriptContext } from '#imports';
import { sendRequest } from '@/utils/messaging';
import { answerSiteQueries } from '@/utils/messaging/site-query';
import { answerTermSteps } from '@/utils/messaging/term-step';
import {
  disabledSitesSetting,
  enabledSetting,
  highlightStyleSetting,
  hoverDelaySetting,
  pinnedCoinsSetting,
  underlineSetting,
} from '@/utils/settings/items';
import { matcherFromTable } from '@/utils/terms/matcher';
import type { TermMatcher } from '@/utils/terms/types';
import { readTermTable } from '@/utils/terms/term-table-store';
import { HoverController, listenForTouch } from './hover';
import { listenForTermKeys } from './keyboard';
import { isAnySiteDisabled, pageSubjectOf, siteHostsOf } from './page-context';
import { PageTerms, SCAN_COMPLETE_MARK, type ScanStats } from './page-terms';
import type { FoundTerm } from './scanner';
import { isTrustedInput } from './trusted-events';
import { answerPageDateQueries } from '@/utils/messaging/page-date-query';
import { loadContentUi } from './ui-loader';
import type { ArticleMarks } from '../content-ui/article/article-marks';
import type { PriceStrip } from '../content-ui/price-strip/strip-ui';
import type { TooltipController } from '../content-ui/tooltip/tooltip-controller';
// Page-level CSS (the ::highlight rules), injected by the manifest before the page renders:
// adding a stylesheet later would cost a full style recalculation on large pages.
import './highlight.css';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: false,
  // WXT would also announce "script started" to the page with window.postMessage, telling any
  // page script the event name (with our extension id) that stops this script. Custom events
  // alone do the job (WXT's future default).
  noScriptStartedPostMessage: true,
  main(ctx) {
    void startHashLens(ctx);
  },
});

/**
 * Publishes a finished scan's figures on the page's performance timeline. Marks are shared by
 * the page's worlds, so the benchmark reads them from the main world; they carry figures
 * only, never page text, and change nothing in the DOM.
 */
function publishScanStats(stats: ScanStats): void {
  try {
    performance.mark(SCAN_COMPLETE_MARK, { detail: stats });
  } catch {
    // A page that replaced `performance` loses only the benchmark figure.
  }
}

async function startHashLens(ctx: ContentScriptContext): Promise<void> {
  const doc = document;
  const hosts = siteHostsOf(window);
  let terms: PageTerms | null = null;
  // Every read the page load needs, in one round (each is a trip to the browser process).
  const [initialDelay, initialStyle, initialUnderline, storedTable, initialEnabled, initialSites] =
    await Promise.all([
      hoverDelaySetting.getValue(),
      highlightStyleSetting.getValue(),
      underlineSetting.getValue(),
      readTermTable(),
      enabledSetting.getValue(),
      disabledSitesSetting.getValue(),
    ]);
  // The compiled glossary comes from storage; a frame that finds none (just installed, or a
  // corrupt value) asks the background, which also repairs storage for the frames after it.
  const found = storedTable ?? (await sendRequest('getTermTable', {}).catch(() => null));
  if (!found) return;
  const table = found;
  let matcher: TermMatcher | null = null;
  let hoverDelayMs = initialDelay;
  let style = initialStyle;
  let underline = initialUnderline;
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
  const isTop = window === window.top;
  let strip: PriceStrip | null = null;
  let stripWanted = false;
  const showStripIfPinned = (pins: unknown) => {
    if (!stripWanted || strip || !Array.isArray(pins) || pins.length === 0) return;
    loadContentUi().then(
      (ui) => {
        if (!stripWanted) return;
        strip ??= ui.createStrip(ctx, location.hostname);
        void strip.start();
      },
      () => undefined,
    );
  };
  // "Since this article" (top frame, pages with crypto context and coins): the page's date and
  // its quoted prices, read by the UI half once the first scan is done.
  let article: ArticleMarks | null = null;
  let articleAsked = false;
  const startArticle = () => {
    const current = terms;
    if (!isTop || articleAsked || !current?.hasCryptoContext) return;
    // The stepped terms (cached) include every entry found at least once outside site chrome,
    // so they tell whether the text names a coin; the article then reads every term found.
    if (!current.shownTerms().some((term) => term.coinId)) return;
    const found = current.foundTerms();
    articleAsked = true;
    loadContentUi().then(
      (ui) => {
        if (terms !== current) return;
        article = ui.startArticle(doc, found);
        article?.setVisible(marksVisible());
      },
      () => undefined,
    );
  };
  const termsAt = (node: Text, offset: number) => {
    const found = terms?.termsAt(node, offset) ?? [];
    const quoted = article?.termsAt(node, offset);
    return quoted?.length ? [...quoted, ...found] : found;
  };
  const listen = (
    target: EventTarget,
    type: string,
    listener: (event: Event) => void,
    options?: AddEventListenerOptions,
  ) => ctx.addEventListener(target as Document, type as 'pointermove', listener, options);
  const hover = new HoverController({
    doc,
    termsAt,
    delayMs: () => hoverDelayMs,
    isOwnUi: (target) => tooltip?.isOwn(target) ?? false,
    onApproach: (term) => withTooltip((controller) => controller.prefetch(term.entryId)),
    onEnter: (term, range) => withTooltip((controller) => void controller.open(term, range)),
    // A keyboard reader inside the tooltip keeps it, wherever the pointer goes.
    onLeave: () => {
      if (!tooltip?.hasFocus()) tooltip?.close();
    },
    addEventListener: listen,
    setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
    clearTimeout: (id) => clearTimeout(id),
  });
  // Touch and pen: a tap on a term opens it; in a link, a long press (the tap stays the link's).
  listenForTouch({
    doc,
    termsAt,
    onOpen: (term, range) => {
      hover.markShown(term);
      withTooltip((controller) => void controller.open(term, range, { touch: true }));
    },
    addEventListener: listen,
    setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
    clearTimeout: (id) => clearTimeout(id),
  });
  const closeTooltip = () => {
    hover.reset();
    tooltip?.close();
  };
  // Keyboard stepping visits quoted prices too, in document order (merged once per change).
  let merged: {
    shown: readonly FoundTerm[];
    marks: readonly FoundTerm[];
    all: FoundTerm[];
  } | null = null;
  const stepToTerm = listenForTermKeys(ctx, doc, {
    shownTerms: () => {
      const shown = terms?.shownTerms() ?? null;
      const marks = article?.marks;
      if (!shown || !marks?.length) return shown;
      if (merged?.shown !== shown || merged.marks !== marks) {
        const all = [...shown, ...marks].sort((a, b) =>
          a.node === b.node
            ? a.start - b.start
            : a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING
              ? -1
              : 1,
        );
        merged = { shown, marks, all };
      }
      return merged.all;
    },
    openTerm: () => tooltip?.openTerm ?? null,
    open: (term, range) => {
      hover.markShown(term);
      withTooltip((controller) => void controller.open(term, range, { focus: true }));
    },
    close: closeTooltip,
  });
  // A click outside the tooltip closes it (WCAG 1.4.13: dismissable).
  ctx.addEventListener(
    doc,
    'pointerdown',
    (event) => {
      if (isTrustedInput(event) && tooltip?.openTerm && !tooltip.isOwn(event.target)) {
        closeTooltip();
      }
    },
    { capture: true, passive: true },
  );

  function start(): void {
    if (terms) return;
    let published = false;
    const subject = pageSubjectOf(doc);
    terms = new PageTerms({
      doc,
      matcher: (matcher ??= matcherFromTable(table)),
      cryptoContext: subject.cryptoContext,
      miningContext: subject.miningContext,
      style,
      underline,
      schedule: (work) => ctx.requestIdleCallback(work, { timeout: 500 }),
      onIdle: (stats) => {
        startArticle();
        if (published) return;
        published = true;
        publishScanStats(stats);
      },
    });
    terms.start();
    if (isTop) {
      stripWanted = true;
      if (strip) void strip.start();
      else void pinnedCoinsSetting.getValue().then(showStripIfPinned);
    }
  }

  function stop(): void {
    closeTooltip();
    stripWanted = false;
    strip?.stop();
    article?.stop();
    article = null;
    articleAsked = false;
    terms?.stop();
    terms = null;
  }

  function apply(enabled: boolean, disabledSites: readonly string[]): void {
    if (enabled && !isAnySiteDisabled(disabledSites, hosts)) start();
    else stop();
  }

  async function applySettings(): Promise<void> {
    const [enabled, disabledSites] = await Promise.all([
      enabledSetting.getValue(),
      disabledSitesSetting.getValue(),
    ]);
    apply(enabled, disabledSites);
  }

  hover.start();
  // SPA navigation: a new "page" may have a different subject; start over with a fresh index
  // (the MutationObserver already follows the DOM; this re-decides crypto context).
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (!terms) return;
    stop();
    start();
  });

  // Settings change in other contexts; follow them without a reload.
  const unwatch = [
    enabledSetting.watch(() => void applySettings()),
    disabledSitesSetting.watch(() => void applySettings()),
    highlightStyleSetting.watch((value) => {
      style = value;
      terms?.setStyle(value);
      article?.setVisible(marksVisible());
    }),
    // Live and cheap: the index keeps every found term, so only the drawn sets change.
    underlineSetting.watch((value) => {
      underline = value;
      terms?.setUnderline(value);
      article?.setVisible(marksVisible());
    }),
    hoverDelaySetting.watch((value) => {
      hoverDelayMs = value;
    }),
    ...(isTop ? [pinnedCoinsSetting.watch(showStripIfPinned)] : []),
    answerSiteQueries(window),
    answerTermSteps(window, (step) => void stepToTerm(step)),
    answerPageDateQueries(window, () => article?.publishedMs ?? null),
  ];
  ctx.onInvalidated(() => {
    unwatch.forEach((stopWatching) => stopWatching());
    stop();
  });
  apply(initialEnabled, initialSites);
}
