/**
 * Bitcoin network data as HashLens keeps it: what the background fetched from a mempool
 * instance, validated and converted to one set of units. mempool.space mixes seconds and
 * milliseconds and sends sat totals as strings; past the client, every time is ms since the
 * epoch, every amount a number of sats, every hash rate H/s.
 */

/** The four endpoints HashLens reads, by the name the cache and the service use. */
export const NETWORK_ENDPOINTS = ['difficulty', 'hashrate', 'rewardStats', 'fees'] as const;

/** One of {@link NETWORK_ENDPOINTS}. */
export type NetworkEndpoint = (typeof NETWORK_ENDPOINTS)[number];

/** `/api/v1/difficulty-adjustment`: where the current 2016-block epoch stands. */
export interface DifficultyAdjustment {
  /** Share of the epoch's 2016 blocks already mined, 0–100. */
  progressPercent: number;
  /** Estimated change at the next retarget, in percent (`-5.98` is −5.98 %). */
  difficultyChange: number;
  /** When the next retarget is expected (ms since epoch). */
  estimatedRetargetDate: number;
  /** Blocks left until the retarget. */
  remainingBlocks: number;
  /** Height of the first block of the next epoch. */
  nextRetargetHeight: number;
  /** Change at the previous retarget, in percent. */
  previousRetarget: number;
  /** When the previous retarget happened (ms); null where the server omits it. */
  previousTime: number | null;
  /** Mean block interval this epoch (ms); null where the server omits it. */
  timeAvg: number | null;
  /**
   * Mean block interval mempool uses for its estimate, damped early in an epoch (ms); null
   * on older self-hosted servers, which do not send it.
   */
  adjustedTimeAvg: number | null;
  /** Blocks expected by now at ten minutes each; null on older self-hosted servers. */
  expectedBlocks: number | null;
}

/** One day of the network's hash rate. */
export interface HashratePoint {
  /** The UTC midnight that ENDS the day the value covers (ms since epoch). */
  at: number;
  /** Mean hash rate over that day (H/s). */
  hashrate: number;
}

/** `/api/v1/mining/hashrate/3m`: daily history plus the current figures. */
export interface HashrateHistory {
  /** Oldest first; possibly empty on a server that is still indexing. */
  points: HashratePoint[];
  /** Hash rate estimated over the last 1008 blocks (H/s). */
  currentHashrate: number;
  /** Difficulty of the current epoch. */
  currentDifficulty: number;
}

/** `/api/v1/mining/reward-stats/144`: totals over the last blocks. */
export interface RewardStats {
  /** First block counted (inclusive). */
  startBlock: number;
  /** Last block counted (inclusive). */
  endBlock: number;
  /** Subsidy plus fees of those blocks (sats). */
  totalReward: number;
  /** Fees of those blocks (sats). */
  totalFee: number;
  /** Transactions in those blocks. */
  totalTx: number;
}

/** `/api/v1/fees/recommended`, in sat/vB. */
export interface RecommendedFees {
  fastestFee: number;
  halfHourFee: number;
  hourFee: number;
  /** Null where the server omits it. */
  economyFee: number | null;
  /** Null where the server omits it. */
  minimumFee: number | null;
}

/** What each endpoint yields. */
export interface NetworkData {
  difficulty: DifficultyAdjustment;
  hashrate: HashrateHistory;
  rewardStats: RewardStats;
  fees: RecommendedFees;
}

/**
 * How long each endpoint's data counts as fresh. A block comes every ten minutes or so: the
 * retarget estimate and fees move with blocks (fees with the mempool too), the 144-block
 * reward totals once a block, the daily hash rate history once a day.
 */
export const NETWORK_FRESH_MS: Record<NetworkEndpoint, number> = {
  difficulty: 5 * 60_000,
  hashrate: 60 * 60_000,
  rewardStats: 10 * 60_000,
  fees: 2 * 60_000,
};
