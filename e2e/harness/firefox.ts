/**
 * Firefox for the end-to-end tests: finding Debian's firefox-esr, and launching it through
 * puppeteer-core over WebDriver BiDi with the Firefox build installed as a temporary add-on,
 * its API traffic sent to the stand-ins. No step downloads a browser.
 *
 * Playwright cannot drive a stock Firefox, hence puppeteer-core here.
 */
import { rm } from 'node:fs/promises';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { snapshotBuild } from './build';
import { isExecutableFile } from './chromium';

/** The part of an extension's API a harness sets storage with. */

/** Where Debian's package puts Firefox ESR. */
const DEFAULT_FIREFOX = '/usr/bin/firefox-esr';

/** How to get Firefox when none is found. */
export const FIREFOX_INSTALL_HINT =
  "Install Debian's Firefox ESR with `sudo apt-get install -y firefox-esr` (gives " +
  '/usr/bin/firefox-esr), or point FIREFOX_PATH at a Firefox binary (140 or newer).';

/** Looked at in this order when FIREFOX_PATH is not set (.ci/run checks the same list). */
const FIREFOX_CANDIDATES = [DEFAULT_FIREFOX, '/usr/bin/firefox'];

/**
 * The browser to use: `FIREFOX_PATH` when set, and then only it (as for CHROME_PATH, a path set
 * wrong is reported, never replaced), else Debian's Firefox ESR; null when there is none to run.
 */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.FIREFOX_PATH) return isExecutableFile(env.FIREFOX_PATH) ? env.FIREFOX_PATH : null;
  return FIREFOX_CANDIDATES.find(isExecutableFile) ?? null;
}

/** Why {@link findFirefox} found nothing in `env`, and how to get Firefox. */
export function firefoxMissing(env: NodeJS.ProcessEnv = process.env): string {
  const where = env.FIREFOX_PATH
    ? `FIREFOX_PATH=${env.FIREFOX_PATH} is not an executable file.`
    : `No Firefox at ${FIREFOX_CANDIDATES.join(' or ')}.`;
  return `${where} ${FIREFOX_INSTALL_HINT}`;
}

/** The add-on id of the Firefox build (wxt.config.ts, browser_specific_settings.gecko.id). */
export const GECKO_ID = 'hashlens@hashlens.dev';

/**
 * The fixed moz-extension:// host of the installed add-on (Firefox picks a random one per
 * profile unless `extensions.webextensions.uuids` names it), so extension pages can be opened.
 */
export const FIREFOX_EXTENSION_UUID = '6a3f2c41-8d0e-4b7a-9c15-2e4d8f1b0a77';

/** The hosts the background talks to, all resolved to 127.0.0.1 and sent to one port. */
const API_HOSTS = ['api.coingecko.com', 'pro-api.coingecko.com', 'mempool.space'];

/** Options for {@link launchFirefoxExtension}. */
export interface FirefoxLaunchOptions {
  firefoxPath: string;
  /** The unpacked Firefox build (`.output/firefox-mv2`). */
  extensionDir: string;
  /** One local port serving every API host over HTTPS (see sni-router.ts). */
  apiPort?: number;
  headless?: boolean;
  locale?: string;
  /** An IANA zone for the browser's clock (passed as TZ). */
  timezoneId?: string;
  /** The reader's colour scheme (`prefers-color-scheme`); default light. */
  colorScheme?: 'light' | 'dark';
  /** `prefers-reduced-motion: reduce` when true. */
  reducedMotion?: boolean;
  /** More preferences (the corpus run's offline proxy). */
  prefs?: Record<string, unknown>;
}

/** Firefox with HashLens installed. */
export interface FirefoxExtension {
  browser: Browser;
  /** `moz-extension://<uuid>` */
  origin: string;
  /** Opens an extension page such as `popup.html` in a new tab, loaded. */
  openExtensionPage(pathname: string): Promise<Page>;
  /**
   * A tab on an inert extension URL, opened once and kept: extension APIs (storage,
   * `runtime.getBackgroundPage()`) are reachable from it.
   */
  extensionTab(): Promise<Page>;
  close(): Promise<void>;
}

/** Navigates a tab to `url` over raw BiDi and waits for `load` (page.goto hangs on moz-extension:). */
async function navigate(browser: Browser, page: Page, url: string): Promise<void> {
  const connection = (
    browser as unknown as {
      connection: { send(method: string, params: object): Promise<unknown> };
    }
  ).connection;
  const context = (page.mainFrame() as unknown as { _id: string })._id;
  await connection.send('browsingContext.navigate', { context, url, wait: 'complete' });
}

/** Launches Firefox on a fresh profile (removed on close) and installs the extension. */
export async function launchFirefoxExtension(
  options: FirefoxLaunchOptions,
): Promise<FirefoxExtension> {
  const locale = options.locale ?? 'en-US';
  const prefs: Record<string, unknown> = {
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
    'intl.locale.requested': locale,
    'intl.accept_languages': locale,
    // Firefox has no media emulation over BiDi: the system theme and motion are preferences.
    'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
    'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
    'ui.prefersReducedMotion': options.reducedMotion ? 1 : 0,
    ...options.prefs,
  };
  if (options.apiPort !== undefined) {
    prefs['network.dns.localDomains'] = API_HOSTS.join(',');
    prefs['network.socket.forcePort'] = `443=${options.apiPort}`;
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: options.firefoxPath,
    headless: options.headless ?? true,
    acceptInsecureCerts: true,
    // BiDi may only navigate to http(s), file and blob URLs unless system access is allowed;
    // the popup and options pages are moz-extension: URLs.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1200, height: 800 },
    env: { ...process.env, ...(options.timezoneId ? { TZ: options.timezoneId } : {}) },
    extraPrefsFirefox: prefs,
  });
  // Firefox runs a temporary add-on from its folder, reading files as it needs them: install a
  // copy, so a `wxt build` started meanwhile (another run's global setup) cannot change or
  // remove files under the running add-on.
  let snapshot: string | undefined;
  try {
    snapshot = await snapshotBuild(options.extensionDir);
    await browser.installExtension(snapshot);
  } catch (error) {
    await browser.close();
    if (snapshot) await rm(snapshot, { recursive: true, force: true });
    throw error;
  }
  const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  const open = async (pathname: string) => {
    const page = await browser.newPage();
    await navigate(browser, page, `${origin}/${pathname.replace(/^\//, '')}`);
    return page;
  };
  let helper: Promise<Page> | undefined;
  const extensionTab = () => (helper ??= open('manifest.json'));
  return {
    browser,
    origin,
    openExtensionPage: open,
    extensionTab,
    async close() {
      await browser.close();
      await rm(snapshot!, { recursive: true, force: true });
    },
  };
}
