/**
 * Every user setting as a validated `storage.defineItem` with a fallback. Preferences sync
 * across the user's browsers; the API key stays in local storage only (never synced).
 */
import * as v from 'valibot';
import type { ApiPlan } from '@/utils/prices/errors';
import { defineSetting, listOf } from './define';

const coinId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/));
const hostName = v.pipe(v.string(), v.toLowerCase(), v.regex(/^[a-z0-9.-]{1,253}$/));

/** The currency prices are shown in (a CoinGecko `vs_currency`). */
export const currencySetting = defineSetting<string>(
  'sync:currency',
  v.pipe(v.string(), v.regex(/^[a-z]{2,8}$/)),
  'usd',
);

/** Global on/off switch for marking terms and showing badges. */
export const enabledSetting = defineSetting<boolean>('sync:enabled', v.boolean(), true);

/** Host names (e.g. `news.example.com`) where HashLens stays off. */
export const disabledSitesSetting = defineSetting<string[]>(
  'sync:disabledSites',
  listOf(hostName),
  [],
);

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
export const pinnedCoinsSetting = defineSetting<string[]>(
  'sync:pinnedCoins',
  listOf(coinId, 20),
  [],
);

/** How marked terms look on pages. */
export type HighlightStyleSetting = 'dotted' | 'solid' | 'none';

/** Mark style: dotted underline (default), solid underline, or no visible mark. */
export const highlightStyleSetting = defineSetting<HighlightStyleSetting>(
  'sync:highlightStyle',
  v.picklist(['dotted', 'solid', 'none']),
  'dotted',
);

/** Hover-intent delay before a tooltip opens, in ms. */
export const hoverDelaySetting = defineSetting<number>(
  'sync:hoverDelayMs',
  v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2000)),
  300,
);

/** Which occurrences of a term are underlined on pages (each one still opens its tooltip). */
export type UnderlineSetting = 'every' | 'section' | 'none';

/**
 * Underline every occurrence, the first of each term in each section of the page (default:
 * calm pages), or nothing (hover only). Stored under the key of the earlier boolean "first
 * occurrence only", whose value still reads as the reader chose it: `true` as the first per
 * section (the nearest calm mode), `false` as every occurrence. Upgraded as it is read, not
 * by a versioned migration: WXT runs a migration's storage read in every context that defines
 * the item, which would cost each frame a second storage round at page load.
 */
export const underlineSetting = defineSetting<UnderlineSetting>(
  'sync:firstOccurrenceOnly',
  v.pipe(
    v.unknown(),
    v.transform((raw) => (raw === true ? 'section' : raw === false ? 'every' : raw)),
    v.picklist(['every', 'section', 'none']),
  ),
  'section',
);

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
