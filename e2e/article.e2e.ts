/**
 * "Since this article" (issue 16) in Chromium against the CoinGecko stand-in: the page's date
 * from JSON-LD, meta, or a visible dateline; Bitcoin's tooltip compares the price on that UTC
 * day (from the stand-in's own history) with the price now; prices the page quotes are
 * marked and compared; market sizes are not; and no request carries anything from the page.
 */
import { request as httpsRequest } from 'node:https';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ExtensionBrowser } from './harness/browser';
import { datedTabId, hoverText, tooltip, waitForMarks } from './harness/page-helpers';
import type { PagesServer } from './harness/pages-server';
import { closeExtensionSuite, startExtensionSuite } from './harness/suite';
import type { StandIn } from './stand-in';

const chromiumPath = inject('chromiumPath');

const DAY_MS = 86_400_000;
/** Bitcoin "now" for this spec: a later price, reported now, so every article day is past. */
const NOW_PRICE = 84_120;

const usd = (value: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(value);
const pct = (from: number, to: number) => {
  const change = Math.round(((to - from) / from) * 10_000) / 100 + 0;
  return `${change >= 0 ? '+' : ''}${change.toFixed(2)}%`;
};
const shortDay = (ms: number) =>
  new Intl.DateTimeFormat('en-US', {
    timeZone: 'UTC',
    month: 'short',
    day: 'numeric',
    year: 'numeric',
  }).format(ms);

/** The stand-in's daily history for bitcoin/usd, as the extension's request gets it. */
function standInHistory(standIn: StandIn): Promise<[number, number][]> {
  return new Promise((resolve, reject) => {
    const req = httpsRequest(
      {
        host: '127.0.0.1',
        port: standIn.port,
        path: '/api/v3/coins/bitcoin/market_chart?vs_currency=usd&days=365&interval=daily&precision=full',
        headers: { host: 'api.coingecko.com' },
        rejectUnauthorized: false,
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          try {
            resolve((JSON.parse(body) as { prices: [number, number][] }).prices);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** The price of a UTC day by the 7-day table's rule: its last point. */
function dayPrice(history: [number, number][], day: string): number {
  const start = Date.parse(`${day}T00:00:00Z`);
  const points = history.filter(([time]) => time >= start && time < start + DAY_MS);
  const last = points.sort((a, b) => a[0] - b[0]).at(-1);
  if (!last) throw new Error(`no point on ${day}`);
  return last[1];
}

/** The texts of the quoted-price marks on the page. */
function quoteMarks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<StaticRange>> }).highlights;
    return [...(registry?.get('hashlens-quote') ?? [])].map((range) =>
      (range.startContainer as Text).data.slice(range.startOffset, range.endOffset),
    );
  });
}

/** Closes any open tooltip: the pointer leaves, Escape for good measure. */
async function closeTooltip(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
  await page.keyboard.press('Escape');
  await tooltip(page).waitFor({ state: 'hidden', timeout: 5_000 });
}

describe.skipIf(!chromiumPath)('since this article: dated pages against the stand-in', () => {
  let standIn: StandIn;
  let pages: PagesServer;
  let browser: ExtensionBrowser;
  let history: [number, number][];

  beforeAll(async () => {
    ({ standIn, pages, browser } = await startExtensionSuite());
    standIn.setPrice('bitcoin', 'usd', NOW_PRICE, {
      lastUpdatedAt: Math.floor(Date.now() / 1000),
    });
    history = await standInHistory(standIn);
    standIn.clearLog();
  });

  afterAll(() => closeExtensionSuite({ standIn, pages, browser }));

  /** Opens a test page and waits for its first scan (and the article's marks, when wanted). */
  async function open(path: string, quotes = 0): Promise<Page> {
    const page = await browser.context.newPage();
    await page.goto(pages.url(path));
    await waitForMarks(page);
    if (quotes > 0) {
      // The article's marks come with the reader's first interaction: a real pointer move.
      await page.mouse.move(2, 2);
      // Not expect.poll: this also runs in beforeAll.
      await page.waitForFunction(
        (quotes) =>
          ((CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.get(
            'hashlens-quote',
          )?.size ?? 0) >= quotes,
        quotes,
        { timeout: 10_000 },
      );
    }
    return page;
  }

  /** Hovers Bitcoin in the first sentence and returns the since-article line, once shown. */
  async function sinceLine(page: Page, context: string): Promise<string> {
    const tip = await hoverText(page, 'Bitcoin', { context, scope: '#article' });
    await expect.poll(() => tip.textContent(), { timeout: 10_000 }).toContain(usd(NOW_PRICE));
    const line = tip.getByTestId('since-article');
    await line.waitFor({ state: 'visible', timeout: 10_000 });
    return (await line.textContent()) ?? '';
  }

  describe('the seed article (dateline "April 13, 2026, 09:59 UTC")', () => {
    let page: Page;
    const tablePrices = [
      '$68,864.23',
      '$71,975.62',
      '$71,117.08',
      '$71,770.75',
      '$72,972.71',
      '$73,053.89',
      '$70,791.51',
    ];

    beforeAll(async () => {
      page = await open('/seed-article.html', tablePrices.length + 1);
    });
    afterAll(() => page?.close());

    it('hovering Bitcoin shows the since-article line from the stand-in’s history', async () => {
      const then = dayPrice(history, '2026-04-13');
      const line = await sinceLine(page, 'Bitcoin is finally');
      expect(line).toBe(
        `Since this article (Apr 13, 2026): ${usd(then)} → ${usd(NOW_PRICE)} (${pct(then, NOW_PRICE)})`,
      );
      // The recorded 09:59 close: the issue's own example.
      expect(line).toBe('Since this article (Apr 13, 2026): $70,791.51 → $84,120.00 (+18.83%)');
      await closeTooltip(page);
    });

    it('marks the 7-day table’s price cells and "$100,000", and no market size', async () => {
      const marks = await quoteMarks(page);
      expect([...marks].sort()).toEqual(['$100,000', ...tablePrices].sort());
      for (const size of ['$25 billion', '$119.4 billion', '$119 billion', '$120 billion']) {
        expect(marks.some((mark) => size.startsWith(mark) || mark.startsWith(size))).toBe(false);
      }
    });

    it.each([
      ['$68,864.23', 68_864.23],
      ['$71,975.62', 71_975.62],
      ['$71,117.08', 71_117.08],
      ['$71,770.75', 71_770.75],
      ['$72,972.71', 72_972.71],
      ['$73,053.89', 73_053.89],
      ['$70,791.51', 70_791.51],
    ])('the table cell %s shows the change to now', async (cell, value) => {
      const tip = await hoverText(page, cell, { scope: '#article table:last-of-type' });
      const line = tip.getByTestId('quote-line');
      await expect
        .poll(() => line.textContent(), { timeout: 10_000 })
        .toBe(`Bitcoin now ${usd(NOW_PRICE)}, ${pct(value, NOW_PRICE)} since this figure`);
      // With the price's age.
      expect(await tip.textContent()).toMatch(/updated/);
      await closeTooltip(page);
    });

    it('"$100,000" compares as a per-coin cost', async () => {
      const tip = await hoverText(page, '$100,000', {
        context: '$100,000 threshold',
        scope: '#article',
      });
      await expect
        .poll(() => tip.getByTestId('quote-line').textContent(), { timeout: 10_000 })
        .toBe('Bitcoin now $84,120.00, 15.9% below');
      await closeTooltip(page);
    });
  });

  it("marks quoted prices at the reader's first interaction, not a page's synthetic one", async () => {
    const page = await open('/seed-article.html');
    const quoteMarks = () =>
      page.evaluate(
        () =>
          (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.get(
            'hashlens-quote',
          )?.size ?? 0,
      );
    // A page's own events are not the reader's.
    await page.evaluate(() => {
      document.dispatchEvent(new PointerEvent('pointermove', { bubbles: true }));
      window.dispatchEvent(new Event('scroll'));
    });
    expect(await quoteMarks()).toBe(0);
    await page.mouse.move(3, 3);
    await expect.poll(quoteMarks, { timeout: 10_000 }).toBeGreaterThanOrEqual(8);
    await page.close();
  });

  it('the popup over the seed article shows a "since this page" row', async () => {
    const page = await open('/seed-article.html', 8);
    // The tab's id, found the way the popup finds the date: asking each tab's top frame.
    const tabId = await datedTabId(browser);
    expect(tabId).not.toBeNull();
    const popup = await browser.openExtensionPage(`popup.html?tabId=${tabId}`);
    const row = popup.getByTestId('since-page');
    await expect
      .poll(() => row.locator('th, td').allTextContents(), { timeout: 10_000 })
      .toEqual(['Since this page (Apr 13, 2026)', '$70,791.51', pct(70_791.5149, NOW_PRICE)]);
    await popup.close();
    await page.close();
  });

  it.each([
    ['/article-json-ld.html', 'JSON-LD datePublished', '2026-04-08'],
    ['/article-meta.html', 'only article:published_time', '2026-04-10'],
    ['/article-dateline.html', 'only a visible dateline', '2026-04-09'],
  ])('%s (%s) shows the since-article line for its day', async (path, _how, day) => {
    const page = await open(path, 1);
    const then = dayPrice(history, day);
    expect(await sinceLine(page, 'Bitcoin rose')).toBe(
      `Since this article (${shortDay(Date.parse(day))}): ${usd(then)} → ${usd(NOW_PRICE)} (${pct(then, NOW_PRICE)})`,
    );
    await closeTooltip(page);
    // The quoted price is marked; the market size is not.
    expect(await quoteMarks(page)).toEqual(['$71,975.62']);
    const tip = await hoverText(page, '$71,975.62', { scope: '#lead' });
    await expect
      .poll(() => tip.getByTestId('quote-line').textContent(), { timeout: 10_000 })
      .toBe(`Bitcoin now ${usd(NOW_PRICE)}, ${pct(71_975.62, NOW_PRICE)} since this figure`);
    await page.close();
  });

  it('a page without a date shows nothing of the feature', async () => {
    const page = await open('/article-undated.html');
    const tip = await hoverText(page, 'Bitcoin', { context: 'Bitcoin rose', scope: '#article' });
    await expect.poll(() => tip.textContent(), { timeout: 10_000 }).toContain(usd(NOW_PRICE));
    expect(await tip.getByTestId('since-article').count()).toBe(0);
    expect(await quoteMarks(page)).toEqual([]);
    await page.close();
  });

  it('a date older than the history says so in words', async () => {
    const page = await open('/article-old.html', 1);
    const firstDay = Math.floor(Math.min(...history.map(([time]) => time)) / DAY_MS) * DAY_MS;
    expect(await sinceLine(page, 'Bitcoin rose')).toBe(
      `Since this article (Jan 10, 2024): no free price history before ${shortDay(firstDay)}`,
    );
    await page.close();
  });

  it('no request to CoinGecko carries anything from the pages', () => {
    const requests = standIn.requests();
    const charts = requests.filter((r) => r.path.endsWith('/market_chart'));
    // The tooltips' history (365 days) and the popup's week (7 days): coin, currency, days.
    expect(charts.some((r) => r.query.days === '365')).toBe(true);
    for (const r of charts) {
      expect(r.path).toBe('/api/v3/coins/bitcoin/market_chart');
      expect(r.query).toEqual({
        vs_currency: 'usd',
        days: expect.stringMatching(/^(?:365|7)$/),
        interval: 'daily',
        precision: 'full',
      });
    }
    // Every request: only CoinGecko's own paths and parameters, sent by the background (no
    // page origin or referrer), with no date, amount or page address anywhere in it.
    const pageValues = [
      '2026-04',
      '2024-01',
      'Apr',
      'April',
      '1775',
      '1776',
      '100000',
      '100,000',
      '71975',
      '71,975',
      '68864',
      '127.0.0.1',
      'article',
      'seed',
    ];
    for (const r of requests) {
      expect(r.path).toMatch(/^\/api\/v3\/(?:coins\/markets|coins\/bitcoin\/market_chart)$/);
      expect(r.headers.origin).toBeUndefined();
      expect(r.headers.referer).toBeUndefined();
      const sent = `${r.path}?${new URLSearchParams(r.query).toString()}`;
      for (const value of pageValues) expect(sent).not.toContain(value);
    }
  });
});
