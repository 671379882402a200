/**
 * The content script's whole life on a page: read settings, scan and mark terms, open a
 * tooltip on hover, keep its price live, and follow settings changes without a reload.
 * Page text never leaves this script: only coin ids and the currency go to the background.
 */
import type { ContentScriptContext } from '#imports';
import { sendRequest } from '@/utils/messaging';
import { parseCacheState, priceCacheItem, quoteKey } from '@/utils/prices/cache-store';
import { PRICE_FRESH_MS, serveEntry } from '@/utils/prices/price-service';
import { currencySetting, disabledSitesSetting, enabledSetting } from '@/utils/settings/items';
import { isSiteDisabled } from '@/utils/settings/sites';
import { defaultTermMatcher, getEntry, hasCryptoContext } from '@/utils/terms/matcher';
import type { TooltipTerm } from '@/components/tooltip/TermTooltip';
import { HoverController } from './hover';
import { PageTerms } from './page-terms';
import type { FoundTerm } from './scanner';
import { TooltipUi } from './tooltip-ui';

/** Default hover-intent delay. */
export const DEFAULT_HOVER_DELAY_MS = 300;

/** Decides whether the page is about crypto from cheap signals (title, description). */
function pageHasCryptoContext(doc: Document): boolean {
  const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
  const heading = doc.querySelector('h1')?.textContent ?? '';
  return hasCryptoContext(`${doc.title}\n${description}\n${heading}`);
}

/** The glossary text of a term for the tooltip. */
function tooltipTermOf(entryId: string): (TooltipTerm & { coinId?: string }) | null {
  const entry = getEntry(entryId);
  if (!entry) return null;
  return {
    id: entry.id,
    title: entry.title,
    short: entry.short,
    long: entry.long,
    coinId: entry.coinId,
    coinName: entry.coinId ? entry.title : undefined,
  };
}

/** Runs HashLens on this page until the context is invalidated. */
export async function startContentApp(ctx: ContentScriptContext): Promise<void> {
  const doc = document;
  const hostname = location.hostname;
  let terms: PageTerms | null = null;
  let currency = await currencySetting.getValue();
  let openTerm: { term: FoundTerm; coinId?: string } | null = null;

  const tooltip = new TooltipUi(ctx, () => closeTooltip());
  const hover = new HoverController({
    doc,
    termsAt: (node, offset) => terms?.termsAt(node, offset) ?? [],
    delayMs: () => DEFAULT_HOVER_DELAY_MS,
    isOwnUi: (target) => tooltip.isOwn(target),
    onEnter: (term, range) => void openTooltip(term, range),
    onLeave: () => closeTooltip(),
    addEventListener: (target, type, listener, options) =>
      ctx.addEventListener(target as Document, type as 'pointermove', listener, options),
    setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
    clearTimeout: (id) => clearTimeout(id),
  });

  function closeTooltip(): void {
    openTerm = null;
    hover.reset();
    tooltip.hide();
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
    await tooltip.show({
      term: view,
      anchor,
      price: view.coinId ? { status: 'loading' } : undefined,
    });
    if (view.coinId) await loadPrice(view.coinId);
  }

  function start(): void {
    if (terms) return;
    terms = new PageTerms({
      doc,
      matcher: defaultTermMatcher(),
      cryptoContext: pageHasCryptoContext(doc),
      style: 'dotted',
      schedule: (work) => ctx.requestIdleCallback(work, { timeout: 500 }),
    });
    terms.start();
  }

  function stop(): void {
    closeTooltip();
    terms?.stop();
    terms = null;
  }

  async function applySettings(): Promise<void> {
    const [enabled, disabledSites] = await Promise.all([
      enabledSetting.getValue(),
      disabledSitesSetting.getValue(),
    ]);
    if (enabled && !isSiteDisabled(disabledSites, hostname)) start();
    else stop();
  }

  hover.start();
  ctx.addEventListener(
    doc,
    'keydown',
    (event) => {
      if ((event as KeyboardEvent).key === 'Escape' && tooltip.current) closeTooltip();
    },
    { capture: true },
  );

  // Settings and prices change in other contexts; follow them without a reload.
  const unwatch = [
    enabledSetting.watch(() => void applySettings()),
    disabledSitesSetting.watch(() => void applySettings()),
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
  ];
  ctx.onInvalidated(() => {
    unwatch.forEach((stopWatching) => stopWatching());
    stop();
  });

  await applySettings();
}
