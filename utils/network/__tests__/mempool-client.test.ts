import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_BASE_URL,
  DEFAULT_RATE_LIMIT_WAIT_MS,
  ENDPOINT_PATHS,
  createMempoolClient,
  normalizeBaseUrl,
  sourceHost,
} from '../mempool-client';
import { NetworkFetchError, type NetworkError } from '../network-errors';
import { NETWORK_ENDPOINTS } from '../network-types';
import { RECORDED_NOW, fixtureFetch, fixtureJson } from './fixtures';

interface ObservedError {
  status: number;
  scenario: string;
  body?: unknown;
  bodies_by_route?: Record<string, { error: string }>;
}
const observed = fixtureJson<ObservedError[]>('errors__observed.json');
const observedBody = (status: number, scenario: RegExp) => {
  const entry = observed.find((item) => item.status === status && scenario.test(item.scenario));
  if (!entry) throw new Error(`no observed ${status} ${scenario}`);
  return entry;
};
const HTML_429 = observedBody(429, /rate limit/).body as string;
const EXPRESS_404 = observedBody(404, /without DB/).body as string;

function client(fetchImpl: typeof fetch, baseUrl = DEFAULT_BASE_URL) {
  return createMempoolClient(baseUrl, { fetch: fetchImpl, now: () => RECORDED_NOW, timeoutMs: 50 });
}

function respond(status: number, body: string, headers: Record<string, string> = {}) {
  return vi.fn<typeof fetch>(async () => new Response(body, { status, headers }));
}
const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

async function failure(promise: Promise<unknown>): Promise<NetworkError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof NetworkFetchError) return error.error;
    throw error;
  }
  throw new Error('expected a NetworkFetchError');
}

describe('difficulty adjustment', () => {
  it('reads the recorded response, times in ms', async () => {
    const fetchImpl = fixtureFetch();
    expect(await client(fetchImpl).get('difficulty')).toEqual({
      progressPercent: 2.5297619047619047,
      difficultyChange: -5.975736194371207,
      estimatedRetargetDate: 1791100448965,
      remainingBlocks: 1965,
      nextRetargetHeight: 969696,
      previousRetarget: 4.163398081310405,
      // Sent in seconds (1789801745): the retarget at block 967680.
      previousTime: 1789801745_000,
      timeAvg: 829039,
      adjustedTimeAvg: 639401,
      expectedBlocks: 70.46833333333333,
    });
    const [url, init] = fetchImpl.mock.calls[0]!;
    expect(url).toBe('https://mempool.space/api/v1/difficulty-adjustment');
    expect(init).toMatchObject({
      headers: { accept: 'application/json' },
      credentials: 'omit',
      cache: 'no-store',
    });
  });

  it('reads an old server without adjustedTimeAvg and expectedBlocks', async () => {
    const {
      adjustedTimeAvg: _a,
      expectedBlocks: _e,
      ...old
    } = fixtureJson('difficulty-adjustment.json');
    const fetchImpl = fixtureFetch({ [ENDPOINT_PATHS.difficulty]: old });
    expect(await client(fetchImpl).get('difficulty')).toMatchObject({
      remainingBlocks: 1965,
      adjustedTimeAvg: null,
      expectedBlocks: null,
    });
  });

  it('reads the 2021 shape of the API docs: estimatedRetargetDate in seconds, no previousTime', async () => {
    // mempool/mempool frontend/src/app/docs/api-docs/api-docs-data.ts, REST example.
    const docs2021 = {
      progressPercent: 44.397234501112074,
      difficultyChange: 98.45932018381687,
      estimatedRetargetDate: 1627762478,
      remainingBlocks: 1121,
      remainingTime: 665977,
      previousRetarget: -4.807005268478962,
      nextRetargetHeight: 741888,
      timeAvg: 302328,
      timeOffset: 0,
    };
    const fetchImpl = fixtureFetch({ [ENDPOINT_PATHS.difficulty]: docs2021 });
    expect(await client(fetchImpl).get('difficulty')).toMatchObject({
      estimatedRetargetDate: 1627762478_000,
      previousTime: null,
      adjustedTimeAvg: null,
      expectedBlocks: null,
    });
  });

  it.each([
    ['remainingBlocks 0', { remainingBlocks: 0 }, 'remainingBlocks'],
    ['remainingBlocks above an epoch', { remainingBlocks: 2017 }, 'remainingBlocks'],
    ['a fractional block count', { remainingBlocks: 19.5 }, 'remainingBlocks'],
    ['a height that is no retarget', { nextRetargetHeight: 969_700 }, 'nextRetargetHeight'],
    ['a missing nextRetargetHeight', { nextRetargetHeight: undefined }, 'nextRetargetHeight'],
    ['progress over 100 %', { progressPercent: 101 }, 'progressPercent'],
    ['a string change', { difficultyChange: '-5.9' }, 'difficultyChange'],
  ])('rejects %s as malformed', async (_name, change, field) => {
    const body = { ...fixtureJson('difficulty-adjustment.json'), ...change };
    const error = await failure(
      client(fixtureFetch({ [ENDPOINT_PATHS.difficulty]: body })).get('difficulty'),
    );
    expect(error.kind).toBe('malformed');
    expect(error).toMatchObject({ detail: expect.stringContaining(`at ${field}`) });
  });
});

describe('hash rate', () => {
  it('reads the recorded 3 months: 92 daily points in ms, oldest first, H/s', async () => {
    const history = await client(fixtureFetch()).get('hashrate');
    expect(history.points).toHaveLength(92);
    expect(history.points[0]).toEqual({ at: 1781913600_000, hashrate: 938791363190623000000 });
    expect(history.points.at(-1)).toEqual({
      at: Date.UTC(2026, 8, 19),
      hashrate: 953853671470482800000,
    });
    expect(history.currentHashrate).toBe(933299493326075100000);
    expect(history.currentDifficulty).toBe(132757073449487.5);
    expect(Object.keys(history)).toEqual(['points', 'currentHashrate', 'currentDifficulty']);
  });

  it('sorts points and accepts an empty history (a server still indexing)', async () => {
    const body = {
      hashrates: [
        { timestamp: 200, avgHashrate: 2 },
        { timestamp: 100, avgHashrate: 1 },
      ],
      currentHashrate: 3,
      currentDifficulty: 4,
    };
    const sorted = await client(fixtureFetch({ [ENDPOINT_PATHS.hashrate]: body })).get('hashrate');
    expect(sorted.points.map((point) => point.at)).toEqual([100_000, 200_000]);
    const empty = await client(
      fixtureFetch({ [ENDPOINT_PATHS.hashrate]: { ...body, hashrates: [] } }),
    ).get('hashrate');
    expect(empty.points).toEqual([]);
  });

  it('rejects a negative hash rate', async () => {
    const body = {
      hashrates: [{ timestamp: 1, avgHashrate: -1 }],
      currentHashrate: 1,
      currentDifficulty: 1,
    };
    const error = await failure(
      client(fixtureFetch({ [ENDPOINT_PATHS.hashrate]: body })).get('hashrate'),
    );
    expect(error).toMatchObject({
      kind: 'malformed',
      detail: expect.stringContaining('hashrates.0.avgHashrate'),
    });
  });
});

describe('reward stats', () => {
  it('parses the string totals of the recording into numbers of sats', async () => {
    expect(await client(fixtureFetch()).get('rewardStats')).toEqual({
      startBlock: 967588,
      endBlock: 967731,
      totalReward: 45_270_908_142,
      totalFee: 270_908_142,
      totalTx: 688_065,
    });
  });

  const stats = { startBlock: 1, endBlock: 144, totalReward: '100', totalFee: '10', totalTx: '5' };
  it.each([
    ['numbers instead of strings', { totalReward: 100, totalFee: 10, totalTx: 5 }, true],
    ['a fractional string', { totalFee: '10.5' }, false],
    ['a negative string', { totalFee: '-10' }, false],
    ['an exponent', { totalReward: '1e3' }, false],
    ['a total beyond exact integers', { totalReward: '9999999999999999' }, false],
    ['an empty string', { totalTx: '' }, false],
    ['a fractional number', { totalFee: 10.5 }, false],
    ['endBlock before startBlock', { startBlock: 145 }, false],
    ['fees above the total reward', { totalFee: '101' }, false],
  ])('%s: accepted %s', async (_name, change, accepted) => {
    const fetchImpl = fixtureFetch({ [ENDPOINT_PATHS.rewardStats]: { ...stats, ...change } });
    const result = client(fetchImpl).get('rewardStats');
    if (accepted) await expect(result).resolves.toMatchObject({ totalReward: 100 });
    else expect((await failure(result)).kind).toBe('malformed');
  });
});

describe('recommended fees', () => {
  it('reads the recorded rates in sat/vB', async () => {
    expect(await client(fixtureFetch()).get('fees')).toEqual({
      fastestFee: 4,
      halfHourFee: 4,
      hourFee: 1,
      economyFee: 1,
      minimumFee: 1,
    });
  });

  it('reads a server without economyFee and minimumFee, and fractional rates', async () => {
    const body = { fastestFee: 4.19, halfHourFee: 3.099, hourFee: 1.689 };
    expect(await client(fixtureFetch({ [ENDPOINT_PATHS.fees]: body })).get('fees')).toEqual({
      ...body,
      economyFee: null,
      minimumFee: null,
    });
  });

  it('rejects a missing hourFee', async () => {
    const body = { fastestFee: 4, halfHourFee: 4 };
    expect(
      await failure(client(fixtureFetch({ [ENDPOINT_PATHS.fees]: body })).get('fees')),
    ).toMatchObject({
      kind: 'malformed',
      detail: expect.stringContaining('/api/v1/fees/recommended at hourFee'),
    });
  });
});

describe('base URL', () => {
  it.each([
    ['https://mempool.space', 'https://mempool.space'],
    ['https://mempool.space/', 'https://mempool.space'],
    ['  https://mempool.space/testnet4/  ', 'https://mempool.space/testnet4'],
    ['http://umbrel.local:3006', 'http://umbrel.local:3006'],
    ['HTTPS://Mempool.Space', 'https://mempool.space'],
    ['mempool.space', null],
    ['ftp://mempool.space', null],
    ['javascript:alert(1)', null],
    ['https://user:pass@mempool.space', null],
    ['https://mempool.space/?x=1', null],
    ['https://mempool.space/#top', null],
    ['', null],
  ])('normalizeBaseUrl(%j) → %j', (raw, expected) => {
    expect(normalizeBaseUrl(raw)).toBe(expected);
  });

  it.each([
    ['https://mempool.space', 'mempool.space'],
    ['http://node.local:8080/mempool', 'node.local:8080'],
    ['not a url', 'not a url'],
  ])('sourceHost(%j) → %j', (baseUrl, host) => {
    expect(sourceHost(baseUrl)).toBe(host);
  });

  it('sends every endpoint below an instance with a path', async () => {
    const fetchImpl = fixtureFetch();
    const own = client(fetchImpl, 'https://node.local:8080/mempool/');
    expect(own.baseUrl).toBe('https://node.local:8080/mempool');
    for (const endpoint of NETWORK_ENDPOINTS) await own.get(endpoint).catch(() => undefined);
    expect(fetchImpl.mock.calls.map(([url]) => url)).toEqual(
      NETWORK_ENDPOINTS.map(
        (endpoint) => `https://node.local:8080/mempool${ENDPOINT_PATHS[endpoint]}`,
      ),
    );
  });

  it('fails an unusable base URL as a bad instance without sending anything', async () => {
    const fetchImpl = fixtureFetch();
    const bad = client(fetchImpl, 'mempool.space');
    expect(bad.baseUrl).toBe('mempool.space');
    expect(await failure(bad.get('fees'))).toEqual({
      kind: 'bad-instance',
      detail: 'not an http(s) address',
    });
    expect(fetchImpl).not.toHaveBeenCalled();
  });
});

describe('errors', () => {
  it.each<[string, ReturnType<typeof respond>, NetworkError]>([
    [
      'the observed HTML 429 without Retry-After',
      respond(429, HTML_429, { 'content-type': 'text/html' }),
      {
        kind: 'rate-limited',
        retryAt: RECORDED_NOW + DEFAULT_RATE_LIMIT_WAIT_MS,
        fromRetryAfter: false,
      },
    ],
    [
      'an HTML 429 with Retry-After in seconds',
      respond(429, HTML_429, { 'content-type': 'text/html', 'retry-after': '30' }),
      { kind: 'rate-limited', retryAt: RECORDED_NOW + 30_000, fromRetryAfter: true },
    ],
    [
      'an HTML 429 with Retry-After as a date',
      respond(429, HTML_429, {
        'content-type': 'text/html',
        'retry-after': new Date(RECORDED_NOW + 90_000).toUTCString(),
      }),
      { kind: 'rate-limited', retryAt: RECORDED_NOW + 90_000, fromRetryAfter: true },
    ],
    [
      'an HTML 429 with an unreadable Retry-After',
      respond(429, HTML_429, { 'content-type': 'text/html', 'retry-after': 'soon' }),
      {
        kind: 'rate-limited',
        retryAt: RECORDED_NOW + DEFAULT_RATE_LIMIT_WAIT_MS,
        fromRetryAfter: false,
      },
    ],
    [
      'the backend’s JSON 500 for reward stats',
      respond(
        500,
        JSON.stringify(
          observedBody(500, /mining endpoints/).bodies_by_route?.[
            '/api/v1/mining/reward-stats/:blockCount'
          ],
        ),
        JSON_TYPE,
      ),
      { kind: 'server-error', status: 500, message: 'Failed to get reward stats' },
    ],
    [
      'the plain-text 503 of fees while the mempool syncs',
      respond(503, 'Service Unavailable', { 'content-type': 'text/html; charset=utf-8' }),
      { kind: 'server-error', status: 503, message: 'Service Unavailable' },
    ],
    [
      'a 502 HTML page from a proxy',
      respond(502, '<html><body><h1>502 Bad Gateway</h1></body></html>', {
        'content-type': 'text/html',
      }),
      { kind: 'server-error', status: 502, message: '' },
    ],
    [
      'Express’s 404 on an instance without mining routes',
      respond(404, EXPRESS_404, { 'content-type': 'text/html' }),
      { kind: 'not-found', path: '/api/v1/mining/reward-stats/144' },
    ],
    [
      'a JSON 404 "Mining API disabled"',
      respond(404, JSON.stringify({ error: 'Mining API disabled' }), JSON_TYPE),
      { kind: 'not-found', path: '/api/v1/mining/reward-stats/144' },
    ],
    [
      'a 403 from a proxy',
      respond(403, 'Forbidden', { 'content-type': 'text/plain' }),
      { kind: 'bad-instance', detail: 'HTTP 403: Forbidden' },
    ],
    [
      'a web page answering 200 at the API path',
      respond(200, '<!DOCTYPE html><html><body>My blog</body></html>', {
        'content-type': 'text/html',
      }),
      { kind: 'bad-instance', detail: 'it answered with a web page, not data' },
    ],
    [
      'a JSON body cut in half',
      respond(200, '{"startBlock":967588,"endBl', JSON_TYPE),
      {
        kind: 'malformed',
        detail: '/api/v1/mining/reward-stats/144: the response is not valid JSON',
      },
    ],
    [
      'JSON of another shape',
      respond(200, '"ok"', JSON_TYPE),
      {
        kind: 'malformed',
        detail: expect.stringContaining('/api/v1/mining/reward-stats/144: Invalid type') as never,
      },
    ],
  ])('%s', async (_name, fetchImpl, expected) => {
    expect(await failure(client(fetchImpl).get('rewardStats'))).toEqual(expected);
  });

  it('a network failure is offline', async () => {
    const fetchImpl = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await failure(client(fetchImpl).get('fees'))).toEqual({
      kind: 'offline',
      detail: 'TypeError: Failed to fetch',
    });
  });

  it('an answer slower than the timeout is a timeout, and the request is aborted', async () => {
    let signal: AbortSignal | undefined;
    const fetchImpl = vi.fn<typeof fetch>(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          signal = init?.signal ?? undefined;
          signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    expect(await failure(client(fetchImpl).get('fees'))).toEqual({ kind: 'timeout', afterMs: 50 });
    expect(signal?.aborted).toBe(true);
  });

  it('names the instance in the thrown error’s message', async () => {
    const fetchImpl = respond(500, '{"error":"Failed to get difficulty change"}', JSON_TYPE);
    await expect(client(fetchImpl, 'https://node.local:8080').get('difficulty')).rejects.toThrow(
      'node.local:8080 is having trouble (HTTP 500: Failed to get difficulty change); HashLens will retry.',
    );
  });
});
