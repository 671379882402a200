import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SOURCE_HOST,
  NetworkFetchError,
  describeNetworkError,
  type NetworkError,
} from '../network-errors';

const NOW = Date.UTC(2026, 8, 19, 18, 53, 46);

describe('describeNetworkError', () => {
  it.each<[NetworkError, string]>([
    [
      { kind: 'rate-limited', retryAt: NOW + 30_000, fromRetryAfter: true },
      "mempool.space's rate limit was reached; HashLens retries in 30 s.",
    ],
    [
      { kind: 'rate-limited', retryAt: NOW + 10 * 60_000, fromRetryAfter: false },
      "mempool.space's rate limit was reached; HashLens retries in 10 min.",
    ],
    [
      { kind: 'rate-limited', retryAt: NOW - 5000, fromRetryAfter: true },
      "mempool.space's rate limit was reached; HashLens retries in 1 s.",
    ],
    [
      { kind: 'server-error', status: 500, message: 'Failed to get historical hashrate' },
      'mempool.space is having trouble (HTTP 500: Failed to get historical hashrate); HashLens will retry.',
    ],
    [
      { kind: 'server-error', status: 502, message: '' },
      'mempool.space is having trouble (HTTP 502); HashLens will retry.',
    ],
    [{ kind: 'timeout', afterMs: 10_000 }, 'mempool.space did not answer within 10 s.'],
    [
      { kind: 'offline', detail: 'TypeError: Failed to fetch' },
      'mempool.space could not be reached; check the connection.',
    ],
    [
      { kind: 'malformed', detail: '/api/v1/fees/recommended at hourFee: Invalid type' },
      'mempool.space sent data HashLens could not read (/api/v1/fees/recommended at hourFee: Invalid type).',
    ],
    [
      { kind: 'not-found', path: '/api/v1/mining/hashrate/3m' },
      'mempool.space does not serve /api/v1/mining/hashrate/3m: mining data needs an instance that indexes blocks. Check the instance URL in HashLens options.',
    ],
    [
      { kind: 'bad-instance', detail: 'it answered with a web page, not data' },
      'mempool.space does not answer as a mempool instance (it answered with a web page, not data): check the instance URL in HashLens options.',
    ],
  ])('%o', (error, sentence) => {
    expect(describeNetworkError(error, NOW)).toBe(sentence);
  });

  it('names the user’s own instance', () => {
    expect(describeNetworkError({ kind: 'offline', detail: '' }, NOW, 'node.local:8080')).toBe(
      'node.local:8080 could not be reached; check the connection.',
    );
  });

  it('NetworkFetchError carries the data and the sentence', () => {
    const error = new NetworkFetchError({ kind: 'timeout', afterMs: 5000 });
    expect(error.error).toEqual({ kind: 'timeout', afterMs: 5000 });
    expect(error.message).toBe(`${DEFAULT_SOURCE_HOST} did not answer within 5 s.`);
    expect(error.name).toBe('NetworkFetchError');
  });
});
