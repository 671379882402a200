// CoinGecko's API-key rules, always on (they are how the real service behaves, not a fault):
// keyless or Demo-key calls go to api.coingecko.com, Pro-key calls to pro-api.coingecko.com.
import { error, type StandInResponse } from './responses.ts';

/** Host names the stand-in impersonates. Any other Host (e.g. 127.0.0.1) counts as public. */
export const PUBLIC_HOST = 'api.coingecko.com';
export const PRO_HOST = 'pro-api.coingecko.com';

/**
 * The key value our tests use to mean "a key CoinGecko rejects". This is OUR convention: the real
 * service has no fixed invalid value, it rejects any unknown key.
 */
export const INVALID_KEY = 'invalid-key';

const PRO_ON_PUBLIC =
  'If you are using Pro API key, please change your root URL from api.coingecko.com to pro-api.coingecko.com';
const DEMO_ON_PRO =
  'If you are using Demo API key, please change your root URL from pro-api.coingecko.com to api.coingecko.com';
// The recorded body is cut after "For Public/Demo API, please v"; the rest mirrors the Pro half.
const KEY_MISSING =
  "API Key Missing. Please make sure you're using the right authentication method. For Pro API, please visit: https://docs.coingecko.com/reference/authentication. For Public/Demo API, please visit: https://docs.coingecko.com/reference/authentication";

/** `+00:00`-style ISO time as in CoinGecko's 401 bodies. */
const timestamp = (): string => new Date().toISOString().replace('Z', '+00:00');

/** Host header without port, lower-cased. */
export function hostName(hostHeader: string | undefined): string {
  return (hostHeader ?? '').replace(/:\d+$/, '').toLowerCase();
}

/**
 * Returns the error CoinGecko would give for this host/key combination, or null if the call may
 * proceed. Keys count whether sent as header (`x-cg-*-api-key`) or query (`x_cg_*_api_key`).
 */
export function checkKeys(
  host: string,
  headers: Record<string, string>,
  query: URLSearchParams,
): StandInResponse | null {
  const proKey = headers['x-cg-pro-api-key'] ?? query.get('x_cg_pro_api_key');
  const demoKey = headers['x-cg-demo-api-key'] ?? query.get('x_cg_demo_api_key');
  const invalid = () =>
    error(401, { status: { error_code: 10002, error_message: 'Invalid API Key' } });

  if (host === PRO_HOST) {
    if (proKey === null || proKey === undefined) {
      if (demoKey !== null && demoKey !== undefined) {
        return error(400, { status: { error_code: 10011, error_message: DEMO_ON_PRO } });
      }
      return error(401, {
        status: { timestamp: timestamp(), error_code: 10002, error_message: KEY_MISSING },
      });
    }
    return proKey === INVALID_KEY ? invalid() : null;
  }
  if (proKey !== null && proKey !== undefined) {
    return error(400, { status: { error_code: 10010, error_message: PRO_ON_PUBLIC } });
  }
  return demoKey === INVALID_KEY ? invalid() : null;
}
