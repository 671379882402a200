/**
 * Accessibility checked by machine: axe-core reports no violation on the popup (chart, table
 * and Network views; stale and error states), the options page and an open tooltip, in light
 * and dark schemes.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { advanceBackgroundClock } from './harness/background';
import { hoverText, tooltip, waitForMarks } from './harness/page-helpers';
import { closeExtensionSuite, startExtensionSuite, type ExtensionSuite } from './harness/suite';

const chromiumPath = inject('chromiumPath');
/** Beyond any back-off the background may be in after a fault. */
const PAST_ANY_BACKOFF_MS = 11 * 60_000;

/** The text of every alert on the page, at once (a locator's textContent would wait for one). */
const alertText = (page: Page) =>
  page
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
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe on `page` (or inside our shadow host) and returns the violations as readable lines.
 * Injected with `evaluate`, which extension pages' CSP does not block.
 */
async function violations(page: Page, include?: string): Promise<string[]> {
  await page.evaluate(axeSource);
  const found = await page.evaluate(async (selector) => {
    const axe = (
      window as unknown as {
        axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const context = selector ? { include: [[selector]] } : document;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations;
  }, include ?? null);
  return found.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`)
        .join('; ')}`,
  );
}

describe.skipIf(!chromiumPath)('axe: no violations', () => {
  let suite: ExtensionSuite;

  beforeAll(async () => {
    suite = await startExtensionSuite();
  });
  afterAll(() => closeExtensionSuite(suite ?? {}));

  it('the check itself fails on a real violation (an unnamed button, grey on grey text)', async () => {
    const page = await suite.browser.context.newPage();
    await page.setContent(
      '<main><button></button><p style="color:#999;background:#aaa">faint</p></main>',
    );
    const found = await violations(page);
    expect(found.some((line) => line.startsWith('button-name'))).toBe(true);
    expect(found.some((line) => line.startsWith('color-contrast'))).toBe(true);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`popup, chart, table and Network views (${scheme})`, async () => {
      const popup = await suite.browser.openExtensionPage('popup.html');
      await popup.emulateMedia({ colorScheme: scheme });
      await expect
        .poll(() => popup.getByTestId('current-price').textContent(), { timeout: 10_000 })
        .toBe('$70,791.51');
      await popup.getByTestId('week-chart').waitFor();
      expect(await violations(popup)).toEqual([]);
      await popup.getByRole('tab', { name: 'Table' }).click();
      await popup.getByRole('table').waitFor();
      expect(await violations(popup)).toEqual([]);
      await popup.getByRole('tab', { name: 'Network' }).click();
      await expect
        .poll(() => popup.getByRole('tabpanel').textContent(), { timeout: 10_000 })
        .toMatch(/blocks/);
      expect(await violations(popup)).toEqual([]);
      await popup.close();
    });

    it(`popup, stale and error states (${scheme})`, async () => {
      await advanceBackgroundClock(suite.browser, PAST_ANY_BACKOFF_MS);
      const popup = await suite.browser.openExtensionPage('popup.html');
      await popup.emulateMedia({ colorScheme: scheme });
      await expect
        .poll(() => popup.getByTestId('current-price').textContent(), { timeout: 10_000 })
        .toBe('$70,791.51');
      try {
        // Stale: the refresh fails, the last prices stay, the line says why and how old.
        await advanceBackgroundClock(suite.browser, PAST_ANY_BACKOFF_MS);
        suite.standIn.setFault('server-error');
        await refreshUntilAlert(popup, /^Couldn't refresh: .+ Showing prices/);
        expect(await violations(popup)).toEqual([]);
        // Error: a coin never fetched, so nothing to show.
        await popup.getByRole('combobox', { name: 'Coin' }).selectOption('ethereum');
        await expect.poll(() => alertText(popup)).toMatch(/^Couldn't load prices: /);
        await popup.getByTestId('week-chart-placeholder').waitFor();
        expect(await violations(popup)).toEqual([]);
      } finally {
        suite.standIn.setFault(null);
        await advanceBackgroundClock(suite.browser, PAST_ANY_BACKOFF_MS);
        await popup.close();
      }
    });

    it(`options page (${scheme})`, async () => {
      const options = await suite.browser.openExtensionPage('options.html');
      await options.emulateMedia({ colorScheme: scheme });
      await options.getByRole('heading', { name: 'Network data' }).waitFor();
      expect(await violations(options)).toEqual([]);
      await options.close();
    });

    it(`an open tooltip (${scheme})`, async () => {
      const page = await suite.browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(suite.pages.url('/seed-article.html'));
      await waitForMarks(page);
      const tip = await hoverText(page, 'Bitcoin', {
        context: 'Bitcoin is finally',
        scope: '#article',
      });
      await expect.poll(() => tip.textContent(), { timeout: 10_000 }).toContain('$70,791.51');
      expect(await tooltip(page).count()).toBe(1);
      expect(await violations(page, 'hashlens-ui')).toEqual([]);
      await page.close();
    });
  }
});
