/**
 * The pinned-price strip on a page (top frame only): its own shadow host, made only while
 * something is pinned, fed by storage change events. It never asks for prices itself: the
 * background refreshes pinned coins and every tab reads the shared cache.
 */
import type { ContentScriptContext } from '#imports';
import { h, render } from 'preact';
import { readerLocale } from '@/utils/format';
import { sendRequest } from '@/utils/messaging';
import { parseCacheState, priceCacheItem, type PriceCacheState } from '@/utils/prices/cache-store';
import { cachedQuoteView, viewClock } from '@/utils/prices/read-model';
import {
  badgePlacementSetting,
  badgesCollapsedSetting,
  badgesHiddenSitesSetting,
  currencySetting,
  pinnedCoinsSetting,
} from '@/utils/settings/items';
import { sanitisePins } from '@/utils/settings/pins';
import { isSiteDisabled } from '@/utils/settings/sites';
import { coinInfo } from '@/utils/terms/coin-catalog';
import { createUiHost, type UiHost } from '../ui-host';
import { PriceBadges, type BadgeItem } from './PriceBadges';
import badgesCss from './badges.css?inline';
import { NoticeSlot } from './undo';

/** Tag name of the strip's shadow host. */
export const BADGES_HOST_NAME = 'hashlens-badges';

/** How often ages ("updated 42 s ago") are re-read while the strip is shown. */
const AGE_TICK_MS = 15_000;

interface StripState {
  cache: PriceCacheState;
  currency: string;
  placement: Awaited<ReturnType<typeof badgePlacementSetting.getValue>>;
  collapsed: boolean;
  hiddenSites: string[];
}

/** Shows the strip while pins exist and the site allows it. */
export class PriceStrip {
  private pins: string[] = [];
  private state: StripState | null = null;
  private ui: UiHost | null = null;
  /** Watches of everything but the pins, kept only while something is pinned. */
  private stops: (() => void)[] = [];
  private stopPins: (() => void) | null = null;
  private running = false;
  /** "Unpinned Bitcoin. Undo": keeps the strip up a few seconds even after the last unpin. */
  private readonly notice = new NoticeSlot(() => this.noticeChanged());

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly hostname: string,
  ) {}

  /** Starts following the pins (idempotent). Reads nothing else until a coin is pinned. */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    this.stopPins = pinnedCoinsSetting.watch((pins) => this.setPins(pins));
    this.setPins(await pinnedCoinsSetting.getValue());
  }

  /** Removes the strip and stops listening (the site was disabled, or HashLens switched off). */
  stop(): void {
    this.running = false;
    this.stopPins?.();
    this.stopPins = null;
    this.notice.clear();
    this.follow(false);
    this.unmount();
  }

  /** Something to show: a pin, or the notice of the last unpin (with its Undo). */
  private get wanted(): boolean {
    return this.pins.length > 0 || this.notice.current !== null;
  }

  private setPins(raw: unknown): void {
    if (!this.running) return;
    this.pins = sanitisePins(raw);
    const offered = this.notice.current;
    // Pinned again from elsewhere (tooltip, popup, another tab): nothing left to undo.
    if (offered?.kind === 'unpinned' && this.pins.includes(offered.coin.coinId)) {
      this.notice.clear();
    }
    this.follow(this.wanted);
    if (this.wanted) void this.reload();
    else this.render();
  }

  private noticeChanged(): void {
    if (!this.running) return;
    this.follow(this.wanted);
    if (this.wanted && !this.state) void this.reload();
    else this.render();
  }

  /** Unpins from the strip's own button, offering Undo. */
  private unpin(coinId: string): void {
    const index = this.pins.indexOf(coinId);
    if (index >= 0)
      this.notice.show({ kind: 'unpinned', coin: { coinId, name: coinInfo(coinId).name, index } });
    void sendRequest('setPin', { coinId, pinned: false });
  }

  /** Puts the coin back where it was in the pin order. */
  private async undo(): Promise<void> {
    const offered = this.notice.current;
    if (offered?.kind !== 'unpinned') return;
    const { coinId, name, index } = offered.coin;
    const result = await sendRequest('setPin', { coinId, pinned: true, index }).catch(() => null);
    if (!this.running) return;
    // Taken only now (the pin's storage event may have cleared it already), so undoing the
    // last pin does not take the strip down for the moment the request is under way.
    if (this.notice.current === offered) this.notice.take();
    // E.g. five coins were pinned elsewhere meanwhile: say so rather than fail silently.
    if (!result) this.notice.show({ kind: 'message', text: `Could not pin ${name} again.` });
    else if (!result.ok) this.notice.show({ kind: 'message', text: result.message });
  }

  /** Watches prices and the strip's settings while something is pinned, and only then. */
  private follow(on: boolean): void {
    if (on === this.stops.length > 0) return;
    if (!on) {
      this.stops.forEach((stop) => stop());
      this.stops = [];
      this.state = null;
      return;
    }
    const reload = () => void this.reload();
    this.stops = [
      // New prices come with the event: no need to read the settings again (once a minute).
      priceCacheItem.watch((raw) => {
        if (!this.state) return reload();
        this.state = { ...this.state, cache: parseCacheState(raw) };
        this.render();
      }),
      currencySetting.watch(reload),
      badgePlacementSetting.watch(reload),
      badgesCollapsedSetting.watch(reload),
      badgesHiddenSitesSetting.watch(reload),
    ];
    const tick = this.ctx.setInterval(() => this.render(), AGE_TICK_MS);
    const onFullscreen = () => this.render();
    // A rotated phone or a narrower window: clamp the strip into the new viewport.
    const onResize = () => this.render();
    // Through ctx, so an invalidated content script (extension updated) lets go of them too.
    this.ctx.addEventListener(document, 'fullscreenchange', onFullscreen);
    this.ctx.addEventListener(window, 'resize', onResize, { passive: true });
    this.stops.push(
      () => clearInterval(tick),
      () => document.removeEventListener('fullscreenchange', onFullscreen),
      () => window.removeEventListener('resize', onResize),
    );
  }

  private async reload(): Promise<void> {
    const [cache, currency, placement, collapsed, hiddenSites] = await Promise.all([
      priceCacheItem.getValue(),
      currencySetting.getValue(),
      badgePlacementSetting.getValue(),
      badgesCollapsedSetting.getValue(),
      badgesHiddenSitesSetting.getValue(),
    ]);
    if (!this.running || !this.wanted) return;
    this.state = {
      cache: parseCacheState(cache),
      currency,
      placement,
      collapsed,
      hiddenSites: Array.isArray(hiddenSites) ? hiddenSites : [],
    };
    this.render();
  }

  private render(): void {
    const state = this.state;
    const visible =
      this.running &&
      state !== null &&
      this.wanted &&
      !isSiteDisabled(state.hiddenSites, this.hostname) &&
      // Out of the way of videos and slides.
      !document.fullscreenElement;
    if (!visible || !state) {
      this.unmount();
      return;
    }
    this.ui ??= createUiHost(document, BADGES_HOST_NAME, badgesCss, 2147483646);
    const now = viewClock();
    const items: BadgeItem[] = this.pins.map((coinId) => {
      const { name, symbol } = coinInfo(coinId);
      return {
        coinId,
        name,
        symbol,
        price: cachedQuoteView(state.cache, state.currency, coinId, now),
      };
    });
    render(
      h(PriceBadges, {
        items,
        currency: state.currency,
        locale: readerLocale(),
        now,
        corner: state.placement.corner,
        offsetX: state.placement.offsetX,
        offsetY: state.placement.offsetY,
        collapsed: state.collapsed,
        viewport: viewportSize(),
        notice: this.notice.current,
        onToggleCollapsed: () => void badgesCollapsedSetting.setValue(!state.collapsed),
        onHideOnSite: () =>
          void badgesHiddenSitesSetting.setValue([
            ...new Set([...state.hiddenSites, this.hostname]),
          ]),
        onUnpin: (coinId) => this.unpin(coinId),
        onUndo: () => void this.undo(),
        onNoticeHold: (held) => this.notice.hold(held),
        onMoved: (offsetX, offsetY) =>
          void badgePlacementSetting.setValue({ ...state.placement, offsetX, offsetY }),
      }),
      this.ui.container,
    );
  }

  private unmount(): void {
    if (!this.ui) return;
    render(null, this.ui.container);
    this.ui.remove();
    this.ui = null;
  }
}

/**
 * The area a fixed element can use (px): the layout viewport less any scroll bar, which is
 * what `position: fixed` offsets are measured in.
 */
function viewportSize(): { width: number; height: number } {
  const root = document.documentElement;
  return {
    width: root.clientWidth || window.innerWidth,
    height: root.clientHeight || window.innerHeight,
  };
}
