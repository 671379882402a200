/**
 * The tooltip on a phone (issue 17) and its coin card (issue 14): Chromium with a 360 × 740
 * touch screen. A tap opens a term's tooltip and a tap elsewhere closes it; a term in a link
 * keeps the link (a long press opens its tooltip); the card fits the screen with 44 px
 * targets; the price row does not move when the price arrives; "More" stays under the finger;
 * the coin card's figures are the stand-in's; a dark site gets a dark tooltip.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { thinSeries } from '../utils/prices/coingecko-client';
import {
  hoverText,
  pointOfText,
  tooltip,
  waitForMarks,
  type TextTarget,
} from './harness/page-helpers';
import { closeExtensionSuite, startExtensionSuite, type ExtensionSuite } from './harness/suite';
import { createSeedTable, SEED } from './stand-in/data';
import { sparkline7d } from './stand-in/routes';

const chromiumPath = inject('chromiumPath');
const VIEWPORT = { width: 360, height: 740 };

const usd = (value: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(value);
const compactUsd = (value: number) =>
  new Intl.NumberFormat('en-US', {
    notation: 'compact',
    maximumFractionDigits: 2,
    style: 'currency',
    currency: 'USD',
  }).format(value);

/** WCAG relative luminance of a computed `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).map(Number).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

describe.skipIf(!chromiumPath)('tooltip on a touch screen', () => {
  let suite: ExtensionSuite;
  let page: Page;

  beforeAll(async () => {
    suite = await startExtensionSuite({
      viewport: VIEWPORT,
      hasTouch: true,
      isMobile: true,
      colorScheme: 'light',
    });
  });
  afterAll(() => closeExtensionSuite(suite ?? {}));

  async function openPage(path = '/touch-notes.html'): Promise<Page> {
    page = await suite.browser.context.newPage();
    await page.goto(suite.pages.url(path));
    await waitForMarks(page);
    return page;
  }

  /**
   * Where `term` is once the page is scrolled to put it `fromTop` px down the screen (a phone's
   * card, with 44 px targets, is taller than half of the 740 px screen): room above it.
   */
  async function termAt(term: string, target: TextTarget, fromTop = 540) {
    const centred = await pointOfText(page, term, target);
    await page.evaluate((by) => window.scrollBy(0, by), centred.y - fromTop);
    // The same text's place again, read without scrolling it back to the centre.
    const context = target.context ?? term;
    return page.evaluate(
      ({ scope, context, offset, length }) => {
        const walker = document.createTreeWalker(
          document.querySelector(scope)!,
          NodeFilter.SHOW_TEXT,
        );
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const index = (node as Text).data.indexOf(context);
          if (index < 0) continue;
          const range = document.createRange();
          range.setStart(node, index + offset);
          range.setEnd(node, index + offset + length);
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
        throw new Error(`${context} not found`);
      },
      {
        scope: target.scope ?? 'body',
        context,
        offset: context.indexOf(term),
        length: term.length,
      },
    );
  }

  /** Taps `term` (540 px down the screen, or centred) and waits for its tooltip. */
  async function tapText(term: string, target: TextTarget, low = true): Promise<Locator> {
    const { x, y } = low ? await termAt(term, target) : await pointOfText(page, term, target);
    await page.touchscreen.tap(x, y);
    await tooltip(page).waitFor({ state: 'visible' });
    return tooltip(page);
  }

  const box = async (locator: Locator) => {
    const found = await locator.boundingBox();
    if (!found) throw new Error('not laid out');
    return found;
  };

  it('the price row does not move between loading and the price (response held)', async () => {
    await openPage();
    // Held 5 s (the background gives up after 10 s): long enough to measure the loading card.
    suite.standIn.setFault('slow', { delayMs: 5_000, times: 1 });
    const tip = await tapText('Bitcoin', { context: 'secure Bitcoin with', scope: '#plain' });
    const row = tip.getByTestId('tooltip-price-row');
    await expect.poll(() => row.textContent()).toBe('Loading price…');
    const loading = await box(row);
    const loadingCard = await box(tip);
    await expect
      .poll(() => tip.getByTestId('tooltip-price').textContent(), { timeout: 20_000 })
      .toBe(usd(SEED.btcUsd));
    const ready = await box(row);
    expect({ x: ready.x - loading.x, y: ready.y - loading.y }).toEqual({ x: 0, y: 0 });
    expect(await box(tip)).toEqual(loadingCard);
    expect(suite.standIn.requests().filter((r) => r.fault === 'slow')).toHaveLength(1);
    await page.close();
  });

  it('a tap opens the card inside the 360 px screen with 44 px targets and the stand-in’s figures; a tap elsewhere closes it', async () => {
    await openPage();
    const tip = await tapText('Bitcoin', { context: 'secure Bitcoin with', scope: '#plain' });
    await expect.poll(() => tip.getByTestId('tooltip-price').textContent()).toBe(usd(SEED.btcUsd));
    const card = await box(tip);
    expect(card.x).toBeGreaterThanOrEqual(0);
    expect(card.x + card.width).toBeLessThanOrEqual(VIEWPORT.width);
    expect(card.y).toBeGreaterThanOrEqual(0);
    expect(card.y + card.height).toBeLessThanOrEqual(VIEWPORT.height);

    const targets = [
      tip.getByRole('button', { name: 'Close' }),
      tip.getByRole('button', { name: 'Pin Bitcoin' }),
      tip.getByRole('button', { name: 'More' }),
      tip.getByRole('link', { name: 'Open on CoinGecko' }),
    ];
    for (const target of targets) {
      const size = await box(target);
      expect(size.width, String(await target.textContent())).toBeGreaterThanOrEqual(44);
      expect(size.height, String(await target.textContent())).toBeGreaterThanOrEqual(44);
    }

    // The coin card, from the stand-in's /coins/markets row for bitcoin/usd.
    const stats = await tip
      .getByTestId('coin-stats')
      .evaluate((dl) =>
        Object.fromEntries(
          [...dl.querySelectorAll('dt')].map((dt) => [
            dt.textContent,
            dt.nextElementSibling?.textContent,
          ]),
        ),
      );
    expect(stats).toEqual({
      Rank: '#1',
      'Market cap': compactUsd(SEED.btcUsdMarketCap),
      '24 h volume': compactUsd(SEED.btcUsd24hVol),
    });
    const points = thinSeries(sparkline7d(createSeedTable(), 'bitcoin', 'usd'));
    await expect(tip.getByTestId('sparkline').getAttribute('aria-label')).resolves.toBe(
      `7-day price chart: from ${usd(points[0]!)} to ${usd(points.at(-1)!)}, ` +
        `low ${usd(Math.min(...points))}, high ${usd(Math.max(...points))}`,
    );
    expect(await tip.getByTestId('sparkline').locator('polyline').getAttribute('points')).toMatch(
      new RegExp(`^(\\S+,\\S+ ){${points.length - 1}}\\S+,\\S+$`),
    );
    await expect(
      tip.getByRole('link', { name: 'Open on CoinGecko' }).getAttribute('href'),
    ).resolves.toBe('https://www.coingecko.com/en/coins/bitcoin');

    // A tap on text that explains nothing closes it.
    const empty = await box(page.locator('#empty-area'));
    const outside = { x: empty.x + 20, y: empty.y + empty.height / 2 };
    expect(outside.y > card.y + card.height || outside.y < card.y).toBe(true);
    await page.touchscreen.tap(outside.x, outside.y);
    await expect.poll(() => tooltip(page).count()).toBe(0);
    await page.close();
  });

  it.each([
    ['above its term, it grows upwards', '#plain', 'secure Bitcoin with', 'above'],
    ['below its term, it grows downwards', '#top', 'Bitcoin at the very', 'below'],
  ])('"More" stays under the finger: %s', async (_name, scope, context, side) => {
    await openPage();
    // #plain with room above it; #top at the top of the page, with no room above.
    const term =
      scope === '#top'
        ? await pointOfText(page, 'Bitcoin', { context, scope })
        : await termAt('Bitcoin', { context, scope });
    await page.touchscreen.tap(term.x, term.y);
    const tip = tooltip(page);
    await tip.waitFor({ state: 'visible' });
    await expect.poll(() => tip.getByTestId('tooltip-price').count()).toBe(1);
    const frameSide = await tip.evaluate((el) => el.parentElement?.dataset.side);
    expect(frameSide).toBe(side);
    const more = tip.getByRole('button', { name: 'More' });
    const before = await box(more);
    const cardBefore = await box(tip);
    await page.touchscreen.tap(before.x + before.width / 2, before.y + before.height / 2);
    const less = tip.getByRole('button', { name: 'Less' });
    await less.waitFor();
    // Laid out again (the ResizeObserver placed the grown card) before measuring.
    await expect.poll(async () => (await box(tip)).height).toBeGreaterThan(cardBefore.height);
    const after = await box(less);
    expect({ x: after.x, y: after.y }).toEqual({ x: before.x, y: before.y });
    await page.close();
  });

  it('a tap on a term inside a link follows the link', async () => {
    await openPage();
    const { x, y } = await pointOfText(page, 'Bitcoin', {
      context: 'the Bitcoin primer',
      scope: '#linked',
    });
    await Promise.all([page.waitForURL(/\/seed-article\.html$/), page.touchscreen.tap(x, y)]);
    expect(new URL(page.url()).pathname).toBe('/seed-article.html');
    await page.close();
  });

  it('a long press on a term inside a link opens its tooltip and does not follow the link', async () => {
    await openPage();
    const start = page.url();
    const { x, y } = await pointOfText(page, 'Bitcoin', {
      context: 'the Bitcoin primer',
      scope: '#linked',
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    // Held until the tooltip shows (the long press), then released.
    await tooltip(page).waitFor({ state: 'visible' });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => tooltip(page).getAttribute('aria-label')).toMatch(/Bitcoin/);
    // A round trip through the page after the release: any click it caused has run by now.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(page.url()).toBe(start);
    expect(await tooltip(page).isVisible()).toBe(true);
    await page.close();
  });

  it('on a dark site with a light system theme the tooltip is dark, its text at least 4.5:1', async () => {
    await openPage('/dark-notes.html');
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: light)').matches)).toBe(
      true,
    );
    const tip = await tapText('Bitcoin', { context: 'follow Bitcoin and', scope: '#dark' }, false);
    const colours = await tip.evaluate((el) => {
      const style = getComputedStyle(el);
      return { bg: style.backgroundColor, fg: style.color, theme: el.getAttribute('data-theme') };
    });
    expect(colours.theme).toBe('dark');
    expect(luminance(colours.bg)).toBeLessThan(0.179);
    const [hi, lo] = [luminance(colours.fg), luminance(colours.bg)].sort((a, b) => b - a);
    expect((hi! + 0.05) / (lo! + 0.05)).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });

  it('on a light site the same browser shows a light tooltip', async () => {
    await openPage();
    const tip = await tapText('Bitcoin', { context: 'secure Bitcoin with', scope: '#plain' });
    const bg = await tip.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(luminance(bg)).toBeGreaterThan(0.179);
    await page.close();
  });
});

describe.skipIf(!chromiumPath)('tooltip with a mouse', () => {
  let suite: ExtensionSuite;

  beforeAll(async () => {
    suite = await startExtensionSuite();
  });
  afterAll(() => closeExtensionSuite(suite ?? {}));

  it('"More" stays under the pointer after a click, with the card placed above its term', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.pages.url('/touch-notes.html'));
    await waitForMarks(page);
    const tip = await hoverText(page, 'Bitcoin', {
      context: 'secure Bitcoin with',
      scope: '#plain',
    });
    await expect.poll(() => tip.getByTestId('tooltip-price').count()).toBe(1);
    expect(await tip.evaluate((el) => el.parentElement?.dataset.side)).toBe('above');
    const more = tip.getByRole('button', { name: 'More' });
    const before = await more.boundingBox();
    if (!before) throw new Error('no More button');
    const point = { x: before.x + before.width / 2, y: before.y + before.height / 2 };
    // Onto the card (within the leave grace), then onto "More", and click it.
    await page.mouse.move(point.x, point.y, { steps: 3 });
    await page.mouse.down();
    await page.mouse.up();
    const less = tip.getByRole('button', { name: 'Less' });
    await less.waitFor();
    await expect.poll(() => tip.locator('.tooltip__long').isVisible()).toBe(true);
    const after = await less.boundingBox();
    expect({ x: after?.x, y: after?.y }).toEqual({ x: before.x, y: before.y });
    // What is under the pointer now is still that button.
    const under = await page.evaluate(
      ({ x, y }) =>
        document.querySelector('hashlens-ui')?.shadowRoot?.elementFromPoint(x, y)?.textContent,
      point,
    );
    expect(under).toBe('Less');
    await page.close();
  });
});
