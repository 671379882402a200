/**
 * Every user setting as a validated `storage.defineItem` with a fallback. Preferences sync
 * across the user's browsers; the API key stays in local storage only (never synced).
 */
import * as v from 'valibot';
import type { ApiPlan } from '@/utils/prices/errors';
import { defineSetting, listOf, settingOf } from './define';
import { COIN_ID_RE, HOST_NAME_RE, PAGE_SETTING_SPECS } from './page-settings';

export type { HighlightStyleSetting, UnderlineSetting } from './page-settings';

const coinId = v.pipe(v.string(), v.regex(COIN_ID_RE));
const hostName = v.pipe(v.string(), v.toLowerCase(), v.regex(HOST_NAME_RE));

/** The currency prices are shown in (a CoinGecko `vs_currency`). */
export const currencySetting = defineSetting<string>(
  'sync:currency',
  v.pipe(v.string(), v.regex(/^[a-z]{2,8}$/)),
  'usd',
);

/** Global on/off switch for marking terms and showing badges. */
export const enabledSetting = settingOf(PAGE_SETTING_SPECS.enabled);

/** Host names (e.g. `news.example.com`) where HashLens stays off. */
export const disabledSitesSetting = settingOf(PAGE_SETTING_SPECS.disabledSites);

/** The CoinGecko plan and key. Local only: a key must not travel with sync. */
export const apiKeySetting = defineSetting<{ plan: ApiPlan; key: string }>(
  'local:apiKey',
  v.object({
    plan: v.picklist(['public', 'demo', 'pro']),
    key: v.pipe(v.string(), v.maxLength(200)),
  }),
  { plan: 'public', key: '' },
);

/** Coins the user pinned, in the user's order (CoinGecko ids). */
export const pinnedCoinsSetting = settingOf(PAGE_SETTING_SPECS.pins);

/** Mark style: dotted underline (default), solid underline, or no visible mark. */
export const highlightStyleSetting = settingOf(PAGE_SETTING_SPECS.style);

/** Hover-intent delay before a tooltip opens, in ms. */
export const hoverDelaySetting = settingOf(PAGE_SETTING_SPECS.hoverDelay);

/** Which occurrences are underlined: every one, the first per section (default), or none. */
export const underlineSetting = settingOf(PAGE_SETTING_SPECS.underline);

/** Coins the popup's switcher offers (CoinGecko ids), in order: up to every catalog coin. */
export const trackedCoinsSetting = defineSetting<string[]>(
  'sync:trackedCoins',
  listOf(coinId, 100),
  ['bitcoin', 'ethereum'],
);

/** Screen corner the pinned-price strip sits in. */
export type BadgeCorner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

/** Where the pinned-price strip sits: a corner, and how far it was dragged from it (px). */
export const badgePlacementSetting = defineSetting<{
  corner: BadgeCorner;
  offsetX: number;
  offsetY: number;
}>(
  'sync:badgePlacement',
  v.object({
    corner: v.picklist(['bottom-right', 'bottom-left', 'top-right', 'top-left']),
    offsetX: v.pipe(v.number(), v.minValue(0), v.maxValue(10_000)),
    offsetY: v.pipe(v.number(), v.minValue(0), v.maxValue(10_000)),
  }),
  { corner: 'bottom-right', offsetX: 16, offsetY: 16 },
);

/** The pinned-price strip collapsed to a single button. */
export const badgesCollapsedSetting = defineSetting<boolean>(
  'sync:badgesCollapsed',
  v.boolean(),
  false,
);

/** Host names where the user hid the pinned-price strip (terms still work there). */
export const badgesHiddenSitesSetting = defineSetting<string[]>(
  'sync:badgesHiddenSites',
  listOf(hostName),
  [],
);

/** Live Bitcoin network figures (mempool.space) in tooltips and the popup. */
export const networkEnabledSetting = defineSetting<boolean>(
  'sync:networkEnabled',
  v.boolean(),
  true,
);

/**
 * The mempool.space instance network figures come from: the public one, or the reader's own
 * (`https://mempool.example.org`, a path such as `/testnet4` allowed). Checked again by the
 * client (`normalizeBaseUrl`), which refuses anything but a plain http(s) address.
 */
export const networkInstanceSetting = defineSetting<string>(
  'sync:networkInstance',
  v.pipe(v.string(), v.maxLength(300), v.regex(/^https?:\/\/[^\s]+$/)),
  'https://mempool.space',
);
