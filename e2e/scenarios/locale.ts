/**
 * One number format per locale everywhere (issue 14, point 4): with the browser in de-DE,
 * fr-FR, ja-JP or en-IN, Bitcoin's price and 24 h change read the same in the tooltip, the
 * pinned-price strip and the popup, and are what `utils/format` gives for that locale. Written
 * once, run in Chromium and Firefox by e2e/locale.e2e.ts; each locale is its own browser (the
 * locale is the browser's, read once by each view).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeChange, formatPrice } from '../../utils/format';
import {
  browserPath,
  closeAnySuite,
  startAnySuite,
  type AnyPage,
  type AnySuite,
  type BrowserName,
} from '../harness/neutral';
import { badges, hoverText, textOfTestId, waitForMarks } from '../harness/reader';
import { SEED } from '../stand-in';

const LOCALES = ['de-DE', 'fr-FR', 'ja-JP', 'en-IN'] as const;

/** The tooltip's price and change texts (its price row's test ids). */
const tooltipNumbers = (page: AnyPage) =>
  page.evaluate(() => {
    const root = document.querySelector('hashlens-ui')?.shadowRoot;
    const row = root?.querySelector('[data-testid="tooltip-price-row"]');
    return {
      price: root?.querySelector('[data-testid="tooltip-price"]')?.textContent ?? null,
      row: row?.textContent ?? null,
    };
  }, undefined);

/** Defines the locale scenarios for `name`; skipped without the browser. */
export function localeScenarios(name: BrowserName): void {
  for (const locale of LOCALES) {
    describe.skipIf(!browserPath(name))(`${name} in ${locale}: one number format`, () => {
      let suite: AnySuite;
      beforeAll(async () => {
        suite = await startAnySuite(name, { locale });
      });
      afterAll(() => closeAnySuite(suite ?? {}));

      it('the tooltip, the price strip and the popup show the same price and change', async () => {
        const price = formatPrice(SEED.btcUsd, 'usd', locale);
        const change = describeChange(SEED.btcUsd24hChange, locale).text;
        await suite.browser.inBackground(
          (scope) => (scope.browser ?? scope.chrome).storage.sync.set({ pinnedCoins: ['bitcoin'] }),
          null,
        );
        const page = await suite.browser.newPage();
        await page.goto(suite.pages.url('/seed-article.html'));
        await waitForMarks(page);
        expect(await page.evaluate(() => navigator.language, undefined)).toBe(locale);

        await hoverText(
          page,
          'Bitcoin',
          { context: 'Bitcoin is finally', scope: '#article' },
          price,
        );
        const tip = await tooltipNumbers(page);
        expect(tip.price).toBe(price);
        expect(tip.row).toContain(change);

        await expect.poll(() => badges(page)).toMatchObject([{ coin: 'bitcoin', price }]);
        expect((await badges(page))[0]!.text).toContain(change);

        const popup = await suite.browser.openExtensionPage('popup.html');
        await expect.poll(() => textOfTestId(popup, 'current-price')).toBe(price);
        expect(await textOfTestId(popup, 'change-24h')).toContain(change);
        await popup.close();
        await page.close();
      });
    });
  }
}
