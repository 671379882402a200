import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_BASE_URL, createMempoolClient, type MempoolClient } from '../mempool-client';
import {
  emptyNetworkCache,
  networkCacheItem,
  parseNetworkCache,
  type NetworkCacheState,
} from '../network-cache';
import { NetworkFetchError, describeNetworkError, type NetworkError } from '../network-errors';
import {
  MAX_BACKOFF_MS,
  MIN_MANUAL_REFRESH_MS,
  NetworkService,
  networkBackoffUntil,
} from '../network-service';
import { NETWORK_ENDPOINTS, NETWORK_FRESH_MS, type NetworkEndpoint } from '../network-types';
import { networkView } from '../network-view';
import { RECORDED_NOW, fixtureFetch } from './fixtures';

/** The real client over the recorded responses, with failures and a gate the test controls. */
function fakeMempool(baseUrl = DEFAULT_BASE_URL) {
  const real = createMempoolClient(baseUrl, { fetch: fixtureFetch(), now: () => Date.now() });
  let failWith: NetworkError | null = null;
  let gate: Promise<void> | null = null;
  const get = vi.fn(async (endpoint: NetworkEndpoint) => {
    if (gate) await gate;
    if (failWith) throw new NetworkFetchError(failWith);
    return real.get(endpoint);
  });
  const client = { baseUrl: real.baseUrl, get } as unknown as MempoolClient;
  return {
    client,
    get,
    calls: (endpoint: NetworkEndpoint) => get.mock.calls.filter(([e]) => e === endpoint).length,
    fail(error: NetworkError | null) {
      failWith = error;
    },
    /** Holds every answer until the returned function is called. */
    hold(): () => void {
      let release = () => {};
      gate = new Promise((resolve) => {
        release = () => {
          gate = null;
          resolve();
        };
      });
      return release;
    },
  };
}
type FakeMempool = ReturnType<typeof fakeMempool>;

function createService(
  fake: FakeMempool | (() => FakeMempool),
  initial?: NetworkCacheState,
  overrides: Partial<ConstructorParameters<typeof NetworkService>[0]> = {},
) {
  let saved: NetworkCacheState = initial ?? emptyNetworkCache();
  const current = typeof fake === 'function' ? fake : () => fake;
  const service = new NetworkService({
    client: async () => current().client,
    now: () => Date.now(),
    load: async () => structuredClone(saved),
    save: async (state) => {
      saved = state;
    },
    random: () => 0.5,
    ...overrides,
  });
  return { service, saved: () => saved };
}

/** Lets requests started in the background finish and be saved. */
async function settle(service: NetworkService) {
  await vi.advanceTimersByTimeAsync(0);
  await service.settled();
}

const ERRORS: NetworkError[] = [
  { kind: 'rate-limited', retryAt: RECORDED_NOW + 30_000, fromRetryAfter: true },
  { kind: 'rate-limited', retryAt: RECORDED_NOW + 60_000, fromRetryAfter: false },
  { kind: 'server-error', status: 500, message: 'Failed to get difficulty change' },
  { kind: 'timeout', afterMs: 10_000 },
  { kind: 'offline', detail: 'TypeError: Failed to fetch' },
  { kind: 'malformed', detail: '/api/v1/difficulty-adjustment: the response is not valid JSON' },
  { kind: 'not-found', path: '/api/v1/difficulty-adjustment' },
  { kind: 'bad-instance', detail: 'it answered with a web page, not data' },
];

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: RECORDED_NOW });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('cache', () => {
  it.each(NETWORK_ENDPOINTS.map((endpoint) => [endpoint, NETWORK_FRESH_MS[endpoint]] as const))(
    '%s is fresh for %i ms, then refreshed once',
    async (endpoint, freshMs) => {
      const fake = fakeMempool();
      const { service } = createService(fake);
      const first = await service.get([endpoint]);
      expect(first.entries[endpoint]).toMatchObject({ fetchedAt: RECORDED_NOW, lastError: null });
      vi.setSystemTime(RECORDED_NOW + freshMs - 1);
      await service.get([endpoint]);
      await settle(service);
      expect(fake.calls(endpoint)).toBe(1);
      vi.setSystemTime(RECORDED_NOW + freshMs);
      await service.get([endpoint]);
      await settle(service);
      expect(fake.calls(endpoint)).toBe(2);
      const refreshed = await service.get([endpoint]);
      expect(refreshed.entries[endpoint]?.fetchedAt).toBe(RECORDED_NOW + freshMs);
    },
  );

  it('the freshness periods are 5, 60, 10 and 2 minutes', () => {
    expect(NETWORK_FRESH_MS).toEqual({
      difficulty: 300_000,
      hashrate: 3_600_000,
      rewardStats: 600_000,
      fees: 120_000,
    });
  });

  it('stale-while-revalidate: old data answers at once while one refresh runs', async () => {
    const fake = fakeMempool();
    const { service } = createService(fake);
    await service.get(['fees']);
    vi.setSystemTime(RECORDED_NOW + NETWORK_FRESH_MS.fees + 1000);
    const release = fake.hold();
    // Resolves although the refresh is held: nobody waits for the network.
    const served = await service.get(['fees']);
    expect(served.entries.fees?.fetchedAt).toBe(RECORDED_NOW);
    expect(networkView(served, Date.now()).fees).toMatchObject({
      value: { fastest: 4, halfHour: 4, hour: 1 },
      stale: false,
      ageMs: NETWORK_FRESH_MS.fees + 1000,
    });
    release();
    await settle(service);
    expect(fake.calls('fees')).toBe(2);
    const after = await service.get(['fees']);
    expect(after.entries.fees?.fetchedAt).toBe(RECORDED_NOW + NETWORK_FRESH_MS.fees + 1000);
  });

  it('waits for data it has never had', async () => {
    const fake = fakeMempool();
    const { service } = createService(fake);
    const release = fake.hold();
    let answered = false;
    const ask = service.get(['difficulty']).then((state) => {
      answered = true;
      return state;
    });
    await vi.advanceTimersByTimeAsync(0);
    expect(answered).toBe(false);
    release();
    expect((await ask).entries.difficulty?.value.remainingBlocks).toBe(1965);
  });

  it('a forced refresh waits for new data, but not within 10 s of the last fetch', async () => {
    const fake = fakeMempool();
    const { service } = createService(fake);
    await service.get(['hashrate']);
    vi.setSystemTime(RECORDED_NOW + MIN_MANUAL_REFRESH_MS - 1);
    await service.get(['hashrate'], { force: true });
    expect(fake.calls('hashrate')).toBe(1);
    vi.setSystemTime(RECORDED_NOW + MIN_MANUAL_REFRESH_MS);
    const forced = await service.get(['hashrate'], { force: true });
    expect(fake.calls('hashrate')).toBe(2);
    expect(forced.entries.hashrate?.fetchedAt).toBe(RECORDED_NOW + MIN_MANUAL_REFRESH_MS);
  });

  it('asks only for the endpoints named', async () => {
    const fake = fakeMempool();
    const { service } = createService(fake);
    const state = await service.get(['fees', 'fees']);
    expect(Object.keys(state.entries)).toEqual(['fees']);
    expect(fake.get).toHaveBeenCalledTimes(1);
  });
});

describe('single flight', () => {
  it('20 concurrent asks for one endpoint send 1 request', async () => {
    const fake = fakeMempool();
    const { service } = createService(fake);
    const release = fake.hold();
    const asks = Array.from({ length: 20 }, () => service.get(['hashrate']));
    release();
    const states = await Promise.all(asks);
    expect(fake.calls('hashrate')).toBe(1);
    expect(service.stats.hashrate).toBe(1);
    for (const state of states) expect(state).toEqual(states[0]);
  });

  it('20 concurrent asks for every endpoint send 1 request per endpoint', async () => {
    const fake = fakeMempool();
    const { service } = createService(fake);
    const release = fake.hold();
    const asks = Array.from({ length: 20 }, () => service.get(NETWORK_ENDPOINTS));
    release();
    await Promise.all(asks);
    expect(service.stats).toEqual({ difficulty: 1, hashrate: 1, rewardStats: 1, fees: 1 });
  });

  it('20 concurrent asks for stale data send 1 refresh', async () => {
    const fake = fakeMempool();
    const { service } = createService(fake);
    await service.get(['difficulty']);
    vi.setSystemTime(RECORDED_NOW + NETWORK_FRESH_MS.difficulty);
    await Promise.all(Array.from({ length: 20 }, () => service.get(['difficulty'])));
    await settle(service);
    expect(fake.calls('difficulty')).toBe(2);
  });
});

describe('faults', () => {
  it.each(ERRORS.map((error) => [error.kind, error] as const))(
    '%s keeps the last good data, labelled stale with the reason in words',
    async (_kind, error) => {
      const fake = fakeMempool();
      const { service } = createService(fake);
      await service.get(['difficulty']);
      fake.fail(error);
      vi.setSystemTime(RECORDED_NOW + NETWORK_FRESH_MS.difficulty);
      await service.get(['difficulty']);
      await settle(service);
      const state = await service.get(['difficulty']);
      const lastError = state.entries.difficulty?.lastError;
      expect(lastError?.kind).toBe(error.kind);
      const now = Date.now();
      const view = networkView(state, now);
      expect(view.tip).toEqual({
        value: 967_731,
        ageMs: NETWORK_FRESH_MS.difficulty,
        stale: true,
        reason: describeNetworkError(lastError!, now),
      });
      expect(view.tip.reason).toMatch(/^mempool\.space\b/);
    },
  );

  it.each(ERRORS.map((error) => [error.kind, error] as const))(
    '%s with nothing cached: no value, and the reason',
    async (_kind, error) => {
      const fake = fakeMempool();
      fake.fail(error);
      const { service } = createService(fake);
      const state = await service.get(['fees']);
      expect(state.entries.fees).toBeUndefined();
      const view = networkView(state, Date.now());
      expect(view.fees.value).toBeNull();
      expect(view.fees.reason).toBe(describeNetworkError(state.backoff.fees!.reason, Date.now()));
    },
  );

  it('honours Retry-After: nothing is sent until it has passed', async () => {
    const fake = fakeMempool();
    fake.fail({ kind: 'rate-limited', retryAt: RECORDED_NOW + 120_000, fromRetryAfter: true });
    const { service } = createService(fake);
    await service.get(['fees']);
    fake.fail(null);
    for (const t of [10_000, 60_000, 119_000]) {
      vi.setSystemTime(RECORDED_NOW + t);
      const state = await service.get(['fees']);
      expect(networkView(state, Date.now()).fees.reason).toBe(
        `mempool.space's rate limit was reached; HashLens retries in ${(120_000 - t) / 1000} s.`,
      );
    }
    expect(fake.get).toHaveBeenCalledTimes(1);
    vi.setSystemTime(RECORDED_NOW + 120_000);
    const after = await service.get(['fees']);
    expect(after.entries.fees?.value.fastestFee).toBe(4);
    expect(after.backoff).toEqual({});
    expect(fake.get).toHaveBeenCalledTimes(2);
  });

  it('a 429 on one endpoint holds back the others too (the limit is per client)', async () => {
    const fake = fakeMempool();
    const { service } = createService(fake);
    await service.get(['hashrate']);
    fake.fail({ kind: 'rate-limited', retryAt: RECORDED_NOW + 60_000, fromRetryAfter: true });
    await service.get(['fees']);
    fake.fail(null);
    vi.setSystemTime(RECORDED_NOW + 30_000);
    const state = await service.get(['difficulty', 'rewardStats', 'fees']);
    expect(fake.get).toHaveBeenCalledTimes(2);
    expect(networkView(state, Date.now()).hashprice.reason).toBe(
      "mempool.space's rate limit was reached; HashLens retries in 30 s.",
    );
    // Fresh data of the other endpoints is not touched.
    expect(state.entries.hashrate?.lastError).toBeNull();
    vi.setSystemTime(RECORDED_NOW + 60_000);
    await service.get(['difficulty', 'rewardStats', 'fees']);
    expect(fake.get).toHaveBeenCalledTimes(5);
  });

  it('back-off bounds requests: 10 minutes of asks every 5 s cost 6 requests per endpoint', async () => {
    const fake = fakeMempool();
    fake.fail({ kind: 'server-error', status: 500, message: '' });
    const { service } = createService(fake);
    const sentAt: number[] = [];
    for (let t = 0; t < 10 * 60_000; t += 5000) {
      vi.setSystemTime(RECORDED_NOW + t);
      const before = fake.calls('fees');
      await service.get(NETWORK_ENDPOINTS);
      if (fake.calls('fees') > before) sentAt.push(t / 1000);
    }
    // Waits of 15 s × 2ⁿ × 0.75 (jitter 0.5): 11.25, 22.5, 45, 90, 180, 360 s.
    expect(sentAt).toEqual([0, 15, 40, 85, 175, 355]);
    expect(service.stats).toEqual({ difficulty: 6, hashrate: 6, rewardStats: 6, fees: 6 });
  });

  it('a success ends the back-off', async () => {
    const fake = fakeMempool();
    fake.fail({ kind: 'timeout', afterMs: 10_000 });
    const { service } = createService(fake);
    await service.get(['fees']);
    const { backoff } = await service.get(['fees']);
    expect(backoff.fees).toMatchObject({ attempt: 1, until: RECORDED_NOW + 11_250 });
    fake.fail(null);
    vi.setSystemTime(RECORDED_NOW + 11_250);
    const state = await service.get(['fees']);
    expect(state.backoff).toEqual({});
    expect(networkView(state, Date.now()).fees).toMatchObject({ stale: false, reason: null });
  });

  it.each([
    ['first failure', 1, 15_000],
    ['second', 2, 30_000],
    ['fourth', 4, 120_000],
    ['capped', 10, MAX_BACKOFF_MS],
  ])('networkBackoffUntil, server error, %s: at most %i ms', (_name, attempt, wait) => {
    const error: NetworkError = { kind: 'server-error', status: 500, message: '' };
    expect(networkBackoffUntil(error, attempt, 0, () => 0.999_999)).toBe(Math.round(wait * 1));
    // Jitter never shortens a wait below half.
    expect(networkBackoffUntil(error, attempt, 0, () => 0)).toBe(wait / 2);
  });

  it.each<[string, NetworkError, number]>([
    [
      'Retry-After is taken as given',
      { kind: 'rate-limited', retryAt: 90_000, fromRetryAfter: true },
      90_000,
    ],
    [
      'a Retry-After in the past still waits a second',
      { kind: 'rate-limited', retryAt: -5, fromRetryAfter: true },
      1000,
    ],
    [
      'a 429 without Retry-After waits a minute, with jitter',
      { kind: 'rate-limited', retryAt: 60_000, fromRetryAfter: false },
      45_000,
    ],
    [
      'a missing endpoint waits the longest',
      { kind: 'not-found', path: '/x' },
      MAX_BACKOFF_MS * 0.75,
    ],
  ])('networkBackoffUntil: %s', (_name, error, until) => {
    expect(networkBackoffUntil(error, 1, 0, () => 0.5)).toBe(until);
  });
});

describe('instances', () => {
  it('data of another instance is dropped, not shown as this one’s', async () => {
    let fake = fakeMempool();
    const { service } = createService(() => fake);
    await service.get(['fees']);
    fake = fakeMempool('https://node.local:8080/');
    const state = await service.get(['fees']);
    expect(state.instance).toBe('https://node.local:8080');
    expect(fake.calls('fees')).toBe(1);
    expect(networkView(state, Date.now()).source).toBe('node.local:8080');
  });

  it('an answer of the old instance arriving after a switch is dropped', async () => {
    const old = fakeMempool();
    let fake = old;
    const { service } = createService(() => fake);
    const release = old.hold();
    const pending = service.get(['fees']);
    await vi.advanceTimersByTimeAsync(0);
    fake = fakeMempool('https://node.local:8080');
    // The new instance gets its own request instead of joining the old one's.
    const fresh = await service.get(['fees']);
    expect(fake.calls('fees')).toBe(1);
    expect(fresh.entries.fees?.fetchedAt).toBe(RECORDED_NOW);
    vi.setSystemTime(RECORDED_NOW + 1000);
    release();
    await pending;
    await settle(service);
    const state = await service.get(['fees']);
    expect(state.instance).toBe('https://node.local:8080');
    expect(state.entries.fees?.fetchedAt).toBe(RECORDED_NOW);
  });
});

describe('persistence', () => {
  it('restarts with a warm cache and sends nothing for fresh data', async () => {
    const fake = fakeMempool();
    const { service, saved } = createService(fake);
    await service.get(NETWORK_ENDPOINTS);
    await settle(service);
    const restarted = createService(fake, saved()).service;
    vi.setSystemTime(RECORDED_NOW + 60_000);
    const state = await restarted.get(NETWORK_ENDPOINTS);
    expect(Object.keys(state.entries).sort()).toEqual([...NETWORK_ENDPOINTS].sort());
    expect(fake.get).toHaveBeenCalledTimes(4);
  });

  it('keeps the back-off across a restart', async () => {
    const fake = fakeMempool();
    fake.fail({ kind: 'rate-limited', retryAt: RECORDED_NOW + 120_000, fromRetryAfter: true });
    const { service, saved } = createService(fake);
    await service.get(['difficulty']);
    await settle(service);
    const restarted = createService(fake, saved()).service;
    vi.setSystemTime(RECORDED_NOW + 30_000);
    await restarted.get(NETWORK_ENDPOINTS);
    expect(fake.get).toHaveBeenCalledTimes(1);
  });

  it('corrupt storage drops only the corrupt entry, which alone is fetched again', async () => {
    const fake = fakeMempool();
    const { service, saved } = createService(fake);
    await service.get(['fees', 'rewardStats']);
    await settle(service);
    const good = saved();
    await fakeBrowser.storage.local.set({
      networkCache: {
        ...good,
        entries: {
          ...good.entries,
          fees: { value: { fastestFee: 'lots' }, fetchedAt: 'yesterday', lastError: null },
          hashrate: 'not an entry',
        },
        backoff: {
          difficulty: { until: 'never' },
          fees: { until: 1, attempt: 1, reason: { kind: 'gremlins' } },
        },
      },
    });
    const parsed = parseNetworkCache(await networkCacheItem.getValue());
    expect(Object.keys(parsed.entries)).toEqual(['rewardStats']);
    expect(parsed.backoff).toEqual({});
    expect(parsed.entries.rewardStats).toEqual(good.entries.rewardStats);
    const restarted = createService(fake, parsed).service;
    await restarted.get(['fees', 'rewardStats']);
    expect(fake.calls('fees')).toBe(2);
    expect(fake.calls('rewardStats')).toBe(1);
  });

  it.each([null, 42, 'text', [], { entries: null }, { instance: 7, entries: [] }])(
    'reads %j as an empty cache',
    (raw) => {
      expect(parseNetworkCache(raw)).toEqual(emptyNetworkCache());
    },
  );

  it('keeps a valid stored error of each kind, and the instance', () => {
    const state = emptyNetworkCache('https://node.local');
    for (const [index, error] of ERRORS.entries()) {
      state.backoff[NETWORK_ENDPOINTS[index % 4]!] = { until: 1, attempt: 1, reason: error };
      expect(parseNetworkCache(structuredClone(state))).toEqual(state);
    }
  });

  it('an unreadable cache is an empty one', async () => {
    const fake = fakeMempool();
    const { service } = createService(fake, undefined, {
      load: () => Promise.reject(new Error('storage gone')),
    });
    expect((await service.get(['fees'])).entries.fees?.value.hourFee).toBe(1);
  });

  it('a failing save does not break the service', async () => {
    const fake = fakeMempool();
    const { service } = createService(fake, undefined, {
      save: () => Promise.reject(new Error('quota')),
    });
    await service.get(['fees']);
    await settle(service);
    await service.get(['fees']);
    expect(fake.get).toHaveBeenCalledTimes(1);
  });

  it('persists through the storage item that tabs watch', async () => {
    const changes: unknown[] = [];
    networkCacheItem.watch((value) => changes.push(value));
    const fake = fakeMempool();
    const { service } = createService(fake, undefined, {
      load: async () => parseNetworkCache(await networkCacheItem.getValue()),
      save: (state) => networkCacheItem.setValue(state),
    });
    await service.get(['fees']);
    await settle(service);
    expect(changes.length).toBeGreaterThan(0);
    const stored = parseNetworkCache(await networkCacheItem.getValue());
    expect(stored.entries.fees?.value.fastestFee).toBe(4);
  });
});
