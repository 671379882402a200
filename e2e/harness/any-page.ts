/**
 * A tab, whichever the browser: one interface over a Playwright page (Chromium) and a
 * puppeteer-core page (Firefox over WebDriver BiDi), used by the browser-neutral scenarios
 * (through neutral.ts) and by scripts such as the demo. Free of the test runner, so scripts
 * can use it.
 */
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';

/** A function run in a page or in the background, with one JSON-serialisable argument. */
export type Fn<A, R> = (arg: A) => R | Promise<R>;

/** What a wait resolves to: the condition's value, once truthy. */
export type Truthy<T> = Exclude<T, false | null | undefined | 0 | ''>;

/** A tab, whichever the browser. */
export interface AnyPage {
  /** Errors thrown in the page (content-script errors too, where the browser reports them). */
  readonly errors: string[];
  goto(url: string): Promise<void>;
  /**
   * Runs `fn` in the page's main world at the start of every document, before the page's own
   * scripts and the content script (DOMContentLoaded listeners set here see the page first).
   */
  addInitScript<A>(fn: Fn<A, void>, arg: A): Promise<void>;
  evaluate<A, R>(fn: Fn<A, R>, arg: A): Promise<R>;
  /** Runs a script given as source in the page's main world (not subject to the page's CSP). */
  evaluateSource(source: string): Promise<unknown>;
  /** Polls `fn` until it returns something truthy, and returns that. */
  waitFor<A, R>(
    fn: Fn<A, R>,
    arg: A,
    options?: { timeout?: number; what?: string },
  ): Promise<Truthy<R>>;
  /** Resizes the viewport (CSS px): 200% zoom of a 1200 px window is a 600 px viewport. */
  setViewport(width: number, height: number): Promise<void>;
  mouseMove(x: number, y: number, steps?: number): Promise<void>;
  mouseClick(x: number, y: number): Promise<void>;
  /** A key or chord in Playwright's notation: `Escape`, `Alt+Shift+KeyJ`. */
  press(chord: string): Promise<void>;
  /** Puts the tab in front (Firefox slows timers in the others). */
  bringToFront(): Promise<void>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `probe` every 50 ms until it gives something truthy (errors count as not yet). */
async function pollUntil<R>(
  probe: () => Promise<R>,
  timeout: number,
  what: string,
): Promise<Truthy<R>> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value) return value as Truthy<R>;
      last = value;
    } catch (error) {
      // A navigation or a page still starting can destroy the context mid-call: try again.
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeout} ms waiting for ${what}; last: ${String(last)}`);
    }
    await sleep(50);
  }
}

/** `Alt+Shift+KeyJ` → modifiers and key. */
function splitChord(chord: string): { modifiers: string[]; key: string } {
  const parts = chord.split('+');
  return { modifiers: parts.slice(0, -1), key: parts.at(-1)! };
}

/** {@link AnyPage} over a Playwright page. */
export function wrapPlaywright(page: PlaywrightPage): AnyPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    errors,
    async goto(url) {
      await page.goto(url);
    },
    async addInitScript(fn, arg) {
      await page.addInitScript(fn as (arg: unknown) => void, arg);
    },
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    evaluateSource: (source) => page.evaluate(source),
    waitFor: (fn, arg, options = {}) =>
      pollUntil(
        () => page.evaluate(fn as (arg: unknown) => never, arg),
        options.timeout ?? 10_000,
        options.what ?? String(fn),
      ),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    press: (chord) => page.keyboard.press(chord),
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}

/**
 * Sets a Firefox tab's viewport over raw WebDriver BiDi. puppeteer's `setViewport` also sends
 * `emulation.setScreenOrientationOverride`, which Firefox ESR 140 does not know (it fails the
 * whole call); the size is all the tests need.
 */
async function setBidiViewport(page: PuppeteerPage, width: number, height: number): Promise<void> {
  const connection = (
    page.browser() as unknown as {
      connection: { send(method: string, params: object): Promise<unknown> };
    }
  ).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  await connection.send('browsingContext.setViewport', { context, viewport: { width, height } });
}

/** {@link AnyPage} over a puppeteer-core page. */
export function wrapPuppeteer(page: PuppeteerPage): AnyPage {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : `${error}`));
  const evaluate = <A, R>(fn: Fn<A, R>, arg: A) =>
    page.evaluate(fn as (arg: unknown) => never, arg as never) as Promise<R>;
  return {
    errors,
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async addInitScript(fn, arg) {
      await page.evaluateOnNewDocument(fn as (arg: unknown) => void, arg as never);
    },
    evaluate,
    evaluateSource: (source) => page.evaluate(source),
    waitFor: (fn, arg, options = {}) =>
      pollUntil(() => evaluate(fn, arg), options.timeout ?? 10_000, options.what ?? String(fn)),
    setViewport: (width, height) => setBidiViewport(page, width, height),
    mouseMove: (x, y, steps = 1) => page.mouse.move(x, y, { steps }),
    mouseClick: (x, y) => page.mouse.click(x, y),
    async press(chord) {
      // puppeteer presses one key at a time: hold the modifiers around it.
      const { modifiers, key } = splitChord(chord);
      for (const modifier of modifiers) await page.keyboard.down(modifier as never);
      await page.keyboard.press(key as never);
      for (const modifier of [...modifiers].reverse()) await page.keyboard.up(modifier as never);
    },
    bringToFront: () => page.bringToFront(),
    close: () => page.close(),
  };
}
