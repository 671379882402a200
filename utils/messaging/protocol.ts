/**
 * The one message protocol between content scripts, extension pages and the background.
 *
 * Every request is validated against its schema in the background before a handler sees it,
 * and the sender is checked: content scripts (which run beside untrusted pages) may only call
 * the requests listed in {@link CONTENT_SCRIPT_REQUESTS}.
 */
import * as v from 'valibot';
import type { MarketChart, PriceQuote, ServeResult } from '@/utils/prices/types';
import type { PriceError, ApiPlan } from '@/utils/prices/errors';
import type { PinChange } from '@/utils/settings/pins';
import type { PackedTermTable } from '@/utils/terms/packed-table';
import { NETWORK_TOPICS, type NetworkTopic } from '@/utils/network/network-topics';
import type { HashratePoint } from '@/utils/network/network-types';
import type { NetworkView } from '@/utils/network/network-view';

/** CoinGecko ids are lower-case words joined by dashes (`bitcoin`, `wrapped-bitcoin`). */
export const coinIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,79}$/));
/** CoinGecko `vs_currency` codes: `usd`, `eur`, `btc`, `sats` … */
export const currencySchema = v.pipe(v.string(), v.regex(/^[a-z]{2,8}$/));

/** Glossary entry ids are kebab-case (`hash-rate`). */
const entryIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(80));

/** Request payload schemas, by message type. */
export const requestSchemas = {
  /** A glossary entry's definition, for the tooltip (definitions stay out of the content script). */
  describeTerm: v.strictObject({ entryId: entryIdSchema }),
  /** The compiled glossary, for a content script that found none in storage. */
  getTermTable: v.strictObject({}),
  /** Quotes for up to 50 coins in one currency. */
  getPrices: v.strictObject({
    coinIds: v.pipe(v.array(coinIdSchema), v.minLength(1), v.maxLength(50)),
    currency: currencySchema,
  }),
  /** A coin's 7-day daily chart. */
  getChart: v.strictObject({ coinId: coinIdSchema, currency: currencySchema }),
  /**
   * A coin's daily price history (the last 365 days), for "since this article": the content
   * side looks the page's day up locally, so neither the date nor any amount is sent.
   */
  getPriceHistory: v.strictObject({ coinId: coinIdSchema, currency: currencySchema }),
  /** Force a refresh now (the popup's refresh button), within back-off rules. */
  refresh: v.strictObject({ coinIds: v.array(coinIdSchema), currency: currencySchema }),
  /** Live network figures for a tooltip's topic (mining terms), in the chosen currency. */
  getNetwork: v.strictObject({ topic: v.picklist(NETWORK_TOPICS), currency: currencySchema }),
  /** Everything the popup's Network view shows: figures, 3 months of hash rate, BTC price. */
  getNetworkOverview: v.strictObject({ currency: currencySchema }),
  /** Options page: try a mempool instance address without saving it. */
  testNetworkInstance: v.strictObject({ url: v.pipe(v.string(), v.maxLength(300)) }),
  /**
   * Pin or unpin a coin (tooltip and popup buttons); a pin goes at the end, or at `index`
   * (the strip's Undo puts a coin back where it was).
   */
  setPin: v.strictObject({
    coinId: coinIdSchema,
    pinned: v.boolean(),
    index: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10))),
  }),
  /** Reorder a pinned coin by a few places (popup). */
  movePin: v.strictObject({
    coinId: coinIdSchema,
    offset: v.pipe(v.number(), v.integer(), v.minValue(-10), v.maxValue(10)),
  }),
  /** Options page: try a plan and key against CoinGecko without saving them. */
  testApiKey: v.strictObject({
    plan: v.picklist(['public', 'demo', 'pro']),
    apiKey: v.pipe(v.string(), v.maxLength(200)),
  }),
};

/** The message types. */
export type RequestType = keyof typeof requestSchemas;
/** The payload of request `K`. */
export type RequestOf<K extends RequestType> = v.InferOutput<(typeof requestSchemas)[K]>;

/** What a tooltip shows of a glossary entry. */
export interface TermCard {
  id: string;
  title: string;
  short: string;
  long: string;
  /** For coins and phrases tied to one ("Bitcoin mining"): its CoinGecko id and name. */
  coin?: { id: string; name: string };
  /** For mining terms: the live network figures to show. */
  network?: NetworkTopic;
}

/** Network figures, or why there are none (switched off in options). */
export type NetworkAnswer = { enabled: false } | { enabled: true; view: NetworkView };

/** The popup's Network view: the figures plus the two series of its chart. */
export type NetworkOverview =
  | { enabled: false }
  | {
      enabled: true;
      view: NetworkView;
      /** Daily hash rate of the last 3 months (empty when the instance sent none). */
      hashrate: HashratePoint[];
      /** BTC's daily price over the last 90 days in the currency. */
      price: ServeResult<MarketChart>;
    };

/** A coin's daily history, and whether it is the keyless API's (365 days at most). */
export interface PriceHistory {
  chart: ServeResult<MarketChart>;
  /** True on the public (keyless) API: "no free price history before …". */
  keyless: boolean;
}

/** What each request answers. */
export interface ResponseMap {
  /** Null for an id the glossary does not have. */
  describeTerm: TermCard | null;
  getTermTable: PackedTermTable;
  getNetwork: NetworkAnswer;
  getNetworkOverview: NetworkOverview;
  testNetworkInstance: { ok: true; source: string } | { ok: false; message: string };
  getPrices: Record<string, ServeResult<PriceQuote>>;
  getChart: ServeResult<MarketChart>;
  getPriceHistory: PriceHistory;
  refresh: Record<string, ServeResult<PriceQuote>>;
  testApiKey: { ok: true; plan: ApiPlan } | { ok: false; error: PriceError };
  setPin: PinChange;
  movePin: PinChange;
}

/** Requests a content script may send; everything else needs an extension page. */
export const CONTENT_SCRIPT_REQUESTS: ReadonlySet<RequestType> = new Set([
  'describeTerm',
  'getTermTable',
  'getNetwork',
  'getPrices',
  'getChart',
  'getPriceHistory',
  'setPin',
]);

/** Port name an open popup connects with; its messages name the coin on screen (`{coinId}`). */
export const POPUP_PORT = 'hashlens-popup';

/** The wire form of a request. */
export interface RequestEnvelope<K extends RequestType = RequestType> {
  hashlens: 1;
  type: K;
  data: RequestOf<K>;
}

/** The wire form of an answer: a handler's result, or why the request was refused. */
export type ResponseEnvelope<K extends RequestType = RequestType> =
  { ok: true; result: ResponseMap[K] } | { ok: false; refused: string };

const envelopeSchema = v.object({
  hashlens: v.literal(1),
  type: v.picklist(Object.keys(requestSchemas) as RequestType[]),
  data: v.unknown(),
});

/** Identifies who sent a message, as `runtime.onMessage` reports it. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Checks a raw message and its sender. Returns the parsed request, or a refusal reason.
 * Pure, so it is tested without a browser.
 */
export function parseRequest(
  raw: unknown,
  sender: SenderInfo,
  extension: { id: string; pagesOrigin: string },
): { ok: true; type: RequestType; data: unknown } | { ok: false; refused: string } {
  if (sender.id !== extension.id) return { ok: false, refused: 'sender is not HashLens' };
  const envelope = v.safeParse(envelopeSchema, raw);
  if (!envelope.success) return { ok: false, refused: 'not a HashLens request' };
  const { type } = envelope.output;
  const fromExtensionPage =
    sender.tab === undefined || (sender.url ?? '').startsWith(extension.pagesOrigin);
  if (!fromExtensionPage && !CONTENT_SCRIPT_REQUESTS.has(type)) {
    return { ok: false, refused: `content scripts may not send "${type}"` };
  }
  const data = v.safeParse(requestSchemas[type], envelope.output.data);
  if (!data.success) {
    const issue = data.issues[0];
    return { ok: false, refused: `invalid "${type}" request: ${issue?.message ?? 'bad shape'}` };
  }
  return { ok: true, type, data: data.output };
}
