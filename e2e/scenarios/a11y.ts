/**
 * Accessibility checked by machine (issue 17, point 4), written once and run in Chromium and
 * Firefox by e2e/a11y.e2e.ts: axe-core reports no violation on the popup (chart, table and
 * Network views; stale and error states), the options page and an open tooltip, in light and
 * dark schemes; the tooltip's and
 * the price strip's text stays at 4.5:1 or more on white, black and mid-grey pages; the
 * tooltip stays inside the viewport and the popup and options do not scroll sideways at 200%
 * zoom; nothing moves for a reader who asked for reduced motion.
 *
 * Each scheme is its own browser (Firefox sets the scheme and motion by preference at launch:
 * it has no media emulation over BiDi). The dark browser also asks for reduced motion.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, lowestTextContrast, motion } from '../harness/a11y-checks';
import {
  browserPath,
  closeAnySuite,
  startAnySuite,
  type AnyPage,
  type AnySuite,
  type BrowserName,
} from '../harness/neutral';
import {
  alerts,
  badges,
  clickButton,
  hoverText,
  selectByLabel,
  textOfTestId,
  tooltip,
  waitForMarks,
} from '../harness/reader';

const SEED_PRICE = '$70,791.51';
/** Beyond any back-off the background may be in after a fault. */
const PAST_ANY_BACKOFF_MS = 11 * 60_000;
/** WCAG 1.4.3 (AA) for normal text. */
const TEXT_CONTRAST = 4.5;
/** A 1200 × 800 window at 200% zoom lays out as this viewport (CSS px). */
const ZOOMED_PAGE = { width: 600, height: 400 };
/** Chrome's largest popup (800 × 600 device px) at 200% zoom, in CSS px. */
const ZOOMED_POPUP = { width: 400, height: 300 };

/** Horizontal overflow of a document: how far its content reaches past the viewport. */
const sidewaysOverflow = (page: AnyPage) =>
  page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    undefined,
  );

/** Defines the accessibility scenarios for `name`; skipped without the browser. */
export function accessibilityScenarios(name: BrowserName): void {
  for (const scheme of ['light', 'dark'] as const) {
    const reducedMotion = scheme === 'dark';
    describe.skipIf(!browserPath(name))(`${name}, ${scheme} scheme: accessibility`, () => {
      let suite: AnySuite;
      let open: AnyPage[] = [];

      const newPage = async (path: string): Promise<AnyPage> => {
        const page = await suite.browser.newPage();
        open.push(page);
        await page.goto(suite.pages.url(path));
        return page;
      };
      const extensionPage = async (path: string): Promise<AnyPage> => {
        const page = await suite.browser.openExtensionPage(path);
        open.push(page);
        return page;
      };
      const setPins = (pinnedCoins: string[]) =>
        suite.browser.inBackground(
          (scope, pinnedCoins) => (scope.browser ?? scope.chrome).storage.sync.set({ pinnedCoins }),
          pinnedCoins,
        );

      beforeAll(async () => {
        suite = await startAnySuite(name, { colorScheme: scheme, reducedMotion });
      });
      afterEach(async () => {
        await setPins([]);
        for (const page of open) await page.close();
        open = [];
      });
      afterAll(() => closeAnySuite(suite ?? {}));

      if (scheme === 'light') {
        it('the check itself fails on real faults (an unnamed button, grey on grey text)', async () => {
          const page = await newPage('/axe-control.html');
          const found = await axeViolations(page);
          expect(found.some((line) => line.startsWith('button-name'))).toBe(true);
          expect(found.some((line) => line.startsWith('color-contrast'))).toBe(true);
          const contrast = await page.evaluate(() => {
            // The same faint text inside a shadow host: the contrast probe must catch it too.
            const host = document.createElement('hashlens-probe');
            document.body.append(host);
            const p = document.createElement('p');
            p.textContent = 'faint';
            p.style.cssText = 'color:#999;background:#aaa';
            host.attachShadow({ mode: 'open' }).append(p);
            return true;
          }, undefined);
          expect(contrast).toBe(true);
          expect((await lowestTextContrast(page, 'hashlens-probe'))!.ratio).toBeLessThan(
            TEXT_CONTRAST,
          );
        });
      }

      it('popup, chart, table and Network views: no axe violation', async () => {
        const popup = await extensionPage('popup.html');
        await expect.poll(() => textOfTestId(popup, 'current-price')).toBe(SEED_PRICE);
        expect(await axeViolations(popup)).toEqual([]);
        await clickButton(popup, /^Table$/);
        await popup.waitFor(() => !!document.querySelector('table tbody tr'), undefined, {
          what: 'the 7-day table',
        });
        expect(await axeViolations(popup)).toEqual([]);
        await clickButton(popup, /^Network$/);
        await popup.waitFor(
          () =>
            [...document.querySelectorAll<HTMLElement>('[role="tabpanel"]')].some(
              (panel) => !panel.hidden && /blocks/.test(panel.textContent ?? ''),
            ),
          undefined,
          { what: 'the Network figures' },
        );
        expect(await axeViolations(popup)).toEqual([]);
      });

      it('popup, stale and error states: no axe violation', async () => {
        const advance = (ms: number) =>
          suite.browser.inBackground((scope, ms) => scope.hashlens.clock.advance(ms), ms);
        await advance(PAST_ANY_BACKOFF_MS);
        const popup = await extensionPage('popup.html');
        await expect.poll(() => textOfTestId(popup, 'current-price')).toBe(SEED_PRICE);
        try {
          // Stale: the refresh fails, the last prices stay, the line says why and how old. The
          // popup refreshes on opening too; a refresh still in flight is joined, not repeated,
          // so Refresh is pressed until the failure shows.
          await advance(PAST_ANY_BACKOFF_MS);
          suite.standIn.setFault('server-error');
          await expect
            .poll(
              async () => {
                const text = (await alerts(popup)).join(' | ');
                if (!/Couldn't refresh/.test(text)) await clickButton(popup, /^Refresh prices$/);
                return text;
              },
              { timeout: 20_000, interval: 500 },
            )
            .toMatch(/^Couldn't refresh: .+ Showing prices/);
          expect(await axeViolations(popup)).toEqual([]);
          // Error: a coin never fetched, so nothing to show.
          await selectByLabel(popup, 'Coin', 'ethereum');
          await expect
            .poll(async () => (await alerts(popup)).join(' | '))
            .toMatch(/^Couldn't load prices: /);
          expect(await axeViolations(popup)).toEqual([]);
        } finally {
          suite.standIn.setFault(null);
          await advance(PAST_ANY_BACKOFF_MS);
        }
      });

      it('options page: no axe violation', async () => {
        const options = await extensionPage('options.html');
        await options.waitFor(
          () => [...document.querySelectorAll('h2')].some((h) => h.textContent === 'Network data'),
          undefined,
          { what: 'the options page' },
        );
        expect(await axeViolations(options)).toEqual([]);
      });

      it('an open tooltip: no axe violation', async () => {
        const page = await newPage('/seed-article.html');
        await waitForMarks(page);
        await hoverText(
          page,
          'Bitcoin',
          { context: 'Bitcoin is finally', scope: '#article' },
          SEED_PRICE,
        );
        expect(await axeViolations(page, 'hashlens-ui')).toEqual([]);
      });

      for (const backdrop of ['white', 'black', 'grey'] as const) {
        it(`on a ${backdrop} page the tooltip's and the price strip's text reach 4.5:1`, async () => {
          await setPins(['bitcoin']);
          const page = await newPage(`/backdrop.html#${backdrop}`);
          await waitForMarks(page);
          await expect.poll(() => badges(page)).toMatchObject([{ price: SEED_PRICE }]);
          await hoverText(
            page,
            'Bitcoin',
            { context: 'Bitcoin fell', scope: '#article' },
            SEED_PRICE,
          );
          for (const host of ['hashlens-ui', 'hashlens-badges']) {
            const lowest = await lowestTextContrast(page, host);
            expect(lowest, host).not.toBeNull();
            expect(lowest!.measured).toBeGreaterThan(2);
            expect(lowest!.ratio, `${host}: "${lowest!.text}"`).toBeGreaterThanOrEqual(
              TEXT_CONTRAST,
            );
            expect(await axeViolations(page, host, ['color-contrast'])).toEqual([]);
          }
        });
      }

      it('at 200% zoom the tooltip fits the viewport and popup and options never scroll sideways', async () => {
        const page = await newPage('/seed-article.html');
        await page.setViewport(ZOOMED_PAGE.width, ZOOMED_PAGE.height);
        await waitForMarks(page);
        await hoverText(
          page,
          'Bitcoin',
          { context: 'Bitcoin is finally', scope: '#article' },
          SEED_PRICE,
        );
        const box = await page.evaluate(() => {
          const tip = document
            .querySelector('hashlens-ui')
            ?.shadowRoot?.querySelector('[role="tooltip"]');
          const rect = tip!.getBoundingClientRect();
          return { left: rect.left, right: rect.right, width: innerWidth };
        }, undefined);
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(box.width);

        const popup = await extensionPage('popup.html');
        await popup.setViewport(ZOOMED_POPUP.width, ZOOMED_POPUP.height);
        await expect.poll(() => textOfTestId(popup, 'current-price')).toBe(SEED_PRICE);
        expect(await sidewaysOverflow(popup)).toBeLessThanOrEqual(0);

        const options = await extensionPage('options.html');
        await options.setViewport(ZOOMED_PAGE.width, ZOOMED_PAGE.height);
        await options.waitFor(() => !!document.querySelector('h2'), undefined);
        expect(await sidewaysOverflow(options)).toBeLessThanOrEqual(0);
      });

      if (reducedMotion) {
        it('with prefers-reduced-motion nothing in the tooltip, strip or popup moves', async () => {
          await setPins(['bitcoin']);
          const page = await newPage('/seed-article.html');
          await waitForMarks(page);
          await expect.poll(() => badges(page)).toMatchObject([{ price: SEED_PRICE }]);
          await hoverText(
            page,
            'Bitcoin',
            { context: 'Bitcoin is finally', scope: '#article' },
            SEED_PRICE,
          );
          expect(
            await page.evaluate(
              () => matchMedia('(prefers-reduced-motion: reduce)').matches,
              undefined,
            ),
          ).toBe(true);
          expect(await tooltip(page)).not.toBeNull();
          expect(await motion(page)).toEqual([]);
          const popup = await extensionPage('popup.html');
          await expect.poll(() => textOfTestId(popup, 'current-price')).toBe(SEED_PRICE);
          expect(await motion(popup)).toEqual([]);
        });
      }

      if (scheme === 'light') {
        it("the stepping keys are browser commands, listed in the browser's shortcut settings", async () => {
          // commands.getAll() is what chrome://extensions/shortcuts and Firefox's "Manage
          // Extension Shortcuts" list, with the key the reader may change there.
          const commands = await suite.browser.inBackground(async (scope) => {
            const api = (scope.browser ?? scope.chrome) as unknown as {
              commands: {
                getAll(): Promise<{ name?: string; shortcut?: string; description?: string }[]>;
              };
            };
            return (await api.commands.getAll()).map(({ name, shortcut, description }) => ({
              name,
              shortcut,
              description,
            }));
          }, null);
          const keys = (shortcut = '') => shortcut.replace(/\s/g, '').split('+').sort();
          const byName = new Map(commands.map((c) => [c.name, c]));
          expect(keys(byName.get('next-term')?.shortcut)).toEqual(['Alt', 'J', 'Shift']);
          expect(keys(byName.get('previous-term')?.shortcut)).toEqual(['Alt', 'K', 'Shift']);
          expect(byName.get('next-term')?.description).toMatch(/next marked term/);
        });
      }

      it('the tooltip is announced: role tooltip, a name, and the live price polite', async () => {
        const page = await newPage('/seed-article.html');
        await waitForMarks(page);
        const tip = await hoverText(
          page,
          'Bitcoin',
          { context: 'Bitcoin is finally', scope: '#article' },
          SEED_PRICE,
        );
        expect(tip.label).toMatch(/Bitcoin/);
        // The price's nearest live region (role=status is polite by definition).
        const live = await page.evaluate((price) => {
          const root = document.querySelector('hashlens-ui')!.shadowRoot!;
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.nodeValue?.includes(price)) continue;
            const region = node.parentElement?.closest('[aria-live], [role="status"]');
            if (!region) return 'none';
            return region.getAttribute('aria-live') ?? 'polite';
          }
          return 'no price';
        }, SEED_PRICE);
        expect(live).toBe('polite');
      });
    });
  }
}
