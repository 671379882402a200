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

/** Where to find a term: the text around it (to pick one occurrence) and a scope. */
export interface TextTarget {
  /** A longer string that contains the term once, to pick the occurrence; default the term. */
  context?: string;
  /** CSS selector of the element to search in; default `body`. */
  scope?: string;
}

/**
 * Centre of `term` inside the first occurrence of `context` in `scope`, in viewport pixels
 * (scrolled into view first).
 */
export async function pointOfText(
  page: Page,
  term: string,
  target: TextTarget = {},
): Promise<{ x: number; y: number }> {
  const context = target.context ?? term;
  const scopeSelector = target.scope ?? 'body';
  if (!context.includes(term)) throw new Error(`"${context}" does not contain "${term}"`);
  const point = await page.evaluate(
    ({ text, offset, length, scopeSelector }) => {
      const scope = document.querySelector(scopeSelector);
      if (!scope) return null;
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = (node as Text).data.indexOf(text);
        if (index < 0) continue;
        (node as Text).parentElement?.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, index + offset);
        range.setEnd(node, index + offset + length);
        const rect = range.getClientRects()[0];
        if (!rect) return null;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    { text: context, offset: context.indexOf(term), length: term.length, scopeSelector },
  );
  if (!point) throw new Error(`"${context}" not found in ${scopeSelector}`);
  return point;
}

/** HashLens's tooltip (inside its open shadow root; Playwright's CSS pierces it). */
export function tooltip(page: Page): Locator {
  return page.locator('hashlens-ui [role="tooltip"]');
}

/** Moves the pointer onto `term` and waits for the tooltip to appear. */
export async function hoverText(
  page: Page,
  term: string,
  target: TextTarget = {},
  timeout = 10_000,
): Promise<Locator> {
  const { x, y } = await pointOfText(page, term, target);
  // Move from outside so the page sees a real approach, then rest on the term.
  await page.mouse.move(x - 40, y + 40);
  await page.mouse.move(x, y, { steps: 4 });
  const locator = tooltip(page);
  await locator.waitFor({ state: 'visible', timeout });
  return locator;
}
