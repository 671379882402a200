/**
 * Finding the Chromium binary the end-to-end tests drive. No step downloads a browser.
 */
import { accessSync, constants, statSync } from 'node:fs';

/** Where Debian's package puts Chromium. */
const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Looked at in this order when CHROME_PATH is not set (.ci/run checks the same list). */
const CHROMIUM_CANDIDATES = [DEFAULT_CHROMIUM, '/usr/bin/chromium-browser'];

/** How to get a browser when none is found. */
export const INSTALL_HINT =
  "Install Debian's Chromium with `sudo apt-get install -y chromium` (gives /usr/bin/chromium), " +
  'or point CHROME_PATH at a Chromium or Chrome binary.';

/** True when `file` is a file this process may run. */
export function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The browser to use: `CHROME_PATH` when set, and then only it (a path set wrong is a mistake
 * to report, not a reason to quietly test another browser), else Debian's Chromium; null when
 * there is none to run. .ci/run applies the same rules before it installs anything.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROME_PATH) return isExecutableFile(env.CHROME_PATH) ? env.CHROME_PATH : null;
  return CHROMIUM_CANDIDATES.find(isExecutableFile) ?? null;
}

/** Why {@link findChromium} found nothing in `env`, and how to get a browser. */
export function chromiumMissing(env: NodeJS.ProcessEnv = process.env): string {
  const where = env.CHROME_PATH
    ? `CHROME_PATH=${env.CHROME_PATH} is not an executable file.`
    : `No Chromium at ${CHROMIUM_CANDIDATES.join(' or ')}.`;
  return `${where} ${INSTALL_HINT}`;
}
