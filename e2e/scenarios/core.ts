/**
 * The scenarios that matter most to a reader, written once against the browser-neutral layer
 * (e2e/harness/neutral.ts, reader.ts) and run per browser by a spec: `coreScenarios('firefox')`
 * in e2e/firefox.e2e.ts, `coreScenarios('chromium')` in e2e/core-chromium.e2e.ts.
 *
 * Tooltip with the live price, marking without touching the page, late content, keyboard
 * stepping, the popup's 7-day table and its copy, a currency change from the options, a mining
 * term's mempool.space figures, stale data kept and labelled when CoinGecko fails, pins across
 * tabs with the toolbar badge, and two hostile pages (built-ins replaced; the page clicking
 * HashLens's buttons).
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { formatPrice } from '../../utils/format';
import { SEED_TABLE, SEED_TABLE_MARKDOWN } from '../fixtures/seed-table';
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
  markCount,
  markedRanges,
  moveAway,
  scriptClick,
  selectByLabel,
  tableCells,
  textOfTestId,
  tooltip,
  waitForMarks,
  waitForButton,
  waitForNoTooltip,
  waitForTooltip,
} from '../harness/reader';
import { SEED, SYNTHETIC_FX, type FaultMode } from '../stand-in';

const SEED_PRICE = '$70,791.51';
/** Text the page itself appends to #later two seconds after load (as a slow widget would). */
const LATER_TEXT = 'Update: BTC held steady after the difficulty adjustment.';
/** Longer than any back-off the price service applies. */
const PAST_ANY_BACKOFF_MS = 11 * 60_000;

const fixture = <T>(name: string): T =>
  JSON.parse(readFileSync(`e2e/fixtures/mempool/${name}`, 'utf8')) as T;
const hashrate3m = fixture<{ currentDifficulty: number }>('hashrate__3m.json');
const adjustment = fixture<{ difficultyChange: number; remainingBlocks: number }>(
  'difficulty-adjustment.json',
);
const en = (value: number, digits = 0) =>
  value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * How each browser's background fetch labels itself: Chromium's service worker sends
 * `sec-fetch-site: none`; Firefox's MV2 background page sends `same-origin` (the request is
 * same-origin with nothing; Firefox names the extension's own origin).
 */
const FETCH_SITE: Record<BrowserName, string> = { chromium: 'none', firefox: 'same-origin' };

/** The default settings every scenario starts from. */
const DEFAULT_SYNC = {
  enabled: true,
  disabledSites: [],
  highlightStyle: 'dotted',
  firstOccurrenceOnly: false,
  currency: 'usd',
  pinnedCoins: [],
  hoverDelayMs: 300,
};

/** Defines the core scenarios for `name`; skipped with the global setup's message without it. */
export function coreScenarios(name: BrowserName): void {
  describe.skipIf(!browserPath(name))(`${name}: what a reader meets`, () => {
    let suite: AnySuite;
    let open: AnyPage[] = [];
    /** Each page's error list (filled as errors arrive; read by the last scenario). */
    const pageErrorSources: { label: string; errors: string[] }[] = [];

    const track = (page: AnyPage, label: string): AnyPage => {
      open.push(page);
      pageErrorSources.push({ label, errors: page.errors });
      return page;
    };

    async function openPage(
      path: string,
      init: { appendLater?: boolean; scan?: boolean } = {},
    ): Promise<AnyPage> {
      const page = track(await suite.browser.newPage(), path);
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
        { appendLater: init.appendLater ?? false, text: LATER_TEXT },
      );
      await page.goto(suite.pages.url(path));
      // A page that breaks the main world's registry and marks cannot be waited on this way.
      if (init.scan !== false) await waitForMarks(page);
      return page;
    }

    async function openExtensionPage(path: string): Promise<AnyPage> {
      return track(await suite.browser.openExtensionPage(path), path);
    }

    const setSync = (values: Record<string, unknown>) =>
      suite.browser.inBackground(
        (scope, values) => (scope.browser ?? scope.chrome).storage.sync.set(values),
        values,
      );
    const getSync = (keys: string[]) =>
      suite.browser.inBackground(
        (scope, keys) => (scope.browser ?? scope.chrome).storage.sync.get(keys),
        keys,
      );
    /** The toolbar button's badge text and title, read through the background. */
    const toolbar = () =>
      suite.browser.inBackground(async (scope) => {
        const api = scope.browser ?? scope.chrome;
        const button = (api.action ?? api.browserAction)!;
        return { text: await button.getBadgeText({}), title: await button.getTitle({}) };
      }, null);
    /** Moves the background's clock on and does what the refresh alarm does. */
    const refreshAfter = (ms: number) =>
      suite.browser.inBackground(async (scope, ms) => {
        scope.hashlens.clock.advance(ms);
        await scope.hashlens.scheduler.refresh();
      }, ms);

    beforeAll(async () => {
      // The popup's dates are UTC days whatever the reader's zone.
      suite = await startAnySuite(name, { timezoneId: 'Asia/Tokyo' });
    });

    afterEach(async () => {
      suite.standIn.setFault(null);
      suite.mempool.setFault(null);
      await setSync(DEFAULT_SYNC);
      for (const page of open) await page.close();
      open = [];
    });

    afterAll(() => closeAnySuite(suite ?? {}));

    it('hovering "Bitcoin" shows its definition and the live price the background fetched', async () => {
      const page = await openPage('/seed-article.html');
      const tip = await hoverText(
        page,
        'Bitcoin',
        { context: 'Bitcoin is finally', scope: '#article' },
        SEED_PRICE,
      );
      expect(tip.text).toMatch(/currency|money|network/i);
      expect(tip.text).toContain('CoinGecko');

      const request = suite.standIn.requests().find((r) => r.path === '/api/v3/coins/markets');
      expect(request).toBeDefined();
      expect(request!.host).toBe('api.coingecko.com');
      expect(request!.query).toMatchObject({
        ids: 'bitcoin',
        vs_currency: 'usd',
        sparkline: 'true',
      });
      // From the extension's background with its host permission, not from the page.
      expect(request!.headers['sec-fetch-site']).toBe(FETCH_SITE[name]);
      expect(request!.headers.referer).toBeUndefined();
      expect(request!.headers.origin).toBeUndefined();
    });

    it('marks terms, leaves editors and code alone, and leaves body.innerHTML unchanged', async () => {
      const page = await openPage('/seed-article.html');
      expect(await markCount(page)).toBeGreaterThan(10);
      const insides = new Set((await markedRanges(page)).map((r) => r.inside));
      for (const id of ['editor-textarea', 'editor-editable', 'inline-code', 'code-block']) {
        expect(insides.has(id), id).toBe(false);
      }
      // Open a tooltip too, so the shadow host exists.
      await hoverText(page, 'ASIC', { context: "ASICs, AI's hardware", scope: '#article' }, 'ASIC');
      const result = await page.evaluate(
        () => ({
          before: (window as unknown as { bodyBefore: string }).bodyBefore,
          after: document.body.innerHTML,
          htmlChildren: [...document.documentElement.children].map((c) => c.tagName),
        }),
        undefined,
      );
      expect(result.before.length).toBeGreaterThan(1000);
      expect(result.after).toBe(result.before);
      expect(result.htmlChildren).toEqual(['HEAD', 'BODY', 'HASHLENS-UI']);
    });

    it('marks text the page appends later; hovering its "BTC" shows the live price', async () => {
      const page = await openPage('/seed-article.html', { appendLater: true });
      await page.waitFor(
        () => {
          let found = false;
          (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.forEach(
            (highlight) => {
              for (const range of highlight) {
                if (range.startContainer.parentElement?.id === 'later-text') found = true;
              }
            },
          );
          return found;
        },
        undefined,
        { timeout: 20_000, what: 'a mark in the appended text' },
      );
      const tip = await hoverText(
        page,
        'BTC',
        { context: 'Update: BTC held', scope: '#later' },
        SEED_PRICE,
      );
      expect(tip.text).toContain('CoinGecko');
      await page.press('Escape');
      await waitForNoTooltip(page);
    });

    it('Alt+Shift+J / K step through the terms, focusing the tooltip, nothing on the page; Esc closes', async () => {
      const page = await openPage('/seed-article.html');
      await page.bringToFront();
      await page.press('Alt+Shift+KeyJ');
      const first = (await waitForTooltip(page)).label;
      expect(first).toBeTruthy();
      await page.press('Alt+Shift+KeyJ');
      await expect.poll(async () => (await tooltip(page))?.label).not.toBe(first);
      await page.press('Alt+Shift+KeyK');
      await expect.poll(async () => (await tooltip(page))?.label).toBe(first);
      // Focus is in HashLens's tooltip (its shadow host), on no element of the page; Esc gives
      // it back to the page (here the body, where it was).
      expect(await page.evaluate(() => document.activeElement?.tagName, undefined)).toBe(
        'HASHLENS-UI',
      );
      await page.press('Escape');
      await waitForNoTooltip(page);
      expect(await page.evaluate(() => document.activeElement?.tagName, undefined)).toBe('BODY');
    });

    it("the popup shows the seed's 7-day table and the price", async () => {
      const popup = await openExtensionPage('popup.html');
      await expect.poll(() => tableCells(popup)).toEqual(SEED_TABLE);
      await expect.poll(() => textOfTestId(popup, 'current-price')).toBe(SEED_PRICE);
      await expect
        .poll(() => textOfTestId(popup, 'updated'))
        .toContain('April 13, 2026, 09:59 UTC');
    });

    it('"Copy as Markdown" puts the seed table on the clipboard; the reader pastes it', async () => {
      const popup = await openExtensionPage('popup.html');
      await expect.poll(() => tableCells(popup)).toEqual(SEED_TABLE);
      await clickButton(popup, /^Copy as Markdown$/);
      await popup.waitFor(
        () => document.body.textContent?.includes('Copied the table as Markdown.'),
        undefined,
        { what: 'the "Copied" confirmation' },
      );
      // Pasted with the keyboard into the page's own textarea (HashLens leaves editors alone).
      const page = await openPage('/seed-article.html');
      const area = await page.evaluate(() => {
        const element = document.getElementById('editor-textarea')!;
        element.scrollIntoView({ block: 'center' });
        const rect = element.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }, undefined);
      await page.mouseClick(area.x, area.y);
      await page.press('Control+KeyA');
      await page.press('Control+KeyV');
      await expect
        .poll(() =>
          page.evaluate(
            () => (document.getElementById('editor-textarea') as HTMLTextAreaElement).value,
            undefined,
          ),
        )
        .toBe(SEED_TABLE_MARKDOWN);
    });

    it('a currency change in the options reaches the popup and an open tab', async () => {
      const page = await openPage('/seed-article.html');
      await hoverText(page, 'Bitcoin', { context: 'Bitcoin is finally' }, SEED_PRICE);
      const popup = await openExtensionPage('popup.html');
      await expect.poll(() => textOfTestId(popup, 'current-price')).toBe(SEED_PRICE);

      const options = await openExtensionPage('options.html');
      await selectByLabel(options, 'Currency', 'eur');

      const euro = formatPrice(SEED.btcUsd * SYNTHETIC_FX.eur!, 'eur', 'en-US');
      await popup.bringToFront();
      await expect.poll(() => textOfTestId(popup, 'current-price')).toBe(euro);
      await expect.poll(async () => (await tableCells(popup))[0]?.[1]).toBe('Price (EUR)');
      // The tooltip still open in the tab follows too, once the reader is back on it.
      await page.bringToFront();
      await expect.poll(async () => (await tooltip(page))?.text).toContain(euro);
    });

    it('a mining term shows live figures from mempool.space', async () => {
      const page = await openPage('/mining-network.html');
      const difficulty = `${en(hashrate3m.currentDifficulty / 1e12, 2)} T`;
      const change = `${adjustment.difficultyChange < 0 ? '−' : '+'}${en(Math.abs(adjustment.difficultyChange), 2)}% in ${en(adjustment.remainingBlocks)} blocks`;
      await hoverText(page, 'difficulty adjustment', { scope: '#p-difficulty' }, difficulty);
      await expect.poll(async () => (await tooltip(page))?.text).toContain(change);
      expect((await tooltip(page))?.text).toMatch(/updated (just now|.+ ago) · mempool\.space/);
      expect(suite.mempool.requests().every((r) => r.host === 'mempool.space')).toBe(true);
      await moveAway(page);
      await waitForNoTooltip(page);
    });

    it.each<[FaultMode, RegExp, number]>([
      ['server-error', /having trouble \(HTTP 500\)/, 500],
      ['rate-limit', /rate limit was reached/, 429],
      ['blocked', /firewall blocked/, 403],
      ['malformed', /could not read/, 200],
    ])(
      'a failing CoinGecko (%s) leaves the last good data on screen, marked stale, saying why',
      async (mode, reason, status) => {
        const popup = await openExtensionPage('popup.html');
        await expect.poll(() => tableCells(popup)).toEqual(SEED_TABLE);
        await suite.browser.inBackground(
          (scope, ms) => scope.hashlens.clock.advance(ms),
          PAST_ANY_BACKOFF_MS,
        );
        suite.standIn.clearLog();
        suite.standIn.setFault(mode);
        await clickButton(popup, /^Refresh prices/);
        await expect.poll(async () => (await alerts(popup)).join(' | ')).toMatch(reason);
        expect(await tableCells(popup)).toEqual(SEED_TABLE);
        expect(await textOfTestId(popup, 'current-price')).toBe(SEED_PRICE);
        expect(await textOfTestId(popup, 'updated')).toMatch(
          /^Couldn't refresh: .+ Showing prices from .+ ago\./,
        );
        expect(suite.standIn.requests().some((r) => r.fault === mode && r.status === status)).toBe(
          true,
        );
      },
    );

    it('pinning in tab A shows the badge in an open tab B and on the toolbar; a refresh and an unpin follow', async () => {
      const tabB = await openPage('/seed-article.html');
      const tabA = await openPage('/seed-article.html');
      expect(await badges(tabB)).toEqual([]);
      await hoverText(tabA, 'Bitcoin', { context: 'Bitcoin is finally' }, SEED_PRICE);
      // The page's own script clicking Pin in the open shadow root counts for nothing: had it
      // counted, the reader's click below would unpin again.
      await scriptClick(tabA, /^Pin Bitcoin$/, 'tooltip');
      await clickButton(tabA, /^Pin Bitcoin$/, 'tooltip');
      await waitForButton(tabA, /^Unpin Bitcoin$/, 'tooltip');
      expect((await getSync(['pinnedCoins'])).pinnedCoins).toEqual(['bitcoin']);

      await tabB.bringToFront();
      await expect.poll(() => badges(tabB)).toMatchObject([{ coin: 'bitcoin', price: SEED_PRICE }]);
      expect((await badges(tabB))[0]!.text).toContain('BTC');
      await expect.poll(async () => (await toolbar()).text).toBe('70.8k');
      expect((await toolbar()).title).toContain('BTC $70,791.51');

      // A new price, once the refresh runs, reaches the open tab and the toolbar.
      suite.standIn.setPrice('bitcoin', 'usd', 72_345.67, { change24hPct: 1.5 });
      await refreshAfter(PAST_ANY_BACKOFF_MS);
      await expect.poll(async () => (await badges(tabB))[0]?.price).toBe('$72,345.67');
      await expect.poll(async () => (await toolbar()).text).toBe('72.3k');

      // Unpinning from the strip removes it everywhere and clears the toolbar.
      await clickButton(tabB, /^Unpin Bitcoin$/, 'badges');
      await expect.poll(() => badges(tabB)).toEqual([]);
      await expect.poll(async () => (await toolbar()).text).toBe('');
      await tabA.bringToFront();
      await expect.poll(() => badges(tabA)).toEqual([]);

      // Back to the seed price for whatever runs next.
      suite.standIn.reset();
      await refreshAfter(PAST_ANY_BACKOFF_MS);
    });

    it('a page that replaces the DOM built-ins in its world does not reach HashLens', async () => {
      const page = await openPage('/hostile/overrides.html', { scan: false });
      // The page hid the real highlight registry behind a fake and kept it for us.
      const realMarks = () =>
        page.evaluate(() => {
          let size = 0;
          for (const highlight of (
            window as unknown as { realHighlights: Map<string, Set<unknown>> }
          ).realHighlights.values())
            size += highlight.size;
          return size;
        }, undefined);
      await expect.poll(realMarks, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
      // The keyboard path: the pointer helpers would use the page's broken Range rects.
      await page.bringToFront();
      await page.press('Alt+Shift+KeyJ');
      expect((await waitForTooltip(page, /Bitcoin/)).label).toMatch(/Bitcoin/);
      // Text the page adds later is still followed (HashLens's MutationObserver is the real one).
      await page.evaluate(() => {
        document.getElementById('later')!.textContent = 'Later: the halving arrived.';
      }, undefined);
      await expect.poll(realMarks).toBeGreaterThanOrEqual(4);
    });

    it('synthetic key presses and pointer moves from the page open nothing; real ones do', async () => {
      await setSync({ hoverDelayMs: 0 });
      // The label a real first Alt+Shift+J opens on a fresh page, for comparison.
      const control = await openPage('/seed-article.html');
      await control.bringToFront();
      await control.press('Alt+Shift+KeyJ');
      const first = (await waitForTooltip(control)).label;
      await control.close();

      // The same page fresh (same layout, not scrolled): a fake Alt+Shift+J, and a fake pointer
      // resting on the first marked term in view. Had either counted, a tooltip would be open
      // and the real Alt+Shift+J below would step past it instead of opening that term.
      const page = await openPage('/seed-article.html');
      await page.bringToFront();
      await page.evaluate(
        () =>
          new Promise<void>((resolve) => {
            let target: { x: number; y: number } | null = null;
            (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights.forEach(
              (highlight) => {
                for (const mark of highlight) {
                  const range = document.createRange();
                  range.setStart(mark.startContainer, mark.startOffset);
                  range.setEnd(mark.endContainer, mark.endOffset);
                  const rect = range.getBoundingClientRect();
                  if (target || rect.top < 0 || rect.bottom > innerHeight) continue;
                  target = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
                }
              },
            );
            if (!target) throw new Error('no marked term in view');
            const { x, y } = target;
            const init = { bubbles: true, composed: true, cancelable: true };
            document.dispatchEvent(
              new KeyboardEvent('keydown', {
                ...init,
                key: 'J',
                code: 'KeyJ',
                altKey: true,
                shiftKey: true,
              }),
            );
            (document.elementFromPoint(x, y) ?? document.body).dispatchEvent(
              new PointerEvent('pointermove', {
                ...init,
                clientX: x,
                clientY: y,
                pointerType: 'mouse',
              }),
            );
            // With a 0 ms hover delay a counted move would have started opening its tooltip by
            // the time this later timer runs (timers of equal delay run in order).
            setTimeout(resolve, 20);
          }),
        undefined,
      );
      expect(await tooltip(page)).toBeNull();
      expect(await page.evaluate(() => window.scrollY, undefined)).toBe(0);
      await page.press('Alt+Shift+KeyJ');
      expect((await waitForTooltip(page)).label).toBe(first);
      await page.press('Escape');
      await waitForNoTooltip(page);
    });

    it('threw nothing in the pages or the background', async () => {
      const thrown = pageErrorSources.flatMap(({ label, errors }) =>
        errors.map((e) => `${label}: ${e}`),
      );
      expect(thrown).toEqual([]);
      expect(await suite.browser.inBackground((scope) => [...scope.hashlens.errors], null)).toEqual(
        [],
      );
    });
  });
}
