/**
 * The usual end-to-end setting: the CoinGecko stand-in, the local test pages and Chromium
 * with the built extension pointed at the stand-in. Specs start it in `beforeAll` and close it
 * in `afterAll`.
 */
import { inject } from 'vitest';
import { startStandIn, type StandIn } from '../stand-in';
import { startMempoolStandIn, type MempoolStandIn } from '../stand-in/mempool';
import { launchExtensionBrowser, type ExtensionBrowser, type LaunchOptions } from './browser';
import { startPagesServer, type PagesServer } from './pages-server';

/** What a spec works with. */
export interface ExtensionSuite {
  standIn: StandIn;
  /** The mempool.space stand-in (network figures). */
  mempool: MempoolStandIn;
  pages: PagesServer;
  browser: ExtensionBrowser;
}

/** Starts the stand-ins, the pages server (e2e/pages) and the browser. */
export async function startExtensionSuite(
  options: Partial<
    Omit<LaunchOptions, 'chromiumPath' | 'extensionDir' | 'standInPort' | 'mempoolPort'>
  > = {},
): Promise<ExtensionSuite> {
  const chromiumPath = inject('chromiumPath');
  if (!chromiumPath)
    throw new Error('startExtensionSuite needs Chromium (see e2e/harness/chromium.ts)');
  const standIn = await startStandIn();
  const mempool = await startMempoolStandIn();
  const pages = await startPagesServer('e2e/pages');
  const browser = await launchExtensionBrowser({
    ...options,
    chromiumPath,
    extensionDir: inject('extensionDir'),
    standInPort: standIn.port,
    mempoolPort: mempool.port,
  });
  return { standIn, mempool, pages, browser };
}

/** Closes whatever of a suite was started (safe after a failed start). */
export async function closeExtensionSuite(suite: Partial<ExtensionSuite>): Promise<void> {
  await suite.browser?.close();
  await suite.pages?.close();
  await suite.standIn?.close();
  await suite.mempool?.close();
}
