/**
 * The popup and options page against the stand-in: the popup's layout at 400 × 600 in every
 * state (loading, ready, error, stale, five pins, each view), the seed table exactly, copy as
 * Markdown and CSV, a currency change applied live to the popup and to an open tab's tooltip,
 * the last good table kept, marked stale, when CoinGecko fails, and the options page's index.
 */
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatPrice } from '../utils/format';
import { SEED_TABLE, SEED_TABLE_MARKDOWN } from './fixtures/seed-table';
import type { ExtensionBrowser } from './harness/browser';
import { closeExtensionSuite, startExtensionSuite } from './harness/suite';
import { advanceBackgroundClock, setStorage } from './harness/background';
import { collectPageErrors, datedTabId, hoverText, waitForMarks } from './harness/page-helpers';
import type { PagesServer } from './harness/pages-server';
import { SEED, SYNTHETIC_FX, type StandIn } from './stand-in';

async function tableCells(popup: Page) {
  return popup
    .getByRole('table')
    .evaluate((table) =>
      [...table.querySelectorAll('tr')].map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
      ),
    );
}

const chromiumPath = inject('chromiumPath');

/** Beyond any back-off the background may be in after a fault. */
const PAST_ANY_BACKOFF_MS = 11 * 60_000;
const SEED_PRICE = '$70,791.51';

/** Where the popup's key elements are, and how tall and wide its document is. */
async function measure(popup: Page) {
  return popup.evaluate(() => {
    const box = (selector: string) => {
      const element = document.querySelector(selector);
      if (!element) return null;
      const { x, y, width, height } = element.getBoundingClientRect();
      return { x, y, width, height };
    };
    return {
      // The document's own height (the body's box), and whether anything could scroll.
      height: Math.ceil(document.body.getBoundingClientRect().height),
      scrollHeight: document.documentElement.scrollHeight,
      width: document.documentElement.scrollWidth,
      boxes: {
        coin: box('#coin-switcher'),
        pin: box('[data-testid="pin-toggle"]'),
        refresh: box('[data-testid="refresh"]'),
        price: box('[data-testid="price-box"]'),
        chart: box('#panel-chart > *'),
        chartTab: box('#tab-chart'),
        tableTab: box('#tab-table'),
        networkTab: box('#tab-network'),
      },
    };
  });
}

/** The text of every alert on the page, at once (a locator's textContent would wait for one). */
const alertText = (popup: Page) =>
  popup
    .locator('[role="alert"]')
    .allTextContents()
    .then((texts) => texts.join(' | '));

/**
 * Presses Refresh until the popup shows an alert matching `pattern`. The popup refreshes on
 * opening too, and a refresh still in flight when the fault is switched on is joined rather
 * than sent again: pressing once could meet the old answer.
 */
async function refreshUntilAlert(popup: Page, pattern: RegExp): Promise<void> {
  await expect
    .poll(
      async () => {
        const text = await alertText(popup);
        const refresh = popup.getByRole('button', { name: 'Refresh prices', exact: true });
        if (!pattern.test(text) && (await refresh.count()) === 1 && (await refresh.isEnabled())) {
          await refresh.click();
        }
        return text;
      },
      { timeout: 20_000, interval: 500 },
    )
    .toMatch(pattern);
}

/** Opens the popup in a 400 × 600 viewport, the size Chrome gives a popup at most. */
async function openPopup(browser: ExtensionBrowser): Promise<Page> {
  const popup = await browser.openExtensionPage('popup.html');
  await popup.setViewportSize({ width: 400, height: 600 });
  return popup;
}

describe.skipIf(!chromiumPath)('the popup fits 400 × 600 in every state', () => {
  let standIn: StandIn;
  let pages: PagesServer;
  let browser: ExtensionBrowser;
  const errors: string[] = [];
  /** Document height per state, printed at the end for the record. */
  const heights: Record<string, number> = {};
  let readyBoxes: Awaited<ReturnType<typeof measure>>['boxes'] | null = null;

  async function record(popup: Page, state: string) {
    const measured = await measure(popup);
    heights[state] = measured.height;
    expect(measured.height, `${state}: document height`).toBeLessThanOrEqual(600);
    expect(measured.scrollHeight, `${state}: scroll height`).toBeLessThanOrEqual(600);
    expect(measured.width, `${state}: document width`).toBeLessThanOrEqual(400);
    return measured;
  }

  beforeAll(async () => {
    ({ standIn, pages, browser } = await startExtensionSuite());
  });
  // A failed check must not leave its fault on for the next.
  afterEach(() => standIn.setFault(null));
  afterAll(async () => {
    console.log(`popup document heights at 400 px wide: ${JSON.stringify(heights)}`);
    await closeExtensionSuite({ standIn, pages, browser });
  });

  it('loading (CoinGecko holding its answer) and ready: nothing moves when the data arrives', async () => {
    // Every request is held for 6 s (the background gives up after 10 s).
    standIn.setFault('slow', { delayMs: 6_000 });
    const popup = await openPopup(browser);
    errors.push(...collectPageErrors(popup));
    await popup.locator('main[aria-busy="true"]').waitFor();
    await popup.getByTestId('refresh').waitFor();
    const loading = await record(popup, 'loading');
    // Measured while still loading: no price yet, its placeholder in its place.
    expect(await popup.getByTestId('current-price').count()).toBe(0);
    standIn.setFault(null);

    await expect.poll(() => popup.getByTestId('current-price').textContent()).toBe(SEED_PRICE);
    await popup.getByTestId('week-chart').waitFor();
    await expect.poll(() => popup.locator('main').getAttribute('aria-busy')).toBe('false');
    const ready = await record(popup, 'ready');
    for (const [name, box] of Object.entries(ready.boxes)) {
      expect(box, `${name} is on screen`).not.toBeNull();
      expect(box, `${name} moved between loading and ready`).toEqual(
        loading.boxes[name as keyof typeof loading.boxes],
      );
    }
    readyBoxes = ready.boxes;
    expect(await popup.getByTestId('updated').textContent()).toMatch(
      /^Updated .+ ago · April 13, 2026, 09:59 UTC$/,
    );
    await popup.close();
  });

  it('the table and Network views fit too', async () => {
    const popup = await openPopup(browser);
    errors.push(...collectPageErrors(popup));
    await expect.poll(() => popup.getByTestId('current-price').textContent()).toBe(SEED_PRICE);
    await popup.getByRole('tab', { name: 'Table' }).click();
    await expect.poll(() => tableCells(popup)).toEqual(SEED_TABLE);
    await record(popup, 'ready, table');
    await popup.getByRole('tab', { name: 'Network' }).click();
    await expect.poll(() => popup.getByRole('tabpanel').textContent()).toMatch(/blocks/);
    await record(popup, 'ready, network');
    await popup.close();
  });

  it('error with nothing to show: says why, the chart keeps its place and size', async () => {
    await advanceBackgroundClock(browser, PAST_ANY_BACKOFF_MS);
    // A coin no test here shows, pins or tracks: nothing has ever fetched it, so there is no
    // last good price to fall back on. (Ethereum, tracked by default, may ride along on an
    // earlier batch as a companion, depending on timing.)
    await setStorage(browser, 'sync', { trackedCoins: ['bitcoin', 'litecoin'] });
    standIn.setFault('server-error');
    const popup = await openPopup(browser);
    errors.push(...collectPageErrors(popup));
    await expect.poll(() => popup.getByTestId('current-price').textContent()).toBe(SEED_PRICE);
    await popup.getByRole('combobox', { name: 'Coin' }).selectOption('litecoin');
    await expect
      .poll(() => alertText(popup))
      .toMatch(/^Couldn't load prices: CoinGecko is having trouble \(HTTP 500\)/);
    await expect.poll(() => popup.locator('main').getAttribute('aria-busy')).toBe('false');
    const failed = await record(popup, 'error');
    expect(failed.boxes.chart).toEqual(readyBoxes?.chart);
    expect(failed.boxes.tableTab).toEqual(readyBoxes?.tableTab);
    expect(await popup.getByTestId('week-chart-placeholder').textContent()).toBe(
      'No prices to chart: see above.',
    );
    standIn.setFault(null);
    await popup.close();
    await setStorage(browser, 'sync', { trackedCoins: ['bitcoin', 'ethereum'] });
  });

  it('stale: a failed refresh says what happened and how old the prices shown are', async () => {
    await advanceBackgroundClock(browser, PAST_ANY_BACKOFF_MS);
    const popup = await openPopup(browser);
    errors.push(...collectPageErrors(popup));
    await expect.poll(() => popup.getByTestId('current-price').textContent()).toBe(SEED_PRICE);
    // The prices just fetched are now old enough that a refresh asks CoinGecko again.
    await advanceBackgroundClock(browser, PAST_ANY_BACKOFF_MS);
    standIn.setFault('rate-limit', { retryAfter: 60 });
    await refreshUntilAlert(
      popup,
      /^Couldn't refresh: CoinGecko's rate limit was reached; .+ Showing prices from .+ ago\.$/,
    );
    expect(await popup.getByTestId('current-price').textContent()).toBe(SEED_PRICE);
    const stale = await record(popup, 'stale');
    expect(stale.boxes.chart).toEqual(readyBoxes?.chart);
    standIn.setFault(null);
    await popup.close();
  });

  it('five pins, in the chart and the table view', async () => {
    await advanceBackgroundClock(browser, PAST_ANY_BACKOFF_MS);
    const five = ['bitcoin', 'ethereum', 'solana', 'bitcoin-cash', 'wrapped-bitcoin'];
    await setStorage(browser, 'sync', { pinnedCoins: five });
    const popup = await openPopup(browser);
    errors.push(...collectPageErrors(popup));
    const pins = popup.getByRole('list').getByRole('listitem');
    await expect.poll(() => pins.count()).toBe(5);
    await expect.poll(() => popup.getByTestId('current-price').textContent()).toBe(SEED_PRICE);
    await expect.poll(() => pins.first().textContent()).toContain(SEED_PRICE);
    await record(popup, '5 pins');
    await popup.getByRole('tab', { name: 'Table' }).click();
    await record(popup, '5 pins, table');
    // Every pin's controls are on screen, not below the fold.
    const lastUnpin = await popup
      .getByRole('button', { name: 'Unpin Wrapped Bitcoin' })
      .boundingBox();
    expect(lastUnpin!.y + lastUnpin!.height).toBeLessThanOrEqual(600);
    await popup.close();

    // The tallest case: over a dated article, with the site switch and "since this page".
    const page = await browser.context.newPage();
    errors.push(...collectPageErrors(page));
    await page.goto(pages.url('/seed-article.html'));
    await waitForMarks(page);
    const tabId = await datedTabId(browser);
    expect(tabId).not.toBeNull();
    const dated = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    errors.push(...collectPageErrors(dated));
    await dated.setViewportSize({ width: 400, height: 600 });
    await dated.getByRole('checkbox', { name: /^HashLens on / }).waitFor();
    await expect.poll(() => dated.getByRole('list').getByRole('listitem').count()).toBe(5);
    await dated.getByRole('tab', { name: 'Table' }).click();
    await dated.getByTestId('since-page').waitFor();
    await record(dated, '5 pins, dated page, table');
    await setStorage(browser, 'sync', { pinnedCoins: [] });
    await Promise.all([dated.close(), page.close()]);
  });

  it('threw nothing', () => {
    expect(errors).toEqual([]);
  });
});

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

  it("shows the seed table exactly, and copies it as the seed's Markdown", async () => {
    const popup = await browser.openExtensionPage('popup.html');
    errors.push(...collectPageErrors(popup));
    await popup.getByRole('tab', { name: 'Table' }).click();
    await popup.getByRole('table', { name: /last 7 days/ }).waitFor();
    await expect.poll(() => tableCells(popup)).toEqual(SEED_TABLE);
    await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
    await popup.getByText('Copied the table as Markdown.').waitFor();
    const clipboard = await popup.evaluate(() => navigator.clipboard.readText());
    expect(clipboard).toBe(SEED_TABLE_MARKDOWN);
    await popup.close();
  });

  it('copies the week as machine-readable CSV: ISO dates, dot decimals, no grouping', async () => {
    const popup = await browser.openExtensionPage('popup.html');
    errors.push(...collectPageErrors(popup));
    await popup.getByRole('tab', { name: 'Table' }).click();
    await expect.poll(() => tableCells(popup)).toEqual(SEED_TABLE);
    await popup.getByRole('button', { name: 'Copy as CSV' }).click();
    await popup.getByText('Copied the table as CSV.').waitFor();
    const lines = (await popup.evaluate(() => navigator.clipboard.readText())).split('\r\n');
    expect(lines[0]).toBe('Date (UTC),Price (USD),7D Change (%)');
    // One record per row of the seed table, its numbers without the display's $ and commas.
    expect(lines.slice(1, -1)).toHaveLength(SEED_TABLE.length - 1);
    lines.slice(1, -1).forEach((line, i) => {
      const [date, price, change] = line.split(',');
      const [shownDate, shownPrice, shownChange] = SEED_TABLE[i + 1]!;
      const [month, day, year] = shownDate!.split('/');
      expect(date).toBe(`${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`);
      expect(formatPrice(Number(price), 'usd', 'en-US')).toBe(shownPrice);
      expect(Number(change).toFixed(2)).toBe(shownChange!.replace(/[+%]/g, ''));
      expect(price).toMatch(/^\d+(\.\d+)?$/);
    });
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
    await popup.getByRole('tab', { name: 'Table' }).click();

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
    await popup.getByRole('tab', { name: 'Table' }).click();
    await expect.poll(() => tableCells(popup)).toEqual(SEED_TABLE);
    await advanceBackgroundClock(browser, 11 * 60_000);
    standIn.setFault('server-error');
    await popup.getByRole('button', { name: /Refresh prices/ }).click();
    await expect.poll(() => alertText(popup)).toMatch(/HTTP 500/);
    expect(await tableCells(popup)).toEqual(SEED_TABLE);
    expect(await popup.getByTestId('updated').textContent()).toMatch(
      /^Couldn't refresh: CoinGecko is having trouble \(HTTP 500\); HashLens will retry\. Showing prices from .+ ago\. Retry$/,
    );
    standIn.setFault(null);
    await popup.close();
  });

  it.each([400, 800, 1200])(
    'the options page at %s px: no sideways scrolling, a sticky index, "Saved." beside the control',
    async (width) => {
      const options = await browser.openExtensionPage('options.html');
      errors.push(...collectPageErrors(options));
      await options.setViewportSize({ width, height: 700 });
      const index = options.getByRole('navigation', { name: 'Sections' });
      await index.waitFor();
      expect(
        await options.evaluate(() => document.documentElement.scrollWidth),
      ).toBeLessThanOrEqual(width);
      // Through the index to the last section: it comes into view and the index stays in view.
      await index.getByRole('link', { name: 'Reset' }).click();
      const reset = options.getByRole('heading', { name: 'Reset', level: 2 });
      await expect.poll(async () => (await reset.boundingBox())!.y).toBeLessThan(700);
      expect(await options.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      const indexBox = (await index.boundingBox())!;
      expect(indexBox.y).toBeGreaterThanOrEqual(0);
      expect(indexBox.y).toBeLessThan(700);
      // The reset heading is not hidden under the sticky index.
      const resetBox = (await reset.boundingBox())!;
      expect(
        resetBox.y >= indexBox.y + indexBox.height || resetBox.x >= indexBox.x + indexBox.width,
      ).toBe(true);

      // A change is confirmed on the control's own line.
      const style = options.getByLabel('Mark style');
      const next = (await style.inputValue()) === 'solid' ? 'dotted' : 'solid';
      await style.selectOption(next);
      const saved = options.locator('.options__control', { has: style }).getByRole('status');
      await expect.poll(() => saved.textContent()).toBe('Saved.');
      const [styleBox, savedBox] = [(await style.boundingBox())!, (await saved.boundingBox())!];
      expect(
        Math.abs(savedBox.y + savedBox.height / 2 - (styleBox.y + styleBox.height / 2)),
      ).toBeLessThan(styleBox.height);
      await options.close();
    },
  );

  it('threw nothing', () => {
    expect(errors).toEqual([]);
  });
});
