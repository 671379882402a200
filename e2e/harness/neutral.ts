/**
 * One way to drive HashLens in either browser, so a scenario is written once and runs in both:
 * Chromium through Playwright (e2e/harness/browser.ts, as the Chromium specs use it) and
 * Firefox through puppeteer-core over WebDriver BiDi (e2e/harness/firefox.ts).
 *
 * Everything acts as a reader does (real mouse moves and key presses) and waits on conditions
 * polled from here, never on fixed sleeps and never on the page's own timers or animation
 * frames, which Firefox slows down in tabs that are not in front.
 */
import { rm } from 'node:fs/promises';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { inject } from 'vitest';
import { startStandIn, type StandIn } from '../stand-in';
import { startMempoolStandIn, type MempoolStandIn } from '../stand-in/mempool';
import { launchExtensionBrowser } from './browser';
import { snapshotBuild } from './build';
import { launchFirefoxExtension } from './firefox';
import { startPagesServer, type PagesServer } from './pages-server';
import { startSniRouter, type SniRouter } from './sni-router';

/** The browsers the suite drives. */
export type BrowserName = 'chromium' | 'firefox';

/** The browser's executable for `name` from global setup, or null when it is not installed. */
export function browserPath(name: BrowserName): string | null {
  return name === 'chromium' ? inject('chromiumPath') : inject('firefoxPath');
}

/** A function run in a page or in the background, with one JSON-serialisable argument. */
type Fn<A, R> = (arg: A) => R | Promise<R>;

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

/** HashLens in a browser, whichever. */
export interface AnyExtensionBrowser {
  readonly name: BrowserName;
  newPage(): Promise<AnyPage>;
  /** Opens `popup.html` or `options.html` in a new tab, loaded. */
  openExtensionPage(pathname: string): Promise<AnyPage>;
  /**
   * Runs `fn` with the background's global as `scope` (Chromium: the service worker;
   * Firefox: the MV2 background page, reached through `runtime.getBackgroundPage()`).
   * `fn` is sent as source: it must not close over anything.
   */
  inBackground<A, R>(fn: (scope: BackgroundScope, arg: A) => R | Promise<R>, arg: A): Promise<R>;
  close(): Promise<void>;
}

/** The parts of the extension API the tests call in the background. */
export interface BackgroundApi {
  storage: Record<
    'local' | 'sync',
    {
      set(values: Record<string, unknown>): Promise<void>;
      get(keys: string[] | null): Promise<Record<string, unknown>>;
    }
  >;
  /** MV3 (Chromium). */
  action?: ToolbarButton;
  /** MV2 (Firefox). */
  browserAction?: ToolbarButton;
}

/** The toolbar button's badge and title. */
export interface ToolbarButton {
  getBadgeText(details: object): Promise<string>;
  getTitle(details: object): Promise<string>;
}

/**
 * What the tests use of the background's global. Use `scope.browser ?? scope.chrome` for the
 * extension API: Firefox's promise-returning API is `browser` (its `chrome` takes callbacks).
 */
export interface BackgroundScope {
  hashlens: {
    clock: { advance(ms: number): void };
    errors: string[];
    scheduler: { refresh(): Promise<void> };
  };
  browser?: BackgroundApi;
  chrome: BackgroundApi;
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

function wrapPlaywright(page: PlaywrightPage): AnyPage {
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

function wrapPuppeteer(page: PuppeteerPage): AnyPage {
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
    setViewport: (width, height) => page.setViewport({ width, height }),
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

/** Options for {@link launchAnyBrowser}. */
export interface AnyLaunchOptions {
  /** Port of the CoinGecko stand-in. */
  standInPort: number;
  /** Port of the mempool.space stand-in. */
  mempoolPort: number;
  locale?: string;
  timezoneId?: string;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: boolean;
}

/** A browser with HashLens, API traffic going to the stand-ins; `close()` ends what it started. */
export async function launchAnyBrowser(
  name: BrowserName,
  options: AnyLaunchOptions,
): Promise<AnyExtensionBrowser> {
  const path = browserPath(name);
  if (!path) throw new Error(`${name} is not installed (see e2e/harness/global-setup.ts)`);
  if (name === 'chromium') {
    // A private copy of the build, as for Firefox (see snapshotBuild).
    const extensionDir = await snapshotBuild(inject('extensionDir'));
    const browser = await launchExtensionBrowser({
      chromiumPath: path,
      extensionDir,
      standInPort: options.standInPort,
      mempoolPort: options.mempoolPort,
      locale: options.locale,
      timezoneId: options.timezoneId,
      colorScheme: options.colorScheme,
      reducedMotion: options.reducedMotion,
    }).catch(async (error: unknown) => {
      await rm(extensionDir, { recursive: true, force: true });
      throw error;
    });
    return {
      name,
      newPage: async () => wrapPlaywright(await browser.context.newPage()),
      openExtensionPage: async (pathname) =>
        wrapPlaywright(await browser.openExtensionPage(pathname)),
      async inBackground(fn, arg) {
        const worker = await browser.background();
        // As source, so `scope` is the worker's own global.
        return worker.evaluate(`(${fn.toString()})(self, ${JSON.stringify(arg ?? null)})`);
      },
      async close() {
        await browser.close();
        await rm(extensionDir, { recursive: true, force: true });
      },
    };
  }

  // Firefox sends every HTTPS connection to one port: route each to its stand-in by SNI.
  const router: SniRouter = await startSniRouter({
    hosts: {
      'api.coingecko.com': options.standInPort,
      'pro-api.coingecko.com': options.standInPort,
      'mempool.space': options.mempoolPort,
    },
    fallback: options.standInPort,
  });
  let firefox;
  try {
    firefox = await launchFirefoxExtension({
      firefoxPath: path,
      extensionDir: inject('firefoxExtensionDir'),
      apiPort: router.port,
      locale: options.locale,
      timezoneId: options.timezoneId,
      colorScheme: options.colorScheme,
      reducedMotion: options.reducedMotion,
    });
  } catch (error) {
    await router.close();
    throw error;
  }
  const { browser } = firefox;
  return {
    name,
    newPage: async () => wrapPuppeteer(await browser.newPage()),
    openExtensionPage: async (pathname) => wrapPuppeteer(await firefox.openExtensionPage(pathname)),
    async inBackground(fn, arg) {
      const tab = await firefox.extensionTab();
      const source = `(async () => {
        const scope = await browser.runtime.getBackgroundPage();
        return (${fn.toString()})(scope, ${JSON.stringify(arg ?? null)});
      })()`;
      return tab.evaluate(source) as never;
    },
    async close() {
      await browser.close();
      await router.close();
    },
  };
}

/** The usual setting for scenarios: both stand-ins, the test pages and one browser. */
export interface AnySuite {
  browser: AnyExtensionBrowser;
  standIn: StandIn;
  mempool: MempoolStandIn;
  pages: PagesServer;
}

/** Starts the stand-ins, the pages server (e2e/pages) and `name` with HashLens. */
export async function startAnySuite(
  name: BrowserName,
  options: Pick<AnyLaunchOptions, 'locale' | 'timezoneId' | 'colorScheme' | 'reducedMotion'> = {},
): Promise<AnySuite> {
  const suite: Partial<AnySuite> = {};
  try {
    suite.standIn = await startStandIn();
    suite.mempool = await startMempoolStandIn();
    suite.pages = await startPagesServer('e2e/pages');
    suite.browser = await launchAnyBrowser(name, {
      ...options,
      standInPort: suite.standIn.port,
      mempoolPort: suite.mempool.port,
    });
    return suite as AnySuite;
  } catch (error) {
    await closeAnySuite(suite);
    throw error;
  }
}

/** Closes whatever of a suite was started. */
export async function closeAnySuite(suite: Partial<AnySuite>): Promise<void> {
  await suite.browser?.close();
  await suite.pages?.close();
  await suite.standIn?.close();
  await suite.mempool?.close();
}
