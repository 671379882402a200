/**
 * One-command demo: `npm run demo`.
 *
 * Builds HashLens, serves demo/article.html (our own sample story) and the CoinGecko stand-in
 * (recorded prices, so no network is needed), and opens Chromium with the extension loaded.
 *
 * - With a display (DISPLAY set) it opens a browser window on the article and stays open until
 *   Ctrl+C, for you to hover terms and open the toolbar popup yourself.
 * - Without one (or with --headless) it drives the browser itself: hovers a few terms, opens the
 *   popup, and saves a PNG of each step into demo-output/.
 *
 * Flags: --headless (even with a display), --no-build (use the existing .output/chrome-mv3),
 * --live (the real CoinGecko API instead of the stand-in; needs the internet).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from '../e2e/harness/browser';
import { EXTENSION_DIR, FIREFOX_EXTENSION_DIR } from '../e2e/harness/build';
import { findChromium, INSTALL_HINT } from '../e2e/harness/chromium';
import { findFirefox } from '../e2e/harness/firefox';
import { hoverText, tooltip, waitForMarks, type TextTarget } from '../e2e/harness/page-helpers';
import { startPagesServer, type PagesServer } from '../e2e/harness/pages-server';
import { startStandIn, type StandIn } from '../e2e/stand-in';
import { startMempoolStandIn, type MempoolStandIn } from '../e2e/stand-in/mempool';
import { shootGallery } from './demo-gallery';

/** Where the headless demo writes its screenshots (gitignored). */
export const OUTPUT_DIR = 'demo-output';

/** Command-line options of the demo. */
export interface DemoOptions {
  build: boolean;
  headless: boolean;
  live: boolean;
}

/** Reads the flags; headless when asked or when there is no display to open a window on. */
export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv): DemoOptions {
  const known = new Set(['--no-build', '--headless', '--live', '--help']);
  const unknown = argv.filter((arg) => !known.has(arg));
  if (argv.includes('--help') || unknown.length > 0) {
    if (unknown.length > 0) console.error(`Unknown option(s): ${unknown.join(' ')}`);
    console.log('Usage: npm run demo [-- --headless] [-- --no-build] [-- --live]');
    process.exit(unknown.length > 0 ? 2 : 0);
  }
  return {
    build: !argv.includes('--no-build'),
    headless: argv.includes('--headless') || !env.DISPLAY,
    live: argv.includes('--live'),
  };
}

const started = Date.now();

/** Prints one line of progress with the time since start. */
function step(message: string): void {
  const seconds = ((Date.now() - started) / 1000).toFixed(1).padStart(5);
  console.log(`[${seconds}s] ${message}`);
}

/** Thrown for failures the reader can fix: the message says how, and no stack is printed. */
class DemoError extends Error {}

/** Production build of the Chrome extension, with output shown only if it fails. */
async function build(browser: 'chrome' | 'firefox' = 'chrome'): Promise<void> {
  step(`Building the extension (wxt build${browser === 'firefox' ? ' -b firefox' : ''})…`);
  await new Promise<void>((resolve, reject) => {
    // Test runners and some shells set NODE_ENV=test/development, which would pair React's
    // development JSX transform with its production runtime: build exactly as a user gets it.
    execFile(
      'npx',
      browser === 'firefox' ? ['wxt', 'build', '-b', 'firefox'] : ['wxt', 'build'],
      {
        // The test build: the gallery waits for each frame's scan-complete mark.
        env: { ...process.env, NODE_ENV: 'production', WXT_SCAN_MARKS: 'true' },
        maxBuffer: 16 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (!error) return resolve();
        reject(
          new DemoError(
            `The build failed:\n${stdout}${stderr}\nFix the error above (\`npm run build\` ` +
              'shows the same), or run the demo on the last good build with `npm run demo -- --no-build`.',
          ),
        );
      },
    );
  });
  const built = browser === 'firefox' ? FIREFOX_EXTENSION_DIR : EXTENSION_DIR;
  step(`Built ${path.relative(process.cwd(), built)}`);
}

/** Saves a screenshot and prints its path. */
async function shoot(target: Page | Locator, name: string): Promise<string> {
  const file = path.join(OUTPUT_DIR, name);
  await target.screenshot({ path: file });
  step(`  saved ${file}`);
  return file;
}

/** A money amount as the tooltip and popup print it, e.g. "$70,791.51". */
const PRICE = /\$\s?\d[\d,]*(\.\d+)?/;

/** Hovers a term, waits for its tooltip (and its price, for coins), and saves a screenshot. */
async function showTooltip(
  page: Page,
  term: string,
  target: TextTarget,
  file: string,
  options: { price: boolean; timeout: number; files: string[] },
): Promise<Locator> {
  step(`Hovering "${term}"…`);
  const tip = await hoverText(page, term, target);
  if (options.price) {
    // The price arrives from the background after the tooltip opens.
    const price = tip.getByTestId('tooltip-price').filter({ hasText: PRICE });
    // The tooltip says so at once when the price cannot be had: stop waiting then.
    const problem = tip.locator('.tooltip__error');
    try {
      await price.or(problem).first().waitFor({ timeout: options.timeout });
      if (!(await price.isVisible())) throw new Error('no price');
    } catch {
      const shot = await shoot(page, `failed-${file}`);
      throw new DemoError(
        `The "${term}" tooltip showed no price (waited up to ${options.timeout / 1000} s). It read: ` +
          `"${((await tip.textContent()) ?? '').trim()}" (screenshot: ${shot}). With --live, ` +
          'check the internet connection and CoinGecko rate limits; without it, run ' +
          '`npm run test:e2e` (the thin slice checks the same price path).',
      );
    }
  }
  const text = ((await tip.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  step(`  tooltip: ${text.slice(0, 110)}${text.length > 110 ? '…' : ''}`);
  options.files.push(await shoot(page, file));
  return tip;
}

/** Moves the pointer off any term and waits for the tooltip to close. */
async function closeTooltip(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await page.mouse.move(5, 5);
  await tooltip(page).waitFor({ state: 'hidden', timeout: 5_000 });
}

/** Pins Bitcoin from its tooltip ("Pin Bitcoin") and screenshots the page's price badge. */
async function pinBitcoin(page: Page, tip: Locator, files: string[]): Promise<void> {
  step('Pinning Bitcoin from its tooltip…');
  await tip.getByRole('button', { name: 'Pin Bitcoin' }).click();
  await tip.getByRole('button', { name: 'Unpin Bitcoin' }).waitFor({ timeout: 10_000 });
  await closeTooltip(page).catch(() => {});
  // The pinned-price strip has its own shadow host.
  await page
    .locator('hashlens-badges [data-coin="bitcoin"]')
    .getByText(PRICE)
    .waitFor({ state: 'visible', timeout: 10_000 });
  files.push(await shoot(page, '05-pinned-badge.png'));
}

/** The scripted walk-through: article, tooltips, pin, popup. Returns the screenshots. */
async function walkThrough(
  browser: ExtensionBrowser,
  pages: PagesServer,
  live: boolean,
): Promise<string[]> {
  const files: string[] = [];
  // The live API can be slow or rate-limited; the stand-in answers at once.
  const priceTimeout = live ? 30_000 : 10_000;
  const page = await browser.context.newPage();
  step(`Opening ${pages.url('/article.html')}…`);
  await page.goto(pages.url('/article.html'));
  const marks = await waitForMarks(page, 10);
  step(`  HashLens marked ${marks} terms`);

  // The page adds its "Later" section two seconds after load; wait for it and its marks.
  await page.locator('#later[data-loaded="true"]').waitFor({ timeout: 10_000 });
  const after = await waitForMarks(page, marks + 1);
  step(`  the late section arrived: ${after} terms marked now`);
  await page.evaluate(() => window.scrollTo(0, 0));
  files.push(await shoot(page, '01-article.png'));

  const bitcoin = await showTooltip(
    page,
    'Bitcoin',
    { context: 'the price of Bitcoin', scope: '#markets' },
    '02-tooltip-bitcoin.png',
    { price: true, timeout: priceTimeout, files },
  );
  await pinBitcoin(page, bitcoin, files);
  await closeTooltip(page);

  await showTooltip(
    page,
    'miner capitulation',
    { context: 'signs of miner capitulation', scope: '#lede' },
    '03-tooltip-miner-capitulation.png',
    { price: false, timeout: priceTimeout, files },
  );
  await closeTooltip(page);

  await showTooltip(
    page,
    'Difficulty adjustment',
    { context: 'Difficulty adjustment confirmed', scope: '#later' },
    '04-tooltip-late-section.png',
    { price: false, timeout: priceTimeout, files },
  );
  await closeTooltip(page);

  step('Opening the popup (400×600)…');
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await popup.getByTestId('current-price').filter({ hasText: PRICE }).waitFor({
    timeout: priceTimeout,
  });
  // The week's chart and table fill from a second request (market_chart).
  await popup.getByTestId('week-chart').waitFor({ timeout: priceTimeout });
  step(
    `  popup: ${await popup.getByTestId('current-price').textContent()}, ` +
      `${await popup.locator('table tbody tr').count()} days in the table`,
  );
  files.push(await shoot(popup, '06-popup.png'));

  step('Opening the options page…');
  const settings = await browser.context.newPage();
  await settings.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await settings.getByRole('heading', { level: 2 }).first().waitFor({ timeout: priceTimeout });
  files.push(await shoot(settings, '07-options.png'));
  return files.sort();
}

/** Resolves on Ctrl+C (or SIGTERM), or when the browser window is closed. */
function untilInterrupted(browser: ExtensionBrowser): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
    browser.context.once('close', () => resolve());
  });
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2), process.env);
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new DemoError(`Chromium not found. ${INSTALL_HINT}`);
  step(
    `HashLens demo: ${options.headless ? 'headless, screenshots' : 'browser window'}, ` +
      `${options.live ? 'LIVE CoinGecko API' : 'recorded prices (CoinGecko stand-in)'}; ` +
      `Chromium at ${chromiumPath}`,
  );

  if (options.build) {
    await build();
    // The gallery's Firefox shots, when Firefox is installed.
    if (options.headless && findFirefox()) await build('firefox');
  } else if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new DemoError(
      `--no-build was given but ${EXTENSION_DIR} has no build. Run \`npm run demo\` without it first.`,
    );
  } else step(`Using the existing build in ${path.relative(process.cwd(), EXTENSION_DIR)}`);

  let standIn: StandIn | undefined;
  let mempool: MempoolStandIn | undefined;
  let pages: PagesServer | undefined;
  let browser: ExtensionBrowser | undefined;
  try {
    if (!options.live) {
      standIn = await startStandIn();
      step(`CoinGecko stand-in on 127.0.0.1:${standIn.port} (api.coingecko.com is mapped to it)`);
      mempool = await startMempoolStandIn();
      step(
        `mempool.space stand-in on 127.0.0.1:${mempool.port} (recorded network data of 2026-09-19)`,
      );
    }
    pages = await startPagesServer('demo');
    step(`Sample article served at ${pages.url('/article.html')}`);

    step('Starting Chromium with HashLens loaded…');
    browser = await launchExtensionBrowser({
      chromiumPath,
      extensionDir: EXTENSION_DIR,
      standInPort: standIn?.port,
      mempoolPort: mempool?.port,
      headless: options.headless,
    }).catch((error: unknown) => {
      throw new DemoError(
        `Chromium did not start with the extension: ${String(error)}\n` +
          'Check that the build in .output/chrome-mv3 is complete (`npm run build`), and that ' +
          `${chromiumPath} runs (\`${chromiumPath} --version\`). ${INSTALL_HINT}`,
      );
    });
    step(`  extension id ${browser.extensionId}`);

    if (options.headless) {
      await rm(OUTPUT_DIR, { recursive: true, force: true });
      await mkdir(OUTPUT_DIR, { recursive: true });
      const files = await walkThrough(browser, pages, options.live);
      if (standIn && mempool) {
        files.push(
          ...(await shootGallery({
            chromiumPath,
            firefoxPath: existsSync(path.join(FIREFOX_EXTENSION_DIR, 'manifest.json'))
              ? findFirefox()
              : null,
            extensionDir: EXTENSION_DIR,
            standInPort: standIn.port,
            mempoolPort: mempool.port,
            pages,
            outputDir: path.join(OUTPUT_DIR, 'gallery'),
            step,
          })),
        );
      } else
        step('The gallery (dark, dark page, de-DE, phone, Firefox) needs the stand-ins: skipped.');
      if (standIn) step(`The stand-in answered ${standIn.requests().length} CoinGecko requests.`);
      step(`Done. ${files.length} screenshots in ${path.resolve(OUTPUT_DIR)}:`);
      for (const file of files) console.log(`  ${path.resolve(file)}`);
    } else {
      const page = await browser.context.newPage();
      await page.goto(pages.url('/article.html'));
      await waitForMarks(page).catch(() => {});
      step('Ready. In the browser window:');
      console.log('  • hover a marked term (Bitcoin, hash rate, ASIC, halving…) for its tooltip;');
      console.log('  • the "Later" section appears after 2 s and is marked too;');
      console.log(
        `  • the popup: click the HashLens toolbar icon (under the puzzle piece) or open ` +
          `chrome-extension://${browser.extensionId}/popup.html`,
      );
      console.log('Press Ctrl+C here (or close the window) to stop.');
      await untilInterrupted(browser);
      step('Stopping…');
    }
  } finally {
    await browser?.close().catch(() => {});
    await pages?.close();
    await standIn?.close();
    await mempool?.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof DemoError) console.error(`\n✖ ${error.message}`);
    else {
      console.error('\n✖ The demo failed:', error);
      console.error(
        'If a step timed out, rerun with `npm run demo -- --headless` and look at the ' +
          'screenshots in demo-output/ and e2e-output/; `npm run test:e2e` checks the same ' +
          'flows with more detail.',
      );
    }
    process.exit(1);
  },
);
