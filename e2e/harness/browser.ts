/**
 * Launches Chromium with the unpacked extension, its API traffic pointed at the stand-in.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The part of an extension's API a harness sets storage with. */

/** A browser with HashLens loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** The background service worker (for inspecting storage and state). */
  background(): Promise<Worker>;
  /** Opens an extension page such as `popup.html` in a new tab. */
  openExtensionPage(pathname: string): Promise<Page>;
  close(): Promise<void>;
}

/** Options for {@link launchExtensionBrowser}. */
export interface LaunchOptions {
  chromiumPath: string;
  extensionDir: string;
  /** Port of the CoinGecko stand-in; api.coingecko.com and pro-api resolve to it. */
  standInPort?: number;
  /** Port of the mempool.space stand-in; mempool.space resolves to it. */
  mempoolPort?: number;
  headless?: boolean;
  locale?: string;
  timezoneId?: string;
  /** The reader's colour scheme (`prefers-color-scheme`); default light. */
  colorScheme?: 'light' | 'dark';
  /** `prefers-reduced-motion: reduce` when true. */
  reducedMotion?: boolean;
  /** Viewport of new pages (CSS px); default 1200 × 800. */
  viewport?: { width: number; height: number };
  /** A touch screen (touch events, `pointer: coarse`), as on a phone. */
  hasTouch?: boolean;
  /**
   * A profile folder to use (and keep on close), to restart a browser on the same profile;
   * default a fresh temporary one, removed on close.
   */
  userDataDir?: string;
  /** A phone: the page's meta viewport is honoured, touch events are on. */
  isMobile?: boolean;
}

/**
 * Flags for every test browser: no network of its own (this machine's closed network refuses
 * Chromium's background connections), no first-run UI, no GPU. Exported for the cost
 * benchmark, which launches its own three browsers with the same flags.
 */
export const BASE_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-gpu',
  '--disable-quic',
];

/** Launches a fresh profile with the extension loaded. */
export async function launchExtensionBrowser(options: LaunchOptions): Promise<ExtensionBrowser> {
  const userDataDir =
    options.userDataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'hashlens-e2e-')));
  const args = [
    `--disable-extensions-except=${options.extensionDir}`,
    `--load-extension=${options.extensionDir}`,
    ...BASE_ARGS,
  ];
  const rules: string[] = [];
  if (options.standInPort !== undefined) {
    rules.push(
      `MAP api.coingecko.com 127.0.0.1:${options.standInPort}`,
      `MAP pro-api.coingecko.com 127.0.0.1:${options.standInPort}`,
    );
  }
  if (options.mempoolPort !== undefined) {
    rules.push(`MAP mempool.space 127.0.0.1:${options.mempoolPort}`);
  }
  if (rules.length > 0) {
    args.push(`--host-resolver-rules=${rules.join(',')}`, '--ignore-certificate-errors');
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: options.chromiumPath,
    headless: options.headless ?? true,
    args,
    locale: options.locale ?? 'en-US',
    timezoneId: options.timezoneId,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    viewport: options.viewport ?? { width: 1200, height: 800 },
    hasTouch: options.hasTouch ?? false,
    isMobile: options.isMobile,
  });
  // The newest worker: after an extension reload the old one may linger in the list briefly.
  const background = async () =>
    context.serviceWorkers().at(-1) ?? (await context.waitForEvent('serviceworker'));
  const worker = await background();
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    background,
    async openExtensionPage(pathname) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${pathname.replace(/^\//, '')}`);
      return page;
    },
    async close() {
      await context.close();
      if (!options.userDataDir) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** A browser without HashLens, for comparing a page with and without it. */
export interface PlainBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Launches a fresh profile with no extension at all, with the same flags, locale and viewport
 * as {@link launchExtensionBrowser}, so a page behaves the same in both apart from HashLens.
 */
export async function launchPlainBrowser(
  options: Pick<LaunchOptions, 'chromiumPath' | 'headless' | 'locale' | 'timezoneId'>,
): Promise<PlainBrowser> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'hashlens-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: options.chromiumPath,
    headless: options.headless ?? true,
    args: [...BASE_ARGS],
    locale: options.locale ?? 'en-US',
    timezoneId: options.timezoneId,
    viewport: { width: 1200, height: 800 },
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
