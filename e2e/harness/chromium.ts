/**
 * Finding the Chromium binary the end-to-end tests drive. No step downloads a browser.
 */
import { existsSync } from 'node:fs';

/** Where Debian's package puts Chromium. */
export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** How to get a browser when none is found. */
export const INSTALL_HINT =
  "Install Debian's Chromium with `sudo apt-get install -y chromium` (gives /usr/bin/chromium), " +
  'or point CHROME_PATH at a Chromium or Chrome binary.';

/** The browser to use: `CHROME_PATH`, else Debian's Chromium; null when neither exists. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  const candidates = [env.CHROME_PATH, DEFAULT_CHROMIUM, '/usr/bin/chromium-browser'];
  return candidates.find((path): path is string => !!path && existsSync(path)) ?? null;
}
