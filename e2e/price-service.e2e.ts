/**
 * The background price service seen from outside: many tabs cost CoinGecko one request,
 * Retry-After is honoured, and every fault mode ends in a clear state with the last good
 * price kept and no exception anywhere.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness/browser';
import { closeExtensionSuite, startExtensionSuite } from './harness/suite';
import { advanceBackgroundClock, backgroundErrors } from './harness/background';
import { collectPageErrors, hoverText, tooltip, waitForMarks } from './harness/page-helpers';
import type { PagesServer } from './harness/pages-server';
import type { FaultMode, StandIn } from './stand-in';

const chromiumPath = inject('chromiumPath');
const SEED_PRICE = '$70,791.51';
/** Longer than any back-off the service applies, so each case starts clean and stale. */
const PAST_ANY_BACKOFF_MS = 11 * 60_000;

describe.skipIf(!chromiumPath)('price service against the stand-in', () => {
  let standIn: StandIn;
  let pages: PagesServer;
  let browser: ExtensionBrowser;
  const pageErrors: string[] = [];

  async function openPage(path: string): Promise<Page> {
    const page = await browser.context.newPage();
    pageErrors.push(...collectPageErrors(page));
    await page.goto(pages.url(path));
    await waitForMarks(page);
    return page;
  }

  const priceRequests = () => standIn.requests().filter((r) => r.path === '/api/v3/coins/markets');
  /** Every request to CoinGecko's API, whichever endpoint. */
  const apiRequests = () => standIn.requests().filter((r) => r.path.startsWith('/api/v3/'));

  beforeAll(async () => {
    ({ standIn, pages, browser } = await startExtensionSuite());
  });

  afterAll(() => closeExtensionSuite({ standIn, pages, browser }));

  it('20 tabs each hovering a BTC term cost one /coins/markets request', async () => {
    const tabs: Page[] = [];
    // Five at a time: a 2-core machine opening 20 tabs at once only measures its own load.
    for (let batch = 0; batch < 4; batch++) {
      tabs.push(
        ...(await Promise.all(
          Array.from({ length: 5 }, async (_, i) => {
            const n = batch * 5 + i + 1;
            const page = await openPage('/btc-dense.html');
            const tip = await hoverText(page, 'BTC', { context: `Note ${n}: BTC` });
            await expect.poll(() => tip.textContent(), { timeout: 15_000 }).toContain(SEED_PRICE);
            return page;
          }),
        )),
      );
    }
    expect(tabs).toHaveLength(20);
    expect(priceRequests()).toHaveLength(1);
    expect(priceRequests()[0]!.query).toMatchObject({ ids: 'bitcoin', vs_currency: 'usd' });
    await Promise.all(tabs.map((tab) => tab.close()));
  });

  it('under a 429 with Retry-After, nothing is sent until it has passed', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    pageErrors.push(...collectPageErrors(popup));
    await expect.poll(() => popup.getByTestId('current-price').textContent()).toBe(SEED_PRICE);
    await advanceBackgroundClock(browser, PAST_ANY_BACKOFF_MS);
    standIn.clearLog();
    standIn.setFault('rate-limit', { retryAfter: 120 });

    const refresh = popup.getByRole('button', { name: /Refresh prices/ });
    await refresh.click();
    const alert = popup.getByRole('alert');
    // (The popup words the wait with its own clock; the background's is moved forward here.)
    await expect.poll(() => alert.textContent()).toMatch(/rate limit.*retries in/);
    // One request met the 429 — the refresh's quote, or the chart of a popup reload that got
    // there first — and the back-off kept every other request from leaving.
    await expect.poll(() => apiRequests().map((r) => r.status)).toEqual([429]);
    // The last good price stays on screen.
    expect(await popup.getByTestId('current-price').textContent()).toBe(SEED_PRICE);

    // 60 s later, still inside Retry-After: a refresh sends nothing.
    standIn.setFault(null);
    await advanceBackgroundClock(browser, 60_000);
    await refresh.click();
    await expect.poll(() => refresh.isEnabled()).toBe(true);
    await expect.poll(() => alert.textContent()).toMatch(/rate limit.*retries in/);
    expect(apiRequests()).toHaveLength(1);

    // Past Retry-After: the next refresh goes out and succeeds.
    await advanceBackgroundClock(browser, 61_000);
    await refresh.click();
    await expect
      .poll(() => priceRequests().map((r) => r.status))
      .toEqual(expect.arrayContaining([200]));
    expect(apiRequests()[0]!.status).toBe(429);
    expect(
      apiRequests()
        .slice(1)
        .every((r) => r.status === 200),
    ).toBe(true);
    await expect.poll(() => alert.count()).toBe(0);
    await popup.close();
  });

  const faults: [FaultMode, RegExp][] = [
    ['rate-limit', /rate limit/],
    ['rate-limit-no-retry-after', /rate limit/],
    ['server-error', /having trouble \(HTTP 500\)/],
    ['blocked', /firewall blocked/],
    ['malformed', /could not read/],
    ['unknown-coin', /does not know the coin "bitcoin"/],
    ['slow', /did not answer within 10 s/],
  ];

  it.each(faults)(
    '%s: popup and tooltip keep the last good price, marked stale, with the reason',
    async (mode, reason) => {
      await advanceBackgroundClock(browser, PAST_ANY_BACKOFF_MS);
      standIn.reset();
      standIn.setFault(mode, { delayMs: 15_000 });

      const popup = await browser.openExtensionPage('popup.html');
      pageErrors.push(...collectPageErrors(popup));
      await expect.poll(() => popup.getByTestId('current-price').textContent()).toBe(SEED_PRICE);
      await popup.getByRole('button', { name: /Refresh prices/ }).click();
      await expect
        .poll(() => popup.getByRole('alert').textContent(), { timeout: 20_000 })
        .toMatch(reason);
      expect(await popup.getByTestId('current-price').textContent()).toBe(SEED_PRICE);
      expect(await popup.getByTestId('updated').textContent()).toMatch(
        /^Couldn't refresh: .+ Showing prices from .+ ago\./,
      );
      // The 7-day table stays too (in its view).
      await popup.getByRole('tab', { name: 'Table' }).click();
      expect(await popup.getByRole('row').count()).toBe(8);
      await popup.close();

      const page = await openPage('/seed-article.html');
      const tip = await hoverText(page, 'Bitcoin', { context: 'Bitcoin is finally' });
      await expect.poll(() => tip.textContent(), { timeout: 20_000 }).toMatch(reason);
      const text = (await tip.textContent()) ?? '';
      expect(text).toContain(SEED_PRICE);
      expect(text).toContain('Stale');
      await page.close();

      // Bounded: one request per attempt, none while backing off (the slow one may be in flight).
      expect(priceRequests().length).toBeLessThanOrEqual(1);
    },
    // The slow mode waits out the client's 10 s timeout once.
    90_000,
  );

  it('a coin with no cached price gets a clear message, not a blank', async () => {
    await advanceBackgroundClock(browser, PAST_ANY_BACKOFF_MS);
    standIn.reset();
    standIn.setFault('server-error');
    const page = await openPage('/btc-dense.html');
    const tip = await hoverText(page, 'Ethereum', { context: 'compared Ethereum' });
    await expect.poll(() => tip.textContent()).toMatch(/having trouble \(HTTP 500\)/);
    expect(await tooltip(page).getByTestId('tooltip-price').count()).toBe(0);
    await page.close();
  });

  it('threw nothing anywhere', async () => {
    expect(pageErrors).toEqual([]);
    expect(await backgroundErrors(browser)).toEqual([]);
  });
});
