/**
 * The toolbar badge: the first pinned coin's compact price, coloured by its 24 h direction,
 * and a title listing every pinned price with its age. Cleared when nothing is pinned.
 */
import { browser } from 'wxt/browser';
import { coinInfo } from '@/utils/terms/coin-catalog';
import { describeChange, formatAge, formatCompactPrice, formatPrice } from '@/utils/format';
import { parseCacheState, priceCacheItem, type PriceCacheState } from '@/utils/prices/cache-store';
import { cachedQuoteView, viewClock } from '@/utils/prices/read-model';
import { currencySetting, pinnedCoinsSetting } from '@/utils/settings/items';
import { sanitisePins } from '@/utils/settings/pins';

/** Badge colours: the direction is also in the title's arrow, never colour alone. */
export const BADGE_COLORS = { up: '#0a7a3d', down: '#b42318', flat: '#4b5563', stale: '#6b7280' };

/** What the toolbar shows. */
export interface ActionBadgeView {
  text: string;
  color: string;
  title: string;
}

/** Computes the badge from the pins, the cache and the currency. Pure. */
export function actionBadgeView(
  pins: readonly string[],
  cache: PriceCacheState,
  currency: string,
  now: number,
): ActionBadgeView {
  if (pins.length === 0) return { text: '', color: BADGE_COLORS.flat, title: 'HashLens' };
  const lines = ['HashLens'];
  let first: ActionBadgeView | null = null;
  for (const coinId of pins) {
    const { name, symbol } = coinInfo(coinId);
    const view = cachedQuoteView(cache, currency, coinId, now);
    if (view?.status !== 'ready') {
      lines.push(`${symbol} (${name}): no price yet`);
      first ??= { text: '…', color: BADGE_COLORS.stale, title: '' };
      continue;
    }
    const { quote, stale } = view;
    const change = describeChange(quote.change24hPct);
    const age = formatAge(view.ageMs);
    lines.push(
      `${symbol} ${formatPrice(quote.price, currency)} ${change.arrow} ${change.text} (24 h) · updated ${age}${stale ? ' · stale' : ''}`,
    );
    first ??= {
      text: formatCompactPrice(quote.price),
      color: stale
        ? BADGE_COLORS.stale
        : change.direction === 'up'
          ? BADGE_COLORS.up
          : change.direction === 'down'
            ? BADGE_COLORS.down
            : BADGE_COLORS.flat,
      title: '',
    };
  }
  return { ...first!, title: lines.join('\n') };
}

/** Keeps the toolbar badge in step with pins, prices and the currency. */
export class ActionBadge {
  /** Registers watchers; call at background start. */
  start(): void {
    const update = () => void this.update();
    pinnedCoinsSetting.watch(update);
    priceCacheItem.watch(update);
    currencySetting.watch(update);
    update();
  }

  /** Recomputes and applies the badge. */
  async update(): Promise<void> {
    const [pins, cache, currency] = await Promise.all([
      pinnedCoinsSetting.getValue(),
      priceCacheItem.getValue(),
      currencySetting.getValue(),
    ]);
    const view = actionBadgeView(sanitisePins(pins), parseCacheState(cache), currency, viewClock());
    // MV3 has `action`; Firefox's MV2 build has `browserAction`.
    const action = browser.action ?? browser.browserAction;
    await Promise.all([
      action.setBadgeText({ text: view.text }),
      action.setBadgeBackgroundColor({ color: view.color }),
      action.setTitle({ title: view.title }),
    ]);
  }
}
