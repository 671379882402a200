/**
 * Pinned price badges: pinning in one tab shows a badge in another without reload, the
 * toolbar badge follows, a refresh moves every tab's badge, unpinning removes both, and many
 * tabs with several pins cost one request per refresh.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness/browser';
import { closeExtensionSuite, startExtensionSuite } from './harness/suite';
import { advanceBackgroundClock, fireRefreshAlarm } from './harness/background';
import { collectPageErrors, hoverText, waitForMarks } from './harness/page-helpers';
import type { PagesServer } from './harness/pages-server';
import type { StandIn } from './stand-in';

const chromiumPath = inject('chromiumPath');

interface ActionState {
  text: string;
  title: string;
}

describe.skipIf(!chromiumPath)('pinned price badges', () => {
  let standIn: StandIn;
  let pages: PagesServer;
  let browser: ExtensionBrowser;
  const errors: string[] = [];

  async function openPage(path = '/seed-article.html'): Promise<Page> {
    const page = await browser.context.newPage();
    errors.push(...collectPageErrors(page));
    await page.goto(pages.url(path));
    await waitForMarks(page);
    return page;
  }

  /** The toolbar badge, read through the background. */
  async function actionState(): Promise<ActionState> {
    const worker = await browser.background();
    return worker.evaluate(async () => {
      const action = (
        self as unknown as {
          chrome: {
            action: {
              getBadgeText(d: object): Promise<string>;
              getTitle(d: object): Promise<string>;
            };
          };
        }
      ).chrome.action;
      return { text: await action.getBadgeText({}), title: await action.getTitle({}) };
    });
  }

  const badges = (page: Page) => page.locator('hashlens-badges [data-coin]');

  beforeAll(async () => {
    ({ standIn, pages, browser } = await startExtensionSuite());
  });

  afterAll(() => closeExtensionSuite({ standIn, pages, browser }));

  it('pinning Bitcoin in tab A shows its badge in an already open tab B and on the toolbar', async () => {
    const tabB = await openPage();
    const tabA = await openPage();
    expect(await badges(tabB).count()).toBe(0);

    const tip = await hoverText(tabA, 'Bitcoin', { context: 'Bitcoin is finally' });
    await tip.getByRole('button', { name: 'Pin Bitcoin' }).click();
    await tip.getByRole('button', { name: 'Unpin Bitcoin' }).waitFor();

    await expect.poll(() => badges(tabB).count()).toBe(1);
    await expect
      .poll(() => badges(tabB).getByTestId('badge-price').textContent())
      .toBe('$70,791.51');
    expect(await badges(tabB).textContent()).toContain('BTC');
    await expect.poll(async () => (await actionState()).text).toBe('70.8k');
    expect((await actionState()).title).toContain('BTC $70,791.51');
    await Promise.all([tabA.close(), tabB.close()]);
  });

  it('a new price, once the refresh fires, reaches the open tab and the toolbar', async () => {
    const tab = await openPage();
    await expect
      .poll(() => badges(tab).getByTestId('badge-price').textContent())
      .toBe('$70,791.51');
    standIn.setPrice('bitcoin', 'usd', 72_345.67, { change24hPct: 1.5 });
    await advanceBackgroundClock(browser, 61_000);
    await fireRefreshAlarm(browser);
    await expect
      .poll(() => badges(tab).getByTestId('badge-price').textContent())
      .toBe('$72,345.67');
    await expect.poll(async () => (await actionState()).text).toBe('72.3k');
    await tab.close();
  });

  it('unpinning removes the badge from every tab and clears the toolbar', async () => {
    const tab = await openPage();
    await expect.poll(() => badges(tab).count()).toBe(1);
    await tab.getByRole('button', { name: 'Unpin Bitcoin' }).click();
    await expect.poll(() => badges(tab).count()).toBe(0);
    await expect.poll(async () => (await actionState()).text).toBe('');
    await tab.close();
  });

  it('with 5 tabs open and 3 pins, one refresh is one /coins/markets request', async () => {
    const worker = await browser.background();
    await worker.evaluate(() =>
      (
        self as unknown as { chrome: { storage: { sync: { set(v: object): Promise<void> } } } }
      ).chrome.storage.sync.set({
        pinnedCoins: ['bitcoin', 'ethereum', 'solana'],
      }),
    );
    const tabs = [];
    for (let i = 0; i < 5; i++) tabs.push(await openPage());
    for (const tab of tabs) await expect.poll(() => badges(tab).count()).toBe(3);
    await advanceBackgroundClock(browser, 61_000);
    standIn.clearLog();
    await fireRefreshAlarm(browser);
    const priceRequests = standIn.requests().filter((r) => r.path === '/api/v3/coins/markets');
    expect(priceRequests).toHaveLength(1);
    expect(priceRequests[0]!.query.ids).toBe('bitcoin,ethereum,solana');
    await Promise.all(tabs.map((tab) => tab.close()));
  });

  it('threw nothing', () => {
    expect(errors).toEqual([]);
  });
});
