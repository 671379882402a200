/**
 * Issue #13, calm pages, end to end in Chromium: by default only the first occurrence of a term
 * in each section is underlined, yet every occurrence opens its tooltip; site chrome (nav,
 * banner, footer, a price ticker) is never underlined but still explains on hover; a term in a
 * link gets a tint instead of a second underline; the options page's underline choice reaches
 * an open tab without a reload. Marks are read from the page's CSS.highlights.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness/browser';
import { closeExtensionSuite, startExtensionSuite } from './harness/suite';
import {
  collectPageErrors,
  hoverText,
  markCount,
  markedRanges,
  tooltip,
  waitForMarks,
} from './harness/page-helpers';
import type { PagesServer } from './harness/pages-server';
import type { StandIn } from './stand-in';

declare const chrome: {
  storage: { sync: { remove(keys: string[]): Promise<void> } };
};

const chromiumPath = inject('chromiumPath');

/** The underline setting's storage key (utils/settings/items.ts, underlineSetting). */
const UNDERLINE_KEY = 'firstOccurrenceOnly';

describe.skipIf(!chromiumPath)('calm pages (issue #13)', () => {
  let standIn: StandIn;
  let pages: PagesServer;
  let browser: ExtensionBrowser;
  const errors: string[] = [];

  async function openCalm(): Promise<Page> {
    const page = await browser.context.newPage();
    errors.push(...collectPageErrors(page));
    await page.goto(pages.url('/calm-article.html'));
    await waitForMarks(page);
    return page;
  }

  /** Where each drawn "hash rate" is (the id of its nearest element with one), sorted. */
  async function hashRateMarks(page: Page): Promise<string[]> {
    return (await markedRanges(page))
      .filter((r) => r.text.toLowerCase() === 'hash rate')
      .map((r) => r.inside)
      .sort();
  }

  beforeAll(async () => {
    ({ standIn, pages, browser } = await startExtensionSuite());
  });

  afterEach(async () => {
    // Back to the default (nothing stored: first in each section).
    const worker = await browser.background();
    await worker.evaluate((key) => chrome.storage.sync.remove([key]), UNDERLINE_KEY);
    for (const page of browser.context.pages()) await page.close();
  });

  afterAll(() => closeExtensionSuite({ standIn, pages, browser }));

  it('underlines only the first "hash rate" of a section; hovering the second opens its tooltip', async () => {
    const page = await openCalm();
    expect(await hashRateMarks(page)).toEqual(['first', 'later-section']);
    const tip = await hoverText(page, 'hash rate', {
      context: 'A falling hash rate',
      scope: '#second',
    });
    await expect.poll(() => tip.textContent()).toMatch(/Hash rate/i);
    await page.keyboard.press('Escape');
    await tooltip(page).waitFor({ state: 'hidden' });
  });

  it('leaves the nav, the ticker and the footer unmarked, yet hover explains there', async () => {
    const page = await openCalm();
    const insides = new Set((await markedRanges(page)).map((r) => r.inside));
    for (const id of ['site-nav', 'banner', 'ticker', 'site-footer']) {
      expect(insides.has(id), id).toBe(false);
    }
    const tip = await hoverText(page, 'Hash rate', {
      context: 'Hash rate explained',
      scope: '#site-nav',
    });
    await expect.poll(() => tip.textContent()).toMatch(/Hash rate/i);
  });

  it('tints a term inside a link instead of underlining it again', async () => {
    const page = await openCalm();
    const asic = (await markedRanges(page)).filter((r) => r.text === 'ASIC');
    expect(asic).toEqual([{ name: 'hashlens-tint', text: 'ASIC', inside: 'asic-link' }]);
    const others = (await markedRanges(page)).filter((r) => r.inside !== 'asic-link');
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((r) => r.name === 'hashlens-dotted')).toBe(true);
  });

  it('Alt+Shift+J steps through the underlined occurrences only', async () => {
    const page = await openCalm();
    /** Where the open tooltip's term is: its own highlight's range, as "id:text". */
    const openAt = () =>
      page.evaluate(() => {
        const active = (
          CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }
        ).highlights.get('hashlens-active');
        const range = active ? [...active][0] : undefined;
        if (!range) return null;
        const text = (range.startContainer.textContent ?? '').slice(
          range.startOffset,
          range.endOffset,
        );
        return `${range.startContainer.parentElement?.closest('[id]')?.id}:${text}`;
      });
    const underlined = (await markedRanges(page)).length;
    const visited: string[] = [];
    for (let i = 0; i < underlined; i++) {
      const before = await openAt();
      await page.keyboard.press('Alt+Shift+KeyJ');
      await expect.poll(openAt).not.toBe(before);
      visited.push((await openAt())!);
    }
    expect(visited).toEqual([
      // "miners" bare: the page is about mining.
      'title:miners',
      'first:hash rate',
      'first:Bitcoin',
      'asic-link:ASIC',
      'later-section:hash rate',
    ]);
    await page.keyboard.press('Escape');
  });

  it("the options page's underline choice updates an open page's marks without a reload", async () => {
    const page = await openCalm();
    // Gone after a reload: proves the page was not reloaded.
    await page.evaluate(() => ((window as unknown as { kept: number }).kept = 13));
    const calm = await markCount(page);
    const options = await browser.openExtensionPage('options.html');
    errors.push(...collectPageErrors(options));

    await options.getByLabel('Underline every occurrence').check();
    await expect
      .poll(() => hashRateMarks(page))
      .toEqual(['first', 'later-section', 'second', 'second']);
    expect(await markCount(page)).toBeGreaterThan(calm);

    await options.getByLabel('Underline nothing (hover only)').check();
    await expect.poll(() => markCount(page)).toBe(0);
    await page.bringToFront();
    const tip = await hoverText(page, 'hash rate', {
      context: 'The hash rate is',
      scope: '#first',
    });
    await expect.poll(() => tip.textContent()).toMatch(/Hash rate/i);
    await page.keyboard.press('Escape');

    await options.getByLabel('Underline first in each section').check();
    await expect.poll(() => markCount(page)).toBe(calm);
    expect(await hashRateMarks(page)).toEqual(['first', 'later-section']);
    expect(await page.evaluate(() => (window as unknown as { kept?: number }).kept)).toBe(13);
  });

  it('threw nothing', () => {
    expect(errors).toEqual([]);
  });
});
