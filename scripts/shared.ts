/**
 * Small pieces the command-line scripts share.
 */
import type { BrowserContext } from 'playwright-core';

/** Median of `values` (NaN when empty). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs a script's `main` and exits with its code (1, with the error, when it throws). */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}

/**
 * Takes a browser context offline but for our own server on 127.0.0.1: every request to another
 * host is aborted, so nothing of a page goes out (extension resources load as they would).
 */
export async function blockTheInternet(context: BrowserContext): Promise<void> {
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = url.hostname === '127.0.0.1' || !/^(https?|wss?):$/.test(url.protocol);
    return local ? route.continue() : route.abort('internetdisconnected');
  });
}
