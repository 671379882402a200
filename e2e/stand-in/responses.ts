// Response values and CoinGecko's header sets, kept apart from routing so every module builds
// responses the same way.

/** A response before it is written: the routes and fault modes produce these. */
export interface StandInResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Headers CoinGecko sends on successful JSON answers (2021 cassettes: CORS open, Vary). */
export function successHeaders(maxAgeSeconds: number): Record<string, string> {
  return {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': `public, max-age=${maxAgeSeconds}`,
    'access-control-allow-origin': '*',
    vary: 'Accept-Encoding, Origin',
  };
}

/** A 200 JSON answer. */
export function ok(body: unknown, maxAgeSeconds = 30): StandInResponse {
  return { status: 200, headers: successHeaders(maxAgeSeconds), body: JSON.stringify(body) };
}

/**
 * A JSON error answer. CoinGecko marks errors `cache-control: no-cache`. The recorded 422s carry
 * no access-control-allow-origin, so `cors: false` reproduces that; other error statuses have no
 * recording of their headers and keep CORS open.
 */
export function error(status: number, body: unknown, cors = true): StandInResponse {
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-cache',
    vary: 'Accept-Encoding, Origin',
  };
  if (cors) headers['access-control-allow-origin'] = '*';
  return { status, headers, body: JSON.stringify(body) };
}

/** 422 for a missing required query parameter (verbatim 2021 cassette body and headers). */
export function missingParameter(name: string): StandInResponse {
  return error(422, { error: `Missing parameter ${name}` }, false);
}

/** 404 for any path CoinGecko does not serve (body as CoinGecko answered in 2026). */
export function incorrectPath(): StandInResponse {
  return error(404, { error: 'Incorrect path. Please check https://docs.coingecko.com/' });
}

/** 404 for an unknown coin id on /coins/{id}/… */
export function coinNotFound(): StandInResponse {
  return error(404, { error: 'coin not found' });
}

/** 400 for a vs_currency CoinGecko does not support (/coins/markets, /market_chart). */
export function invalidVsCurrency(): StandInResponse {
  return error(400, { error: 'invalid vs_currency' });
}
