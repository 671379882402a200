// The stand-in must answer like CoinGecko: exact bodies from the recorded fixtures, the same
// statuses and headers, and faults that can be switched on and off. Requests go over real HTTPS
// with an explicit Host header, the way Chromium reaches it through --host-resolver-rules.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureUrl, readFixture } from '../fixtures.ts';
import { RATE_LIMIT_BODY, SEED, startStandIn, type StandIn } from '../index.ts';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json: () => unknown;
}

interface Call {
  host?: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
}

/** One HTTPS request to the stand-in; `agent: false` so no keep-alive socket outlives a test. */
function call(standIn: StandIn, path: string, options: Call = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      {
        host: '127.0.0.1',
        port: standIn.port,
        path,
        method: options.method ?? 'GET',
        headers: { host: options.host ?? 'api.coingecko.com', ...options.headers },
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

const fixtureText = (name: string): string => readFileSync(fixtureUrl(name), 'utf8').trim();

const ALL_FLAGS =
  'include_market_cap=true&include_24hr_vol=true&include_24hr_change=true&include_last_updated_at=true';

interface ObservedError {
  status: number;
  scenario: string;
  body?: unknown;
}
const observed = readFixture<ObservedError[]>('errors__observed.json');

let standIn: StandIn;

beforeAll(async () => {
  standIn = await startStandIn();
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

describe('startStandIn', () => {
  it('listens on a free port over HTTPS at 127.0.0.1', () => {
    expect(standIn.port).toBeGreaterThan(0);
    expect(standIn.origin).toBe(`https://127.0.0.1:${standIn.port}`);
  });
});

describe('GET /api/v3/ping', () => {
  it('answers CoinGecko’s greeting', async () => {
    const reply = await call(standIn, '/api/v3/ping');
    expect(reply.status).toBe(200);
    expect(reply.text).toBe('{"gecko_says":"(V3) To the Moon!"}');
  });
});

describe('GET /api/v3/simple/price', () => {
  it('serves the seed week byte for byte with every include flag and precision=full', async () => {
    const reply = await call(
      standIn,
      `/api/v3/simple/price?ids=bitcoin&vs_currencies=usd&${ALL_FLAGS}&precision=full`,
    );
    expect(reply.status).toBe(200);
    expect(reply.text).toBe(fixtureText('seed-week/simple_price__bitcoin__usd__full.json'));
    expect(reply.json()).toEqual({
      bitcoin: {
        usd: 70791.5149,
        usd_market_cap: 1415717881074.8508,
        usd_24h_vol: 32110000000.4137,
        usd_24h_change: -2.8262,
        last_updated_at: 1776074340,
      },
    });
  });

  it('sends CoinGecko’s headers', async () => {
    const reply = await call(standIn, '/api/v3/simple/price?ids=bitcoin&vs_currencies=usd');
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.headers['cache-control']).toBe('public, max-age=60');
    expect(reply.headers['access-control-allow-origin']).toBe('*');
  });

  it.each([
    ['no flag', '', ['usd']],
    ['include_market_cap', 'include_market_cap=true', ['usd', 'usd_market_cap']],
    ['include_24hr_vol', 'include_24hr_vol=true', ['usd', 'usd_24h_vol']],
    ['include_24hr_change', 'include_24hr_change=true', ['usd', 'usd_24h_change']],
    ['include_last_updated_at', 'include_last_updated_at=true', ['usd', 'last_updated_at']],
    ['a flag set to false', 'include_market_cap=false', ['usd']],
  ])('honours %s', async (_name, flags, keys) => {
    const reply = await call(
      standIn,
      `/api/v3/simple/price?ids=bitcoin&vs_currencies=usd&precision=full&${flags}`,
    );
    const body = reply.json() as { bitcoin: Record<string, number> };
    expect(Object.keys(body.bitcoin)).toEqual(keys);
  });

  it.each([
    ['no precision: 2 decimals at or above 1', '', 70791.51],
    ['precision=full', '&precision=full', 70791.5149],
    ['precision=0', '&precision=0', 70792],
    ['precision=3', '&precision=3', 70791.515],
  ])('rounds the price with %s', async (_name, precision, usd) => {
    const reply = await call(
      standIn,
      `/api/v3/simple/price?ids=bitcoin&vs_currencies=usd${precision}`,
    );
    expect(reply.json()).toEqual({ bitcoin: { usd } });
  });

  it('keeps more significant digits below 1 without precision', async () => {
    const reply = await call(standIn, '/api/v3/simple/price?ids=ethereum&vs_currencies=btc');
    expect(reply.json()).toEqual({ ethereum: { btc: 0.0305 } });
    standIn.setPrice('ethereum', 'btc', 0.030512345678);
    const moved = await call(standIn, '/api/v3/simple/price?ids=ethereum&vs_currencies=btc');
    expect(moved.json()).toEqual({ ethereum: { btc: 0.0305123 } });
  });

  it('answers several ids and currencies, trimming spaces after commas', async () => {
    const reply = await call(
      standIn,
      `/api/v3/simple/price?ids=bitcoin,%20ethereum&vs_currencies=usd,eur,gbp,jpy,btc&include_24hr_change=true&precision=full`,
    );
    const body = reply.json() as Record<string, Record<string, number>>;
    expect(Object.keys(body)).toEqual(['bitcoin', 'ethereum']);
    expect(Object.keys(body.bitcoin ?? {})).toEqual([
      'usd',
      'usd_24h_change',
      'eur',
      'eur_24h_change',
      'gbp',
      'gbp_24h_change',
      'jpy',
      'jpy_24h_change',
      'btc',
      'btc_24h_change',
    ]);
    expect(body.bitcoin?.usd).toBe(SEED.btcUsd);
    expect(body.bitcoin?.btc).toBe(1);
    expect(body.bitcoin?.btc_24h_change).toBe(0);
    expect(body.bitcoin?.eur).toBeCloseTo(SEED.btcUsd * 0.87, 3);
    expect(body.ethereum?.usd).toBeCloseTo(SEED.btcUsd * 0.0305, 3);
  });

  it.each(['ethereum', 'solana', 'bitcoin-cash', 'wrapped-bitcoin'])(
    'knows %s in usd',
    async (id) => {
      const reply = await call(standIn, `/api/v3/simple/price?ids=${id}&vs_currencies=usd`);
      const body = reply.json() as Record<string, { usd: number }>;
      expect(body[id]?.usd).toBeGreaterThan(0);
    },
  );

  it.each([
    ['only unknown ids', 'nope,also-nope', {}],
    ['a known and an unknown id', 'bitcoin,nope', { bitcoin: { usd: 70791.51 } }],
  ])('silently drops unknown ids: %s', async (_name, ids, expected) => {
    const reply = await call(standIn, `/api/v3/simple/price?ids=${ids}&vs_currencies=usd`);
    expect(reply.status).toBe(200);
    expect(reply.json()).toEqual(expected);
  });

  it('answers an unknown vs_currency with an empty coin object, as recorded', async () => {
    const reply = await call(standIn, '/api/v3/simple/price?ids=bitcoin&vs_currencies=ethereum');
    expect(reply.status).toBe(200);
    expect(reply.text).toBe(
      fixtureText('simple_price__ids-bitcoin__vs-ethereum__unknown-currency__2021-05-15.json'),
    );
  });
});

describe('missing parameters', () => {
  it.each([
    ['/api/v3/simple/price', 'simple_price__no-params__422__2021-07-19.json'],
    ['/api/v3/simple/price?vs_currencies=usd', 'simple_price__no-params__422__2021-07-19.json'],
    [
      '/api/v3/coins/markets?ids=bitcoin',
      'coins_markets__ids-bitcoin__no-vs_currency__422__2021-07-19.json',
    ],
    [
      '/api/v3/coins/bitcoin/market_chart',
      'market_chart__bitcoin__no-params__422__2021-07-19.json',
    ],
  ])('%s → 422 with the recorded body', async (path, fixture) => {
    const reply = await call(standIn, path);
    expect(reply.status).toBe(422);
    expect(reply.text).toBe(fixtureText(fixture));
    // The recorded 422s are uncached and carry no CORS header.
    expect(reply.headers['cache-control']).toBe('no-cache');
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('/simple/price with ids but no vs_currencies → 422 Missing parameter vs_currencies', async () => {
    const reply = await call(standIn, '/api/v3/simple/price?ids=bitcoin');
    expect(reply.status).toBe(422);
    expect(reply.json()).toEqual({ error: 'Missing parameter vs_currencies' });
  });
});

describe('GET /api/v3/coins/markets', () => {
  it('has the recorded object shape, ordered by market cap, with current prices', async () => {
    const reply = await call(standIn, '/api/v3/coins/markets?vs_currency=usd&ids=ethereum,bitcoin');
    expect(reply.status).toBe(200);
    expect(reply.headers['cache-control']).toBe('public, max-age=30');
    const body = reply.json() as Array<Record<string, unknown>>;
    const recorded = readFixture<Array<Record<string, unknown>>>(
      'coins_markets__usd__ids-bitcoin__2021-05-15.json',
    );
    expect(body.map((coin) => coin.id)).toEqual(['bitcoin', 'ethereum']);
    for (const coin of body) expect(Object.keys(coin)).toEqual(Object.keys(recorded[0] ?? {}));
    expect(body[0]).toMatchObject({
      symbol: 'btc',
      name: 'Bitcoin',
      current_price: SEED.btcUsd,
      market_cap: SEED.btcUsdMarketCap,
      total_volume: SEED.btcUsd24hVol,
      price_change_percentage_24h: SEED.btcUsd24hChange,
      last_updated: '2026-04-13T09:59:00.000Z',
    });
  });

  it('follows setPrice', async () => {
    standIn.setPrice('bitcoin', 'eur', 60000, { change24hPct: 1.5 });
    const reply = await call(standIn, '/api/v3/coins/markets?vs_currency=eur&ids=bitcoin');
    expect(reply.json()).toMatchObject([
      { id: 'bitcoin', current_price: 60000, price_change_percentage_24h: 1.5 },
    ]);
  });

  it('adds a 7-day hourly sparkline with sparkline=true, ending at the current price', async () => {
    const reply = await call(
      standIn,
      '/api/v3/coins/markets?vs_currency=usd&ids=bitcoin&sparkline=true&precision=full',
    );
    const [coin] = reply.json() as Array<Record<string, unknown>>;
    const recorded = readFixture<Array<Record<string, unknown>>>(
      'oas2026__coins_markets__usd__ids-bitcoin__sparkline-true__pcp-1h-24h-7d-14d-30d-200d-1y__TRIMMED.json',
    );
    const keys = Object.keys(coin ?? {});
    // Placed as in the 2026 recording: right after last_updated.
    expect(keys.indexOf('sparkline_in_7d')).toBe(keys.indexOf('last_updated') + 1);
    expect(Object.keys(recorded[0]?.sparkline_in_7d ?? {})).toEqual(['price']);
    const prices = (coin?.sparkline_in_7d as { price: number[] }).price;
    expect(prices).toHaveLength(168);
    expect(prices.at(-1)).toBe(SEED.btcUsd);
    // Drawn from the seed week's daily points (the first point is the week's first day).
    const week = readFixture<{ prices: [number, number][] }>(
      'seed-week/market_chart__bitcoin__usd__days-7__interval-daily.json',
    );
    const low = Math.min(...week.prices.map(([, p]) => p));
    const high = Math.max(...week.prices.map(([, p]) => p), SEED.btcUsd);
    for (const price of prices) {
      expect(price).toBeGreaterThanOrEqual(low - 0.01);
      expect(price).toBeLessThanOrEqual(high + 0.01);
    }
    const plain = await call(standIn, '/api/v3/coins/markets?vs_currency=usd&ids=bitcoin');
    expect((plain.json() as Array<Record<string, unknown>>)[0]).not.toHaveProperty(
      'sparkline_in_7d',
    );
  });

  it('rejects an unsupported vs_currency with 400', async () => {
    const reply = await call(standIn, '/api/v3/coins/markets?vs_currency=usdt');
    expect(reply.status).toBe(400);
    expect(reply.json()).toEqual({ error: 'invalid vs_currency' });
  });
});

describe('GET /api/v3/coins/{id}/market_chart', () => {
  it('serves the seed week for bitcoin/usd verbatim', async () => {
    const reply = await call(
      standIn,
      '/api/v3/coins/bitcoin/market_chart?vs_currency=usd&days=7&interval=daily',
    );
    expect(reply.status).toBe(200);
    expect(reply.text).toBe(
      fixtureText('seed-week/market_chart__bitcoin__usd__days-7__interval-daily.json'),
    );
  });

  it('scales the bitcoin week for other coins and ends at the current price', async () => {
    standIn.setPrice('ethereum', 'usd', 2500, { lastUpdatedAt: SEED.nowSec + 60 });
    const reply = await call(
      standIn,
      '/api/v3/coins/ethereum/market_chart?vs_currency=usd&days=7&interval=daily',
    );
    const body = reply.json() as { prices: Array<[number, number]> };
    expect(Object.keys(body)).toEqual(['prices', 'market_caps', 'total_volumes']);
    expect(body.prices).toHaveLength(8);
    // The first day scaled by ethereum's seed price over bitcoin's (ratio 0.0305, synthetic).
    expect(body.prices[0]?.[1]).toBeCloseTo(68864.2318 * 0.0305, 2);
    expect(body.prices.at(-1)).toEqual([(SEED.nowSec + 60) * 1000, 2500]);
  });

  it('trims history to `days`', async () => {
    const reply = await call(standIn, '/api/v3/coins/bitcoin/market_chart?vs_currency=usd&days=1');
    const body = reply.json() as { prices: Array<[number, number]> };
    expect(body.prices).toEqual([
      [1776038400000, 72418.0633],
      [1776074340000, 70791.5149],
    ]);
  });

  it('serves a year of daily points for days=365, synthetic before the recorded week', async () => {
    const reply = await call(
      standIn,
      '/api/v3/coins/bitcoin/market_chart?vs_currency=usd&days=365&interval=daily',
    );
    const body = reply.json() as { prices: Array<[number, number]>; market_caps: unknown[] };
    const day = 86_400_000;
    // 2025-04-14 00:00 (the first whole day within 365 days of the seed "now") to 2026-04-13.
    expect(body.prices[0]?.[0]).toBe(Date.UTC(2025, 3, 14));
    expect(body.prices).toHaveLength(358 + 8);
    expect(body.market_caps).toHaveLength(body.prices.length);
    for (let i = 1; i < 358; i++) {
      expect(body.prices[i]![0] - body.prices[i - 1]![0]).toBe(day);
    }
    // The recorded week is unchanged at the end.
    expect(body.prices.slice(-8)).toEqual(
      (
        JSON.parse(
          fixtureText('seed-week/market_chart__bitcoin__usd__days-7__interval-daily.json'),
        ) as {
          prices: unknown[];
        }
      ).prices,
    );
  });

  it('keeps the recorded week whole when "now" is on a later day', async () => {
    const later = Date.UTC(2026, 3, 16, 12, 0) / 1000;
    standIn.setPrice('bitcoin', 'usd', 84_120, { lastUpdatedAt: later });
    const reply = await call(
      standIn,
      '/api/v3/coins/bitcoin/market_chart?vs_currency=usd&days=365',
    );
    const body = reply.json() as { prices: Array<[number, number]> };
    expect(body.prices.slice(-5)).toEqual([
      [1776074340000, 70791.5149],
      [Date.UTC(2026, 3, 14), expect.any(Number)],
      [Date.UTC(2026, 3, 15), expect.any(Number)],
      [Date.UTC(2026, 3, 16), expect.any(Number)],
      [later * 1000, 84_120],
    ]);
  });

  it('answers 404 coin not found for an unknown coin', async () => {
    const reply = await call(standIn, '/api/v3/coins/nope/market_chart?vs_currency=usd&days=7');
    expect(reply.status).toBe(404);
    expect(reply.json()).toEqual({ error: 'coin not found' });
  });
});

describe('unknown paths', () => {
  it.each(['/api/v3/nope', '/api/v2/ping', '/', '/api/v3/coins/list'])(
    '%s → 404 JSON',
    async (path) => {
      const reply = await call(standIn, path);
      expect(reply.status).toBe(404);
      expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(reply.json()).toEqual({
        error: 'Incorrect path. Please check https://docs.coingecko.com/',
      });
    },
  );
});

describe('fault modes', () => {
  const PRICE = '/api/v3/simple/price?ids=bitcoin&vs_currencies=usd';

  it('rate-limit body is the observed one, verbatim', () => {
    const entry = observed.find((item) => item.status === 429);
    expect(RATE_LIMIT_BODY).toEqual(entry?.body);
    expect(JSON.stringify(RATE_LIMIT_BODY)).toHaveLength(187);
  });

  it.each([
    ['rate-limit', {}, 429, { 'retry-after': '60' }],
    ['rate-limit', { retryAfter: 7 }, 429, { 'retry-after': '7' }],
    ['rate-limit-no-retry-after', {}, 429, { 'retry-after': undefined }],
    ['server-error', {}, 500, { 'content-type': 'application/json; charset=utf-8' }],
  ] as const)('%s %o → %i', async (mode, options, status, headers) => {
    standIn.setFault(mode, options);
    const reply = await call(standIn, PRICE);
    expect(reply.status).toBe(status);
    for (const [name, value] of Object.entries(headers)) expect(reply.headers[name]).toBe(value);
    expect(reply.json()).toEqual(
      status === 429 ? RATE_LIMIT_BODY : { status: 500, error: 'Internal Server Error' },
    );
  });

  it('blocked → 403 Cloudflare 1020 HTML page without CORS', async () => {
    standIn.setFault('blocked');
    const reply = await call(standIn, PRICE);
    expect(reply.status).toBe(403);
    expect(reply.headers['content-type']).toMatch(/^text\/html/);
    expect(reply.headers['access-control-allow-origin']).toBeUndefined();
    expect(reply.text).toContain(
      '<title>Access denied | api.coingecko.com used Cloudflare to restrict access</title>',
    );
    expect(reply.text).toContain('1020');
  });

  it('malformed → 200 JSON content type with a body that does not parse', async () => {
    standIn.setFault('malformed');
    const reply = await call(standIn, `${PRICE}&${ALL_FLAGS}`);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(reply.text.length).toBeGreaterThan(0);
    expect(() => reply.json()).toThrow(SyntaxError);
  });

  it.each([
    [PRICE, 200, {}],
    ['/api/v3/coins/bitcoin/market_chart?vs_currency=usd&days=7', 404, { error: 'coin not found' }],
    ['/api/v3/coins/bitcoin', 404, { error: 'coin not found' }],
    ['/api/v3/coins/markets?vs_currency=usd&ids=bitcoin', 200, []],
  ])('unknown-coin: %s → %i', async (path, status, body) => {
    standIn.setFault('unknown-coin');
    const reply = await call(standIn, path);
    expect(reply.status).toBe(status);
    expect(reply.json()).toEqual(body);
  });

  it('a fault with `times` applies that many times, then the API answers normally', async () => {
    standIn.setFault('server-error', { times: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await call(standIn, PRICE)).status);
    expect(statuses).toEqual([500, 500, 200]);
    expect(standIn.fault()).toBeNull();
  });

  it('setFault(null) switches the fault off', async () => {
    standIn.setFault('rate-limit');
    standIn.setFault(null);
    expect((await call(standIn, PRICE)).status).toBe(200);
  });

  it('faults leave /__standin alone', async () => {
    standIn.setFault('blocked');
    expect((await call(standIn, '/__standin/requests')).status).toBe(200);
  });

  it('rejects unknown modes and bad options', () => {
    expect(() => standIn.setFault('nope' as never)).toThrow(/unknown mode/);
    expect(() => standIn.setFault('slow', { delayMs: -1 })).toThrow(/delayMs/);
  });

  it('slow holds each response for delayMs, then answers it', async () => {
    // The stand-in's timers on a fake clock: the test sees the hold itself, not how long a
    // busy machine took to get through it.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      standIn.setFault('slow', { delayMs: 300 });
      const replies = Promise.all([call(standIn, PRICE), call(standIn, '/api/v3/ping')]);
      const statuses = () => standIn.requests().map((entry) => entry.status);
      // Both taken in and waiting at once: the second did not wait for the first's answer.
      await until(() => statuses().length === 2);
      expect(statuses()).toEqual([null, null]);
      await vi.advanceTimersByTimeAsync(299);
      expect(statuses()).toEqual([null, null]);
      await vi.advanceTimersByTimeAsync(1);
      expect((await replies).map((reply) => reply.status)).toEqual([200, 200]);
      expect(standIn.requests().map((entry) => entry.fault)).toEqual(['slow', 'slow']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('slow requests wait side by side, none blocks the others', async () => {
    const own = await startStandIn();
    own.setFault('slow');
    const outcomes = [call(own, PRICE), call(own, '/api/v3/ping')].map((reply) =>
      reply.then(
        () => 'answered',
        () => 'aborted',
      ),
    );
    // Both taken in and waiting at once: the second did not wait for the first's answer.
    await expect
      .poll(() => own.requests().map((entry) => [entry.path, entry.status]))
      .toEqual(
        expect.arrayContaining([
          ['/api/v3/simple/price', null],
          ['/api/v3/ping', null],
        ]),
      );
    await own.close();
    expect(await Promise.all(outcomes)).toEqual(['aborted', 'aborted']);
  });

  it('slow (default 20 s) does not keep close() from finishing promptly', async () => {
    const own = await startStandIn();
    own.setFault('slow');
    expect(own.fault()?.delayMs).toBe(20_000);
    const pending = call(own, PRICE).then(
      () => 'answered',
      () => 'aborted',
    );
    // The control endpoint still answers while the slow request waits.
    await expect.poll(() => own.count('/api/v3/simple/price')).toBe(1);
    const control = await call(own, '/__standin/requests');
    expect(control.json()).toMatchObject([{ path: '/api/v3/simple/price', status: null }]);
    // close() returns without waiting out the 20 s delay: the slow request is cut, not answered
    // (had close() waited for it, the test would time out first).
    await own.close();
    expect(await pending).toBe('aborted');
  });
});

describe('API key rules (always on)', () => {
  const PING = '/api/v3/ping';
  it.each([
    ['keyless public call', 200, 'api.coingecko.com', {}, PING, undefined],
    [
      'demo key on public',
      200,
      'api.coingecko.com',
      { 'x-cg-demo-api-key': 'CG-demo' },
      PING,
      undefined,
    ],
    ['pro key on public', 400, 'api.coingecko.com', { 'x-cg-pro-api-key': 'CG-pro' }, PING, 10010],
    [
      'pro key as query on public',
      400,
      'api.coingecko.com',
      {},
      `${PING}?x_cg_pro_api_key=CG-pro`,
      10010,
    ],
    [
      'invalid demo key on public',
      401,
      'api.coingecko.com',
      { 'x-cg-demo-api-key': 'invalid-key' },
      PING,
      10002,
    ],
    [
      'pro key on pro',
      200,
      'pro-api.coingecko.com',
      { 'x-cg-pro-api-key': 'CG-pro' },
      PING,
      undefined,
    ],
    [
      'demo key on pro',
      400,
      'pro-api.coingecko.com',
      { 'x-cg-demo-api-key': 'CG-demo' },
      PING,
      10011,
    ],
    ['no key on pro', 401, 'pro-api.coingecko.com', {}, PING, 10002],
    [
      'invalid pro key on pro',
      401,
      'pro-api.coingecko.com',
      { 'x-cg-pro-api-key': 'invalid-key' },
      PING,
      10002,
    ],
  ])('%s → %i', async (_name, status, host, headers, path, errorCode) => {
    const reply = await call(standIn, path, { host, headers });
    expect(reply.status).toBe(status);
    if (errorCode === undefined) {
      expect(reply.json()).toEqual({ gecko_says: '(V3) To the Moon!' });
    } else {
      expect(reply.json()).toMatchObject({ status: { error_code: errorCode } });
    }
  });

  it.each([
    [
      'pro key on public',
      'api.coingecko.com',
      { 'x-cg-pro-api-key': 'CG-pro' },
      'If you are using Pro API key, please change your root URL from api.coingecko.com to pro-api.coingecko.com',
    ],
    [
      'demo key on pro',
      'pro-api.coingecko.com',
      { 'x-cg-demo-api-key': 'CG-demo' },
      'If you are using Demo API key, please change your root URL from pro-api.coingecko.com to api.coingecko.com',
    ],
    ['invalid key', 'api.coingecko.com', { 'x-cg-demo-api-key': 'invalid-key' }, 'Invalid API Key'],
  ])('%s carries CoinGecko’s message', async (_name, host, headers, message) => {
    const reply = await call(standIn, PING, { host, headers });
    expect((reply.json() as { status: { error_message: string } }).status.error_message).toBe(
      message,
    );
  });

  it('no key on pro says "API Key Missing" with a timestamp, as observed', async () => {
    const reply = await call(standIn, PING, { host: 'pro-api.coingecko.com' });
    const { status } = reply.json() as { status: Record<string, unknown> };
    expect(status.error_message).toMatch(/^API Key Missing\. Please make sure/);
    expect(status.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+00:00$/);
  });

  it('serves the same data on pro-api with a pro key', async () => {
    const reply = await call(
      standIn,
      `/api/v3/simple/price?ids=bitcoin&vs_currencies=usd&${ALL_FLAGS}&precision=full`,
      { host: 'pro-api.coingecko.com', headers: { 'x-cg-pro-api-key': 'CG-pro' } },
    );
    expect(reply.text).toBe(fixtureText('seed-week/simple_price__bitcoin__usd__full.json'));
  });
});

describe('request log', () => {
  it('records method, host, path, query, lower-case headers, status and when', async () => {
    const before = Date.now();
    await call(standIn, '/api/v3/simple/price?ids=bitcoin,%20ethereum&vs_currencies=usd', {
      headers: { 'X-CG-Demo-API-Key': 'CG-demo', Accept: 'application/json' },
    });
    const [entry] = standIn.requests();
    expect(entry).toMatchObject({
      method: 'GET',
      host: 'api.coingecko.com',
      path: '/api/v3/simple/price',
      query: { ids: 'bitcoin, ethereum', vs_currencies: 'usd' },
      headers: { 'x-cg-demo-api-key': 'CG-demo', accept: 'application/json' },
      status: 200,
      fault: null,
    });
    // When it came in: between asking and the answer (an order, not a time limit).
    expect(entry?.time).toBeGreaterThanOrEqual(before);
    expect(entry?.time).toBeLessThanOrEqual(Date.now());
  });

  it('records the host without port and the fault applied', async () => {
    standIn.setFault('rate-limit', { times: 1 });
    await call(standIn, '/api/v3/ping', {
      host: 'pro-api.coingecko.com:443',
      headers: { 'x-cg-pro-api-key': 'k' },
    });
    expect(standIn.requests()).toMatchObject([
      { host: 'pro-api.coingecko.com', status: 429, fault: 'rate-limit' },
    ]);
  });

  it('returns copies, counts by path prefix, skips control calls and clears', async () => {
    await call(standIn, '/api/v3/ping');
    await call(standIn, '/api/v3/simple/price?ids=bitcoin&vs_currencies=usd');
    await call(standIn, '/api/v3/simple/price?ids=ethereum&vs_currencies=usd');
    await call(standIn, '/__standin/requests');
    const copy = standIn.requests();
    copy[0]!.path = '/changed';
    copy.pop();
    expect(standIn.requests()).toHaveLength(3);
    expect(standIn.requests()[0]?.path).toBe('/api/v3/ping');
    expect(standIn.count('/api/v3/simple/price')).toBe(2);
    expect(standIn.count('/api/v3/')).toBe(3);
    expect(standIn.count('/__standin')).toBe(0);
    standIn.clearLog();
    expect(standIn.requests()).toEqual([]);
  });
});

describe('setPrice and reset', () => {
  const ALL = `/api/v3/simple/price?ids=bitcoin&vs_currencies=usd,eur&${ALL_FLAGS}&precision=full`;

  it('moves only the named cell and keeps the supply', async () => {
    standIn.setPrice('bitcoin', 'usd', 72000, { change24hPct: 1.25, lastUpdatedAt: 1776074400 });
    const body = (await call(standIn, ALL)).json() as { bitcoin: Record<string, number> };
    expect(body.bitcoin).toMatchObject({
      usd: 72000,
      usd_24h_change: 1.25,
      usd_24h_vol: SEED.btcUsd24hVol,
      eur: Number((SEED.btcUsd * 0.87).toFixed(4)),
      last_updated_at: 1776074400,
    });
    expect(body.bitcoin.usd_market_cap).toBeCloseTo(
      (SEED.btcUsdMarketCap * 72000) / SEED.btcUsd,
      2,
    );
  });

  it('adds new coins and currencies', async () => {
    standIn.setPrice('dogecoin', 'usd', 0.1234);
    const reply = await call(standIn, '/api/v3/simple/price?ids=dogecoin&vs_currencies=usd');
    expect(reply.json()).toEqual({ dogecoin: { usd: 0.1234 } });
  });

  it('rejects a bad price', () => {
    expect(() => standIn.setPrice('bitcoin', 'usd', Number.NaN)).toThrow(/bad price/);
  });

  it('reset() restores seed prices, clears the fault and the log', async () => {
    standIn.setPrice('bitcoin', 'usd', 1);
    standIn.setFault('server-error');
    await call(standIn, '/api/v3/ping');
    standIn.reset();
    expect(standIn.fault()).toBeNull();
    expect(standIn.requests()).toEqual([]);
    const reply = await call(
      standIn,
      `/api/v3/simple/price?ids=bitcoin&vs_currencies=usd&${ALL_FLAGS}&precision=full`,
    );
    expect(reply.text).toBe(fixtureText('seed-week/simple_price__bitcoin__usd__full.json'));
  });
});

describe('control endpoints', () => {
  const post = (path: string, body?: unknown) =>
    call(standIn, path, {
      method: 'POST',
      host: '127.0.0.1',
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('POST /__standin/fault switches faults, with options, and off again', async () => {
    const set = await post('/__standin/fault', { mode: 'rate-limit', retryAfter: 5, times: 1 });
    expect(set.json()).toEqual({
      ok: true,
      fault: { mode: 'rate-limit', retryAfter: 5, delayMs: 20_000, remaining: 1 },
    });
    const limited = await call(standIn, '/api/v3/ping');
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('5');
    await post('/__standin/fault', { mode: 'server-error' });
    expect((await call(standIn, '/api/v3/ping')).status).toBe(500);
    await post('/__standin/fault', { mode: null });
    expect((await call(standIn, '/api/v3/ping')).status).toBe(200);
  });

  it('POST /__standin/price changes a price', async () => {
    const set = await post('/__standin/price', {
      coinId: 'bitcoin',
      currency: 'usd',
      price: 65000.5,
      change24hPct: -8.2,
      lastUpdatedAt: 1776074999,
    });
    expect(set.status).toBe(200);
    const reply = await call(
      standIn,
      '/api/v3/simple/price?ids=bitcoin&vs_currencies=usd&include_24hr_change=true&include_last_updated_at=true',
    );
    expect(reply.json()).toEqual({
      bitcoin: { usd: 65000.5, usd_24h_change: -8.2, last_updated_at: 1776074999 },
    });
  });

  it('GET /__standin/requests returns the log and POST /__standin/clear empties it', async () => {
    await call(standIn, '/api/v3/ping');
    const log = await call(standIn, '/__standin/requests');
    expect(log.json()).toMatchObject([{ path: '/api/v3/ping', status: 200 }]);
    expect((await post('/__standin/clear')).status).toBe(200);
    expect((await call(standIn, '/__standin/requests')).json()).toEqual([]);
  });

  it('POST /__standin/reset restores the seed state', async () => {
    await post('/__standin/price', { coinId: 'bitcoin', currency: 'usd', price: 1 });
    await post('/__standin/reset');
    const reply = await call(standIn, '/api/v3/simple/price?ids=bitcoin&vs_currencies=usd');
    expect(reply.json()).toEqual({ bitcoin: { usd: 70791.51 } });
  });

  it.each([
    ['/__standin/fault', { mode: 'nope' }, /unknown mode/],
    ['/__standin/fault', { mode: 'slow', delayMs: 'soon' }, /delayMs/],
    ['/__standin/price', { coinId: 'bitcoin', currency: 'usd' }, /price/],
    ['/__standin/price', { coinId: 1, currency: 'usd', price: 1 }, /coinId/],
    ['/__standin/nope', {}, /no control route/],
  ])('%s %o → error', async (path, body, message) => {
    const reply = await post(path, body);
    expect(reply.status).toBeGreaterThanOrEqual(400);
    expect((reply.json() as { error: string }).error).toMatch(message);
  });

  it('answers a CORS preflight', async () => {
    const reply = await call(standIn, '/api/v3/simple/price', {
      method: 'OPTIONS',
      headers: { origin: 'chrome-extension://abc', 'access-control-request-method': 'GET' },
    });
    expect(reply.status).toBe(204);
    expect(reply.headers['access-control-allow-origin']).toBe('*');
    expect(reply.headers['access-control-allow-headers']).toMatch(/x-cg-demo-api-key/);
  });
});

describe('cli.ts', () => {
  it('prints {"port":N}, serves, and exits 0 on SIGTERM', async () => {
    const cli = fileURLToPath(new URL('../cli.ts', import.meta.url));
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
      const reply = await call({ port } as StandIn, '/api/v3/ping');
      expect(reply.status).toBe(200);
      await expect.poll(() => stderr).toContain('GET api.coingecko.com/api/v3/ping -> 200');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 30_000);
});
