/**
 * The pinned-price strip on a page: its own shadow host (created only while something is
 * pinned), fed by storage change events. It never asks for prices itself: the background
 * refreshes pinned coins and every tab reads the shared cache.
 */
import {
  createShadowRootUi,
  type ContentScriptContext,
  type ShadowRootContentScriptUi,
} from '#imports';
import { createRoot, type Root } from 'react-dom/client';
import { PriceBadges, type BadgeItem } from '@/entrypoints/content/price-strip/PriceBadges';
import badgesCss from '@/entrypoints/content/price-strip/badges.css?inline';
import { coinInfo } from '@/utils/terms/coin-catalog';
import { sendRequest } from '@/utils/messaging';
import { sanitisePins } from '@/utils/settings/pins';
import {
  parseCacheState,
  priceCacheItem,
  quoteKey,
  type PriceCacheState,
} from '@/utils/prices/cache-store';
import { PRICE_FRESH_MS, serveEntry } from '@/utils/prices/price-service';
import {
  badgePlacementSetting,
  badgesCollapsedSetting,
  badgesHiddenSitesSetting,
  currencySetting,
  pinnedCoinsSetting,
} from '@/utils/settings/items';
import { isSiteDisabled } from '@/utils/settings/sites';
import { blockUntrustedEvents } from '@/entrypoints/content/trusted-events';

/** Tag name of the strip's shadow host. */
export const BADGES_HOST_NAME = 'hashlens-badges';

/** How often ages ("updated 42 s ago") are re-read while the strip is shown. */
const AGE_TICK_MS = 15_000;

interface BadgesState {
  pins: string[];
  cache: PriceCacheState;
  currency: string;
  placement: Awaited<ReturnType<typeof badgePlacementSetting.getValue>>;
  collapsed: boolean;
  hiddenSites: string[];
}

/** Shows the strip while pins exist and the site allows it. */
export class PriceBadgesUi {
  private state: BadgesState | null = null;
  private ui: ShadowRootContentScriptUi<Root> | null = null;
  private creating: Promise<void> | null = null;
  private stops: (() => void)[] = [];
  private running = false;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly hostname: string,
  ) {}

  /** Starts showing pins (idempotent). */
  async start(): Promise<void> {
    if (this.running) return;
    this.running = true;
    const reload = () => void this.reload();
    this.stops = [
      pinnedCoinsSetting.watch(reload),
      priceCacheItem.watch(reload),
      currencySetting.watch(reload),
      badgePlacementSetting.watch(reload),
      badgesCollapsedSetting.watch(reload),
      badgesHiddenSitesSetting.watch(reload),
    ];
    const tick = this.ctx.setInterval(() => this.render(), AGE_TICK_MS);
    this.stops.push(() => clearInterval(tick));
    this.ctx.addEventListener(document, 'fullscreenchange', () => this.render());
    await this.reload();
  }

  /** Removes the strip and stops listening (the site was disabled, or HashLens switched off). */
  stop(): void {
    this.running = false;
    this.stops.forEach((stop) => stop());
    this.stops = [];
    this.ui?.remove();
    this.ui = null;
    this.creating = null;
  }

  private async reload(): Promise<void> {
    const [pins, cache, currency, placement, collapsed, hiddenSites] = await Promise.all([
      pinnedCoinsSetting.getValue(),
      priceCacheItem.getValue(),
      currencySetting.getValue(),
      badgePlacementSetting.getValue(),
      badgesCollapsedSetting.getValue(),
      badgesHiddenSitesSetting.getValue(),
    ]);
    if (!this.running) return;
    this.state = {
      pins: sanitisePins(pins),
      cache: parseCacheState(cache),
      currency,
      placement,
      collapsed,
      hiddenSites: Array.isArray(hiddenSites) ? hiddenSites : [],
    };
    this.render();
  }

  private get visible(): boolean {
    const state = this.state;
    return (
      this.running &&
      state !== null &&
      state.pins.length > 0 &&
      !isSiteDisabled(state.hiddenSites, this.hostname) &&
      // Out of the way of videos and slides.
      !document.fullscreenElement
    );
  }

  private render(): void {
    if (!this.visible) {
      this.ui?.remove();
      this.ui = null;
      this.creating = null;
      return;
    }
    if (!this.ui) {
      void this.mount().then(() => this.render());
      return;
    }
    const state = this.state!;
    const now = Date.now();
    const items: BadgeItem[] = state.pins.map((coinId) => {
      const { name, symbol } = coinInfo(coinId);
      const entry = state.cache.quotes[quoteKey(state.currency, coinId)];
      return {
        coinId,
        name,
        symbol,
        result: entry ? serveEntry(entry, undefined, PRICE_FRESH_MS, now) : null,
      };
    });
    this.ui.mounted?.render(
      <PriceBadges
        items={items}
        currency={state.currency}
        now={now}
        corner={state.placement.corner}
        offsetX={state.placement.offsetX}
        offsetY={state.placement.offsetY}
        collapsed={state.collapsed}
        onToggleCollapsed={() => void badgesCollapsedSetting.setValue(!state.collapsed)}
        onHideOnSite={() =>
          void badgesHiddenSitesSetting.setValue([
            ...new Set([...state.hiddenSites, this.hostname]),
          ])
        }
        onUnpin={(coinId) => void sendRequest('setPin', { coinId, pinned: false })}
        onMoved={(offsetX, offsetY) =>
          void badgePlacementSetting.setValue({ ...state.placement, offsetX, offsetY })
        }
      />,
    );
  }

  private mount(): Promise<void> {
    this.creating ??= createShadowRootUi(this.ctx, {
      name: BADGES_HOST_NAME,
      position: 'inline',
      anchor: () => document.documentElement,
      append: 'last',
      mode: 'open',
      css: badgesCss,
      onMount: (container, shadow) => {
        // Open root: page scripts could `.click()` Unpin or drag the strip; real input only.
        blockUntrustedEvents(shadow);
        const mountPoint = document.createElement('div');
        container.append(mountPoint);
        return createRoot(mountPoint);
      },
      onRemove: (root) => root?.unmount(),
    }).then((ui) => {
      // Mounted even if no longer wanted: the render() that follows removes it again.
      ui.mount();
      // Inline !important beats any page stylesheet, even `* { all: unset !important }`.
      ui.shadowHost.style.setProperty('position', 'fixed', 'important');
      ui.shadowHost.style.setProperty('z-index', '2147483646', 'important');
      this.ui = ui;
    });
    return this.creating;
  }
}
