/**
 * Every user setting as a `storage.defineItem` with a fallback. Preferences sync across the
 * user's browsers; the API key stays in local storage only (never synced).
 */
import { storage } from '#imports';
import type { ApiPlan } from '@/utils/prices/errors';

/** The currency prices are shown in (a CoinGecko `vs_currency`). */
export const currencySetting = storage.defineItem<string>('sync:currency', {
  fallback: 'usd',
  version: 1,
});

/** Global on/off switch for marking terms and showing badges. */
export const enabledSetting = storage.defineItem<boolean>('sync:enabled', {
  fallback: true,
  version: 1,
});

/** Host names (e.g. `news.example.com`) where HashLens stays off. */
export const disabledSitesSetting = storage.defineItem<string[]>('sync:disabledSites', {
  fallback: [],
  version: 1,
});

/** The CoinGecko plan and key. Local only: a key must not travel with sync. */
export const apiKeySetting = storage.defineItem<{ plan: ApiPlan; key: string }>('local:apiKey', {
  fallback: { plan: 'public', key: '' },
  version: 1,
});

/** Coins the user pinned, in the user's order (CoinGecko ids). */
export const pinnedCoinsSetting = storage.defineItem<string[]>('sync:pinnedCoins', {
  fallback: [],
  version: 1,
});

/** How marked terms look on pages. */
export type HighlightStyleSetting = 'dotted' | 'solid' | 'none';

/** Mark style: dotted underline (default), solid underline, or no visible mark. */
export const highlightStyleSetting = storage.defineItem<HighlightStyleSetting>(
  'sync:highlightStyle',
  { fallback: 'dotted', version: 1 },
);

/** Hover-intent delay before a tooltip opens, in ms. */
export const hoverDelaySetting = storage.defineItem<number>('sync:hoverDelayMs', {
  fallback: 300,
  version: 1,
});

/** Mark only the first occurrence of each term on a page. */
export const firstOnlySetting = storage.defineItem<boolean>('sync:firstOccurrenceOnly', {
  fallback: false,
  version: 1,
});

/** Coins the popup's switcher offers (CoinGecko ids), in order. */
export const trackedCoinsSetting = storage.defineItem<string[]>('sync:trackedCoins', {
  fallback: ['bitcoin', 'ethereum'],
  version: 1,
});

/** Screen corner the pinned-price strip sits in. */
export type BadgeCorner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

/** Where the pinned-price strip sits: a corner, and how far it was dragged from it (px). */
export const badgePlacementSetting = storage.defineItem<{
  corner: BadgeCorner;
  offsetX: number;
  offsetY: number;
}>('sync:badgePlacement', {
  fallback: { corner: 'bottom-right', offsetX: 16, offsetY: 16 },
  version: 1,
});

/** The pinned-price strip collapsed to a single button. */
export const badgesCollapsedSetting = storage.defineItem<boolean>('sync:badgesCollapsed', {
  fallback: false,
  version: 1,
});

/** Host names where the user hid the pinned-price strip (terms still work there). */
export const badgesHiddenSitesSetting = storage.defineItem<string[]>('sync:badgesHiddenSites', {
  fallback: [],
  version: 1,
});
