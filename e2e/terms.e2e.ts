/**
 * Issue #5 end to end: terms are found and explained on a real page in Chromium, without
 * touching the page's DOM; text in editors and code is left alone; text that arrives later is
 * marked; settings (on/off, per-site, style, underline mode) apply to open tabs without a reload;
 * the keyboard reaches every term.
 */
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness/browser';
import { closeExtensionSuite, startExtensionSuite } from './harness/suite';
import {
  hoverText,
  markCount,
  markedRanges,
  tooltip,
  waitForMarks,
  waitForNoMarks,
  frameMarkCount,
} from './harness/page-helpers';
import type { PagesServer } from './harness/pages-server';
import type { StandIn } from './stand-in';

declare const chrome: { storage: { sync: { set(items: object): Promise<void> } } };

const chromiumPath = inject('chromiumPath');

/** Text the page itself appends to #later two seconds after load (as a slow widget would). */
const LATER_TEXT = 'Update: BTC held steady after the difficulty adjustment.';

describe.skipIf(!chromiumPath)('terms on a page (issue #5)', () => {
  let standIn: StandIn;
  let pages: PagesServer;
  let browser: ExtensionBrowser;

  /** Writes extension settings the way the options page does (sync storage). */
  const setSync = async (items: Record<string, unknown>) => {
    const worker = await browser.background();
    await worker.evaluate((items) => chrome.storage.sync.set(items), items);
  };

  async function openSeed(options: { appendLater?: boolean } = {}): Promise<Page> {
    const page = await browser.context.newPage();
    await page.addInitScript(
      ({ appendLater, text }) => {
        // Main world, before the content script (document_idle): what the page looked like.
        document.addEventListener('DOMContentLoaded', () => {
          (window as unknown as { bodyBefore: string }).bodyBefore = document.body.innerHTML;
          if (!appendLater) return;
          setTimeout(() => {
            const p = document.createElement('p');
            p.id = 'later-text';
            p.textContent = text;
            document.getElementById('later')?.append(p);
          }, 2000);
        });
      },
      { appendLater: options.appendLater ?? false, text: LATER_TEXT },
    );
    await page.goto(pages.url('/seed-article.html'));
    await waitForMarks(page);
    return page;
  }

  beforeAll(async () => {
    ({ standIn, pages, browser } = await startExtensionSuite());
  });

  afterEach(async () => {
    // Every test starts from the default settings.
    await setSync({
      enabled: true,
      disabledSites: [],
      highlightStyle: 'dotted',
      firstOccurrenceOnly: 'every', // the underline setting: every occurrence
    });
    for (const page of browser.context.pages()) await page.close();
  });

  afterAll(() => closeExtensionSuite({ standIn, pages, browser }));

  it.each<[term: string, context: string, scope: string, expected: RegExp]>([
    [
      'hash rate migration',
      'Observing hash rate migration toward',
      '#article',
      /Hash rate migration/i,
    ],
    ['Edge Computing', 'the rise of Edge Computing.', '#article', /Edge computing/i],
    ['ASIC', "ASICs, AI's hardware", '#article', /ASIC/],
  ])('hovering "%s" shows its tooltip; Esc closes it', async (term, context, scope, expected) => {
    const page = await openSeed();
    const tip = await hoverText(page, term, { context, scope });
    await expect.poll(() => tip.textContent()).toMatch(expected);
    await page.keyboard.press('Escape');
    await tooltip(page).waitFor({ state: 'hidden' });
  });

  it('marks text the page appends later; hovering its "BTC" shows the live price', async () => {
    const page = await openSeed({ appendLater: true });
    await page.waitForFunction(
      () =>
        [...(CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.values()]
          .flatMap((h) => [...h])
          .some((r) => r.startContainer.parentElement?.id === 'later-text'),
      undefined,
      { timeout: 20_000 },
    );
    const tip = await hoverText(page, 'BTC', { context: 'Update: BTC held', scope: '#later' });
    await expect.poll(() => tip.textContent(), { timeout: 10_000 }).toContain('$70,791.51');
    expect(await tip.textContent()).toContain('CoinGecko');
    await page.keyboard.press('Escape');
    await tooltip(page).waitFor({ state: 'hidden' });
  });

  it('leaves textarea, contenteditable and code unmarked', async () => {
    const page = await openSeed();
    const ranges = await markedRanges(page);
    expect(ranges.length).toBeGreaterThan(10);
    const insides = new Set(ranges.map((r) => r.inside));
    for (const id of ['editor-textarea', 'editor-editable', 'inline-code', 'code-block']) {
      expect(insides.has(id), id).toBe(false);
    }
    // Every term in the default style, first or later in its section (the prices the page
    // quotes have their own mark, added after the scan on dated pages).
    const terms = ranges.filter((r) => r.name !== 'hashlens-quote');
    expect(terms.every((r) => /^hashlens-dotted(-more)?$/.test(r.name))).toBe(true);
  });

  it('leaves the page DOM untouched: body identical, one shadow host outside <body>', async () => {
    const page = await openSeed();
    // Open a tooltip too, so the shadow host exists.
    await hoverText(page, 'ASIC', { context: "ASICs, AI's hardware", scope: '#article' });
    const result = await page.evaluate(() => ({
      before: (window as unknown as { bodyBefore: string }).bodyBefore,
      after: document.body.innerHTML,
      hosts: [...document.querySelectorAll('hashlens-ui')].map((h) => h.parentElement?.tagName),
      htmlChildren: [...document.documentElement.children].map((c) => c.tagName),
    }));
    expect(result.before.length).toBeGreaterThan(1000);
    expect(result.after).toBe(result.before);
    expect(result.hosts).toEqual(['HTML']);
    expect(result.htmlChildren).toEqual(['HEAD', 'BODY', 'HASHLENS-UI']);
  });

  it('follows on/off and per-site disable in an open tab, without reload', async () => {
    const page = await openSeed();
    const marks = await markCount(page);
    await setSync({ disabledSites: ['127.0.0.1'] });
    await waitForNoMarks(page);
    await setSync({ disabledSites: [] });
    expect(await waitForMarks(page, marks)).toBe(marks);
    await setSync({ enabled: false });
    await waitForNoMarks(page);
    await setSync({ enabled: true });
    expect(await waitForMarks(page, marks)).toBe(marks);
  });

  it('switches the mark style and the underline mode live', async () => {
    await setSync({ firstOccurrenceOnly: 'every' });
    const page = await openSeed();
    const all = await markCount(page);
    await setSync({ highlightStyle: 'solid' });
    await page.waitForFunction(() =>
      (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('hashlens-solid'),
    );
    // The underline setting (stored under its earlier key): the first in each section only.
    await setSync({ firstOccurrenceOnly: 'section' });
    await expect.poll(() => markCount(page)).toBeGreaterThan(0);
    await expect.poll(() => markCount(page)).toBeLessThan(all);
    const names = new Set((await markedRanges(page)).map((r) => r.name));
    expect(names.has('hashlens-solid-more')).toBe(false);
    await setSync({ firstOccurrenceOnly: 'none' });
    await page.waitForFunction(
      () => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size === 0,
    );
    await setSync({ firstOccurrenceOnly: 'every' });
    await expect.poll(() => markCount(page)).toBe(all);
    await setSync({ highlightStyle: 'none' });
    await page.waitForFunction(
      () => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.size === 0,
    );
  });

  it('steps through the terms with Alt+Shift+J / K, focusing the tooltip, nothing on the page', async () => {
    const page = await openSeed();
    await page.keyboard.press('Alt+Shift+KeyJ');
    const tip = tooltip(page);
    await tip.waitFor({ state: 'visible' });
    const first = await tip.getAttribute('aria-label');
    await page.keyboard.press('Alt+Shift+KeyJ');
    await expect.poll(() => tip.getAttribute('aria-label')).not.toBe(first);
    await page.keyboard.press('Alt+Shift+KeyK');
    await expect.poll(() => tip.getAttribute('aria-label')).toBe(first);
    // Focus is in HashLens's tooltip (its shadow host), on no element of the page.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('HASHLENS-UI');
    // Far down the page: stepping back from the first term wraps to the last and scrolls there.
    await page.keyboard.press('Alt+Shift+KeyK');
    await page.keyboard.press('Alt+Shift+KeyK');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
  });

  it('runs in same-origin and sandboxed frames, each with its own marks', async () => {
    const page = await browser.context.newPage();
    await page.goto(pages.url('/frames.html'));
    await waitForMarks(page);
    const frameMarks = (selector: string) => frameMarkCount(page, selector);
    // Content scripts are not page scripts: `sandbox` without allow-scripts does not stop them.
    await expect.poll(() => frameMarks('#plain'), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    await expect
      .poll(() => frameMarks('#sandboxed'), { timeout: 20_000 })
      .toBeGreaterThanOrEqual(2);
    // Disabling the top site silences the frames it embeds too.
    await setSync({ disabledSites: ['127.0.0.1'] });
    await waitForNoMarks(page);
    await expect.poll(() => frameMarks('#sandboxed')).toBe(0);
  });
});
