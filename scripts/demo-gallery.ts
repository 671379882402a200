/**
 * The headless demo's second half: the same article, tooltip, price strip, popup and options
 * as other readers meet them, each in its own fresh browser, saved as PNGs under
 * demo-output/gallery/:
 *
 * - `dark`: the reader's OS in dark mode;
 * - `dark-page`: a light OS on a site with its own dark theme (article.html#dark);
 * - `de-eur`: a German browser (de-DE, Europe/Berlin) with EUR chosen in the options;
 * - `phone`: a 390 × 844 touch screen, the term tapped instead of hovered;
 * - `firefox`: Firefox ESR with the Firefox build.
 *
 * Bitcoin is pinned before each page opens, so every tooltip shot shows the price strip too.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { wrapPlaywright, wrapPuppeteer, type AnyPage } from '../e2e/harness/any-page';
import { setStorage } from '../e2e/harness/background';
import { launchExtensionBrowser } from '../e2e/harness/browser';
import { FIREFOX_EXTENSION_DIR } from '../e2e/harness/build';
import { launchFirefoxExtension } from '../e2e/harness/firefox';
import type { PagesServer } from '../e2e/harness/pages-server';
import { hoverText, pointOfText, waitForMarks, waitForTooltip } from '../e2e/harness/reader';
import { startSniRouter } from '../e2e/harness/sni-router';

/** A price as any locale writes it: "$70,791.51", "70.791,51 €". */
const ANY_PRICE = /(\$\s?\d[\d,.]*)|(\d[\d.,\s]*\s?€)/;
/** The Bitcoin occurrence every shot opens. */
const BITCOIN = { context: 'the price of Bitcoin', scope: '#markets' };
/** Chrome's largest popup. */
const POPUP = { width: 400, height: 600 };

/** One way a reader meets HashLens. */
interface ChromiumVariant {
  name: string;
  what: string;
  colorScheme?: 'light' | 'dark';
  locale?: string;
  timezoneId?: string;
  currency?: string;
  /** The article's URL hash (`#dark`: the site's own dark theme). */
  hash?: string;
  viewport?: { width: number; height: number };
  touch?: boolean;
}

const CHROMIUM_VARIANTS: ChromiumVariant[] = [
  { name: 'dark', what: 'dark OS theme', colorScheme: 'dark' },
  { name: 'dark-page', what: 'light OS theme, dark site', hash: '#dark' },
  {
    name: 'de-eur',
    what: 'German browser, EUR',
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
    currency: 'eur',
  },
  {
    name: 'phone',
    what: '390 × 844 touch screen',
    viewport: { width: 390, height: 844 },
    touch: true,
  },
];

/** What the gallery needs from the demo: where things are served and where to log. */
export interface GalleryOptions {
  chromiumPath: string;
  /** Firefox, or null to leave its shots out. */
  firefoxPath: string | null;
  extensionDir: string;
  standInPort: number;
  mempoolPort: number;
  pages: PagesServer;
  outputDir: string;
  step: (message: string) => void;
}

/** Opens the article, waits for its marks, opens Bitcoin's tooltip with its price. */
async function openTooltip(
  page: AnyPage,
  url: string,
  tap: ((x: number, y: number) => Promise<void>) | null,
): Promise<void> {
  await page.goto(url);
  await waitForMarks(page, 10);
  if (tap) {
    const { x, y } = await pointOfText(page, 'Bitcoin', BITCOIN);
    await tap(x, y);
    await waitForTooltip(page, ANY_PRICE);
  } else {
    await hoverText(page, 'Bitcoin', BITCOIN, ANY_PRICE);
  }
  // The pinned strip shows its price too.
  await page.waitFor(
    () =>
      /\d/.test(
        document.querySelector('hashlens-badges')?.shadowRoot?.textContent?.replace(/BTC/g, '') ??
          '',
      ),
    undefined,
    { what: 'the price strip' },
  );
}

/** Waits for the popup's price, or for the options page's headings. */
const popupReady = (page: AnyPage) =>
  page.waitFor(
    () => /\d/.test(document.querySelector('[data-testid="current-price"]')?.textContent ?? ''),
    undefined,
    { what: "the popup's price" },
  );
const optionsReady = (page: AnyPage) =>
  page.waitFor(() => document.querySelectorAll('h2').length > 2, undefined, {
    what: 'the options page',
  });

async function chromiumVariant(
  variant: ChromiumVariant,
  options: GalleryOptions,
  files: string[],
): Promise<void> {
  options.step(`Gallery: ${variant.name} (${variant.what})…`);
  const browser = await launchExtensionBrowser({
    chromiumPath: options.chromiumPath,
    extensionDir: options.extensionDir,
    standInPort: options.standInPort,
    mempoolPort: options.mempoolPort,
    locale: variant.locale,
    timezoneId: variant.timezoneId,
    colorScheme: variant.colorScheme,
    viewport: variant.viewport,
    hasTouch: variant.touch,
  });
  const shoot = async (page: PlaywrightPage, what: string) => {
    const file = path.join(options.outputDir, `${variant.name}-${what}.png`);
    await page.screenshot({ path: file });
    files.push(file);
  };
  try {
    await setStorage(
      browser,
      'sync',
      variant.currency
        ? { pinnedCoins: ['bitcoin'], currency: variant.currency }
        : { pinnedCoins: ['bitcoin'] },
    );
    const raw = await browser.context.newPage();
    const tap = variant.touch ? (x: number, y: number) => raw.touchscreen.tap(x, y) : null;
    await openTooltip(
      wrapPlaywright(raw),
      options.pages.url(`/article.html${variant.hash ?? ''}`),
      tap,
    );
    await shoot(raw, 'tooltip');

    const popup = await browser.openExtensionPage('popup.html');
    await popup.setViewportSize(POPUP);
    await popupReady(wrapPlaywright(popup));
    await shoot(popup, 'popup');

    const settings = await browser.openExtensionPage('options.html');
    await optionsReady(wrapPlaywright(settings));
    await shoot(settings, 'options');
  } finally {
    await browser.close();
  }
}

async function firefoxVariant(
  firefoxPath: string,
  options: GalleryOptions,
  files: string[],
): Promise<void> {
  options.step('Gallery: firefox (Firefox ESR)…');
  // Firefox sends every HTTPS connection to one port: route each API host by SNI.
  const router = await startSniRouter({
    hosts: {
      'api.coingecko.com': options.standInPort,
      'pro-api.coingecko.com': options.standInPort,
      'mempool.space': options.mempoolPort,
    },
    fallback: options.standInPort,
  });
  const shoot = async (page: PuppeteerPage, what: string) => {
    const file = path.join(options.outputDir, `firefox-${what}.png`);
    await page.screenshot({ path: file as `${string}.png` });
    files.push(file);
  };
  try {
    const firefox = await launchFirefoxExtension({
      firefoxPath,
      extensionDir: FIREFOX_EXTENSION_DIR,
      apiPort: router.port,
    });
    try {
      const tab = await firefox.extensionTab();
      await tab.evaluate(`browser.storage.sync.set({ pinnedCoins: ['bitcoin'] })`);
      const raw = await firefox.browser.newPage();
      await openTooltip(wrapPuppeteer(raw), options.pages.url('/article.html'), null);
      await shoot(raw, 'tooltip');

      const popup = await firefox.openExtensionPage('popup.html');
      await popup.setViewport(POPUP);
      await popupReady(wrapPuppeteer(popup));
      await shoot(popup, 'popup');

      const settings = await firefox.openExtensionPage('options.html');
      await optionsReady(wrapPuppeteer(settings));
      await shoot(settings, 'options');
    } finally {
      await firefox.close();
    }
  } finally {
    await router.close();
  }
}

/**
 * Takes the gallery's screenshots (Firefox's only when it is installed and built) and returns
 * their paths.
 */
export async function shootGallery(options: GalleryOptions): Promise<string[]> {
  await mkdir(options.outputDir, { recursive: true });
  const files: string[] = [];
  for (const variant of CHROMIUM_VARIANTS) await chromiumVariant(variant, options, files);
  if (options.firefoxPath) await firefoxVariant(options.firefoxPath, options, files);
  else options.step('Gallery: no Firefox installed, its screenshots are left out.');
  return files;
}
