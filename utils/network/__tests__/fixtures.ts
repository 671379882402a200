// Shared by the network tests: the recorded mempool.space responses (e2e/fixtures/mempool/) as
// raw text, and a fake fetch that answers the four endpoints with them, so a test can run the
// real client over exactly what mempool.space sent.
import { readFileSync } from 'node:fs';
import { vi } from 'vitest';
import { DEFAULT_BASE_URL, createMempoolClient } from '../mempool-client';
import { emptyNetworkCache, type NetworkCacheState } from '../network-cache';
import { NETWORK_ENDPOINTS, type NetworkEndpoint } from '../network-types';

/** 2026-09-19T18:53:46Z: the recording's "now" (estimatedRetargetDate − remainingTime). */
export const RECORDED_NOW = Date.UTC(2026, 8, 19, 18, 53, 46);

/** The text of one fixture file, byte for byte. */
export function fixtureText(name: string): string {
  return readFileSync(new URL(`../../../e2e/fixtures/mempool/${name}`, import.meta.url), 'utf8');
}

/** One fixture parsed. */
export function fixtureJson<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(fixtureText(name)) as T;
}

/** Which recorded file answers each path. */
export const FIXTURE_FOR_PATH: Record<string, string> = {
  '/api/v1/difficulty-adjustment': 'difficulty-adjustment.json',
  '/api/v1/mining/hashrate/3m': 'hashrate__3m.json',
  '/api/v1/mining/reward-stats/144': 'reward-stats__144.json',
  '/api/v1/fees/recommended': 'fees-recommended.json',
};

/**
 * A fetch that serves the recorded responses, with `bodies` replacing some by path (an object
 * is sent as JSON). Unknown paths get Express's 404 page, as a mempool backend sends.
 */
export function fixtureFetch(bodies: Record<string, unknown> = {}) {
  return vi.fn<typeof fetch>(async (input) => {
    const path = new URL(String(input)).pathname;
    const override = bodies[path];
    const name = FIXTURE_FOR_PATH[path];
    if (override === undefined && name === undefined) {
      return new Response(`<pre>Cannot GET ${path}</pre>`, {
        status: 404,
        headers: { 'content-type': 'text/html; charset=utf-8' },
      });
    }
    const body =
      override === undefined
        ? fixtureText(name ?? '')
        : typeof override === 'string'
          ? override
          : JSON.stringify(override);
    return new Response(body, {
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
  });
}

/** The cache as the service leaves it after fetching the recorded responses (with changes). */
export async function cacheFromFixtures(
  options: {
    bodies?: Record<string, unknown>;
    fetchedAt?: Partial<Record<NetworkEndpoint, number>>;
    baseUrl?: string;
  } = {},
): Promise<NetworkCacheState> {
  const baseUrl = options.baseUrl ?? DEFAULT_BASE_URL;
  const client = createMempoolClient(baseUrl, {
    fetch: fixtureFetch(options.bodies),
    now: () => RECORDED_NOW,
  });
  const state = emptyNetworkCache(client.baseUrl);
  for (const endpoint of NETWORK_ENDPOINTS) {
    (state.entries as Record<string, unknown>)[endpoint] = {
      value: await client.get(endpoint),
      fetchedAt: options.fetchedAt?.[endpoint] ?? RECORDED_NOW,
      lastError: null,
    };
  }
  return state;
}
