/**
 * The popup and options page against the stand-in: the seed table exactly, copy as Markdown,
 * a currency change applied live to the popup and to an open tab's tooltip, and the last good
 * table kept, marked stale, when CoinGecko fails.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatPrice } from '../utils/format';
import { SEED_TABLE, SEED_TABLE_MARKDOWN } from './fixtures/seed-table';
import type { ExtensionBrowser } from './harness/browser';
import { closeExtensionSuite, startExtensionSuite } from './harness/suite';
import { advanceBackgroundClock } from './harness/background';
import { collectPageErrors, hoverText, waitForMarks } from './harness/page-helpers';
import type { PagesServer } from './harness/pages-server';
import { SEED, SYNTHETIC_FX, type StandIn } from './stand-in';

const chromiumPath = inject('chromiumPath');

describe.skipIf(!chromiumPath)('popup and options against the stand-in', () => {
  let standIn: StandIn;
  let pages: PagesServer;
  let browser: ExtensionBrowser;
  const errors: string[] = [];

  beforeAll(async () => {
    ({ standIn, pages, browser } = await startExtensionSuite({
      // The table's dates are UTC days whatever the reader's zone.
      timezoneId: 'Asia/Tokyo',
    }));
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  afterAll(() => closeExtensionSuite({ standIn, pages, browser }));

  async function tableCells(popup: Awaited<ReturnType<ExtensionBrowser['openExtensionPage']>>) {
    return popup
      .getByRole('table')
      .evaluate((table) =>
        [...table.querySelectorAll('tr')].map((row) =>
          [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
        ),
      );
  }

  it("shows the seed table exactly, and copies it as the seed's Markdown", async () => {
    const popup = await browser.openExtensionPage('popup.html');
    errors.push(...collectPageErrors(popup));
    await popup.getByRole('table', { name: /last 7 days/ }).waitFor();
    await expect.poll(() => tableCells(popup)).toEqual(SEED_TABLE);
    await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
    await popup.getByText('Copied the table as Markdown.').waitFor();
    const clipboard = await popup.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(SEED_TABLE_MARKDOWN);
    await popup.close();
  });

  it('a currency change in options reaches the popup and an open tab without reload', async () => {
    const page = await browser.context.newPage();
    errors.push(...collectPageErrors(page));
    await page.goto(pages.url('/seed-article.html'));
    await waitForMarks(page);
    const tip = await hoverText(page, 'Bitcoin', { context: 'Bitcoin is finally' });
    await expect.poll(() => tip.textContent()).toContain('$70,791.51');

    const popup = await browser.openExtensionPage('popup.html');
    errors.push(...collectPageErrors(popup));
    await expect.poll(() => popup.getByTestId('current-price').textContent()).toBe('$70,791.51');

    const options = await browser.openExtensionPage('options.html');
    errors.push(...collectPageErrors(options));
    await options.getByLabel('Currency').selectOption('eur');

    const euro = formatPrice(SEED.btcUsd * SYNTHETIC_FX.eur!, 'eur', 'en-US');
    await expect.poll(() => popup.getByTestId('current-price').textContent()).toBe(euro);
    await expect.poll(() => popup.getByRole('columnheader').first().textContent()).toBe('Date');
    await expect
      .poll(() => popup.getByRole('columnheader').nth(1).textContent())
      .toBe('Price (EUR)');
    // The tooltip still open in the tab follows too.
    await expect.poll(() => tip.textContent()).toContain(euro);

    await options.getByLabel('Currency').selectOption('usd');
    await expect.poll(() => popup.getByTestId('current-price').textContent()).toBe('$70,791.51');
    await Promise.all([page.close(), popup.close(), options.close()]);
  });

  it('a failing CoinGecko leaves the last good table on screen, marked stale', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    errors.push(...collectPageErrors(popup));
    await expect.poll(() => tableCells(popup)).toEqual(SEED_TABLE);
    await advanceBackgroundClock(browser, 11 * 60_000);
    standIn.setFault('server-error');
    await popup.getByRole('button', { name: /Refresh prices/ }).click();
    await expect.poll(() => popup.getByRole('alert').textContent()).toMatch(/HTTP 500/);
    expect(await tableCells(popup)).toEqual(SEED_TABLE);
    expect(await popup.getByTestId('updated').textContent()).toContain('stale, updated');
    standIn.setFault(null);
    await popup.close();
  });

  it('threw nothing', () => {
    expect(errors).toEqual([]);
  });
});
