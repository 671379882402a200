// Every derived figure against the recorded responses of 2026-09-19 (tip 967,731) and the
// backend's own test vectors. Expected values are either read straight off the fixtures or
// recomputed here in a second, simpler way (index slices instead of time windows).
import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  blockSubsidySats,
  difficultyT,
  epochProgress,
  hashRibbon,
  hashpriceSats,
  hashpriceValue,
  hashrateEhs,
  hashrateTrend,
  movingAverage,
  nextHalving,
  tipHeight,
  windowAverage,
} from '../network-figures';
import type { HashratePoint } from '../network-types';
import { RECORDED_NOW, fixtureJson } from './fixtures';

interface RawAdjustment {
  nextRetargetHeight: number;
  remainingBlocks: number;
  progressPercent: number;
  adjustedTimeAvg?: number;
  expectedBlocks?: number;
}
interface RawHashrate {
  hashrates: { timestamp: number; avgHashrate: number }[];
  currentHashrate: number;
  currentDifficulty: number;
}

const recorded = fixtureJson<RawAdjustment>('difficulty-adjustment.json');
const { adjustedTimeAvg: _a, expectedBlocks: _e, ...oldServer } = recorded;
const ADJUSTMENTS: [string, RawAdjustment][] = [
  ['recorded, 51 blocks into the epoch', recorded],
  ['recorded, as an old server sends it', oldServer],
  [
    'backend vector 2024-02-11',
    fixtureJson('difficulty-adjustment__backend-testvector-2024-02-11.json'),
  ],
  [
    'backend vector, one block before retarget',
    fixtureJson('difficulty-adjustment__backend-testvector-lockin-2023-05-04.json'),
  ],
  ['docs example, mid-epoch', fixtureJson('difficulty-adjustment__docs-example-2024-12.json')],
];

const toPoints = (raw: RawHashrate): HashratePoint[] =>
  raw.hashrates.map((point) => ({ at: point.timestamp * 1000, hashrate: point.avgHashrate }));
const history3m = fixtureJson<RawHashrate>('hashrate__3m.json');
const points3m = toPoints(history3m);
const points1w = toPoints(fixtureJson<RawHashrate>('hashrate__1w.json'));
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const rates = (points: HashratePoint[]) => points.map((point) => point.hashrate);

/** `n` daily points ending at `end`, from a function of the day's index. */
function series(n: number, rate: (index: number) => number, end = RECORDED_NOW): HashratePoint[] {
  return Array.from({ length: n }, (_, index) => ({
    at: end - (n - 1 - index) * DAY_MS,
    hashrate: rate(index),
  }));
}

describe('tipHeight and epochProgress', () => {
  it.each([
    [ADJUSTMENTS[0]![0], ADJUSTMENTS[0]![1], 967_731, 967_680, 51],
    [ADJUSTMENTS[1]![0], ADJUSTMENTS[1]![1], 967_731, 967_680, 51],
    [ADJUSTMENTS[2]![0], ADJUSTMENTS[2]![1], 830_027, 828_576, 1451],
    [ADJUSTMENTS[3]![0], ADJUSTMENTS[3]![1], 788_255, 786_240, 2015],
    [ADJUSTMENTS[4]![0], ADJUSTMENTS[4]![1], 875_599, 874_944, 655],
  ])('%s: tip %i, epoch from %i, %i blocks mined', (_name, raw, tip, start, mined) => {
    expect(tipHeight(raw)).toBe(tip);
    const epoch = epochProgress(raw);
    expect(epoch).toMatchObject({ startHeight: start, blocksMined: mined });
    expect(epoch.blocksLeft).toBe(raw.remainingBlocks);
    // Counted from blocks alone, the progress agrees with mempool's own figure.
    expect(epoch.percent).toBeCloseTo(raw.progressPercent, 10);
  });

  it('counts the first block of an epoch as 0 of 2016 mined', () => {
    expect(epochProgress({ nextRetargetHeight: 969_696, remainingBlocks: 2016 })).toEqual({
      startHeight: 967_680,
      blocksMined: 0,
      blocksLeft: 2016,
      percent: 0,
    });
  });
});

describe('blockSubsidySats', () => {
  it.each([
    [0, 5_000_000_000],
    [209_999, 5_000_000_000],
    [210_000, 2_500_000_000],
    [840_000, 312_500_000],
    [967_731, 312_500_000],
    [1_049_999, 312_500_000],
    [1_050_000, 156_250_000],
    [1_260_000, 78_125_000],
    // 50 BTC >> 32 is 1 sat; from the 33rd halving on nothing is left.
    [32 * 210_000, 1],
    [33 * 210_000, 0],
    [64 * 210_000, 0],
  ])('height %i pays %i sats', (height, sats) => {
    expect(blockSubsidySats(height)).toBe(sats);
  });
});

describe('nextHalving', () => {
  it.each([
    ['the recorded tip', 967_731, 1_050_000, 82_269, 312_500_000, 156_250_000],
    ['backend vector 2024-02-11', 830_027, 840_000, 9_973, 625_000_000, 312_500_000],
    ['one block before a halving', 1_049_999, 1_050_000, 1, 312_500_000, 156_250_000],
    ['at a halving height: the next one', 1_050_000, 1_260_000, 210_000, 156_250_000, 78_125_000],
    ['genesis', 0, 210_000, 210_000, 5_000_000_000, 2_500_000_000],
  ])('%s (tip %i): block %i, %i blocks left', (_name, tip, height, left, now, next) => {
    const halving = nextHalving(tip, RECORDED_NOW);
    expect(halving).toEqual({
      height,
      blocksLeft: left,
      estimatedAt: RECORDED_NOW + left * 10 * 60_000,
      subsidySats: now,
      nextSubsidySats: next,
    });
    expect(halving.height % 210_000).toBe(0);
  });

  it('dates the recorded countdown 571 days and 7.5 hours ahead: 2028-04-13 02:23:46 UTC', () => {
    expect(new Date(nextHalving(967_731, RECORDED_NOW).estimatedAt).toISOString()).toBe(
      '2028-04-13T02:23:46.000Z',
    );
  });
});

describe('hashrateEhs and difficultyT', () => {
  it.each([
    ['recorded currentHashrate', history3m.currentHashrate, 933],
    ['rounds half up', 933.5e18, 934],
    ['below one EH/s', 0.4e18, 0],
    ['nothing', 0, 0],
  ])('%s → %i EH/s', (_name, hs, ehs) => {
    expect(hashrateEhs(hs)).toBe(ehs);
  });

  it.each([
    ['recorded currentDifficulty', history3m.currentDifficulty, 132.76],
    ['the previous epoch (difficulty-adjustments row 965664)', 127_450_789_715_843.1, 127.45],
    ['an exact value', 100e12, 100],
    ['tiny', 1, 0],
  ])('%s → %s T', (_name, difficulty, t) => {
    expect(difficultyT(difficulty)).toBe(t);
  });
});

describe('windowAverage', () => {
  const week = series(7, (index) => (index + 1) * 1e20);
  const end = RECORDED_NOW;
  it.each([
    ['a full week', week, 7, mean(rates(week))],
    ['the points of the last 3 days only', week, 3, mean([5e20, 6e20, 7e20])],
    ['4 of 7 days (half is enough)', week.slice(3), 7, mean([4e20, 5e20, 6e20, 7e20])],
    ['3 of 7 days (too sparse)', week.slice(4), 7, null],
    ['no points', [], 7, null],
  ])('%s', (_name, points, days, expected) => {
    expect(windowAverage(points, end, days)).toBe(expected);
  });

  it('is half-open: a point stamped exactly N days before the end is not in the window', () => {
    const points = [{ at: end - 7 * DAY_MS, hashrate: 1000 }, ...series(4, () => 10, end)];
    expect(windowAverage(points, end, 7)).toBe(10);
  });
});

describe('hashrateTrend', () => {
  it('recorded 3 months: the last 7 points against the 7 stamped 30 days earlier', () => {
    const trend = hashrateTrend(points3m)!;
    // No gaps in the recording, so the windows are index slices: 09-13…09-19 and 08-14…08-20.
    const now7 = points3m.slice(-7);
    const then7 = points3m.slice(-37, -30);
    expect(new Date(now7[0]!.at).toISOString().slice(0, 10)).toBe('2026-09-13');
    expect(new Date(then7[0]!.at).toISOString().slice(0, 10)).toBe('2026-08-14');
    expect(new Date(then7[6]!.at).toISOString().slice(0, 10)).toBe('2026-08-20');
    expect(trend.at).toBe(Date.UTC(2026, 8, 19));
    expect(trend.avg7d).toBeCloseTo(mean(rates(now7)), -6);
    expect(trend.avg7d30dAgo).toBeCloseTo(mean(rates(then7)), -6);
    expect(trend.change30dPct).toBeCloseTo((mean(rates(now7)) / mean(rates(then7)) - 1) * 100, 10);
    expect(hashrateEhs(trend.avg7d)).toBe(951);
    expect(trend.change30dPct).toBeCloseTo(1.8248, 4);
  });

  it.each([
    ['one week of history (hashrate/1w)', points1w, true, null],
    ['a rising series: +50 % over 30 days', series(37, (i) => (i < 7 ? 2e20 : 3e20)), true, 50],
    ['empty (a server still indexing)', [], false, null],
    ['3 points: too few for a 7-day average', points3m.slice(-3), false, null],
  ])('%s', (_name, points, hasAverage, change) => {
    const trend = hashrateTrend(points);
    expect(trend !== null).toBe(hasAverage);
    if (trend) {
      if (change === null) expect(trend.change30dPct).toBeNull();
      else expect(trend.change30dPct).toBeCloseTo(change, 10);
    }
  });
});

describe('movingAverage and hashRibbon', () => {
  const at = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

  it('needs the full window of history: the first 60-day average is at the 60th point', () => {
    expect(movingAverage(points3m, 58, 60)).toBeNull();
    expect(movingAverage(points3m, 59, 60)).toBeCloseTo(mean(rates(points3m.slice(0, 60))), -6);
    expect(movingAverage(points3m, 91, 30)).toBeCloseTo(mean(rates(points3m.slice(-30))), -6);
  });

  it('recorded 3 months: no capitulation; 30-day above 60-day since the point of 2026-08-27', () => {
    const ribbon = hashRibbon(points3m)!;
    expect(ribbon.ma30).toBeCloseTo(mean(rates(points3m.slice(-30))), -6);
    expect(ribbon.ma60).toBeCloseTo(mean(rates(points3m.slice(-60))), -6);
    expect(hashrateEhs(ribbon.ma30)).toBe(923);
    expect(hashrateEhs(ribbon.ma60)).toBe(913);
    expect(ribbon).toMatchObject({
      at: at('2026-09-19'),
      capitulation: false,
      since: at('2026-08-27'),
      sinceAtLeast: false,
    });
  });

  it.each([
    [
      'history to 2026-08-26: capitulating since the first day both exist',
      '2026-08-26',
      true,
      '2026-08-18',
      true,
    ],
    ['history to 2026-08-27: the crossing day', '2026-08-27', false, '2026-08-27', false],
    ['history to 2026-08-18: one day of ribbon', '2026-08-18', true, '2026-08-18', true],
  ])('%s', (_name, last, capitulation, since, atLeast) => {
    const ribbon = hashRibbon(points3m.filter((point) => point.at <= at(last)))!;
    expect(ribbon).toMatchObject({ capitulation, since: at(since), sinceAtLeast: atLeast });
  });

  it.each([
    ['hashrate/1w: one week', points1w],
    ['59 days', points3m.slice(0, 59)],
    ['empty', []],
  ])('%s: no ribbon', (_name, points) => {
    expect(hashRibbon(points)).toBeNull();
  });

  it('finds a capitulation that starts after a sharp drop', () => {
    // 70 days at 1000 EH/s, then 20 at 800: the 30-day average falls under the 60-day at once.
    const points = series(90, (i) => (i < 70 ? 1000e18 : 800e18));
    const ribbon = hashRibbon(points)!;
    expect(ribbon.capitulation).toBe(true);
    expect(ribbon.since).toBe(points[70]!.at);
    expect(ribbon.sinceAtLeast).toBe(false);
  });
});

describe('hashprice', () => {
  const rewardStats = fixtureJson<{ startBlock: number; endBlock: number; totalFee: string }>(
    'reward-stats__144.json',
  );
  const stats = { ...rewardStats, totalFee: Number(rewardStats.totalFee) };
  const prices = fixtureJson<{ USD: number; EUR: number }>('prices.json');

  it('recorded: 47,638 sats per PH/s per day, $38.80 at mempool’s own $81,445', () => {
    const subsidy = blockSubsidySats(967_732);
    const sats = hashpriceSats(history3m.currentDifficulty, subsidy, stats)!;
    // Blocks one PH/s finds per day, times subsidy plus the mean fee of the 144 blocks.
    const expected =
      ((1e15 * 86_400) / (history3m.currentDifficulty * 4_294_967_296)) *
      (312_500_000 + 270_908_142 / 144);
    expect(stats.endBlock - stats.startBlock + 1).toBe(144);
    expect(sats).toBeCloseTo(expected, 6);
    expect(sats).toBeCloseTo(47_637.9348, 4);
    expect(hashpriceValue(sats, prices.USD)).toBeCloseTo(38.7987, 4);
    expect(hashpriceValue(sats, prices.EUR)).toBeCloseTo(33.7477, 4);
  });

  it.each([
    [
      'a difficulty at which one PH/s finds one block a day',
      (1e15 * 86_400) / 2 ** 32,
      100,
      1,
      100_000_000,
      100_000_100,
    ],
    [
      'fees spread over the block count given, not assumed 144',
      (1e15 * 86_400) / 2 ** 32,
      100,
      10,
      0,
      10,
    ],
    ['zero difficulty', 0, 100, 1, 1, null],
    ['negative difficulty', -1, 100, 1, 1, null],
  ])('%s', (_name, difficulty, totalFee, blocks, subsidy, expected) => {
    const sats = hashpriceSats(difficulty, subsidy, {
      startBlock: 1000,
      endBlock: 1000 + blocks - 1,
      totalFee,
    });
    if (expected === null) expect(sats).toBeNull();
    else expect(sats).toBeCloseTo(expected, 6);
  });
});
