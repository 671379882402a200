/**
 * Renders the extension icons from their SVG sources into public/icon/{16,32,48,128}.png, which
 * WXT puts into the manifest (`icons` and the toolbar button's `default_icon`).
 *
 *   npx tsx scripts/render-icons.ts
 *
 * Chromium draws them (the same binary the tests use, never a download), so the PNGs match what
 * the browser itself would rasterise. Run it after editing assets/icon*.svg and commit the PNGs.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, INSTALL_HINT } from '../e2e/harness/chromium';

/** Each size and the drawing it comes from: 16 px has its own cut, legible at that size. */
export const ICONS: ReadonlyArray<{ size: number; source: string }> = [
  { size: 16, source: 'assets/icon-16.svg' },
  { size: 32, source: 'assets/icon.svg' },
  { size: 48, source: 'assets/icon.svg' },
  { size: 128, source: 'assets/icon.svg' },
];

/** Where WXT looks for icons (public/icon/<size>.png is picked up without configuration). */
export const OUT_DIR = 'public/icon';

async function main(): Promise<void> {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(`Chromium not found, so the icons cannot be rendered. ${INSTALL_HINT}`);
    process.exit(1);
  }
  await mkdir(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    for (const { size, source } of ICONS) {
      const svg = await readFile(source, 'utf8');
      // deviceScaleFactor 1: one CSS pixel is one PNG pixel, so 16 means 16.
      const page = await browser.newPage({
        viewport: { width: size, height: size },
        deviceScaleFactor: 1,
      });
      const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
      await page.setContent(
        `<!doctype html><html><body style="margin:0;background:transparent">${sized}</body></html>`,
      );
      const out = path.join(OUT_DIR, `${size}.png`);
      await page.locator('svg').screenshot({ path: out, omitBackground: true });
      await page.close();
      console.log(`  ${out} (${size}×${size}) ← ${source}`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error('Rendering the icons failed:', error);
  process.exit(1);
});
