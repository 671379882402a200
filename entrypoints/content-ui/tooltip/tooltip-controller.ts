/**
 * The one owner of the open tooltip: which term it explains, its definition (asked of the
 * background, which keeps the glossary text out of the page), the coin's live price, the pin
 * toggle, and where it sits. Hover and keyboard call `open`/`close`; everything else follows.
 */
import type { ContentScriptContext } from '#imports';
import { h, render } from 'preact';
import { sendRequest, type TermCard } from '@/utils/messaging';
import { parseCacheState, priceCacheItem } from '@/utils/prices/cache-store';
import { cachedQuoteView, quoteView, viewClock } from '@/utils/prices/read-model';
import { currencySetting, pinnedCoinsSetting } from '@/utils/settings/items';
import { sanitisePins } from '@/utils/settings/pins';
import type { FoundTerm } from '../../content/scanner';
import type { PricePoint } from '@/utils/prices/types';
import type { ArticleMarks, QuoteMark } from '../article/article-marks';
import { sinceArticleLine } from '@/utils/prices/since-article';
import { quoteLine } from '../article/article-lines';
import type { QuotedPrice } from '../article/quoted-prices';
import { createUiHost, type UiHost } from '../ui-host';
import { placeTooltip, TOOLTIP_GAP_PX, type Side } from './placement';
import { pageThemeBehind, type Theme } from './page-theme';
import { readerLocale } from '@/utils/format';
import { networkBlockText } from './network-lines';
import { TermTooltip, type TooltipNetwork, type TooltipPrice } from './TermTooltip';
import tooltipCss from './tooltip.css?inline';

/** The highlight that marks the term whose tooltip is open. */
const ACTIVE_HIGHLIGHT = 'hashlens-active';

/** The tag name of the tooltip's shadow host; the scanner skips it. */
export const UI_HOST_NAME = 'hashlens-ui';

/** A coin's daily history in one currency, for "since this article". */
interface History {
  currency: string;
  points: readonly PricePoint[];
  keyless: boolean;
}

/** The article feature of this frame's page, once it ran and found a date. */
export interface ArticleState {
  current: ArticleMarks | null;
}

/** The open tooltip. */
interface OpenTooltip {
  term: FoundTerm;
  range: Range;
  card: TermCard;
  /** The hovered amount, when the tooltip is a quoted price's. */
  quote?: QuotedPrice;
  history?: History | null;
  price?: TooltipPrice;
  network?: TooltipNetwork;
  pinMessage: string | null;
  /** The page's own light or dark behind the term (null: it has none, follow the system). */
  theme: Theme | null;
  /** Opened by a tap or long press: 44 px targets. */
  touch: boolean;
  /** The side of the term it went to when it opened; it stays there while it grows. */
  side?: Side;
}

/** Shows, updates and closes the tooltip of one frame. */
export class TooltipController {
  private view: OpenTooltip | null = null;
  private ui: UiHost | null = null;
  private frame: HTMLElement | null = null;
  private readonly cards = new Map<string, Promise<TermCard | null>>();
  private readonly histories = new Map<string, Promise<History | null>>();
  private currency: string | null = null;
  private pins: string[] = [];
  /** Storage watches kept only while a tooltip has been opened (most pages never do). */
  private watching: (() => void)[] | null = null;
  private stopPriceWatch: (() => void) | null = null;
  /** Bumped on every open/close, so late answers for an earlier term are dropped. */
  private generation = 0;
  /** Where focus was before the keyboard opened the tooltip. */
  private returnFocus: HTMLElement | null = null;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly article: ArticleState = { current: null },
  ) {
    ctx.onInvalidated(() => {
      this.close();
      this.watching?.forEach((stop) => stop());
      this.ui?.remove();
    });
  }

  /** The term whose tooltip is open, if any. */
  get openTerm(): FoundTerm | null {
    return this.view?.term ?? null;
  }

  /** True when `target` is the tooltip's host (the pointer is on the tooltip). */
  isOwn(target: EventTarget | null): boolean {
    return target !== null && target === this.ui?.host;
  }

  /** Starts fetching a term's definition (the pointer came to rest on it). */
  prefetch(entryId: string): void {
    void this.cardOf(entryId);
  }

  /**
   * Opens the tooltip of `term`, anchored at `range`. From the keyboard (`focus`), focus moves
   * into the tooltip so Tab reaches its buttons, and returns where it was when it closes; by
   * touch (`touch`), its controls are finger-sized.
   */
  async open(
    term: FoundTerm,
    range: Range,
    options: { focus?: boolean; touch?: boolean } = {},
  ): Promise<void> {
    const generation = ++this.generation;
    if (options.focus) {
      const active = document.activeElement;
      // Keep the first place focus came from while stepping from term to term.
      if (!this.isOwn(active)) this.returnFocus = active instanceof HTMLElement ? active : null;
    } else {
      this.returnFocus = null;
    }
    const card = await this.cardOf(term.entryId);
    await this.startWatching();
    if (generation !== this.generation || !card) return;
    const coinId = card.coin?.id;
    const quote = (term as Partial<QuoteMark>).quote;
    this.view = {
      term,
      range,
      card,
      ...(quote ? { quote } : {}),
      price: coinId ? { status: 'loading' } : undefined,
      network: card.network ? { status: 'loading' } : undefined,
      pinMessage: null,
      theme: pageThemeBehind(range.startContainer),
      touch: options.touch ?? false,
    };
    this.watchPrices(coinId);
    this.render();
    this.markActive(range);
    if (options.focus) this.frame?.querySelector<HTMLElement>('.tooltip')?.focus();
    await Promise.all([
      coinId ? this.loadPrice(coinId, generation) : null,
      coinId && this.article.current ? this.loadHistory(coinId, generation) : null,
      this.loadNetwork(generation),
    ]);
  }

  /** Closes the tooltip (focus goes back where it was if the keyboard opened it). */
  close(): void {
    this.generation++;
    const hadFocus = this.hasFocus();
    this.view = null;
    this.watchPrices(undefined);
    this.render();
    this.markActive(null);
    const back = this.returnFocus;
    this.returnFocus = null;
    if (hadFocus) {
      if (back?.isConnected) back.focus({ preventScroll: true });
      else (document.activeElement as HTMLElement | null)?.blur?.();
    }
  }

  /** True while focus is inside the tooltip (a keyboard reader is on it). */
  hasFocus(): boolean {
    return this.ui !== null && document.activeElement === this.ui.host;
  }

  /**
   * Marks the open term on the page (its own highlight, `::highlight(hashlens-active)` in the
   * page-level CSS), so the reader sees which word the tooltip explains.
   */
  private markActive(range: Range | null): void {
    const registry = (CSS as unknown as { highlights?: HighlightRegistry }).highlights;
    if (!registry || typeof Highlight !== 'function') return;
    if (!range) {
      registry.delete(ACTIVE_HIGHLIGHT);
      return;
    }
    registry.set(ACTIVE_HIGHLIGHT, new Highlight(range.cloneRange()));
  }

  private cardOf(entryId: string): Promise<TermCard | null> {
    let card = this.cards.get(entryId);
    if (!card) {
      card = sendRequest('describeTerm', { entryId }).catch(() => {
        // The background was unreachable (an update, a reload): ask again next time.
        this.cards.delete(entryId);
        return null;
      });
      this.cards.set(entryId, card);
    }
    return card;
  }

  /**
   * The currency the open tooltip's price is in: a quoted amount's own (a `€` figure is
   * compared in euros), else the reader's choice.
   */
  private priceCurrency(): string {
    return this.view?.quote?.amount.currency.toLowerCase() ?? this.currency ?? 'usd';
  }

  /**
   * A coin's daily history (asked of the background by coin id and currency only: the page's
   * date stays here and is looked up locally).
   */
  private async loadHistory(coinId: string, generation: number): Promise<void> {
    const currency = this.priceCurrency();
    const key = `${currency}:${coinId}`;
    let history = this.histories.get(key);
    if (!history) {
      history = sendRequest('getPriceHistory', { coinId, currency }).then(
        ({ chart, keyless }) =>
          chart.ok ? { currency, points: chart.served.value.prices, keyless } : null,
        () => null,
      );
      this.histories.set(key, history);
      // Asked again after the background's 12 hours, or after a failure.
      void history.then((found) => {
        if (!found) this.histories.delete(key);
      });
      this.ctx.setTimeout(() => this.histories.delete(key), 60 * 60_000);
    }
    const found = await history;
    if (generation === this.generation && this.priceCurrency() === currency) {
      this.update({ history: found });
    }
  }

  /** Reads the currency and pins, and follows them, from the first tooltip on. */
  private async startWatching(): Promise<void> {
    if (this.watching) return;
    this.watching = [
      currencySetting.watch((currency) => {
        this.currency = currency;
        const coinId = this.view?.card.coin?.id;
        if (coinId) void this.loadPrice(coinId, this.generation);
        if (coinId && this.article.current) void this.loadHistory(coinId, this.generation);
        if (this.view?.card.network === 'hashprice') void this.loadNetwork(this.generation);
      }),
      pinnedCoinsSetting.watch((pins) => {
        this.pins = sanitisePins(pins);
        this.render();
      }),
    ];
    const [currency, pins] = await Promise.all([
      currencySetting.getValue(),
      pinnedCoinsSetting.getValue(),
    ]);
    this.currency ??= currency;
    this.pins = sanitisePins(pins);
  }

  /** Follows the shared price cache while a coin's tooltip is open: other tabs refresh it. */
  private watchPrices(coinId: string | undefined): void {
    this.stopPriceWatch?.();
    this.stopPriceWatch = null;
    if (!coinId) return;
    this.stopPriceWatch = priceCacheItem.watch((raw) => {
      if (this.view?.card.coin?.id !== coinId || !this.currency) return;
      const price = cachedQuoteView(
        parseCacheState(raw),
        this.priceCurrency(),
        coinId,
        viewClock(),
      );
      if (price?.status === 'ready') this.update({ price });
    });
  }

  private async loadPrice(coinId: string, generation: number): Promise<void> {
    const currency = this.priceCurrency();
    let price: TooltipPrice;
    try {
      const result = (await sendRequest('getPrices', { coinIds: [coinId], currency }))[coinId];
      price = result
        ? quoteView(result, viewClock())
        : { status: 'unavailable', reason: { kind: 'malformed', detail: 'no price returned' } };
    } catch (error) {
      price = { status: 'unavailable', reason: { kind: 'offline', detail: String(error) } };
    }
    if (generation === this.generation && this.priceCurrency() === currency) this.update({ price });
  }

  /** Live figures for a mining term (the background asks mempool.space, with its cache). */
  private async loadNetwork(generation: number): Promise<void> {
    const topic = this.view?.card.network;
    if (!topic) return;
    const currency = this.currency ?? 'usd';
    let network: TooltipNetwork | undefined;
    try {
      const answer = await sendRequest('getNetwork', { topic, currency });
      // Switched off in options: the tooltip shows the definition only.
      network = answer.enabled
        ? {
            status: 'ready',
            text: networkBlockText(topic, answer.view, readerLocale(), viewClock()),
          }
        : undefined;
    } catch (error) {
      network = { status: 'error', message: `Network data is unavailable: ${String(error)}` };
    }
    if (generation === this.generation) this.update({ network });
  }

  private async togglePin(coinId: string): Promise<void> {
    let message: string | null = null;
    try {
      const change = await sendRequest('setPin', { coinId, pinned: !this.pins.includes(coinId) });
      this.pins = change.pins;
      if (!change.ok) message = change.message;
    } catch (error) {
      message = `Could not change the pin: ${String(error)}`;
    }
    if (this.view?.card.coin?.id === coinId) this.update({ pinMessage: message });
  }

  private update(change: Partial<OpenTooltip>): void {
    if (!this.view) return;
    this.view = { ...this.view, ...change };
    this.render();
  }

  private render(): void {
    const view = this.view;
    if (!view) {
      if (this.frame) render(null, this.frame);
      return;
    }
    const frame = this.mount();
    const coinId = view.card.coin?.id;
    const locale = readerLocale();
    const lines = this.articleLines(view, locale);
    render(
      h(TermTooltip, {
        // A new term is a new tooltip ("More" closed again).
        key: `${view.card.id}:${view.term.start}`,
        card: view.card,
        price: view.price,
        network: view.network,
        currency: this.priceCurrency(),
        locale,
        since: lines.since,
        quoteLine: lines.quote,
        pin: coinId
          ? {
              pinned: this.pins.includes(coinId),
              message: view.pinMessage,
              onToggle: () => void this.togglePin(coinId),
            }
          : undefined,
        now: viewClock(),
        onClose: () => this.close(),
        theme: view.theme,
        touch: view.touch,
      }),
      frame,
    );
    this.place();
  }

  /** The "since this article" and quoted-figure lines, once the price (and history) came. */
  private articleLines(view: OpenTooltip, locale: string) {
    const lines: { since: string | null; quote: string | null } = { since: null, quote: null };
    const article = this.article.current;
    if (view.price?.status !== 'ready' || !view.card.coin) {
      // Opened on a quoted price: its line (above the price row) comes with the price; its
      // room is kept meanwhile, so the price row does not move down when it arrives.
      if (view.quote && view.card.coin && view.price?.status === 'loading') lines.quote = '\u00a0';
      return lines;
    }
    const { quote, updatedAt } = view.price;
    if (article && view.history && view.history.currency === quote.currency) {
      lines.since = sinceArticleLine(
        view.history.points,
        article.publishedMs,
        { price: quote.price, at: updatedAt },
        { currency: quote.currency, locale, keyless: view.history.keyless },
      );
    }
    if (view.quote && view.quote.amount.currency.toLowerCase() === quote.currency) {
      lines.quote = quoteLine(view.card.coin.name, view.quote, quote.price, locale);
    }
    return lines;
  }

  /** Puts the tooltip next to its term (after each render, scroll and resize). */
  private place(): void {
    const frame = this.frame;
    const view = this.view;
    if (!frame || !view) return;
    const anchor = view.range.getBoundingClientRect();
    const doc = frame.ownerDocument;
    const win = doc.defaultView;
    if (!win) return;
    const viewport = {
      width: doc.documentElement.clientWidth || win.innerWidth,
      height: win.innerHeight,
    };
    // The card may be as tall as the room on its side of the term (CSS --room: only the
    // explanation shrinks, and scrolls). Whole pixels, as the card's lines are.
    const measure = (side: Side | undefined) => {
      const room = side
        ? `${Math.max(0, Math.floor((side === 'above' ? anchor.top : viewport.height - anchor.bottom) - 2 * TOOLTIP_GAP_PX))}px`
        : '';
      if (frame.style.getPropertyValue('--room') !== room) frame.style.setProperty('--room', room);
      // Not offsetWidth/Height: they round, and a card placed by its bottom edge would move.
      return frame.getBoundingClientRect();
    };
    // Its side stays while the card fits there (see placeTooltip); a new card picks one.
    let placed = placeTooltip(anchor, measure(view.side), viewport, view.side);
    if (placed.side !== view.side) {
      placed = placeTooltip(anchor, measure(placed.side), viewport, placed.side);
    }
    const { x, y, side } = placed;
    view.side = side;
    // Read by the CSS: above its term, "More" opens its text upwards.
    frame.dataset.side = side;
    frame.style.transform = `translate(${x}px, ${y}px)`;
    frame.style.visibility = 'visible';
  }

  private mount(): HTMLElement {
    if (this.frame) return this.frame;
    this.ui = createUiHost(document, UI_HOST_NAME, tooltipCss, 2147483647);
    const frame = document.createElement('div');
    frame.className = 'tooltip-frame';
    frame.style.visibility = 'hidden';
    this.ui.container.append(frame);
    this.frame = frame;
    // Follows the term when the page (or any scroller in it) scrolls, and on resize.
    const follow = () => this.place();
    this.ctx.addEventListener(window, 'scroll', follow, { capture: true, passive: true });
    this.ctx.addEventListener(window, 'resize', follow, { passive: true });
    // And when the card changes size on its own ("More", live figures): before the paint, so
    // the grown card is never drawn at its old place.
    if (typeof ResizeObserver === 'function') {
      const observer = new ResizeObserver(follow);
      observer.observe(frame);
      this.ctx.onInvalidated(() => observer.disconnect());
    }
    return frame;
  }
}
