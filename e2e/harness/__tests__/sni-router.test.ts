/**
 * The one-port front Firefox's API traffic goes through: each TLS connection reaches the
 * stand-in its server name (SNI) asks for, untouched, and the parser copes with partial and
 * non-TLS input.
 */
import { request } from 'node:https';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from '../../stand-in';
import { startMempoolStandIn, type MempoolStandIn } from '../../stand-in/mempool';
import { serverNameOf, startSniRouter, type SniRouter } from '../sni-router';

/** GET `path` on the router's port as a browser would for `host`: SNI and Host name it. */
function get(port: number, host: string, path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        servername: host,
        headers: { host },
        rejectUnauthorized: false,
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('SNI router', () => {
  let coingecko: StandIn;
  let mempool: MempoolStandIn;
  let router: SniRouter;

  beforeAll(async () => {
    coingecko = await startStandIn();
    mempool = await startMempoolStandIn();
    router = await startSniRouter({
      hosts: { 'api.coingecko.com': coingecko.port, 'mempool.space': mempool.port },
      fallback: coingecko.port,
    });
  });
  afterAll(async () => {
    await router?.close();
    await coingecko?.close();
    await mempool?.close();
  });

  it('sends each server name to its own stand-in', async () => {
    expect(await get(router.port, 'mempool.space', '/api/v1/difficulty-adjustment')).toBe(200);
    expect(await get(router.port, 'api.coingecko.com', '/api/v3/ping')).toBe(200);
    expect(mempool.requests().map((r) => `${r.host}${r.path}`)).toEqual([
      'mempool.space/api/v1/difficulty-adjustment',
    ]);
    expect(coingecko.requests().map((r) => `${r.host}${r.path}`)).toEqual([
      'api.coingecko.com/api/v3/ping',
    ]);
  });

  it('sends an unknown name to the fallback', async () => {
    coingecko.clearLog();
    await get(router.port, 'pro-api.coingecko.com', '/api/v3/ping');
    expect(coingecko.count('/api/v3/ping')).toBe(1);
  });

  it('reads no name from partial or non-TLS input', () => {
    expect(serverNameOf(Buffer.from([0x16, 0x03]))).toBeUndefined();
    expect(serverNameOf(Buffer.from([0x16, 0x03, 0x01, 0x00, 0x40, 0x01]))).toBeUndefined();
    expect(serverNameOf(Buffer.from('GET / HTTP/1.1\r\n\r\n'))).toBeNull();
  });
});
