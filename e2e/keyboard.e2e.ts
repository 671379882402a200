/**
 * Keyboard readers (issue 17): stepping to a term moves focus into its tooltip, Tab reaches
 * its Pin and More buttons, Esc closes it and gives focus back, and the open term is marked on
 * the page.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { tooltip, waitForMarks } from './harness/page-helpers';
import { closeExtensionSuite, startExtensionSuite, type ExtensionSuite } from './harness/suite';

const chromiumPath = inject('chromiumPath');

describe.skipIf(!chromiumPath)('keyboard', () => {
  let suite: ExtensionSuite;

  beforeAll(async () => {
    suite = await startExtensionSuite();
  });
  afterAll(() => closeExtensionSuite(suite ?? {}));

  it('Alt+Shift+J puts focus in the tooltip; Tab reaches Pin and More; Esc gives it back', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.pages.url('/seed-article.html'));
    await waitForMarks(page);
    // Focus starts on something of the page's own.
    await page.evaluate(() => {
      const input = document.createElement('button');
      input.id = 'page-button';
      input.textContent = 'page button';
      document.body.prepend(input);
      input.focus();
    });
    // Step until a coin's tooltip (it has the Pin button) is open.
    let pinned = false;
    for (let i = 0; i < 40 && !pinned; i++) {
      await page.keyboard.press('Alt+Shift+KeyJ');
      await tooltip(page).waitFor({ state: 'visible' });
      pinned = (await tooltip(page).getByRole('button', { name: /^Pin / }).count()) > 0;
    }
    expect(pinned).toBe(true);
    // Focus is inside our shadow root, on the tooltip itself.
    await expect
      .poll(() =>
        page.evaluate(() => {
          const host = document.querySelector('hashlens-ui');
          return document.activeElement === host
            ? (host?.shadowRoot?.activeElement?.getAttribute('role') ?? null)
            : (document.activeElement?.id ?? null);
        }),
      )
      .toBe('tooltip');
    // The open term is marked on the page.
    expect(
      await page.evaluate(
        () =>
          (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.get(
            'hashlens-active',
          )?.size ?? 0,
      ),
    ).toBe(1);

    const focusedName = () =>
      page.evaluate(() => {
        const inner = document.querySelector('hashlens-ui')?.shadowRoot?.activeElement;
        return inner ? (inner.getAttribute('aria-label') ?? inner.textContent ?? '').trim() : null;
      });
    // Tab goes through the tooltip's controls in order (focus stays inside until both are met).
    const reached: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const name = await focusedName();
      if (name === null) break;
      reached.push(name);
      if (reached.includes('More') && reached.some((n) => /^Pin /.test(n))) break;
    }
    expect(reached.some((name) => /^Pin /.test(name))).toBe(true);
    expect(reached).toContain('More');

    await page.keyboard.press('Escape');
    await expect.poll(() => tooltip(page).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('page-button');
    expect(
      await page.evaluate(() =>
        (CSS as unknown as { highlights: Map<string, Set<unknown>> }).highlights.has(
          'hashlens-active',
        ),
      ),
    ).toBe(false);
    await page.close();
  });
});
