/**
 * Every CoinGecko fault against the surfaces not covered by e2e/price-service.e2e.ts (tooltip
 * and popup are there): the pinned badges and the options page's "Test key". Each fault ends
 * in a clear sentence, keeps the last good data, costs a bounded number of requests and throws
 * nothing anywhere. Then CoinGecko's API-key rules, where the key may go (CoinGecko's two hosts
 * only, never a page's DOM), a profile whose storage is garbage for every key, and settings
 * surviving an update (a new version started on the same profile).
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/browser';
import {
  advanceBackgroundClock,
  backgroundErrors,
  fireRefreshAlarm,
  getStorage,
  setStorage,
} from './harness/background';
import { collectPageErrors, hoverText, waitForMarks } from './harness/page-helpers';
import { startPagesServer, type PagesServer } from './harness/pages-server';
import {
  INVALID_KEY,
  PRO_HOST,
  PUBLIC_HOST,
  startStandIn,
  type FaultMode,
  type RequestLogEntry,
  type StandIn,
} from './stand-in';

const chromiumPath = inject('chromiumPath');
const SEED_PRICE = '$70,791.51';
/** Longer than any back-off the service applies, so each case starts clean and stale. */
const PAST_ANY_BACKOFF_MS = 11 * 60_000;

/** Each fault and the sentence that explains it. */
const FAULTS: [FaultMode, RegExp][] = [
  ['rate-limit', /rate limit was reached/],
  ['rate-limit-no-retry-after', /rate limit was reached/],
  ['server-error', /having trouble \(HTTP 500\)/],
  ['blocked', /firewall blocked/],
  ['malformed', /could not read/],
  ['unknown-coin', /does not know the coin "bitcoin"/],
  ['slow', /did not answer within 10 s/],
];

/** Shared by the suites: one stand-in, one page server, a browser per suite. */
function useWorld(label: string) {
  const world = {
    standIn: null as unknown as StandIn,
    pages: null as unknown as PagesServer,
    browser: null as unknown as ExtensionBrowser,
    errors: [] as string[],
    async open(path = '/seed-article.html'): Promise<Page> {
      const page = await world.browser.context.newPage();
      world.errors.push(...collectPageErrors(page).map((e) => `${label} ${path}: ${e}`));
      await page.goto(world.pages.url(path));
      return page;
    },
    async openExtensionPage(path: string): Promise<Page> {
      const page = await world.browser.openExtensionPage(path);
      world.errors.push(...collectPageErrors(page).map((e) => `${label} ${path}: ${e}`));
      return page;
    },
  };
  beforeAll(async () => {
    world.standIn = await startStandIn();
    world.pages = await startPagesServer('e2e/pages');
    world.browser = await launchExtensionBrowser({
      chromiumPath: chromiumPath!,
      extensionDir: inject('extensionDir'),
      standInPort: world.standIn.port,
    });
  });
  afterAll(async () => {
    await world.browser?.close();
    await world.pages?.close();
    await world.standIn?.close();
  });
  return world;
}

describe.skipIf(!chromiumPath)('fault matrix: pinned badges', () => {
  const world = useWorld('badges');
  let tab: Page;
  const badge = () => tab.locator('hashlens-badges [data-coin="bitcoin"]');
  const priceRequests = () =>
    world.standIn.requests().filter((r) => r.path === '/api/v3/coins/markets');

  it('a coin pinned through storage shows its badge with the price', async () => {
    await setStorage(world.browser, 'sync', { pinnedCoins: ['bitcoin'] });
    await fireRefreshAlarm(world.browser);
    tab = await world.open();
    await waitForMarks(tab);
    await expect.poll(() => badge().getByTestId('badge-price').textContent()).toBe(SEED_PRICE);
    expect(await badge().getAttribute('class')).not.toContain('badge--stale');
  });

  it.each(FAULTS)(
    '%s: the badge keeps the last good price, dimmed with its age and the reason, then recovers',
    async (mode, reason) => {
      await advanceBackgroundClock(world.browser, PAST_ANY_BACKOFF_MS);
      world.standIn.reset();
      world.standIn.setFault(mode, { delayMs: 15_000 });
      await fireRefreshAlarm(world.browser);

      await expect.poll(() => badge().getAttribute('class')).toContain('badge--stale');
      expect(await badge().getByTestId('badge-price').textContent()).toBe(SEED_PRICE);
      // The age shows on the dimmed badge; its accessible name says why in one sentence.
      expect(await badge().locator('.badge__age').textContent()).toMatch(/\d/);
      expect(await badge().getAttribute('aria-label')).toMatch(reason);
      // Bounded: one attempt per refresh; a second refresh inside the back-off sends nothing
      // (the slow one has already given up; its request stays in the log as unanswered).
      await fireRefreshAlarm(world.browser);
      expect(priceRequests()).toHaveLength(1);

      world.standIn.setFault(null);
      await advanceBackgroundClock(world.browser, PAST_ANY_BACKOFF_MS);
      await fireRefreshAlarm(world.browser);
      await expect.poll(() => badge().getAttribute('class')).not.toContain('badge--stale');
      expect(await badge().getByTestId('badge-price').textContent()).toBe(SEED_PRICE);
      expect(priceRequests().length).toBe(2);
    },
    // The slow mode waits out the client's 10 s timeout once.
    60_000,
  );

  it('threw nothing in any context', async () => {
    expect(world.errors).toEqual([]);
    expect(await backgroundErrors(world.browser)).toEqual([]);
  });
});

describe.skipIf(!chromiumPath)('fault matrix: options "Test key" and the key rules', () => {
  const world = useWorld('options');
  let options: Page;
  /** Every request of this suite: the log is reset per case, so it is kept here first. */
  const sent: RequestLogEntry[] = [];
  const resetLog = () => {
    sent.push(...world.standIn.requests());
    world.standIn.reset();
  };

  async function testKey(plan: 'Public' | 'Demo' | 'Pro', key: string): Promise<string> {
    await options.getByRole('radio', { name: new RegExp(`^${plan}`) }).check();
    if (plan !== 'Public') await options.getByLabel('API key').fill(key);
    // Every sentence the status shows after this click ("Testing…", then the answer), so a
    // repeated sentence is not mistaken for the previous click's.
    await options.evaluate(() => {
      // The CoinGecko section's own status line (each section reports next to its controls).
      const status = document.querySelector('[aria-labelledby="api-heading"] [role="status"]')!;
      const seen: string[] = [];
      (window as unknown as { statusSeen: string[] }).statusSeen = seen;
      new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    await options.getByRole('button', { name: 'Test key' }).click();
    const handle = await options.waitForFunction(
      () => {
        const seen = (window as unknown as { statusSeen: string[] }).statusSeen;
        const last = seen.at(-1);
        return seen.includes('Testing…') && last && last !== 'Testing…' ? last : false;
      },
      undefined,
      { timeout: 20_000 },
    );
    return (await handle.jsonValue()) as string;
  }

  beforeAll(async () => {
    options = await world.openExtensionPage('options.html');
    await options.getByRole('button', { name: 'Test key' }).waitFor();
  });

  // An unknown coin is not the key's fault: CoinGecko accepted the key, and says so.
  const KEY_FAULTS = FAULTS.map(([mode, reason]): [FaultMode, RegExp] =>
    mode === 'unknown-coin' ? [mode, /^The key works on the demo plan\.$/] : [mode, reason],
  );

  it.each(KEY_FAULTS)(
    '%s: Test key ends in the sentence for it, after exactly one request',
    async (mode, reason) => {
      resetLog();
      world.standIn.setFault(mode, { delayMs: 15_000 });
      expect(await testKey('Demo', 'demo-good-key')).toMatch(reason);
      expect(world.standIn.requests()).toHaveLength(1);
    },
    60_000,
  );

  it.each<[plan: 'Demo' | 'Pro', key: string, expected: RegExp, requests: number]>([
    ['Demo', 'demo-good-key', /^The key works on the demo plan\.$/, 1],
    ['Pro', 'pro-good-key', /^The key works on the pro plan\.$/, 1],
    [
      'Demo',
      INVALID_KEY,
      /^CoinGecko rejected the demo API key: check it in HashLens options\.$/,
      1,
    ],
    ['Pro', INVALID_KEY, /^CoinGecko rejected the pro API key: check it in HashLens options\.$/, 1],
    // No key on a keyed plan: said at once, nothing sent.
    [
      'Pro',
      '',
      /^CoinGecko asks for an API key on the pro plan: add one in HashLens options\.$/,
      0,
    ],
    ['Demo', '   ', /^CoinGecko asks for an API key on the demo plan/, 0],
  ])('%s plan, key %j: %s', async (plan, key, expected, requests) => {
    resetLog();
    expect(await testKey(plan, key)).toMatch(expected);
    expect(world.standIn.requests()).toHaveLength(requests);
  });

  it('a saved key goes only to its own CoinGecko host, in its header, and never into a page', async () => {
    const secret = 'demo-SECRET-4f9c2a';
    resetLog();
    await options.getByRole('radio', { name: /^Demo/ }).check();
    await options.getByLabel('API key').fill(secret);
    await options.getByRole('button', { name: 'Save key' }).click();
    await expect
      .poll(async () => (await getStorage(world.browser, 'local', ['apiKey'])).apiKey)
      .toEqual({ plan: 'demo', key: secret });
    await advanceBackgroundClock(world.browser, PAST_ANY_BACKOFF_MS);

    const page = await world.open();
    await waitForMarks(page);
    const tip = await hoverText(page, 'Bitcoin', { context: 'Bitcoin is finally' });
    await expect.poll(() => tip.textContent()).toContain(SEED_PRICE);
    const popup = await world.openExtensionPage('popup.html');
    await expect.poll(() => popup.getByTestId('current-price').textContent()).toBe(SEED_PRICE);

    // Nowhere in what a page (or the popup) can read: DOM text, markup, shadow roots included.
    for (const surface of [page, popup]) {
      const everything = await surface.evaluate(() => {
        const parts = [document.documentElement.outerHTML];
        for (const el of document.querySelectorAll('*')) {
          if (el.shadowRoot) parts.push(el.shadowRoot.innerHTML);
        }
        return parts.join('\n');
      });
      expect(everything).not.toContain(secret);
    }
    const sent = world.standIn.requests().filter((r) => r.headers['x-cg-demo-api-key'] === secret);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((r) => r.host === PUBLIC_HOST)).toBe(true);
    // Never in a URL, where logs and proxies would keep it.
    expect(world.standIn.requests().some((r) => JSON.stringify(r.query).includes(secret))).toBe(
      false,
    );
    await Promise.all([page.close(), popup.close()]);
  });

  it('every request carrying a key went to the host of its plan: the 10010/10011 mix never leaves', () => {
    const keyed = [...sent, ...world.standIn.requests()].filter((r) =>
      Object.keys(r.headers).some((h) => h.startsWith('x-cg-')),
    );
    for (const request of keyed) {
      if (request.headers['x-cg-pro-api-key'] !== undefined) expect(request.host).toBe(PRO_HOST);
      if (request.headers['x-cg-demo-api-key'] !== undefined)
        expect(request.host).toBe(PUBLIC_HOST);
    }
    // Both plans were exercised, and nothing keyed went anywhere else.
    expect(new Set(keyed.map((r) => r.host))).toEqual(new Set([PUBLIC_HOST, PRO_HOST]));
  });

  it('threw nothing in any context', async () => {
    expect(world.errors).toEqual([]);
    expect(await backgroundErrors(world.browser)).toEqual([]);
  });
});

/** A wrong shape for every item HashLens stores. */
const GARBAGE_SYNC = {
  currency: 42,
  enabled: 'yes',
  disabledSites: { '127.0.0.1': true },
  pinnedCoins: 'bitcoin',
  highlightStyle: ['solid'],
  hoverDelayMs: 'slow',
  firstOccurrenceOnly: null,
  trackedCoins: [1, 2, 3],
  badgePlacement: 'top-left',
  badgesCollapsed: 0,
  badgesHiddenSites: 'everywhere',
};
const GARBAGE_LOCAL = {
  apiKey: 'demo-key-without-plan',
  priceCache: { quotes: 'none', charts: [], backoff: { until: 'never' } },
};

describe.skipIf(!chromiumPath)('storage: garbage for every key, and an update', () => {
  let standIn: StandIn;
  let pages: PagesServer;
  let browser: ExtensionBrowser;
  let profile: string;
  let extensionDir: string;
  const errors: string[] = [];

  /**
   * (Re)starts the browser on the same profile and the same unpacked folder, as Chrome does
   * after an update. (`chrome.runtime.reload()` would be closer, but in Playwright's headless
   * Chromium it unloads a command-line-loaded extension for good.)
   */
  async function startBrowser(): Promise<void> {
    await browser?.close();
    browser = await launchExtensionBrowser({
      chromiumPath: chromiumPath!,
      extensionDir,
      standInPort: standIn.port,
      userDataDir: profile,
    });
  }

  async function open(path: string, extensionPage = false): Promise<Page> {
    const page = extensionPage
      ? await browser.openExtensionPage(path)
      : await browser.context.newPage();
    errors.push(...collectPageErrors(page).map((e) => `${path}: ${e}`));
    if (!extensionPage) await page.goto(pages.url(path));
    return page;
  }

  beforeAll(async () => {
    standIn = await startStandIn();
    pages = await startPagesServer('e2e/pages');
    profile = await mkdtemp(path.join(os.tmpdir(), 'hashlens-profile-'));
    // A copy of the build whose version can be bumped, as an update would.
    extensionDir = await mkdtemp(path.join(os.tmpdir(), 'hashlens-ext-'));
    await cp(inject('extensionDir'), extensionDir, { recursive: true });
    await startBrowser();
    await setStorage(browser, 'sync', GARBAGE_SYNC);
    await setStorage(browser, 'local', GARBAGE_LOCAL);
    // And as the background finds it when it starts.
    await startBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await pages?.close();
    await standIn?.close();
    for (const dir of [profile, extensionDir]) {
      if (dir) await rm(dir, { recursive: true, force: true });
    }
  });

  it('tooltip, popup and options all work on a garbage profile', async () => {
    const page = await open('/seed-article.html');
    await waitForMarks(page);
    const tip = await hoverText(page, 'Bitcoin', { context: 'Bitcoin is finally' });
    await expect.poll(() => tip.textContent()).toContain(SEED_PRICE);
    const popup = await open('popup.html', true);
    await expect.poll(() => popup.getByTestId('current-price').textContent()).toBe(SEED_PRICE);
    const options = await open('options.html', true);
    await expect.poll(() => options.getByLabel('Currency').inputValue()).toBe('usd');
    await Promise.all([page.close(), popup.close(), options.close()]);
  });

  it('saving a setting repairs it', async () => {
    const options = await open('options.html', true);
    await options.getByLabel('Currency').selectOption('eur');
    await expect
      .poll(async () => (await getStorage(browser, 'sync', ['currency'])).currency)
      .toBe('eur');
    await options.close();
  });

  it('settings survive an update (new version, same profile)', async () => {
    const v1Sync = {
      currency: 'gbp',
      enabled: true,
      disabledSites: ['example.org'],
      pinnedCoins: ['bitcoin', 'ethereum'],
      highlightStyle: 'solid',
      hoverDelayMs: 500,
      firstOccurrenceOnly: true,
    };
    const v1Local = { apiKey: { plan: 'demo', key: 'demo-kept-key' } };
    await setStorage(browser, 'sync', v1Sync);
    await setStorage(browser, 'local', v1Local);

    const manifestPath = path.join(extensionDir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { version: string };
    const oldVersion = manifest.version;
    manifest.version = oldVersion.replace(/\d+$/, (patch) => String(Number(patch) + 1));
    await writeFile(manifestPath, JSON.stringify(manifest));
    await startBrowser();
    const running = await (
      await browser.background()
    ).evaluate(
      () =>
        (
          self as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }
        ).chrome.runtime.getManifest().version,
    );
    expect(running).not.toBe(oldVersion);

    expect(await getStorage(browser, 'sync', Object.keys(v1Sync))).toEqual(v1Sync);
    expect(await getStorage(browser, 'local', ['apiKey'])).toEqual(v1Local);
    const options = await open('options.html', true);
    await expect.poll(() => options.getByLabel('Currency').inputValue()).toBe('gbp');
    await expect.poll(() => options.getByLabel('API key').inputValue()).toBe('demo-kept-key');
    await expect.poll(() => options.getByRole('radio', { name: /^Demo/ }).isChecked()).toBe(true);
    // The earlier boolean "first occurrence only" reads as its nearest underline mode.
    await expect
      .poll(() => options.getByLabel('Underline first in each section').isChecked())
      .toBe(true);
    // A page runs the new content script with the kept settings: solid marks, two pins.
    const page = await open('/seed-article.html');
    await page.waitForFunction(() =>
      (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('hashlens-solid'),
    );
    await expect.poll(() => page.locator('hashlens-badges [data-coin]').count()).toBe(2);
    await Promise.all([options.close(), page.close()]);
  });

  it('threw nothing in any context', async () => {
    expect(errors).toEqual([]);
    expect(await backgroundErrors(browser)).toEqual([]);
  });
});
