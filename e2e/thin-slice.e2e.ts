/**
 * The thin slice, for real: a Bitcoin term on a page shows a tooltip with its definition and
 * the live price the background fetched from the CoinGecko stand-in; the popup shows the same
 * price and when it was updated.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ExtensionBrowser } from './harness/browser';
import { closeExtensionSuite, startExtensionSuite } from './harness/suite';
import { hoverText, waitForMarks } from './harness/page-helpers';
import type { PagesServer } from './harness/pages-server';
import type { StandIn } from './stand-in';

const chromiumPath = inject('chromiumPath');

describe.skipIf(!chromiumPath)('thin slice: tooltip and popup against the stand-in', () => {
  let standIn: StandIn;
  let pages: PagesServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    ({ standIn, pages, browser } = await startExtensionSuite());
  });

  afterAll(() => closeExtensionSuite({ standIn, pages, browser }));

  it('hovering "Bitcoin" shows a tooltip with a definition and the seed price', async () => {
    const page = await browser.context.newPage();
    await page.goto(pages.url('/seed-article.html'));
    await waitForMarks(page);
    const tip = await hoverText(page, 'Bitcoin', {
      context: 'Bitcoin is finally',
      scope: '#article',
    });
    await expect.poll(() => tip.textContent(), { timeout: 10_000 }).toContain('$70,791.51');
    const text = (await tip.textContent()) ?? '';
    expect(text).toContain('Bitcoin');
    expect(text).toMatch(/currency|money|network/i);
    expect(text).toContain('CoinGecko');

    const priceRequests = standIn.requests().filter((r) => r.path === '/api/v3/coins/markets');
    expect(priceRequests.length).toBeGreaterThanOrEqual(1);
    const request = priceRequests[0]!;
    expect(request.host).toBe('api.coingecko.com');
    expect(request.query).toMatchObject({ ids: 'bitcoin', vs_currency: 'usd' });
    // Sent by the extension's background with its host permission: no page origin or
    // referrer, and `sec-fetch-site: none`. A fetch from a content script would carry the
    // page's origin (http://127.0.0.1:…) and `cross-site`.
    expect(request.headers['sec-fetch-site']).toBe('none');
    expect(request.headers.origin).toBeUndefined();
    expect(request.headers.referer).toBeUndefined();
    await page.close();
  });

  it('the popup shows the same price and when it was updated', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    const price = popup.getByTestId('current-price');
    await expect.poll(() => price.textContent(), { timeout: 10_000 }).toBe('$70,791.51');
    await expect
      .poll(() => popup.getByTestId('updated').textContent())
      .toContain('April 13, 2026, 09:59 UTC');
    await popup.close();
  });
});
