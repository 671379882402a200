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
import { inject } from 'vitest';
import { startStandIn, type StandIn } from '../stand-in';
import { startMempoolStandIn, type MempoolStandIn } from '../stand-in/mempool';
import { wrapPlaywright, wrapPuppeteer, type AnyPage } from './any-page';
import { launchExtensionBrowser } from './browser';
import { snapshotBuild } from './build';
import { launchFirefoxExtension } from './firefox';
import { startPagesServer, type PagesServer } from './pages-server';
import { startSniRouter, type SniRouter } from './sni-router';

export type { AnyPage, Truthy } from './any-page';

/** The browsers the suite drives. */
export type BrowserName = 'chromium' | 'firefox';

/** The browser's executable for `name` from global setup, or null when it is not installed. */
export function browserPath(name: BrowserName): string | null {
  return name === 'chromium' ? inject('chromiumPath') : inject('firefoxPath');
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
