import { describe, expect, it } from 'vitest';
import { ENDPOINT_PATHS } from '../mempool-client';
import { emptyNetworkCache } from '../network-cache';
import { describeNetworkError, type NetworkError } from '../network-errors';
import { NETWORK_FRESH_MS } from '../network-types';
import { NETWORK_ENDPOINTS } from '../network-types';
import { STALE_AFTER_PERIODS, networkView } from '../network-view';
import { RECORDED_NOW, cacheFromFixtures, fixtureJson } from './fixtures';

const MINUTE = 60_000;

const prices = fixtureJson<{ time: number; USD: number; EUR: number }>('prices.json');
const USD = { price: prices.USD, currency: 'usd', fetchedAt: prices.time * 1000 };
const raw3m = fixtureJson<{ hashrates: { avgHashrate: number }[]; currentDifficulty: number }>(
  'hashrate__3m.json',
);
const rawAdjustment = fixtureJson('difficulty-adjustment.json');
const fresh = { ageMs: MINUTE, stale: false, reason: null };

describe('networkView over the recorded responses', () => {
  it('shows every figure, fresh, one minute after the fetch', async () => {
    const view = networkView(await cacheFromFixtures(), RECORDED_NOW + MINUTE, USD);
    const last7 = raw3m.hashrates.slice(-7).map((point) => point.avgHashrate);
    const then7 = raw3m.hashrates.slice(-37, -30).map((point) => point.avgHashrate);
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    expect(view.source).toBe('mempool.space');
    expect(view.tip).toEqual({ value: 967_731, ...fresh });
    expect(view.hashrate).toEqual({
      value: {
        ehs: 933,
        avg7dEhs: Math.round(sum(last7) / 7 / 1e18),
        change30dPct: expect.closeTo((sum(last7) / sum(then7) - 1) * 100, 9),
      },
      ...fresh,
    });
    expect(view.difficulty).toEqual({ value: 132.76, ...fresh });
    expect(view.nextAdjustment).toEqual({
      value: {
        changePct: -5.975736194371207,
        estimatedAt: 1791100448965,
        epoch: {
          startHeight: 967_680,
          blocksMined: 51,
          blocksLeft: 1965,
          percent: expect.closeTo(2.5297619047619047, 12),
        },
      },
      ...fresh,
    });
    expect(view.halving).toEqual({
      value: {
        height: 1_050_000,
        blocksLeft: 82_269,
        // From when the tip was fetched, not from when the view is drawn.
        estimatedAt: RECORDED_NOW + 82_269 * 10 * MINUTE,
        subsidySats: 312_500_000,
        subsidyBtc: 3.125,
        nextSubsidySats: 156_250_000,
        nextSubsidyBtc: 1.5625,
      },
      ...fresh,
    });
    expect(view.fees).toEqual({ value: { fastest: 4, halfHour: 4, hour: 1 }, ...fresh });
    const sats =
      ((1e15 * 86_400) / (raw3m.currentDifficulty * 2 ** 32)) * (312_500_000 + 270_908_142 / 144);
    expect(view.hashprice).toEqual({
      value: {
        satsPerPhDay: expect.closeTo(sats, 6),
        value: expect.closeTo((sats / 1e8) * prices.USD, 9),
        currency: 'usd',
        btcPrice: prices.USD,
        priceAt: Date.parse('2026-09-19T18:50:05Z'),
      },
      ...fresh,
    });
    expect(view.hashprice.value?.value).toBeCloseTo(38.8, 2);
    expect(view.ribbon).toMatchObject({
      value: { capitulation: false, since: Date.UTC(2026, 7, 27), sinceAtLeast: false },
      ...fresh,
    });
  });

  it('hashprice without a price: sats only', async () => {
    const view = networkView(await cacheFromFixtures(), RECORDED_NOW);
    expect(view.hashprice.value).toMatchObject({ value: null, currency: null, priceAt: null });
    expect(view.hashprice.value?.satsPerPhDay).toBeCloseTo(47_637.93, 2);
  });

  it('hashprice in another currency', async () => {
    const eur = { price: prices.EUR, currency: 'eur', fetchedAt: RECORDED_NOW };
    const view = networkView(await cacheFromFixtures(), RECORDED_NOW, eur);
    expect(view.hashprice.value).toMatchObject({ currency: 'eur', priceAt: RECORDED_NOW });
    expect(view.hashprice.value?.value).toBeCloseTo(33.75, 2);
  });

  it('an old server without adjustedTimeAvg and expectedBlocks gives the same figures', async () => {
    const { adjustedTimeAvg: _a, expectedBlocks: _e, ...old } = rawAdjustment;
    const oldView = networkView(
      await cacheFromFixtures({ bodies: { [ENDPOINT_PATHS.difficulty]: old } }),
      RECORDED_NOW,
      USD,
    );
    expect(oldView).toEqual(networkView(await cacheFromFixtures(), RECORDED_NOW, USD));
  });

  it('at the first block of an epoch: 0 of 2016, the tip one above the last retarget', async () => {
    const first = { ...rawAdjustment, remainingBlocks: 2016, progressPercent: 0 };
    const view = networkView(
      await cacheFromFixtures({ bodies: { [ENDPOINT_PATHS.difficulty]: first } }),
      RECORDED_NOW,
    );
    expect(view.tip.value).toBe(967_680);
    expect(view.nextAdjustment.value?.epoch).toEqual({
      startHeight: 967_680,
      blocksMined: 0,
      blocksLeft: 2016,
      percent: 0,
    });
    expect(view.halving.value?.blocksLeft).toBe(82_320);
  });

  it('a week of history: no ribbon and no 30-day change, but a 7-day average', async () => {
    const view = networkView(
      await cacheFromFixtures({
        bodies: { [ENDPOINT_PATHS.hashrate]: fixtureJson('hashrate__1w.json') },
      }),
      RECORDED_NOW,
    );
    expect(view.hashrate.value).toEqual({ ehs: 933, avg7dEhs: 951, change30dPct: null });
    expect(view.ribbon).toEqual({
      value: null,
      ageMs: 0,
      stale: false,
      reason: 'mempool.space has less than 60 days of hash rate history.',
    });
  });

  it('an empty history (a server still indexing): current figures only', async () => {
    const empty = { ...fixtureJson('hashrate__3m.json'), hashrates: [] };
    const view = networkView(
      await cacheFromFixtures({ bodies: { [ENDPOINT_PATHS.hashrate]: empty } }),
      RECORDED_NOW,
    );
    expect(view.hashrate.value).toEqual({ ehs: 933, avg7dEhs: null, change30dPct: null });
    expect(view.difficulty.value).toBe(132.76);
    expect(view.ribbon.value).toBeNull();
  });

  it('a zero difficulty gives no hashprice, and says why', async () => {
    const zero = { ...fixtureJson('hashrate__3m.json'), currentDifficulty: 0 };
    const view = networkView(
      await cacheFromFixtures({ bodies: { [ENDPOINT_PATHS.hashrate]: zero } }),
      RECORDED_NOW,
      USD,
    );
    expect(view.hashprice).toMatchObject({
      value: null,
      reason: 'mempool.space reported no usable difficulty.',
    });
  });
});

describe('age, staleness and reasons', () => {
  it.each(NETWORK_ENDPOINTS.map((endpoint) => [endpoint, NETWORK_FRESH_MS[endpoint]] as const))(
    '%s is stale from twice its freshness (%i ms) on',
    async (endpoint, freshMs) => {
      const limit = STALE_AFTER_PERIODS * freshMs;
      // Every other response fetched just now, so only this one ages.
      const others = NETWORK_ENDPOINTS.filter((other) => other !== endpoint);
      const state = await cacheFromFixtures({
        fetchedAt: Object.fromEntries(others.map((other) => [other, RECORDED_NOW + limit])),
      });
      const figure = {
        difficulty: 'tip',
        hashrate: 'ribbon',
        rewardStats: 'hashprice',
        fees: 'fees',
      } as const;
      const before = networkView(state, RECORDED_NOW + limit - 1)[figure[endpoint]];
      expect(before).toMatchObject({ ageMs: limit - 1, stale: false, reason: null });
      const after = networkView(state, RECORDED_NOW + limit)[figure[endpoint]];
      expect(after).toMatchObject({
        ageMs: limit,
        stale: true,
        reason: `Not refreshed for over ${limit / MINUTE < 120 ? `${limit / MINUTE} min` : `${limit / 3_600_000} h`}; HashLens is asking mempool.space again.`,
      });
    },
  );

  it('a figure from several responses is as old as the oldest, and stale if any is', async () => {
    const state = await cacheFromFixtures({
      fetchedAt: { hashrate: RECORDED_NOW - 50 * MINUTE, rewardStats: RECORDED_NOW - 25 * MINUTE },
    });
    expect(networkView(state, RECORDED_NOW, USD).hashprice).toMatchObject({
      ageMs: 50 * MINUTE,
      stale: true,
      reason: 'Not refreshed for over 20 min; HashLens is asking mempool.space again.',
    });
    // The tip needs the difficulty adjustment only, which is fresh.
    expect(networkView(state, RECORDED_NOW).tip).toEqual({
      value: 967_731,
      ageMs: 0,
      stale: false,
      reason: null,
    });
  });

  it('a failed refresh makes the kept data stale, with the reason in words', async () => {
    const state = await cacheFromFixtures();
    const error: NetworkError = {
      kind: 'server-error',
      status: 500,
      message: 'Failed to get historical hashrate',
    };
    state.entries.hashrate!.lastError = error;
    const view = networkView(state, RECORDED_NOW + MINUTE);
    for (const figure of [view.hashrate, view.difficulty, view.ribbon]) {
      expect(figure).toMatchObject({
        ageMs: MINUTE,
        stale: true,
        reason:
          'mempool.space is having trouble (HTTP 500: Failed to get historical hashrate); HashLens will retry.',
      });
    }
    expect(view.hashrate.value?.ehs).toBe(933);
    expect(view.tip.stale).toBe(false);
  });

  it('nothing cached: every figure is missing and says it is waiting', () => {
    const view = networkView(emptyNetworkCache(), RECORDED_NOW);
    for (const key of [
      'tip',
      'hashrate',
      'difficulty',
      'nextAdjustment',
      'halving',
      'fees',
      'hashprice',
      'ribbon',
    ] as const) {
      expect(view[key]).toEqual({
        value: null,
        ageMs: null,
        stale: false,
        reason: 'No data from mempool.space yet.',
      });
    }
  });

  it('nothing cached during a back-off: the back-off’s reason, until it runs out', () => {
    const state = emptyNetworkCache();
    const reason: NetworkError = { kind: 'not-found', path: '/api/v1/mining/hashrate/3m' };
    state.backoff.hashrate = { until: RECORDED_NOW + 15 * MINUTE, attempt: 1, reason };
    expect(networkView(state, RECORDED_NOW).ribbon.reason).toBe(
      describeNetworkError(reason, RECORDED_NOW),
    );
    // Hashprice needs the difficulty adjustment too; the first missing input explains.
    expect(networkView(state, RECORDED_NOW).hashprice.reason).toBe(
      'No data from mempool.space yet.',
    );
    expect(networkView(state, RECORDED_NOW + 15 * MINUTE).ribbon.reason).toBe(
      'No data from mempool.space yet.',
    );
  });

  it('names the user’s own instance', async () => {
    const state = await cacheFromFixtures({ baseUrl: 'http://umbrel.local:3006/' });
    state.entries.fees!.lastError = { kind: 'offline', detail: '' };
    const view = networkView(state, RECORDED_NOW);
    expect(view.source).toBe('umbrel.local:3006');
    expect(view.fees.reason).toBe('umbrel.local:3006 could not be reached; check the connection.');
  });

  it('clock skew (a fetch time in the future) reads as age 0', async () => {
    const state = await cacheFromFixtures({ fetchedAt: { fees: RECORDED_NOW + 5000 } });
    expect(networkView(state, RECORDED_NOW).fees.ageMs).toBe(0);
  });
});
