/**
 * The pinned-price strip on small and large screens: it stays inside the viewport (a saved
 * position from a wider screen is clamped, not lost), moves by mouse, finger and arrow keys
 * from its handle, names every control, offers Undo after an unpin, and passes axe on white,
 * black and grey pages in light and dark.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { getStorage, setStorage } from './harness/background';
import { collectPageErrors } from './harness/page-helpers';
import { closeExtensionSuite, startExtensionSuite, type ExtensionSuite } from './harness/suite';

const chromiumPath = inject('chromiumPath');
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** The five coins the stand-in prices, in pin order. */
const FIVE = ['bitcoin', 'ethereum', 'solana', 'bitcoin-cash', 'wrapped-bitcoin'];
const DEFAULT_PLACEMENT = { corner: 'bottom-right', offsetX: 16, offsetY: 16 };

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

describe.skipIf(!chromiumPath)('pinned-price strip: viewport, pointer, keyboard, undo', () => {
  let suite: ExtensionSuite;
  const errors: string[] = [];

  const strip = (page: Page) => page.getByRole('region', { name: 'HashLens pinned prices' });
  const badges = (page: Page) => page.locator('hashlens-badges [data-coin]');
  const handle = (page: Page) => strip(page).getByRole('button', { name: 'Move pinned prices' });

  /** Opens the test article at `viewport` and waits until every pin shows a price. */
  async function openWithPins(
    pins: string[],
    viewport = { width: 390, height: 844 },
    placement: object = DEFAULT_PLACEMENT,
  ): Promise<Page> {
    await setStorage(suite.browser, 'sync', { pinnedCoins: pins, badgePlacement: placement });
    const page = await suite.browser.context.newPage();
    errors.push(...collectPageErrors(page));
    await page.setViewportSize(viewport);
    await page.goto(suite.pages.url('/seed-article.html'));
    await expect.poll(() => badges(page).count()).toBe(pins.length);
    // Prices in (not the loading '…'), so the strip has its real width.
    await expect
      .poll(() => badges(page).getByTestId('badge-price').allTextContents(), { timeout: 15_000 })
      .not.toContain('…');
    return page;
  }

  /** The strip's box once it has stopped moving (it is clamped right after its first paint). */
  async function settledBox(locator: Locator): Promise<Box> {
    let last: Box | null = null;
    await expect
      .poll(async () => {
        const box = await locator.boundingBox();
        const same = JSON.stringify(box) === JSON.stringify(last);
        last = box;
        return box !== null && same;
      })
      .toBe(true);
    return last!;
  }

  /** The area `position: fixed` uses: the viewport less the scroll bar. */
  function layoutViewport(page: Page) {
    return page.evaluate(() => ({
      width: document.documentElement.clientWidth,
      height: document.documentElement.clientHeight,
    }));
  }

  async function expectInside(page: Page, box: Box) {
    const viewport = await layoutViewport(page);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  }

  const savedPlacement = async () =>
    (await getStorage(suite.browser, 'sync', ['badgePlacement'])).badgePlacement as {
      offsetX: number;
      offsetY: number;
    };

  const center = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

  beforeAll(async () => {
    suite = await startExtensionSuite();
  });
  beforeEach(() => setStorage(suite.browser, 'sync', { badgesCollapsed: false }));
  afterAll(() => closeExtensionSuite(suite ?? {}));

  it.each([3, 5])(
    'at 390 x 844 with %i pins the strip is wholly inside the viewport',
    async (n) => {
      const page = await openWithPins(FIVE.slice(0, n));
      const box = await settledBox(strip(page));
      await expectInside(page, box);
      // Compact: every badge, however many, is on screen too (they wrap, none is cut off).
      for (const badge of await badges(page).all())
        await expectInside(page, (await badge.boundingBox())!);
      console.log(`strip at 390 x 844, ${n} pins: ${box.width} x ${box.height} px`);
      await page.close();
    },
  );

  it('at 1280 x 800 with 5 pins the strip is one row in the corner', async () => {
    const page = await openWithPins(FIVE, { width: 1280, height: 800 });
    const box = await settledBox(strip(page));
    await expectInside(page, box);
    const viewport = await layoutViewport(page);
    // Where the default placement puts it: 16 px from the right and bottom edges.
    expect(viewport.width - (box.x + box.width)).toBe(16);
    expect(viewport.height - (box.y + box.height)).toBe(16);
    const tops = new Set(
      await Promise.all((await badges(page).all()).map(async (b) => (await b.boundingBox())!.y)),
    );
    expect(tops.size).toBe(1);
    console.log(`strip at 1280 x 800, 5 pins: ${box.width} x ${box.height} px`);
    await page.close();
  });

  it('a saved off-screen position is clamped on load and on resize, and not rewritten', async () => {
    const far = { corner: 'bottom-right', offsetX: 5000, offsetY: 4000 };
    const page = await openWithPins(FIVE.slice(0, 3), { width: 1280, height: 800 }, far);
    let box = await settledBox(strip(page));
    await expectInside(page, box);
    // Pushed as far as the saved offsets ask: against the left and top edges (within the
    // pixel that rounding a fractional width inwards may leave).
    expect(box.x).toBeLessThan(1);
    expect(box.y).toBeLessThan(1);

    // A position that fits a wide window but not a phone's: kept, then clamped on resize.
    const wide = { corner: 'bottom-right', offsetX: 400, offsetY: 300 };
    await setStorage(suite.browser, 'sync', { badgePlacement: wide });
    await expect.poll(async () => (await strip(page).boundingBox())?.y).not.toBe(0);
    box = await settledBox(strip(page));
    const viewport = await layoutViewport(page);
    expect(viewport.width - (box.x + box.width)).toBeCloseTo(400, 0);
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(async () => (await strip(page).boundingBox())!.x).toBeLessThan(1);
    await expectInside(page, await settledBox(strip(page)));
    expect(await savedPlacement()).toEqual(wide);
    await page.close();
  });

  it('drags with the mouse from its handle, and saves where it was dropped', async () => {
    const page = await openWithPins(FIVE.slice(0, 3), { width: 1280, height: 800 });
    const before = await settledBox(strip(page));
    const grip = center((await handle(page).boundingBox())!);
    await page.mouse.move(grip.x, grip.y);
    await page.mouse.down();
    await page.mouse.move(grip.x - 200, grip.y - 120, { steps: 6 });
    await page.mouse.up();
    const after = await settledBox(strip(page));
    expect(after.x - before.x).toBeCloseTo(-200, 0);
    expect(after.y - before.y).toBeCloseTo(-120, 0);
    await expect.poll(savedPlacement).toMatchObject({ offsetX: 16 + 200, offsetY: 16 + 120 });
    // Dragging past the edge stops at the edge.
    const grip2 = center((await handle(page).boundingBox())!);
    await page.mouse.move(grip2.x, grip2.y);
    await page.mouse.down();
    await page.mouse.move(grip2.x - 3000, grip2.y, { steps: 4 });
    await page.mouse.up();
    await expect.poll(async () => (await strip(page).boundingBox())!.x).toBeLessThan(1);
    await page.close();
  });

  it('drags with a finger (touch events through CDP) at 390 px, and not past the edges', async () => {
    const page = await openWithPins(FIVE.slice(0, 4));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    const before = await settledBox(strip(page));
    const grip = center((await handle(page).boundingBox())!);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }],
      });
    await touch('touchStart', grip.x, grip.y);
    for (let i = 1; i <= 5; i++) await touch('touchMove', grip.x, grip.y - 40 * i);
    await touch('touchEnd', grip.x, grip.y - 200);
    const after = await settledBox(strip(page));
    expect(after.y - before.y).toBeCloseTo(-200, 0);
    await expectInside(page, after);
    await expect.poll(async () => (await savedPlacement()).offsetY).toBe(16 + 200);
    await page.close();
  });

  it('on a touch screen every control is at least 44 x 44 px', async () => {
    const page = await openWithPins(FIVE.slice(0, 3));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
    await cdp.send('Emulation.setEmulatedMedia', {
      features: [
        { name: 'pointer', value: 'coarse' },
        { name: 'any-pointer', value: 'coarse' },
      ],
    });
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    const buttons = await strip(page).getByRole('button').all();
    expect(buttons.length).toBe(3 + 3);
    for (const button of buttons) {
      await expect.poll(async () => (await button.boundingBox())!.width).toBeGreaterThanOrEqual(44);
      expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    }
    await expectInside(page, await settledBox(strip(page)));
    await page.close();
  });

  it('moves with the arrow keys on its handle, saved once the key is released', async () => {
    const page = await openWithPins(FIVE.slice(0, 2), { width: 1280, height: 800 });
    const before = await settledBox(strip(page));
    await handle(page).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Shift+ArrowUp');
    await expect.poll(savedPlacement).toMatchObject({ offsetX: 16 + 20, offsetY: 16 + 60 });
    const after = await settledBox(strip(page));
    expect(after.x - before.x).toBeCloseTo(-20, 0);
    expect(after.y - before.y).toBeCloseTo(-60, 0);
    // The page did not scroll under the arrows.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.close();
  });

  it('names every control: handle, unpin, collapse/expand, hide', async () => {
    const page = await openWithPins(['bitcoin', 'ethereum']);
    const region = strip(page);
    for (const name of [
      'Move pinned prices',
      'Unpin Bitcoin',
      'Unpin Ethereum',
      'Collapse pinned prices',
      'Hide pinned prices on this site',
    ]) {
      await expect.poll(() => region.getByRole('button', { name, exact: true }).count()).toBe(1);
    }
    await region.getByRole('button', { name: 'Collapse pinned prices' }).click();
    const show = region.getByRole('button', { name: 'Show pinned prices' });
    await show.waitFor();
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    expect(await badges(page).count()).toBe(0);
    await expectInside(page, await settledBox(region));
    await show.click();
    await expect.poll(() => badges(page).count()).toBe(2);
    await page.close();
  });

  it('unpinning offers Undo (announced politely); Undo puts the coin back in its place', async () => {
    const page = await openWithPins(FIVE.slice(0, 3));
    const status = strip(page).getByRole('status');
    expect(await status.getAttribute('aria-live')).toBe(null); // role=status is polite itself
    // From the keyboard, as a screen-reader user would.
    await strip(page).getByRole('button', { name: 'Unpin Ethereum' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => badges(page).count()).toBe(2);
    await expect.poll(() => status.textContent()).toBe('Unpinned Ethereum. Undo');
    const undo = status.getByRole('button', { name: 'Undo' });
    // Focus went from the vanished Unpin button to Undo, not to the page.
    expect(
      await undo.evaluate(
        (b) =>
          b.getRootNode() instanceof ShadowRoot &&
          (b.getRootNode() as ShadowRoot).activeElement === b,
      ),
    ).toBe(true);
    expect((await getStorage(suite.browser, 'sync', ['pinnedCoins'])).pinnedCoins).toEqual([
      'bitcoin',
      'solana',
    ]);
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await getStorage(suite.browser, 'sync', ['pinnedCoins'])).pinnedCoins)
      .toEqual(['bitcoin', 'ethereum', 'solana']);
    await expect
      .poll(() => badges(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-coin'))))
      .toEqual(['bitcoin', 'ethereum', 'solana']);
    await expect.poll(() => status.textContent()).toBe('');
    // Focus stays in the strip (on its handle) when the Undo button goes.
    await expect
      .poll(() => handle(page).evaluate((b) => (b.getRootNode() as ShadowRoot).activeElement === b))
      .toBe(true);
    await page.close();
  });

  it('unpinning the last coin keeps the strip up for its Undo, then the offer goes', async () => {
    const page = await openWithPins(['bitcoin']);
    await strip(page).getByRole('button', { name: 'Unpin Bitcoin' }).click();
    const status = strip(page).getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Unpinned Bitcoin. Undo');
    expect(await badges(page).count()).toBe(0);
    // The page cannot press Undo for the reader (the open shadow root lets only real input act).
    await status.getByRole('button', { name: 'Undo' }).evaluate((b) => (b as HTMLElement).click());
    expect((await getStorage(suite.browser, 'sync', ['pinnedCoins'])).pinnedCoins).toEqual([]);
    // Nothing holds it open: the pointer is away from the notice (a click leaves focus alone).
    await page.mouse.move(5, 5);
    await expect.poll(() => page.locator('hashlens-badges').count(), { timeout: 20_000 }).toBe(0);
    expect((await getStorage(suite.browser, 'sync', ['pinnedCoins'])).pinnedCoins).toEqual([]);
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds nothing on the strip on white, black and grey pages (${scheme})`, async () => {
      const page = await openWithPins(FIVE.slice(0, 3));
      await page.emulateMedia({ colorScheme: scheme });
      // The Undo notice on show, so its colours are checked too.
      await strip(page).getByRole('button', { name: 'Unpin Solana' }).click();
      await strip(page).getByRole('status').getByRole('button', { name: 'Undo' }).hover();
      await page.evaluate(axeSource);
      for (const background of ['#ffffff', '#000000', '#808080']) {
        await page.evaluate((bg) => {
          document.documentElement.style.background = bg;
          document.body.style.background = bg;
        }, background);
        const found = await page.evaluate(async () => {
          const axe = (
            window as unknown as {
              axe: {
                run(
                  c: unknown,
                  o: unknown,
                ): Promise<{
                  violations: {
                    id: string;
                    nodes: { target: unknown[]; failureSummary?: string }[];
                  }[];
                }>;
              };
            }
          ).axe;
          const result = await axe.run(
            { include: [['hashlens-badges']] },
            { resultTypes: ['violations'] },
          );
          return result.violations.map(
            (v) =>
              `${v.id}: ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('; ')}`,
          );
        });
        expect(found, `on ${background}`).toEqual([]);
      }
      await page.close();
    });
  }

  it('threw nothing', () => {
    expect(errors).toEqual([]);
  });
});
