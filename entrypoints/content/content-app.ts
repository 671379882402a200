/**
 * The content script's whole life on a page: read settings, scan and mark terms, open a
 * tooltip on hover or from the keyboard, keep its price live, and follow settings changes and
 * SPA navigation without a reload.
 * Page text never leaves this script: only coin ids and the currency go to the background.
 *
 * Hook points for features built on top (price badges, pinning):
 * - {@link ContentApp.onTermsChanged}: called after the shown terms change (scan slices,
 *   mutations, settings); `app.shownTerms()` lists them in document order.
 * - {@link ContentApp.watch}: add a storage watch that is dropped with the content script.
 * - `tooltipTermOf` decides what the tooltip shows for an entry (coin id and name included).
 */
import type { ContentScriptContext } from '#imports';
import { sendRequest } from '@/utils/messaging';
import { answerSiteQueries } from '@/utils/messaging/site-query';
import { PriceBadgesUi } from '@/entrypoints/content/price-strip/strip-ui';
import { coinInfo } from '@/utils/terms/coin-catalog';
import { sanitisePins } from '@/utils/settings/pins';
import { parseCacheState, priceCacheItem, quoteKey } from '@/utils/prices/cache-store';
import { PRICE_FRESH_MS, serveEntry } from '@/utils/prices/price-service';
import {
  currencySetting,
  disabledSitesSetting,
  enabledSetting,
  firstOnlySetting,
  highlightStyleSetting,
  hoverDelaySetting,
  pinnedCoinsSetting,
} from '@/utils/settings/items';
import { defaultTermMatcher, getEntry } from '@/utils/terms/matcher';
import type { TooltipTerm } from '@/entrypoints/content/tooltip/TermTooltip';
import { HoverController, rangeOf } from './hover';
import { isTypingTarget, startIndexInView, stepIndex, termStepOf, type TermStep } from './keyboard';
import { headHasCryptoContext, isAnySiteDisabled, siteHostsOf } from './page-context';
import { PageTerms, type HighlightStyle, type ScanStats } from './page-terms';
import type { FoundTerm } from './scanner';
import { TooltipUi } from './tooltip/tooltip-ui';
import { isTrustedInput } from './trusted-events';

/** Default hover-intent delay (the setting's fallback). */
export const DEFAULT_HOVER_DELAY_MS = 300;

/** Performance-timeline mark published when a page's first scan is done (for `npm run bench`). */
export const SCAN_COMPLETE_MARK = 'hashlens:scan-complete';

/** What the rest of the content script (and features added later) can reach. */
export interface ContentApp {
  /** Shown terms in document order (empty while HashLens is off on this page). */
  shownTerms(): FoundTerm[];
  /** Registers a listener for changes of the shown terms; returns its remover. */
  onTermsChanged(listener: () => void): () => void;
  /** Keeps a storage watch's remover, called when the content script goes away. */
  watch(unwatch: () => void): void;
}

/** The glossary text of a term for the tooltip. */
export function tooltipTermOf(entryId: string): (TooltipTerm & { coinId?: string }) | null {
  const entry = getEntry(entryId);
  if (!entry) return null;
  return {
    id: entry.id,
    title: entry.title,
    short: entry.short,
    long: entry.long,
    coinId: entry.coinId,
    coinName: entry.coinId ? coinInfo(entry.coinId).name : undefined,
  };
}

/**
 * Publishes a finished scan's figures on the page's performance timeline. Marks are shared by
 * the page's worlds, so the benchmark reads them from the main world; they carry figures
 * only, never page text, and change nothing in the DOM.
 */
function publishScanStats(win: Window, stats: ScanStats): void {
  try {
    win.performance.mark(SCAN_COMPLETE_MARK, { detail: stats });
  } catch {
    // A page that replaced `performance` loses only the benchmark figure.
  }
}

/** Runs HashLens on this page until the context is invalidated. */
export async function startContentApp(ctx: ContentScriptContext): Promise<ContentApp> {
  const win = window;
  const doc = document;
  const hosts = siteHostsOf(win);
  let terms: PageTerms | null = null;
  let openTerm: { term: FoundTerm; coinId?: string } | null = null;
  const termListeners = new Set<() => void>();
  const unwatch: (() => void)[] = [];

  const [initialCurrency, initialDelay, initialStyle, initialFirstOnly] = await Promise.all([
    currencySetting.getValue(),
    hoverDelaySetting.getValue(),
    highlightStyleSetting.getValue(),
    firstOnlySetting.getValue(),
  ]);
  let currency = initialCurrency;
  let pins = sanitisePins(await pinnedCoinsSetting.getValue());
  let pinMessage: string | null = null;
  // Pinned prices show in the top frame only: one strip per tab, not one per iframe.
  const badges = win === win.top ? new PriceBadgesUi(ctx, win.location.hostname) : null;
  let hoverDelayMs = initialDelay;
  let style: HighlightStyle = initialStyle;
  let firstOnly = initialFirstOnly;

  const tooltip = new TooltipUi(ctx, () => closeTooltip());
  const hover = new HoverController({
    doc,
    termsAt: (node, offset) => terms?.termsAt(node, offset) ?? [],
    delayMs: () => hoverDelayMs,
    isOwnUi: (target) => tooltip.isOwn(target),
    onEnter: (term, range) => void openTooltip(term, range),
    onLeave: () => closeTooltip(),
    addEventListener: (target, type, listener, options) =>
      ctx.addEventListener(target as Document, type as 'pointermove', listener, options),
    setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
    clearTimeout: (id) => clearTimeout(id),
  });

  const app: ContentApp = {
    shownTerms: () => terms?.shownTerms() ?? [],
    onTermsChanged(listener) {
      termListeners.add(listener);
      return () => termListeners.delete(listener);
    },
    watch: (stopWatching) => void unwatch.push(stopWatching),
  };
  const notifyTerms = () => termListeners.forEach((listener) => listener());

  // --- Tooltip ---------------------------------------------------------------------------

  function closeTooltip(): void {
    openTerm = null;
    hover.reset();
    tooltip.hide();
  }

  function pinView(coinId: string) {
    return {
      pinned: pins.includes(coinId),
      message: pinMessage,
      onToggle: () => void togglePin(coinId),
    };
  }

  async function togglePin(coinId: string): Promise<void> {
    try {
      const change = await sendRequest('setPin', { coinId, pinned: !pins.includes(coinId) });
      pins = change.pins;
      pinMessage = change.ok ? null : change.message;
    } catch (error) {
      pinMessage = `Could not change the pin: ${String(error)}`;
    }
    if (openTerm?.coinId === coinId) tooltip.setPin(pinView(coinId));
  }

  async function loadPrice(coinId: string): Promise<void> {
    try {
      const quotes = await sendRequest('getPrices', { coinIds: [coinId], currency });
      const result = quotes[coinId];
      if (openTerm?.coinId !== coinId || !result) return;
      tooltip.setPrice(
        result.ok
          ? { status: 'ready', served: result.served, currency }
          : { status: 'error', error: result.error },
      );
    } catch (error) {
      if (openTerm?.coinId !== coinId) return;
      tooltip.setPrice({ status: 'error', error: { kind: 'offline', detail: String(error) } });
    }
  }

  async function openTooltip(term: FoundTerm, range: Range): Promise<void> {
    const view = tooltipTermOf(term.entryId);
    if (!view) return;
    openTerm = { term, coinId: view.coinId };
    const anchor = {
      getBoundingClientRect: () => range.getBoundingClientRect(),
      getClientRects: () => range.getClientRects(),
      contextElement: term.node.parentElement ?? undefined,
    };
    pinMessage = null;
    await tooltip.show({
      term: view,
      anchor,
      price: view.coinId ? { status: 'loading' } : undefined,
      pin: view.coinId ? pinView(view.coinId) : undefined,
    });
    if (view.coinId) await loadPrice(view.coinId);
  }

  // --- Keyboard: step through the terms (Alt+Shift+J / K), Esc closes --------------------

  function stepTo(step: TermStep): boolean {
    const shown = app.shownTerms();
    const current = openTerm ? shown.indexOf(openTerm.term) : -1;
    const fallback =
      current < 0
        ? startIndexInView(shown, step, win.innerHeight, (term) => {
            const rect = rangeOf(doc, term)?.getBoundingClientRect();
            return rect && (rect.width > 0 || rect.height > 0) ? rect : null;
          })
        : -1;
    const index = stepIndex(shown.length, current, step, fallback);
    const term = shown[index];
    if (!term) return false;
    const range = rangeOf(doc, term);
    if (!range) return false;
    const rect = range.getBoundingClientRect();
    if (rect.top < 0 || rect.bottom > win.innerHeight) {
      // Scrolls the term's element into view; nothing on the page receives focus.
      term.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    }
    hover.markShown(term);
    void openTooltip(term, range);
    return true;
  }

  ctx.addEventListener(
    doc,
    'keydown',
    (event) => {
      // A page dispatching fake key presses must not step, scroll or open anything.
      if (!isTrustedInput(event)) return;
      const key = event as KeyboardEvent;
      if (key.key === 'Escape' && tooltip.current) {
        closeTooltip();
        return;
      }
      const step = termStepOf(key);
      if (!step || !terms || isTypingTarget(key.target)) return;
      if (stepTo(step)) key.preventDefault();
    },
    { capture: true },
  );

  // --- Scanning and marking --------------------------------------------------------------

  function start(): void {
    if (terms) return;
    let published = false;
    const pageTerms = new PageTerms({
      doc,
      matcher: defaultTermMatcher(),
      cryptoContext: headHasCryptoContext(doc),
      style,
      firstOnly,
      schedule: (work) => ctx.requestIdleCallback(work, { timeout: 500 }),
      onChange: notifyTerms,
      onIdle: (stats) => {
        if (published) return;
        published = true;
        publishScanStats(win, stats);
      },
    });
    terms = pageTerms;
    pageTerms.start();
    void badges?.start();
  }

  function stop(): void {
    closeTooltip();
    badges?.stop();
    terms?.stop();
    const wasRunning = terms !== null;
    terms = null;
    if (wasRunning) notifyTerms();
  }

  async function applySettings(): Promise<void> {
    const [enabled, disabledSites] = await Promise.all([
      enabledSetting.getValue(),
      disabledSitesSetting.getValue(),
    ]);
    if (enabled && !isAnySiteDisabled(disabledSites, hosts)) start();
    else stop();
  }

  hover.start();

  // SPA navigation: a new "page" may have a different subject; start over with a fresh index
  // (the MutationObserver already follows the DOM; this re-decides crypto context).
  ctx.addEventListener(win, 'wxt:locationchange', () => {
    if (!terms) return;
    stop();
    start();
  });

  // Settings and prices change in other contexts; follow them without a reload.
  unwatch.push(
    enabledSetting.watch(() => void applySettings()),
    disabledSitesSetting.watch(() => void applySettings()),
    highlightStyleSetting.watch((value) => {
      style = value;
      terms?.setStyle(value);
    }),
    firstOnlySetting.watch((value) => {
      firstOnly = value;
      terms?.setFirstOnly(value);
    }),
    hoverDelaySetting.watch((value) => {
      hoverDelayMs = value;
    }),
    pinnedCoinsSetting.watch((value) => {
      pins = value;
      if (openTerm?.coinId) tooltip.setPin(pinView(openTerm.coinId));
    }),
    answerSiteQueries(win),
    currencySetting.watch((value) => {
      currency = value;
      if (openTerm?.coinId) void loadPrice(openTerm.coinId);
    }),
    priceCacheItem.watch((raw) => {
      const coinId = openTerm?.coinId;
      if (!coinId) return;
      const entry = parseCacheState(raw).quotes[quoteKey(currency, coinId)];
      const result = serveEntry(entry, undefined, PRICE_FRESH_MS, Date.now());
      if (result.ok) tooltip.setPrice({ status: 'ready', served: result.served, currency });
    }),
  );
  ctx.onInvalidated(() => {
    unwatch.forEach((stopWatching) => stopWatching());
    termListeners.clear();
    stop();
  });

  await applySettings();
  return app;
}
