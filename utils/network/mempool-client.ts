/**
 * A plain-`fetch` client for the four mempool.space endpoints HashLens reads. Every response
 * is validated and converted to HashLens's units (see network-types.ts); anything that does
 * not fit becomes a typed {@link NetworkFetchError}, never a half-filled object.
 */
import * as v from 'valibot';
import { NetworkFetchError, type NetworkError } from './network-errors';
import type { NetworkData, NetworkEndpoint } from './network-types';

/** The public instance; users may point HashLens at their own. */
export const DEFAULT_BASE_URL = 'https://mempool.space';

/** Path of each endpoint below the base URL. Only known periods: others return everything. */
export const ENDPOINT_PATHS: Record<NetworkEndpoint, string> = {
  difficulty: '/api/v1/difficulty-adjustment',
  hashrate: '/api/v1/mining/hashrate/3m',
  rewardStats: '/api/v1/mining/reward-stats/144',
  fees: '/api/v1/fees/recommended',
};

/** How long one request may take before it counts as a timeout. */
const DEFAULT_TIMEOUT_MS = 10_000;

/** Fallback wait when a 429 carries no usable `Retry-After` (mempool.space sends none we know of). */
export const DEFAULT_RATE_LIMIT_WAIT_MS = 60_000;

/** Dependencies injected so tests can fake time and the network. */
export interface MempoolClientDeps {
  fetch: typeof fetch;
  now: () => number;
  timeoutMs?: number;
}

/** A client bound to one instance. */
export interface MempoolClient {
  /** The normalised base URL, or the raw setting when it is unusable (every call then fails). */
  readonly baseUrl: string;
  /** Fetches and validates one endpoint. Rejects with {@link NetworkFetchError} only. */
  get<E extends NetworkEndpoint>(endpoint: E): Promise<NetworkData[E]>;
}

/**
 * Turns a setting into a base URL: http(s) only, no credentials, query or fragment, no
 * trailing slash; a path is kept because instances also live below one
 * (`https://mempool.space/testnet4`). Null when the text is not such an address.
 */
export function normalizeBaseUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.search || url.hash) return null;
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/** The host to name in messages: `mempool.space`, `node.local:8080`; the raw text if unusable. */
export function sourceHost(baseUrl: string): string {
  try {
    return new URL(baseUrl).host || baseUrl;
  } catch {
    return baseUrl;
  }
}

const finite = v.pipe(v.number(), v.finite());
const nonNegative = v.pipe(finite, v.minValue(0));
const count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
/** Unix seconds, as mempool sends most times, to ms. */
const secondsToMs = v.pipe(
  nonNegative,
  v.transform((seconds) => seconds * 1000),
);
/**
 * A SQL SUM: the backend sends these totals as strings of digits. Numbers are accepted too
 * (a server on another database driver may send them), but only whole, safe ones, so a total
 * is never silently rounded.
 */
const satsTotal = v.union([
  v.pipe(
    v.string(),
    v.regex(/^\d{1,16}$/, 'a whole number'),
    v.transform(Number),
    v.safeInteger('too large to count exactly'),
  ),
  count,
]);

/**
 * Below this, a timestamp is in seconds: 1e11 ms is March 1973, 1e11 s is the year 5138.
 * Current servers send `estimatedRetargetDate` in ms; the 2021 API docs show seconds.
 */
const SECONDS_BELOW = 1e11;

const difficultySchema = v.pipe(
  v.object({
    progressPercent: v.pipe(finite, v.minValue(0), v.maxValue(100)),
    difficultyChange: finite,
    estimatedRetargetDate: nonNegative,
    remainingBlocks: v.pipe(count, v.minValue(1), v.maxValue(2016)),
    nextRetargetHeight: v.pipe(
      count,
      v.check((height) => height % 2016 === 0, 'not a retarget height'),
    ),
    previousRetarget: finite,
    previousTime: v.optional(secondsToMs),
    timeAvg: v.optional(nonNegative),
    // Absent on older self-hosted servers.
    adjustedTimeAvg: v.optional(nonNegative),
    expectedBlocks: v.optional(nonNegative),
  }),
  v.transform((body): NetworkData['difficulty'] => ({
    progressPercent: body.progressPercent,
    difficultyChange: body.difficultyChange,
    estimatedRetargetDate:
      body.estimatedRetargetDate < SECONDS_BELOW
        ? body.estimatedRetargetDate * 1000
        : body.estimatedRetargetDate,
    remainingBlocks: body.remainingBlocks,
    nextRetargetHeight: body.nextRetargetHeight,
    previousRetarget: body.previousRetarget,
    previousTime: body.previousTime ?? null,
    timeAvg: body.timeAvg ?? null,
    adjustedTimeAvg: body.adjustedTimeAvg ?? null,
    expectedBlocks: body.expectedBlocks ?? null,
  })),
);

const hashrateSchema = v.pipe(
  v.object({
    hashrates: v.array(v.object({ timestamp: secondsToMs, avgHashrate: nonNegative })),
    currentHashrate: nonNegative,
    currentDifficulty: nonNegative,
  }),
  v.transform((body): NetworkData['hashrate'] => ({
    points: body.hashrates
      .map((point) => ({ at: point.timestamp, hashrate: point.avgHashrate }))
      .sort((a, b) => a.at - b.at),
    currentHashrate: body.currentHashrate,
    currentDifficulty: body.currentDifficulty,
  })),
);

const rewardStatsSchema = v.pipe(
  v.object({
    startBlock: count,
    endBlock: count,
    totalReward: satsTotal,
    totalFee: satsTotal,
    totalTx: satsTotal,
  }),
  v.check((body) => body.endBlock >= body.startBlock, 'endBlock is before startBlock'),
  v.check((body) => body.totalFee <= body.totalReward, 'fees exceed the total reward'),
);

const feesSchema = v.pipe(
  v.object({
    fastestFee: nonNegative,
    halfHourFee: nonNegative,
    hourFee: nonNegative,
    economyFee: v.optional(nonNegative),
    minimumFee: v.optional(nonNegative),
  }),
  v.transform((body): NetworkData['fees'] => ({
    fastestFee: body.fastestFee,
    halfHourFee: body.halfHourFee,
    hourFee: body.hourFee,
    economyFee: body.economyFee ?? null,
    minimumFee: body.minimumFee ?? null,
  })),
);

const SCHEMAS: { [E in NetworkEndpoint]: v.GenericSchema<unknown, NetworkData[E]> } = {
  difficulty: difficultySchema,
  hashrate: hashrateSchema,
  rewardStats: rewardStatsSchema,
  fees: feesSchema,
};

/** The backend's error envelope (`{"error": "Failed to get reward stats"}`). */
const errorBodySchema = v.object({ error: v.string() });

function parseRetryAfter(header: string | null, now: number): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (header.trim() !== '' && Number.isFinite(seconds) && seconds >= 0) {
    return now + seconds * 1000;
  }
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(now, date) : null;
}

const looksLikeHtml = (contentType: string, body: string): boolean =>
  contentType.includes('html') || /^\s*</.test(body);

/** The backend's own words from an error body: JSON `{error}` or a short plain-text line. */
function errorMessage(body: string): string {
  try {
    const parsed = v.safeParse(errorBodySchema, JSON.parse(body));
    if (parsed.success) return parsed.output.error.slice(0, 200);
  } catch {
    // Not JSON: fall through to plain text.
  }
  const text = body.trim();
  // HTML pages (nginx, Express) say nothing the status does not. Express sends its plain
  // strings ("Service Unavailable") as text/html too, so the body decides, not the type.
  return text.startsWith('<') || text.length > 200 ? '' : text;
}

/** Maps a non-2xx response to the error a user can act on. */
function classifyErrorResponse(
  response: Response,
  body: string,
  path: string,
  now: number,
): NetworkError {
  const { status } = response;
  // Statuses first: mempool.space's 429 is an nginx HTML page, its 503s plain strings.
  if (status === 429) {
    const retryAt = parseRetryAfter(response.headers.get('retry-after'), now);
    return {
      kind: 'rate-limited',
      retryAt: retryAt ?? now + DEFAULT_RATE_LIMIT_WAIT_MS,
      fromRetryAfter: retryAt !== null,
    };
  }
  if (status === 404) return { kind: 'not-found', path };
  const message = errorMessage(body);
  if (status >= 500) return { kind: 'server-error', status, message };
  // Any other refusal (a proxy's 403, a 400) means this address does not serve mempool's API.
  return { kind: 'bad-instance', detail: `HTTP ${status}${message ? `: ${message}` : ''}` };
}

/** Builds a client for the instance at `baseUrl` (normalised here; see {@link normalizeBaseUrl}). */
export function createMempoolClient(baseUrl: string, deps: MempoolClientDeps): MempoolClient {
  const base = normalizeBaseUrl(baseUrl);
  const host = sourceHost(base ?? baseUrl);
  const timeoutMs = deps.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const fail = (error: NetworkError): never => {
    throw new NetworkFetchError(error, host);
  };

  async function getJson(path: string): Promise<unknown> {
    if (base === null) return fail({ kind: 'bad-instance', detail: 'not an http(s) address' });
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    let body: string;
    try {
      response = await deps.fetch(base + path, {
        headers: { accept: 'application/json' },
        signal: controller.signal,
        credentials: 'omit',
        cache: 'no-store',
      });
      body = await response.text();
    } catch (cause) {
      if (controller.signal.aborted) return fail({ kind: 'timeout', afterMs: timeoutMs });
      return fail({ kind: 'offline', detail: String(cause).slice(0, 200) });
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok) return fail(classifyErrorResponse(response, body, path, deps.now()));
    try {
      return JSON.parse(body) as unknown;
    } catch {
      const contentType = response.headers.get('content-type') ?? '';
      // A web page at an API path: the URL is a website, not a mempool instance.
      if (looksLikeHtml(contentType, body)) {
        return fail({ kind: 'bad-instance', detail: 'it answered with a web page, not data' });
      }
      return fail({ kind: 'malformed', detail: `${path}: the response is not valid JSON` });
    }
  }

  return {
    baseUrl: base ?? baseUrl,
    async get<E extends NetworkEndpoint>(endpoint: E): Promise<NetworkData[E]> {
      const path = ENDPOINT_PATHS[endpoint];
      const schema: v.GenericSchema<unknown, NetworkData[E]> = SCHEMAS[endpoint];
      const result = v.safeParse(schema, await getJson(path));
      if (!result.success) {
        const issue = result.issues[0];
        const at = issue.path?.map((item) => String(item.key)).join('.') ?? '';
        return fail({
          kind: 'malformed',
          detail: `${path}${at ? ` at ${at}` : ''}: ${issue.message}`,
        });
      }
      return result.output;
    },
  };
}
