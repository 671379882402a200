import { describe, expect, it, vi } from 'vitest';
import seedPrice from '@/e2e/fixtures/coingecko/seed-week/simple_price__bitcoin__usd__full.json';
import seedChart from '@/e2e/fixtures/coingecko/seed-week/market_chart__bitcoin__usd__days-7__interval-daily.json';
import { BASE_URLS, createCoinGeckoClient, type ApiConfig } from '../coingecko-client';
import { PriceFetchError, type PriceError } from '../errors';

const NOW = Date.UTC(2026, 3, 13, 10, 0, 0);

function respond(status: number, body: string, headers: Record<string, string> = {}) {
  return vi.fn<typeof fetch>(async () => new Response(body, { status, headers }));
}
const json = { 'content-type': 'application/json; charset=utf-8' };

function client(fetchImpl: typeof fetch, config: ApiConfig = { plan: 'public', apiKey: '' }) {
  return createCoinGeckoClient(config, { fetch: fetchImpl, now: () => NOW, timeoutMs: 50 });
}

async function failure(promise: Promise<unknown>): Promise<PriceError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof PriceFetchError) return error.error;
    throw error;
  }
  throw new Error('expected a PriceFetchError');
}

describe('simplePrices', () => {
  it('reads the seed quote with every field and the full precision price', async () => {
    const fetchImpl = respond(200, JSON.stringify(seedPrice), json);
    const quotes = await client(fetchImpl).simplePrices(['bitcoin'], 'usd');
    expect(quotes.get('bitcoin')).toEqual({
      coinId: 'bitcoin',
      currency: 'usd',
      price: 70791.5149,
      change24hPct: -2.8262,
      marketCap: 1415717881074.8508,
      volume24h: 32110000000.4137,
      sourceUpdatedAt: 1776074340_000,
    });
    const url = new URL(String(fetchImpl.mock.calls[0]![0]));
    expect(url.origin + url.pathname).toBe(`${BASE_URLS.public}/simple/price`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      ids: 'bitcoin',
      vs_currencies: 'usd',
      include_market_cap: 'true',
      include_24hr_vol: 'true',
      include_24hr_change: 'true',
      include_last_updated_at: 'true',
      precision: 'full',
    });
  });

  it.each([
    ['public', '', BASE_URLS.public, null],
    ['demo', 'CG-demo', BASE_URLS.demo, 'x-cg-demo-api-key'],
    ['pro', 'CG-pro', BASE_URLS.pro, 'x-cg-pro-api-key'],
  ] as const)(
    '%s plan goes to the right host with the right header',
    async (plan, key, base, header) => {
      const fetchImpl = respond(200, JSON.stringify(seedPrice), json);
      await client(fetchImpl, { plan, apiKey: key }).simplePrices(['bitcoin'], 'usd');
      const [url, init] = fetchImpl.mock.calls[0]!;
      expect(String(url).startsWith(base)).toBe(true);
      const headers = init?.headers as Record<string, string>;
      expect(Object.keys(headers).filter((name) => name.startsWith('x-cg'))).toEqual(
        header ? [header] : [],
      );
      if (header) expect(headers[header]).toBe(key);
    },
  );

  it('drops unknown ids as CoinGecko does', async () => {
    const fetchImpl = respond(200, '{"bitcoin":{"usd":49053}}', json);
    const quotes = await client(fetchImpl).simplePrices(['bitcoin', 'not-a-coin'], 'usd');
    expect([...quotes.keys()]).toEqual(['bitcoin']);
    expect(quotes.get('bitcoin')?.change24hPct).toBeNull();
  });

  it('reports an unknown currency', async () => {
    const fetchImpl = respond(200, '{"bitcoin":{}}', json);
    expect(await failure(client(fetchImpl).simplePrices(['bitcoin'], 'ethereum'))).toEqual({
      kind: 'unknown-currency',
      currency: 'ethereum',
    });
  });

  it.each([
    ['a string price', '{"bitcoin":{"usd":"70791"}}', 'simple/price'],
    ['an array', '[1,2,3]', 'simple/price'],
    ['a non-finite change', '{"bitcoin":{"usd":1,"usd_24h_change":"x"}}', 'simple/price'],
  ])('treats %s as malformed, never a half-filled quote', async (_name, body) => {
    const error = await failure(client(respond(200, body, json)).simplePrices(['bitcoin'], 'usd'));
    expect(error.kind).toBe('malformed');
  });
});

describe('errors', () => {
  const rateLimitBody = JSON.stringify({
    status: {
      error_code: 429,
      error_message:
        "You've exceeded the Rate Limit. Please visit https://www.coingecko.com/en/api/pricing to subscribe to our API plans for higher rate limits.",
    },
  });
  it.each<[string, number, string, Record<string, string>, PriceError]>([
    [
      '429 with Retry-After',
      429,
      rateLimitBody,
      { ...json, 'retry-after': '119' },
      { kind: 'rate-limited', retryAt: NOW + 119_000, fromRetryAfter: true },
    ],
    [
      '429 without Retry-After',
      429,
      rateLimitBody,
      json,
      { kind: 'rate-limited', retryAt: NOW + 60_000, fromRetryAfter: false },
    ],
    [
      'Pro key on the public host (10010)',
      400,
      '{"status":{"error_code":10010,"error_message":"If you are using Pro API key, please change your root URL from api.coingecko.com to pro-api.coingecko.com"}}',
      json,
      { kind: 'wrong-plan-url', usePlan: 'pro', useBaseUrl: BASE_URLS.pro },
    ],
    [
      'Pro key, top-level error_code (10010)',
      400,
      '{"timestamp":"2025-10-12T11:10:40.873+00:00","error_code":10010,"status":{"error_message":"If you are using Pro API key…"}}',
      json,
      { kind: 'wrong-plan-url', usePlan: 'pro', useBaseUrl: BASE_URLS.pro },
    ],
    [
      'Demo key on the Pro host (10011)',
      400,
      '{"status":{"error_code":10011,"error_message":"If you are using Demo API key, please change your root URL from pro-api.coingecko.com to api.coingecko.com"}}',
      json,
      { kind: 'wrong-plan-url', usePlan: 'demo', useBaseUrl: BASE_URLS.demo },
    ],
    [
      'Cloudflare 403 page',
      403,
      '<!DOCTYPE html><title>Access denied | api.coingecko.com used Cloudflare to restrict access</title>',
      { 'content-type': 'text/html' },
      { kind: 'blocked', status: 403 },
    ],
    [
      '500',
      500,
      '{"status":500,"error":"Internal Server Error"}',
      json,
      { kind: 'server-error', status: 500 },
    ],
    ['503 without a body', 503, '', {}, { kind: 'server-error', status: 503 }],
    [
      '422',
      422,
      '{"error":"Missing parameter ids"}',
      json,
      { kind: 'bad-request', status: 422, message: 'Missing parameter ids' },
    ],
    [
      '200 with truncated JSON',
      200,
      '{"bitcoin":{"usd":707',
      json,
      { kind: 'malformed', detail: 'the response is not valid JSON' },
    ],
    [
      '200 with an HTML body',
      200,
      '<html>captive portal</html>',
      { 'content-type': 'text/html' },
      { kind: 'blocked', status: 200 },
    ],
  ])('%s', async (_name, status, body, headers, expected) => {
    const error = await failure(
      client(respond(status, body, headers)).simplePrices(['bitcoin'], 'usd'),
    );
    expect(error).toEqual(expected);
  });

  it.each([
    ['without a key', { plan: 'pro', apiKey: '' }, { kind: 'key-missing', plan: 'pro' }],
    [
      'with a bad key',
      { plan: 'demo', apiKey: 'invalid-key' },
      { kind: 'key-invalid', plan: 'demo' },
    ],
  ] as const)('401 %s', async (_name, config, expected) => {
    const body = '{"status":{"error_code":10002,"error_message":"API Key Missing"}}';
    const error = await failure(
      client(respond(401, body, json), config).simplePrices(['bitcoin'], 'usd'),
    );
    expect(error).toEqual(expected);
  });

  it('times out a slow answer through AbortSignal', async () => {
    const slow = vi.fn<typeof fetch>(
      (_url, init) =>
        new Promise((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () =>
            reject(new DOMException('aborted', 'AbortError')),
          );
        }),
    );
    expect(await failure(client(slow).simplePrices(['bitcoin'], 'usd'))).toEqual({
      kind: 'timeout',
      afterMs: 50,
    });
  });

  it('reports a network failure as offline', async () => {
    const down = vi.fn<typeof fetch>(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect((await failure(client(down).simplePrices(['bitcoin'], 'usd'))).kind).toBe('offline');
  });
});

describe('marketChart', () => {
  it('reads the seed week', async () => {
    const chart = await client(respond(200, JSON.stringify(seedChart), json)).marketChart(
      'bitcoin',
      'usd',
      7,
    );
    expect(chart.prices).toHaveLength(8);
    expect(chart.prices.at(-1)).toEqual([1776074340000, 70791.5149]);
  });

  it('names the coin CoinGecko does not know', async () => {
    const error = await failure(
      client(respond(404, '{"error":"coin not found"}', json)).marketChart('not-a-coin', 'usd', 7),
    );
    expect(error).toEqual({ kind: 'unknown-coin', coinId: 'not-a-coin' });
  });

  it('rejects points that are not [time, price] pairs', async () => {
    const error = await failure(
      client(respond(200, '{"prices":[[1,2,3],["x",1]]}', json)).marketChart('bitcoin', 'usd', 7),
    );
    expect(error.kind).toBe('malformed');
  });
});
