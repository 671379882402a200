/**
 * The network read model: turns the cached entries and a clock into what a tooltip or the
 * popup shows for each figure — its value, how old the data behind it is, whether it is stale
 * and, when it is stale or missing, why, in words. Pure, so the background, a tab reading the
 * cache from storage events and the tests all get the same answer.
 */
import { sourceHost } from './mempool-client';
import type { NetworkCacheState } from './network-cache';
import { describeNetworkError } from './network-errors';
import {
  SATS_PER_BTC,
  blockSubsidySats,
  difficultyT,
  epochProgress,
  hashRibbon,
  hashpriceSats,
  hashpriceValue,
  hashrateEhs,
  hashrateTrend,
  nextHalving,
  tipHeight,
  type EpochProgress,
  type HashRibbon,
} from './network-figures';
import { NETWORK_FRESH_MS } from './network-types';
import type { NetworkData, NetworkEndpoint } from './network-types';

/** Data older than this many freshness periods is stale even without a failed refresh. */
export const STALE_AFTER_PERIODS = 2;

/** One figure as a view shows it. */
export interface FigureView<T> {
  /** Null when the data it needs is missing or too short. */
  value: T | null;
  /** Age of the oldest data it is computed from (ms); null without data. */
  ageMs: number | null;
  /** True when a refresh of that data failed or it is older than it should ever be. */
  stale: boolean;
  /** Why the figure is stale or missing, in words; null when it is fresh. */
  reason: string | null;
}

/** A BTC price from HashLens's price cache, to turn hashprice into money. */
export interface BtcPrice {
  price: number;
  /** The CoinGecko `vs_currency`, e.g. `usd`. */
  currency: string;
  /** When the price was fetched (ms), so the view can say which price it used. */
  fetchedAt: number;
}

/** Hash rate now and its 7-day trend. */
export interface HashrateFigure {
  /** `currentHashrate` in whole EH/s. */
  ehs: number;
  /** The 7-day average in whole EH/s; null with under a week of history. */
  avg7dEhs: number | null;
  /** Change of the 7-day average over 30 days, in percent; null without that history. */
  change30dPct: number | null;
}

/** The next difficulty adjustment. */
export interface NextAdjustmentFigure {
  /** mempool's estimate of the change, in percent. */
  changePct: number;
  /** When the retarget is expected (ms). */
  estimatedAt: number;
  epoch: EpochProgress;
}

/** The halving countdown. */
export interface HalvingFigure {
  height: number;
  blocksLeft: number;
  /** At ten minutes per block from when the tip was fetched (ms). */
  estimatedAt: number;
  subsidySats: number;
  subsidyBtc: number;
  nextSubsidySats: number;
  nextSubsidyBtc: number;
}

/** Hashprice, in sats and, with a price, in money. */
export interface HashpriceFigure {
  satsPerPhDay: number;
  /** Per PH/s per day in `currency`; null without a price. */
  value: number | null;
  currency: string | null;
  /** The BTC price used, in `currency`; null without a price. */
  btcPrice: number | null;
  /** When the price used was fetched (ms). */
  priceAt: number | null;
}

/** Everything the tooltips and the popup show. */
export interface NetworkView {
  /** The host to credit: `mempool.space`, or the user's own instance. */
  source: string;
  tip: FigureView<number>;
  hashrate: FigureView<HashrateFigure>;
  /** Current difficulty in T, two decimals. */
  difficulty: FigureView<number>;
  nextAdjustment: FigureView<NextAdjustmentFigure>;
  halving: FigureView<HalvingFigure>;
  /** The three recommended rates, sat/vB. */
  fees: FigureView<{ fastest: number; halfHour: number; hour: number }>;
  hashprice: FigureView<HashpriceFigure>;
  ribbon: FigureView<HashRibbon>;
}

/** What one endpoint contributes to a figure. */
interface Input {
  ageMs: number | null;
  stale: boolean;
  reason: string | null;
}

function minutes(ms: number): string {
  const m = Math.round(ms / 60_000);
  return m < 120 ? `${m} min` : `${Math.round(m / 60)} h`;
}

function endpointInput(
  state: NetworkCacheState,
  endpoint: NetworkEndpoint,
  now: number,
  host: string,
): Input {
  const entry = state.entries[endpoint];
  if (!entry) {
    // A back-off that has run out explains nothing any more: the next ask sends a request.
    const backoff = state.backoff[endpoint];
    return {
      ageMs: null,
      stale: false,
      reason:
        backoff && backoff.until > now
          ? describeNetworkError(backoff.reason, now, host)
          : `No data from ${host} yet.`,
    };
  }
  const ageMs = Math.max(0, now - entry.fetchedAt);
  const limit = STALE_AFTER_PERIODS * NETWORK_FRESH_MS[endpoint];
  if (entry.lastError) {
    return { ageMs, stale: true, reason: describeNetworkError(entry.lastError, now, host) };
  }
  if (ageMs >= limit) {
    return {
      ageMs,
      stale: true,
      reason: `Not refreshed for over ${minutes(limit)}; HashLens is asking ${host} again.`,
    };
  }
  return { ageMs, stale: false, reason: null };
}

/**
 * Builds one figure from its inputs: missing data explains itself first, then a stale input;
 * `compute` may still find the data too short and say so in `short`.
 */
function figure<T>(inputs: Input[], compute: () => T | null, short?: string): FigureView<T> {
  const missing = inputs.find((input) => input.ageMs === null);
  if (missing) return { value: null, ageMs: null, stale: false, reason: missing.reason };
  const ageMs = Math.max(...inputs.map((input) => input.ageMs ?? 0));
  const stale = inputs.find((input) => input.stale);
  const value = compute();
  return {
    value,
    ageMs,
    stale: stale !== undefined,
    reason: value === null ? (short ?? null) : (stale?.reason ?? null),
  };
}

/**
 * What every view shows, from the cache at `now`. Each figure's age is that of the oldest
 * response it uses; the halving date is estimated from when the tip was fetched; hashprice
 * pays the subsidy of the next block plus the average fee of the last 144.
 */
export function networkView(
  state: NetworkCacheState,
  now: number,
  btcPrice: BtcPrice | null = null,
): NetworkView {
  const host = sourceHost(state.instance);
  const input = (endpoint: NetworkEndpoint) => endpointInput(state, endpoint, now, host);
  const difficulty = input('difficulty');
  const hashrate = input('hashrate');
  const rewardStats = input('rewardStats');
  const fees = input('fees');
  // Read only after figure() has checked the input exists.
  const value = <E extends NetworkEndpoint>(endpoint: E): NetworkData[E] =>
    state.entries[endpoint]!.value as NetworkData[E];
  const tip = () => tipHeight(value('difficulty'));

  return {
    source: host,
    tip: figure([difficulty], tip),
    hashrate: figure([hashrate], () => {
      const history = value('hashrate');
      const trend = hashrateTrend(history.points);
      return {
        ehs: hashrateEhs(history.currentHashrate),
        avg7dEhs: trend ? hashrateEhs(trend.avg7d) : null,
        change30dPct: trend?.change30dPct ?? null,
      };
    }),
    difficulty: figure([hashrate], () => difficultyT(value('hashrate').currentDifficulty)),
    nextAdjustment: figure([difficulty], () => {
      const adjustment = value('difficulty');
      return {
        changePct: adjustment.difficultyChange,
        estimatedAt: adjustment.estimatedRetargetDate,
        epoch: epochProgress(adjustment),
      };
    }),
    halving: figure([difficulty], () => {
      const halving = nextHalving(tip(), state.entries.difficulty!.fetchedAt);
      return {
        ...halving,
        subsidyBtc: halving.subsidySats / SATS_PER_BTC,
        nextSubsidyBtc: halving.nextSubsidySats / SATS_PER_BTC,
      };
    }),
    fees: figure([fees], () => {
      const rates = value('fees');
      return { fastest: rates.fastestFee, halfHour: rates.halfHourFee, hour: rates.hourFee };
    }),
    hashprice: figure(
      [difficulty, hashrate, rewardStats],
      () => {
        const sats = hashpriceSats(
          value('hashrate').currentDifficulty,
          blockSubsidySats(tip() + 1),
          value('rewardStats'),
        );
        if (sats === null) return null;
        return {
          satsPerPhDay: sats,
          value: btcPrice ? hashpriceValue(sats, btcPrice.price) : null,
          currency: btcPrice?.currency ?? null,
          btcPrice: btcPrice?.price ?? null,
          priceAt: btcPrice?.fetchedAt ?? null,
        };
      },
      `${host} reported no usable difficulty.`,
    ),
    ribbon: figure(
      [hashrate],
      () => hashRibbon(value('hashrate').points),
      `${host} has less than 60 days of hash rate history.`,
    ),
  };
}
