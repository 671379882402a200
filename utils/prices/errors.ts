/**
 * Errors the price service can report, as plain data so they cross message boundaries and
 * storage unchanged, and so every UI can explain them in words (`describePriceError`).
 */

/** Which CoinGecko plan a key belongs to. */
export type ApiPlan = 'public' | 'demo' | 'pro';

/** Every way fetching price data can fail. */
export type PriceError =
  | { kind: 'rate-limited'; retryAt: number; fromRetryAfter: boolean }
  | { kind: 'key-missing'; plan: ApiPlan }
  | { kind: 'key-invalid'; plan: ApiPlan }
  | { kind: 'wrong-plan-url'; usePlan: 'demo' | 'pro'; useBaseUrl: string }
  | { kind: 'unknown-coin'; coinId: string }
  | { kind: 'unknown-currency'; currency: string }
  | { kind: 'blocked'; status: number }
  | { kind: 'server-error'; status: number }
  | { kind: 'bad-request'; status: number; message: string }
  | { kind: 'timeout'; afterMs: number }
  | { kind: 'malformed'; detail: string }
  | { kind: 'offline'; detail: string };

/** The kinds of {@link PriceError}. */
export type PriceErrorKind = PriceError['kind'];

/** Thrown inside the background; only its `error` data crosses to other contexts. */
export class PriceFetchError extends Error {
  constructor(readonly error: PriceError) {
    super(describePriceError(error));
    this.name = 'PriceFetchError';
  }
}

/** True for failures that say "try again later" rather than "fix something". */
export function isTransient(error: PriceError): boolean {
  return (
    error.kind === 'rate-limited' ||
    error.kind === 'server-error' ||
    error.kind === 'timeout' ||
    error.kind === 'offline' ||
    error.kind === 'blocked' ||
    error.kind === 'malformed'
  );
}

function seconds(ms: number): string {
  const s = Math.max(1, Math.round(ms / 1000));
  return s < 120 ? `${s} s` : `${Math.round(s / 60)} min`;
}

/**
 * One sentence a reader can act on. `now` lets rate-limit messages say how long is left.
 */
export function describePriceError(error: PriceError, now: number = Date.now()): string {
  switch (error.kind) {
    case 'rate-limited':
      return `CoinGecko's rate limit was reached; HashLens retries in ${seconds(error.retryAt - now)}.`;
    case 'key-missing':
      return `CoinGecko asks for an API key on the ${error.plan} plan: add one in HashLens options.`;
    case 'key-invalid':
      return `CoinGecko rejected the ${error.plan} API key: check it in HashLens options.`;
    case 'wrong-plan-url':
      return `This key belongs to CoinGecko's ${error.usePlan === 'pro' ? 'Pro' : 'Demo'} plan (${error.useBaseUrl}): choose "${error.usePlan === 'pro' ? 'Pro' : 'Demo'}" in HashLens options.`;
    case 'unknown-coin':
      return `CoinGecko does not know the coin "${error.coinId}".`;
    case 'unknown-currency':
      return `CoinGecko has no prices in "${error.currency.toUpperCase()}".`;
    case 'blocked':
      return `CoinGecko's firewall blocked the request (HTTP ${error.status}); a VPN or proxy can cause this.`;
    case 'server-error':
      return `CoinGecko is having trouble (HTTP ${error.status}); HashLens will retry.`;
    case 'bad-request':
      return `CoinGecko refused the request (HTTP ${error.status}): ${error.message}`;
    case 'timeout':
      return `CoinGecko did not answer within ${seconds(error.afterMs)}.`;
    case 'malformed':
      return `CoinGecko sent data HashLens could not read (${error.detail}).`;
    case 'offline':
      return `CoinGecko could not be reached; check the connection.`;
  }
}
