/**
 * Network request-load benchmark (issue 15): many tabs hovering mining terms for simulated
 * minutes must cost at most one mempool.space request per endpoint per its cache time. Runs
 * the built extension in Chromium against the mempool.space and CoinGecko stand-ins; minutes
 * are simulated by moving the background's clock.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchExtensionBrowser } from '../e2e/harness/browser';
import { advanceBackgroundClock, backgroundNow } from '../e2e/harness/background';
import { findChromium, INSTALL_HINT } from '../e2e/harness/chromium';
import { hoverText, waitForMarks } from '../e2e/harness/page-helpers';
import { startPagesServer } from '../e2e/harness/pages-server';
import { startStandIn } from '../e2e/stand-in';
import { startMempoolStandIn } from '../e2e/stand-in/mempool';
import { ENDPOINT_PATHS } from '../utils/network/mempool-client';
import {
  NETWORK_ENDPOINTS,
  NETWORK_FRESH_MS,
  type NetworkEndpoint,
} from '../utils/network/network-types';

/** Mining terms of e2e/pages/mining-network.html and the paragraphs they stand in. */
const HOVER_TARGETS = [
  { term: 'difficulty adjustment', scope: '#p-difficulty' },
  { term: 'hashprice', scope: '#p-hashprice' },
  { term: 'halving', scope: '#p-halving' },
  { term: 'mempool', scope: '#p-fees' },
];

/** What the load cost, per endpoint, against what its cache time allows. */
export interface NetworkLoadResult {
  tabs: number;
  minutes: number;
  /** Background time the load spanned: the simulated minutes plus the hovers' real time. */
  elapsedMs: number;
  requests: Record<NetworkEndpoint, number>;
  allowed: Record<NetworkEndpoint, number>;
}

/**
 * `tabs` tabs each hover one mining term a minute (cycling over topics) for `minutes`
 * simulated minutes.
 */
export async function runNetworkRequestBench(
  options: { tabs?: number; minutes?: number; log?: (line: string) => void } = {},
): Promise<NetworkLoadResult> {
  const tabsWanted = options.tabs ?? 20;
  const minutes = options.minutes ?? 10;
  const log = options.log ?? console.log;
  const chromiumPath = findChromium();
  if (!chromiumPath) throw new Error(`Chromium not found. ${INSTALL_HINT}`);
  const extensionDir = path.resolve('.output/chrome-mv3');
  if (!existsSync(extensionDir)) throw new Error(`No build at ${extensionDir}: run npm run build.`);
  const standIn = await startStandIn();
  const mempool = await startMempoolStandIn();
  const pages = await startPagesServer('e2e/pages');
  const browser = await launchExtensionBrowser({
    chromiumPath,
    extensionDir,
    standInPort: standIn.port,
    mempoolPort: mempool.port,
  });
  try {
    const tabs = [];
    for (let i = 0; i < tabsWanted; i++) {
      const page = await browser.context.newPage();
      await page.goto(pages.url('/mining-network.html'));
      await waitForMarks(page);
      tabs.push(page);
    }
    const started = await backgroundNow(browser);
    for (let minute = 0; minute < minutes; minute++) {
      for (const [t, page] of tabs.entries()) {
        const target = HOVER_TARGETS[(t + minute) % HOVER_TARGETS.length]!;
        await page.bringToFront();
        const tip = await hoverText(page, target.term, { scope: target.scope });
        await tip.getByTestId('network').waitFor({ timeout: 15_000 });
        await page.keyboard.press('Escape');
      }
      await advanceBackgroundClock(browser, 60_000);
    }
    // The simulated minutes plus the real time the hovers took, as the background saw it.
    const elapsed = (await backgroundNow(browser)) - started;
    const requests = {} as Record<NetworkEndpoint, number>;
    const allowed = {} as Record<NetworkEndpoint, number>;
    for (const endpoint of NETWORK_ENDPOINTS) {
      requests[endpoint] = mempool.count(ENDPOINT_PATHS[endpoint]);
      // One request per cache period, the first included.
      allowed[endpoint] = Math.floor(elapsed / NETWORK_FRESH_MS[endpoint]) + 1;
      log(
        `  ${endpoint.padEnd(12)} ${String(requests[endpoint]).padStart(3)} requests in ` +
          `${(elapsed / 60_000).toFixed(1)} min of background time ` +
          `(cache ${NETWORK_FRESH_MS[endpoint] / 60_000} min: at most ${allowed[endpoint]})`,
      );
    }
    return { tabs: tabsWanted, minutes, elapsedMs: elapsed, requests, allowed };
  } finally {
    await browser.close();
    await pages.close();
    await mempool.close();
    await standIn.close();
  }
}
