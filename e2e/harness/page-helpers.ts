/**
 * Helpers that act on a test page the way a reader does, and wait for conditions (never for
 * fixed sleeps).
 */
import type { Locator, Page } from 'playwright-core';

/** Waits until HashLens has marked at least `min` terms in the page's highlight registry. */
export async function waitForMarks(page: Page, min = 1, timeout = 20_000): Promise<number> {
  const handle = await page.waitForFunction(
    (min) => {
      const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
      let size = 0;
      registry?.forEach((highlight) => (size += highlight.size));
      return size >= min ? size : false;
    },
    min,
    { timeout },
  );
  return (await handle.jsonValue()) as number;
}

/** Centre of the first occurrence of `text` inside `scopeSelector`, in viewport pixels. */
export async function pointOfText(
  page: Page,
  text: string,
  scopeSelector = 'body',
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ text, scopeSelector }) => {
      const scope = document.querySelector(scopeSelector);
      if (!scope) return null;
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = (node as Text).data.indexOf(text);
        if (index < 0) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + text.length);
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        if (!rect) return null;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    { text, scopeSelector },
  );
  if (!point) throw new Error(`"${text}" not found in ${scopeSelector}`);
  return point;
}

/** HashLens's tooltip (inside its open shadow root; Playwright's CSS pierces it). */
export function tooltip(page: Page): Locator {
  return page.locator('hashlens-ui [role="tooltip"]');
}

/** Moves the pointer onto `text` and waits for the tooltip to appear. */
export async function hoverText(
  page: Page,
  text: string,
  scopeSelector = 'body',
  timeout = 10_000,
): Promise<Locator> {
  const { x, y } = await pointOfText(page, text, scopeSelector);
  // Move from outside so the page sees a real approach, then rest on the term.
  await page.mouse.move(x - 40, y + 40);
  await page.mouse.move(x, y, { steps: 4 });
  const locator = tooltip(page);
  await locator.waitFor({ state: 'visible', timeout });
  return locator;
}
