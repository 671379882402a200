/**
 * Request-load benchmark: how many requests HashLens sends CoinGecko per minute under a
 * scripted load of open tabs, hovers and pinned coins. Runs the built extension in Chromium
 * against the CoinGecko stand-in. Minutes are simulated: the background's clock is moved on
 * 60 s and the refresh alarm fired between rounds, so five "minutes" take seconds.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchExtensionBrowser } from '../e2e/harness/browser';
import { advanceBackgroundClock, fireRefreshAlarm, setStorage } from '../e2e/harness/background';
import { findChromium, INSTALL_HINT } from '../e2e/harness/chromium';
import { hoverText, waitForMarks } from '../e2e/harness/page-helpers';
import { startPagesServer } from '../e2e/harness/pages-server';
import { startStandIn } from '../e2e/stand-in';
import { median } from './shared';

/** One scripted load. */
export interface RequestLoad {
  tabs: number;
  /** Hovers per tab per minute, cycling over the page's coin terms. */
  hoversPerTab: number;
  pinned: string[];
  minutes: number;
}

/** What one load cost. */
export interface RequestLoadResult extends RequestLoad {
  /** API requests per simulated minute. */
  perMinute: number[];
  /** `/coins/markets` (price) requests per simulated minute. */
  pricePerMinute: number[];
}

/** Coin terms on e2e/pages/btc-dense.html (its "Bitcoin" is "Bitcoin miners": no price). */
const HOVER_TARGETS = [
  { term: 'BTC', context: (n: number) => `Note ${n}: BTC` },
  { term: 'Ethereum', context: () => 'compared Ethereum' },
];

/** Runs the loads and returns their request counts. */
export async function runRequestBench(
  loads: RequestLoad[],
  options: { extensionDir?: string; log?: (line: string) => void } = {},
): Promise<RequestLoadResult[]> {
  const log = options.log ?? console.log;
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(`Chromium not found. ${INSTALL_HINT}`);
  const extensionDir = options.extensionDir ?? path.resolve('.output/chrome-mv3');
  if (!existsSync(extensionDir)) throw new Error(`No build at ${extensionDir}: run npm run build.`);
  const results: RequestLoadResult[] = [];
  for (const load of loads) {
    const standIn = await startStandIn();
    const pages = await startPagesServer('e2e/pages');
    const browser = await launchExtensionBrowser({
      chromiumPath,
      extensionDir,
      standInPort: standIn.port,
    });
    try {
      await setStorage(browser, 'sync', { pinnedCoins: load.pinned });
      const tabs = [];
      for (let i = 0; i < load.tabs; i++) {
        const page = await browser.context.newPage();
        await page.goto(pages.url('/btc-dense.html'));
        await waitForMarks(page);
        tabs.push(page);
      }
      const perMinute: number[] = [];
      const pricePerMinute: number[] = [];
      for (let minute = 0; minute < load.minutes; minute++) {
        standIn.clearLog();
        for (const [t, page] of tabs.entries()) {
          for (let h = 0; h < load.hoversPerTab; h++) {
            const target = HOVER_TARGETS[(t + h + minute) % HOVER_TARGETS.length]!;
            const note = ((t * 7 + h * 3 + minute) % 40) + 1;
            await page.bringToFront();
            const tip = await hoverText(page, target.term, { context: target.context(note) });
            await tip.getByTestId('tooltip-price').waitFor({ timeout: 15_000 });
            await page.keyboard.press('Escape');
          }
        }
        // What Chrome does once a minute while pins exist.
        if (load.pinned.length > 0) await fireRefreshAlarm(browser);
        const requests = standIn.requests().filter((r) => r.path.startsWith('/api/v3/'));
        perMinute.push(requests.length);
        pricePerMinute.push(requests.filter((r) => r.path === '/api/v3/coins/markets').length);
        await advanceBackgroundClock(browser, 60_000);
      }
      const result = { ...load, perMinute, pricePerMinute };
      log(
        `  ${String(load.tabs).padStart(4)} tabs × ${String(load.hoversPerTab).padStart(2)} hovers/min × ${load.pinned.length} pinned: ` +
          `${median(perMinute)} requests/min median (per minute: ${perMinute.join(', ')}; /coins/markets: ${pricePerMinute.join(', ')})`,
      );
      results.push(result);
    } finally {
      await browser.close();
      await pages.close();
      await standIn.close();
    }
  }
  return results;
}

/** The default scripted loads. */
export const DEFAULT_LOADS: RequestLoad[] = [
  { tabs: 1, hoversPerTab: 3, pinned: [], minutes: 3 },
  { tabs: 10, hoversPerTab: 2, pinned: [], minutes: 3 },
  { tabs: 10, hoversPerTab: 2, pinned: ['bitcoin', 'ethereum', 'solana'], minutes: 3 },
  { tabs: 20, hoversPerTab: 1, pinned: ['bitcoin', 'ethereum', 'solana'], minutes: 3 },
];
