/**
 * Figures derived from mempool data: tip, epoch, halving, hash rate trends, hash ribbons and
 * hashprice. Pure functions of their arguments (no clock, no I/O), so each is tested against
 * the recorded responses.
 *
 * Daily hash rate points are stamped with the UTC midnight that ENDS the day they cover; all
 * windows below are half-open intervals `(end − N days, end]` over those stamps, so a window of
 * N days holds at most N points however the stamps fall.
 */
import type { DifficultyAdjustment, HashratePoint, RewardStats } from './network-types';

/** Milliseconds in a UTC day. */
export const DAY_MS = 24 * 60 * 60 * 1000;
/** Blocks between difficulty retargets. */
const EPOCH_BLOCKS = 2016;
/** Blocks between halvings. */
const HALVING_INTERVAL = 210_000;
/** The protocol's target block interval, used for every date estimated from a block count. */
const TARGET_BLOCK_MS = 10 * 60 * 1000;
/** Sats in one bitcoin. */
export const SATS_PER_BTC = 100_000_000;
/** A window average needs at least this share of its days; fewer points would mislead. */
const MIN_WINDOW_COVERAGE = 0.5;

const INITIAL_SUBSIDY_SATS = 50 * SATS_PER_BTC;

/** Height of the chain tip: `nextRetargetHeight − remainingBlocks`. */
export function tipHeight(
  adjustment: Pick<DifficultyAdjustment, 'nextRetargetHeight' | 'remainingBlocks'>,
): number {
  return adjustment.nextRetargetHeight - adjustment.remainingBlocks;
}

/** Where the current difficulty epoch stands. */
export interface EpochProgress {
  /** Height of the epoch's first block. */
  startHeight: number;
  /** Blocks of the epoch counted so far: `2016 − remainingBlocks` (as mempool counts them). */
  blocksMined: number;
  /** Blocks left until the retarget. */
  blocksLeft: number;
  /** `blocksMined / 2016` in percent. */
  percent: number;
}

/**
 * The epoch's progress from block counts alone, so it is the same on servers that send a
 * rounded or no `progressPercent`. At 51 of 2016 blocks it is 2.53 %.
 */
export function epochProgress(
  adjustment: Pick<DifficultyAdjustment, 'nextRetargetHeight' | 'remainingBlocks'>,
): EpochProgress {
  const blocksMined = EPOCH_BLOCKS - adjustment.remainingBlocks;
  return {
    startHeight: adjustment.nextRetargetHeight - EPOCH_BLOCKS,
    blocksMined,
    blocksLeft: adjustment.remainingBlocks,
    percent: (blocksMined / EPOCH_BLOCKS) * 100,
  };
}

/**
 * The subsidy of the block at `height`, in sats: 50 BTC halved every 210,000 blocks, rounded
 * down to whole sats as Bitcoin Core's right shift does (0 from the 33rd halving on).
 */
export function blockSubsidySats(height: number): number {
  const halvings = Math.floor(Math.max(0, height) / HALVING_INTERVAL);
  return Math.floor(INITIAL_SUBSIDY_SATS / 2 ** halvings);
}

/** The next halving as seen from a tip. */
export interface Halving {
  /** First block paying the halved subsidy: the next multiple of 210,000 above the tip. */
  height: number;
  /** `height − tip`. */
  blocksLeft: number;
  /** `from + blocksLeft × 10 min` (ms since epoch). */
  estimatedAt: number;
  /** Subsidy of the era the tip is in (sats). */
  subsidySats: number;
  /** Subsidy from the halving on (sats). */
  nextSubsidySats: number;
}

/**
 * The next halving after `tip`: at tip 967,731 it is block 1,050,000, 82,269 blocks away.
 * At a halving height itself the halving has happened and the next one is counted.
 *
 * @param from When the tip was seen (ms); the date is estimated at ten minutes per block.
 */
export function nextHalving(tip: number, from: number): Halving {
  const height = (Math.floor(tip / HALVING_INTERVAL) + 1) * HALVING_INTERVAL;
  const blocksLeft = height - tip;
  return {
    height,
    blocksLeft,
    estimatedAt: from + blocksLeft * TARGET_BLOCK_MS,
    subsidySats: blockSubsidySats(tip),
    nextSubsidySats: blockSubsidySats(height),
  };
}

/** Hash rate in EH/s as a whole number (933,299,493,326,075,100,000 H/s is 933 EH/s). */
export function hashrateEhs(hashesPerSecond: number): number {
  return Math.round(hashesPerSecond / 1e18);
}

/** Difficulty in T (10¹²) rounded to two decimals (132,757,073,449,487.5 is 132.76 T). */
export function difficultyT(difficulty: number): number {
  return Math.round(difficulty / 1e10) / 100;
}

/**
 * Mean hash rate of the points stamped in `(endAt − days, endAt]`. Null when fewer than half
 * of those days have a point (a gap in the history, or a window reaching before it).
 */
export function windowAverage(
  points: readonly HashratePoint[],
  endAt: number,
  days: number,
): number | null {
  const startAt = endAt - days * DAY_MS;
  let sum = 0;
  let n = 0;
  for (const point of points) {
    if (point.at > startAt && point.at <= endAt) {
      sum += point.hashrate;
      n++;
    }
  }
  return n > 0 && n >= Math.ceil(days * MIN_WINDOW_COVERAGE) ? sum / n : null;
}

/** The 7-day average hash rate and how it moved over 30 days. */
export interface HashrateTrend {
  /** Stamp of the newest point (ms): the end of the current window. */
  at: number;
  /** Mean of the points stamped in `(at − 7 d, at]` (H/s). */
  avg7d: number;
  /** Mean of the points stamped in `(at − 37 d, at − 30 d]` (H/s); null without that history. */
  avg7d30dAgo: number | null;
  /** `(avg7d / avg7d30dAgo − 1) × 100`; null without that history. */
  change30dPct: number | null;
}

/**
 * The 7-day average of daily hash rate ending with the newest point, and its change against
 * the 7-day average ending 30 days earlier. With the recorded 3-month history (newest point
 * 2026-09-19) that compares the points stamped 09-13…09-19 with those stamped 08-14…08-20.
 * Null when the history is empty or its last week is too sparse.
 */
export function hashrateTrend(points: readonly HashratePoint[]): HashrateTrend | null {
  const newest = points.at(-1);
  if (!newest) return null;
  const avg7d = windowAverage(points, newest.at, 7);
  if (avg7d === null) return null;
  const avg7d30dAgo = windowAverage(points, newest.at - 30 * DAY_MS, 7);
  return {
    at: newest.at,
    avg7d,
    avg7d30dAgo,
    change30dPct: avg7d30dAgo !== null && avg7d30dAgo > 0 ? (avg7d / avg7d30dAgo - 1) * 100 : null,
  };
}

/**
 * The `days`-day moving average at `points[index]`: the mean of the points stamped in
 * `(t − days, t]`. Null unless the history reaches back to the window's first day (a partial
 * window would be a shorter average under a longer name) and half its days have a point.
 */
export function movingAverage(
  points: readonly HashratePoint[],
  index: number,
  days: number,
): number | null {
  const point = points[index];
  const first = points[0];
  if (!point || !first || first.at > point.at - (days - 1) * DAY_MS) return null;
  return windowAverage(points, point.at, days);
}

/** The hash ribbon at the newest point. */
export interface HashRibbon {
  /** Stamp of the newest point (ms). */
  at: number;
  /** 30-day moving average (H/s). */
  ma30: number;
  /** 60-day moving average (H/s). */
  ma60: number;
  /** The capitulation signal: the 30-day average is below the 60-day one. */
  capitulation: boolean;
  /** Stamp of the first point of the unbroken run in which `capitulation` has had its current value. */
  since: number;
  /**
   * True when that run reaches back to the first point where both averages exist: it may have
   * begun earlier than `since`, before the history HashLens has.
   */
  sinceAtLeast: boolean;
}

/**
 * Hash ribbons from daily hash rate: the 30-day and 60-day moving averages at the newest
 * point, whether the 30-day is below the 60-day (miners capitulating) and since which point.
 * Needs 60 days of history; null with less.
 */
export function hashRibbon(points: readonly HashratePoint[]): HashRibbon | null {
  const days: { at: number; ma30: number; ma60: number; below: boolean }[] = [];
  for (let index = 0; index < points.length; index++) {
    const ma30 = movingAverage(points, index, 30);
    const ma60 = movingAverage(points, index, 60);
    const point = points[index];
    if (ma30 === null || ma60 === null || !point) continue;
    days.push({ at: point.at, ma30, ma60, below: ma30 < ma60 });
  }
  const newest = days.at(-1);
  if (!newest) return null;
  let start = days.length - 1;
  while (start > 0 && days[start - 1]?.below === newest.below) start--;
  return {
    at: newest.at,
    ma30: newest.ma30,
    ma60: newest.ma60,
    capitulation: newest.below,
    since: days[start]?.at ?? newest.at,
    sinceAtLeast: start === 0,
  };
}

/**
 * Hashprice: what one PH/s earns in a day, in sats,
 * `1e15 × 86400 / (difficulty × 2³²) × (subsidy + average fee per block)`. The first factor is
 * the blocks one PH/s finds per day at this difficulty; the fee average is over the blocks of
 * `rewardStats` (the last 144). Null for a difficulty that is not positive.
 *
 * @param subsidySats Subsidy of the next block (see {@link blockSubsidySats}).
 */
export function hashpriceSats(
  difficulty: number,
  subsidySats: number,
  rewardStats: Pick<RewardStats, 'startBlock' | 'endBlock' | 'totalFee'>,
): number | null {
  if (!(difficulty > 0)) return null;
  const blocks = rewardStats.endBlock - rewardStats.startBlock + 1;
  if (blocks < 1) return null;
  const blocksPerPhDay = (1e15 * 86_400) / (difficulty * 2 ** 32);
  return blocksPerPhDay * (subsidySats + rewardStats.totalFee / blocks);
}

/** Hashprice in a currency: sats per PH/s per day times the price of one BTC. */
export function hashpriceValue(satsPerPhDay: number, btcPrice: number): number {
  return (satsPerPhDay / SATS_PER_BTC) * btcPrice;
}
