// The mempool stand-in must answer like mempool.space: the recorded bodies byte for byte, the
// observed error pages, a frozen clock, and faults that can be switched on and off. Requests go
// over real HTTPS with an explicit Host header, the way Chromium reaches it through
// --host-resolver-rules. The last block runs HashLens's own client against it.
import { spawn } from 'node:child_process';
import { request as httpsRequest } from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMempoolClient } from '@/utils/network/mempool-client';
import { NetworkFetchError } from '@/utils/network/network-errors';
import { NETWORK_ENDPOINTS } from '@/utils/network/network-types';
import { readMempoolFixture } from '../mempool/fixtures.ts';
import {
  MEMPOOL_FAULT_MODES,
  MEMPOOL_NOW,
  MEMPOOL_ROUTES,
  RATE_LIMIT_HTML,
  startMempoolStandIn,
  type MempoolStandIn,
} from '../mempool/index.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: () => unknown;
}

interface Call {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** One HTTPS request to the stand-in; `agent: false` so no keep-alive socket outlives a test. */
function call(port: number, path: string, options: Call = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: 'mempool.space', ...options.headers },
        rejectUnauthorized: false,
        agent: false,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            text,
            json: () => JSON.parse(text) as unknown,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

interface ObservedError {
  status: number;
  scenario: string;
  body?: unknown;
  bodies_by_route?: Record<string, { error: string }>;
}
const observed = JSON.parse(readMempoolFixture('errors__observed.json')) as ObservedError[];
const PATHS = Object.keys(MEMPOOL_ROUTES) as (keyof typeof MEMPOOL_ROUTES)[];
const DIFFICULTY = '/api/v1/difficulty-adjustment';
const FEES = '/api/v1/fees/recommended';

let standIn: MempoolStandIn;
const get = (path: string, options?: Call) => call(standIn.port, path, options);

beforeAll(async () => {
  standIn = await startMempoolStandIn();
});
afterAll(async () => {
  await standIn.close();
});
beforeEach(() => {
  standIn.reset();
});

/**
 * Waits until `condition` holds, on a timer fake timers leave alone (expect.poll would move the
 * fake clock on by its interval, and with it the timers under test).
 */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await sleep(20);
}

describe('startMempoolStandIn', () => {
  it('listens on a free port over HTTPS at 127.0.0.1', () => {
    expect(standIn.port).toBeGreaterThan(0);
    expect(standIn.origin).toBe(`https://127.0.0.1:${standIn.port}`);
  });

  it('its clock is frozen at the recording: 2026-09-19T18:53:46Z', () => {
    expect(new Date(MEMPOOL_NOW).toISOString()).toBe('2026-09-19T18:53:46.000Z');
  });
});

describe('the four endpoints', () => {
  it.each(PATHS.map((path) => [path, MEMPOOL_ROUTES[path]] as const))(
    '%s serves %s byte for byte',
    async (path, file) => {
      const reply = await get(path);
      expect(reply.status).toBe(200);
      expect(reply.text).toBe(readMempoolFixture(file));
      expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(reply.headers['access-control-allow-origin']).toBe('*');
      expect(reply.headers.date).toBe('Sat, 19 Sep 2026 18:53:46 GMT');
    },
  );

  it('the recorded totals of reward stats stay strings', async () => {
    expect((await get('/api/v1/mining/reward-stats/144')).json()).toMatchObject({
      totalReward: '45270908142',
      totalFee: '270908142',
    });
  });

  it.each([
    '/api/v1/mining/hashrate/1w',
    '/api/v1/mining/reward-stats/100',
    '/api/v1/nope',
    '/api/blocks/tip/height',
    '/',
  ])('%s is not modelled: Express’s 404 page', async (path) => {
    const reply = await get(path);
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.text).toContain(`<pre>Cannot GET ${path}</pre>`);
  });

  it('escapes a path on the 404 page', async () => {
    const reply = await get('/api/v1/%3Cb%3E');
    expect(reply.text).toContain('<pre>Cannot GET /api/v1/%3Cb%3E</pre>');
    const raw = await get('/api/v1/<b>&');
    expect(raw.text).not.toContain('<b>&');
  });

  it('answers other methods with 404 and a CORS preflight with 204', async () => {
    expect((await get(FEES, { method: 'POST', body: '{}' })).status).toBe(404);
    const preflight = await get(FEES, {
      method: 'OPTIONS',
      headers: { origin: 'chrome-extension://abc', 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('*');
  });
});

describe('fault modes', () => {
  it('knows exactly these modes', () => {
    expect(MEMPOOL_FAULT_MODES).toEqual([
      'rate-limit',
      'rate-limit-no-retry-after',
      'server-error',
      'malformed',
      'slow',
      'old-server',
      'no-mining',
    ]);
  });

  it.each([
    ['rate-limit', {}, '60'],
    ['rate-limit', { retryAfter: 7 }, '7'],
    ['rate-limit-no-retry-after', {}, undefined],
  ] as const)(
    '%s %o → the observed HTML 429, Retry-After %s',
    async (mode, options, retryAfter) => {
      standIn.setFault(mode, options);
      const reply = await get(FEES);
      expect(reply.status).toBe(429);
      expect(reply.headers['content-type']).toBe('text/html');
      expect(reply.headers['retry-after']).toBe(retryAfter);
      expect(reply.text).toBe(observed.find((entry) => entry.status === 429)?.body);
      expect(reply.text).toBe(RATE_LIMIT_HTML);
      expect(() => reply.json()).toThrow(SyntaxError);
    },
  );

  it.each([
    [DIFFICULTY, { error: 'Failed to get difficulty change' }],
    ['/api/v1/mining/hashrate/3m', { error: 'Failed to get historical hashrate' }],
    ['/api/v1/mining/reward-stats/144', { error: 'Failed to get reward stats' }],
    [FEES, { error: 'Internal Server Error' }],
  ])('server-error on %s → 500 %o', async (path, body) => {
    standIn.setFault('server-error');
    const reply = await get(path);
    expect(reply.status).toBe(500);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.json()).toEqual(body);
  });

  it('malformed → 200 JSON whose body does not parse', async () => {
    standIn.setFault('malformed');
    const reply = await get('/api/v1/mining/hashrate/3m');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.text.length).toBeGreaterThan(0);
    expect(() => reply.json()).toThrow(SyntaxError);
  });

  it('old-server → the difficulty adjustment without adjustedTimeAvg and expectedBlocks', async () => {
    standIn.setFault('old-server');
    const body = (await get(DIFFICULTY)).json() as Record<string, unknown>;
    const recorded = JSON.parse(readMempoolFixture('difficulty-adjustment.json')) as Record<
      string,
      unknown
    >;
    const { adjustedTimeAvg: _a, expectedBlocks: _e, ...expected } = recorded;
    expect(body).toEqual(expected);
    expect(Object.keys(body)).toEqual(Object.keys(expected));
    expect(standIn.requests()[0]?.fault).toBe('old-server');
  });

  it('old-server with times spends its count on the difficulty adjustment only', async () => {
    standIn.setFault('old-server', { times: 1 });
    expect((await get(FEES)).text).toBe(readMempoolFixture('fees-recommended.json'));
    expect(standIn.fault()).toMatchObject({ mode: 'old-server', remaining: 1 });
    expect((await get(DIFFICULTY)).json()).not.toHaveProperty('adjustedTimeAvg');
    expect((await get(DIFFICULTY)).json()).toHaveProperty('adjustedTimeAvg', 639401);
  });

  it.each([
    ['/api/v1/mining/hashrate/3m', 404],
    ['/api/v1/mining/reward-stats/144', 404],
    [DIFFICULTY, 200],
    [FEES, 200],
  ])('no-mining: %s → %i', async (path, status) => {
    standIn.setFault('no-mining');
    const reply = await get(path);
    expect(reply.status).toBe(status);
    if (status === 404) {
      expect(reply.text).toBe(
        (observed.find((entry) => entry.status === 404)?.body as string).replace(
          '/api/v1/mining/hashrate/3m',
          path,
        ),
      );
    }
  });

  it('slow holds each response for delayMs, side by side, then answers it', async () => {
    // The stand-in's timers on a fake clock: the test sees the hold itself, not how long a
    // busy machine took to get through it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      standIn.setFault('slow', { delayMs: 300 });
      const replies = Promise.all([get(FEES), get(DIFFICULTY)]);
      const held = () => standIn.requests().map((entry) => [entry.path, entry.status]);
      // Both taken in and waiting at once: the second did not wait for the first's answer.
      await until(() => held().length === 2);
      expect(held()).toEqual(
        expect.arrayContaining([
          [FEES, null],
          [DIFFICULTY, null],
        ]),
      );
      await vi.advanceTimersByTimeAsync(299);
      expect(held()).toEqual(
        expect.arrayContaining([
          [FEES, null],
          [DIFFICULTY, null],
        ]),
      );
      await vi.advanceTimersByTimeAsync(1);
      expect((await replies).map((reply) => reply.status)).toEqual([200, 200]);
      expect(standIn.requests().map((entry) => entry.fault)).toEqual(['slow', 'slow']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('slow (default 20 s) does not keep close() from finishing promptly', async () => {
    const own = await startMempoolStandIn();
    own.setFault('slow');
    expect(own.fault()?.delayMs).toBe(20_000);
    const pending = call(own.port, FEES).then(
      () => 'answered',
      () => 'aborted',
    );
    await expect.poll(() => own.count(FEES)).toBe(1);
    const control = await call(own.port, '/__standin/requests');
    expect(control.json()).toMatchObject([{ path: FEES, status: null, fault: 'slow' }]);
    // close() returns without waiting out the 20 s delay: the slow request is cut, not answered
    // (had close() waited for it, the test would time out first).
    await own.close();
    expect(await pending).toBe('aborted');
  });

  it('a fault with `times` applies that many times, then the API answers normally', async () => {
    standIn.setFault('server-error', { times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await get(FEES)).status);
    expect(statuses).toEqual([500, 500, 200]);
    expect(standIn.fault()).toBeNull();
  });

  it('setFault(null) switches the fault off; unknown modes and bad options throw', async () => {
    standIn.setFault('rate-limit');
    standIn.setFault(null);
    expect((await get(FEES)).status).toBe(200);
    expect(() => standIn.setFault('blocked' as never)).toThrow(/unknown mode/);
    expect(() => standIn.setFault('slow', { delayMs: -1 })).toThrow(/delayMs/);
  });
});

describe('request log', () => {
  it('records method, host, path, headers, status and fault; skips control calls', async () => {
    standIn.setFault('rate-limit', { times: 1 });
    await get(FEES, { headers: { Accept: 'application/json' } });
    await get(DIFFICULTY);
    await get('/__standin/requests');
    expect(standIn.requests()).toMatchObject([
      {
        method: 'GET',
        host: 'mempool.space',
        path: FEES,
        headers: { accept: 'application/json' },
        status: 429,
        fault: 'rate-limit',
      },
      { path: DIFFICULTY, status: 200, fault: null },
    ]);
    expect(standIn.count('/api/v1/')).toBe(2);
    expect(standIn.count('/__standin')).toBe(0);
    const copy = standIn.requests();
    copy.pop();
    expect(standIn.requests()).toHaveLength(2);
    standIn.clearLog();
    expect(standIn.requests()).toEqual([]);
  });
});

describe('control endpoints', () => {
  const post = (path: string, body?: unknown) =>
    get(path, {
      method: 'POST',
      headers: { host: '127.0.0.1', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('POST /__standin/fault switches faults, with options, and off again', async () => {
    const set = await post('/__standin/fault', { mode: 'rate-limit', retryAfter: 5, times: 1 });
    expect(set.json()).toEqual({
      ok: true,
      fault: { mode: 'rate-limit', retryAfter: 5, delayMs: 20_000, remaining: 1 },
    });
    const limited = await get(FEES);
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('5');
    await post('/__standin/fault', { mode: 'old-server' });
    expect((await get('/__standin/fault')).json()).toMatchObject({ fault: { mode: 'old-server' } });
    await post('/__standin/fault', { mode: null });
    expect((await get('/__standin/fault')).json()).toEqual({ fault: null });
  });

  it('GET /__standin/clock tells the frozen time', async () => {
    expect((await get('/__standin/clock')).json()).toEqual({
      now: MEMPOOL_NOW,
      iso: '2026-09-19T18:53:46.000Z',
    });
  });

  it('GET /__standin/requests, POST /__standin/clear and /__standin/reset', async () => {
    await get(FEES);
    expect((await get('/__standin/requests')).json()).toMatchObject([{ path: FEES }]);
    expect((await post('/__standin/clear')).status).toBe(200);
    expect((await get('/__standin/requests')).json()).toEqual([]);
    standIn.setFault('server-error');
    await post('/__standin/reset');
    expect(standIn.fault()).toBeNull();
  });

  it.each([
    ['/__standin/fault', { mode: 'blocked' }, /unknown mode/],
    ['/__standin/fault', { mode: 'slow', delayMs: 'soon' }, /delayMs/],
    ['/__standin/price', { coinId: 'bitcoin' }, /no control route/],
  ])('%s %o → error', async (path, body, message) => {
    const reply = await post(path, body);
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect((reply.json() as { error: string }).error).toMatch(message);
  });
});

describe('HashLens’s client against the stand-in', () => {
  /** fetch over node:https that accepts the stand-in's self-signed certificate. */
  const standInFetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    const reply = await get(url.pathname, { headers: init?.headers as Record<string, string> });
    const headers = new Headers();
    for (const [name, value] of Object.entries(reply.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    return new Response(reply.text, { status: reply.status, headers });
  };
  const client = () =>
    createMempoolClient('https://mempool.space', { fetch: standInFetch, now: () => MEMPOOL_NOW });
  const failure = async (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => (error instanceof NetworkFetchError ? error.error : error),
    );

  it('reads all four endpoints', async () => {
    const values = await Promise.all(NETWORK_ENDPOINTS.map((endpoint) => client().get(endpoint)));
    expect(values.map((value) => Object.keys(value).length)).toEqual([10, 3, 5, 5]);
  });

  it.each([
    ['rate-limit', { kind: 'rate-limited', retryAt: MEMPOOL_NOW + 60_000, fromRetryAfter: true }],
    [
      'rate-limit-no-retry-after',
      { kind: 'rate-limited', retryAt: MEMPOOL_NOW + 60_000, fromRetryAfter: false },
    ],
    [
      'server-error',
      { kind: 'server-error', status: 500, message: 'Failed to get historical hashrate' },
    ],
    ['malformed', { kind: 'malformed', detail: expect.stringContaining('not valid JSON') }],
    ['no-mining', { kind: 'not-found', path: '/api/v1/mining/hashrate/3m' }],
  ] as const)('%s reads as %o', async (mode, error) => {
    standIn.setFault(mode);
    expect(await failure(client().get('hashrate'))).toEqual(error);
  });

  it('old-server reads with the missing fields as null', async () => {
    standIn.setFault('old-server');
    expect(await client().get('difficulty')).toMatchObject({
      remainingBlocks: 1965,
      adjustedTimeAvg: null,
      expectedBlocks: null,
    });
  });
});

describe('cli.ts', () => {
  it('prints {"port":N}, serves, and exits 0 on SIGTERM', async () => {
    const cli = fileURLToPath(new URL('../mempool/cli.ts', import.meta.url));
    const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
    const child = spawn(tsx, [cli, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
          out += chunk;
          if (out.includes('\n')) resolve(out);
        });
        child.on('exit', () => reject(new Error(`cli exited early: ${stderr}`)));
      });
      const { port } = JSON.parse(line) as { port: number };
      expect(line).toBe(`{"port":${port}}\n`);
      expect((await call(port, FEES)).status).toBe(200);
      await expect.poll(() => stderr).toContain('GET mempool.space/api/v1/fees/recommended -> 200');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 30_000);
});
