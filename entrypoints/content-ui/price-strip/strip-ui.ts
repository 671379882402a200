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
    this.follow(false);
    this.unmount();
  }

  private setPins(raw: unknown): void {
    if (!this.running) return;
    this.pins = sanitisePins(raw);
    this.follow(this.pins.length > 0);
    if (this.pins.length > 0) void this.reload();
    else this.render();
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
    document.addEventListener('fullscreenchange', onFullscreen);
    this.stops.push(
      () => clearInterval(tick),
      () => document.removeEventListener('fullscreenchange', onFullscreen),
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
    if (!this.running || this.pins.length === 0) return;
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
      this.pins.length > 0 &&
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
        onToggleCollapsed: () => void badgesCollapsedSetting.setValue(!state.collapsed),
        onHideOnSite: () =>
          void badgesHiddenSitesSetting.setValue([
            ...new Set([...state.hiddenSites, this.hostname]),
          ]),
        onUnpin: (coinId) => void sendRequest('setPin', { coinId, pinned: false }),
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
