/**
 * Helpers that act on a test page the way a reader does, and wait for conditions (never for
 * fixed sleeps).
 */
import { mkdir } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';
import type { ExtensionBrowser } from './browser';

/**
 * Waits until HashLens has finished its first full scan of the page (the content script's
 * `hashlens:scan-complete` performance mark) and has marked at least `min` terms; returns the
 * number of marks. Counting before the scan is complete would race it on a loaded machine.
 */
export async function waitForMarks(page: Page, min = 1, timeout = 30_000): Promise<number> {
  const handle = await page.waitForFunction(
    (min) => {
      if (performance.getEntriesByName('hashlens:scan-complete').length === 0) return false;
      const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
      let size = 0;
      registry?.forEach((highlight, name) => {
        // Terms only: not the open tooltip's extra mark nor the prices the page quotes (which
        // the article feature adds after the scan, on pages that date themselves).
        if (name !== 'hashlens-active' && name !== 'hashlens-quote') size += highlight.size;
      });
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
  try {
    await locator.waitFor({ state: 'visible', timeout });
  } catch (error) {
    throw new Error(`${String(error)}\n${await describeHoverState(page, x, y, term)}`);
  }
  return locator;
}

/** What the page looked like when a tooltip did not appear: for the failure message. */
async function describeHoverState(page: Page, x: number, y: number, term: string) {
  await mkdir('e2e-output', { recursive: true });
  const shot = `e2e-output/hover-failure-${term.replace(/\W+/g, '_')}-${Date.now()}.png`;
  await page.screenshot({ path: shot }).catch(() => {});
  const state = await page.evaluate(
    ({ x, y }) => {
      const caret = (
        document as Document & {
          caretPositionFromPoint?(
            x: number,
            y: number,
          ): { offsetNode: Node; offset: number } | null;
        }
      ).caretPositionFromPoint?.(x, y);
      const host = document.querySelector('hashlens-ui');
      let marks = 0;
      (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.forEach(
        (h) => (marks += h.size),
      );
      return {
        caret: caret
          ? `${caret.offsetNode.nodeName}@${caret.offset}: ${(caret.offsetNode.textContent ?? '').slice(0, 40)}`
          : null,
        elementAtPoint: document.elementFromPoint(x, y)?.outerHTML.slice(0, 80),
        host: host ? (host.shadowRoot?.innerHTML.slice(-400) ?? 'closed') : 'no host',
        marks,
        visibility: document.visibilityState,
        hasFocus: document.hasFocus(),
        scrollY: window.scrollY,
      };
    },
    { x, y },
  );
  return `hover state at (${x}, ${y}): ${JSON.stringify(state, null, 1)}\nscreenshot: ${shot}`;
}

/** Collects errors a page throws (content-script errors surface here too). */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/** Number of terms HashLens marks on the page (its term highlights' ranges), from the main world. */
export async function markCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    let size = 0;
    (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.forEach(
      (highlight, name) => {
        // Terms only: not the open tooltip's extra mark nor the prices the page quotes.
        if (name !== 'hashlens-active' && name !== 'hashlens-quote') size += highlight.size;
      },
    );
    return size;
  });
}

/** Waits until the page has no marks at all (HashLens switched off for it). */
export async function waitForNoMarks(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(
    () => {
      let size = 0;
      (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.forEach(
        (highlight, name) => {
          if (name !== 'hashlens-active') size += highlight.size;
        },
      );
      return size === 0;
    },
    undefined,
    { timeout },
  );
}

/** Each marked range: the highlight's name, its text, and the id of its nearest element with one. */
export async function markedRanges(
  page: Page,
): Promise<{ name: string; text: string; inside: string }[]> {
  return page.evaluate(() => {
    const out: { name: string; text: string; inside: string }[] = [];
    (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights?.forEach(
      (highlight, name) => {
        // The open tooltip's term is marked once more: not another term.
        if (name === 'hashlens-active') return;
        for (const range of highlight) {
          const node = range.startContainer;
          const text = (node.textContent ?? '').slice(range.startOffset, range.endOffset);
          const inside = node.parentElement?.closest('[id]')?.id ?? '';
          out.push({ name, text, inside });
        }
      },
    );
    return out;
  });
}

/** Number of HashLens marks inside the frame `selector` (a highlight registry is per document). */
export function frameMarkCount(page: Page, selector: string): Promise<number> {
  return page
    .frameLocator(selector)
    .locator('body')
    .evaluate(() => {
      // No callbacks (forEach): a frame sandboxed without allow-scripts cannot run them.
      let size = 0;
      const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
      for (const highlight of registry?.values() ?? []) size += highlight.size;
      return size;
    });
}

/**
 * The id of a tab whose top frame knows its article's date, found the way the popup finds the
 * date (asking each tab's top frame); null when none does.
 */
export async function datedTabId(browser: ExtensionBrowser): Promise<number | null> {
  const finder = await browser.openExtensionPage('popup.html');
  try {
    return await finder.evaluate(async () => {
      const api = (globalThis as unknown as { chrome: typeof import('wxt/browser').browser })
        .chrome;
      for (const tab of await api.tabs.query({})) {
        const answer = (await api.tabs
          .sendMessage(tab.id!, { hashlens: 1, type: 'pageDate' }, { frameId: 0 })
          .catch(() => null)) as { publishedMs?: number | null } | null;
        if (answer?.publishedMs) return tab.id!;
      }
      return null;
    });
  } finally {
    await finder.close();
  }
}
