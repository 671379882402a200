/**
 * What a reader does and sees, on an {@link AnyPage} of either browser: find a term, hover it,
 * read the tooltip inside HashLens's open shadow root, press keys, click buttons and pick
 * options by their visible names. The browser-neutral counterpart of page-helpers.ts.
 */
import type { AnyPage } from './neutral';
import type { TextTarget } from './page-helpers';

/** The tooltip as the reader sees it: `null` when none is showing. */
export interface TooltipState {
  text: string;
  label: string | null;
}

/** Sum of the page's highlight ranges (HashLens's marks), once the first scan is complete. */
function marksAfterScan(): number | false {
  if (performance.getEntriesByName('hashlens:scan-complete').length === 0) return false;
  let size = 0;
  const registry = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
  registry?.forEach((highlight, name) => {
    // Terms only: not the open tooltip's extra mark nor the prices the page quotes.
    if (name !== 'hashlens-active' && name !== 'hashlens-quote') size += highlight.size;
  });
  return size;
}

/** Waits until HashLens's first full scan is done and `min` terms are marked; returns the count. */
export async function waitForMarks(page: AnyPage, min = 1, timeout = 30_000): Promise<number> {
  return page.waitFor(
    (min) => {
      if (performance.getEntriesByName('hashlens:scan-complete').length === 0) return false;
      let size = 0;
      (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights?.forEach(
        (highlight, name) => {
          // The open tooltip's term is marked once more: not another term.
          if (name !== 'hashlens-active') size += highlight.size;
        },
      );
      return size >= min ? size : false;
    },
    min,
    { timeout, what: `the first scan and ${min}+ marks` },
  );
}

/** The current number of marks (0 before the first scan). */
export async function markCount(page: AnyPage): Promise<number> {
  return (await page.evaluate(marksAfterScan, undefined)) || 0;
}

/** Texts of the marked ranges and the id of the nearest element with one. */
export function markedRanges(page: AnyPage): Promise<{ text: string; inside: string }[]> {
  return page.evaluate(() => {
    const out: { text: string; inside: string }[] = [];
    (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights?.forEach(
      (highlight, name) => {
        if (name === 'hashlens-active') return;
        for (const range of highlight) {
          const node = range.startContainer;
          const text = (node.textContent ?? '').slice(range.startOffset, range.endOffset);
          out.push({ text, inside: node.parentElement?.closest('[id]')?.id ?? '' });
        }
      },
    );
    return out;
  }, undefined);
}

/**
 * Centre of `term` in the first occurrence of its context, scrolled into view (viewport px),
 * with the viewport's size.
 */
export async function pointOfText(
  page: AnyPage,
  term: string,
  target: TextTarget = {},
): Promise<{ x: number; y: number; width: number; height: number }> {
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
        return {
          x: rect.left + rect.width / 2,
          y: rect.top + rect.height / 2,
          width: document.documentElement.clientWidth,
          height: document.documentElement.clientHeight,
        };
      }
      return null;
    },
    { text: context, offset: context.indexOf(term), length: term.length, scopeSelector },
  );
  if (!point) throw new Error(`"${context}" not found in ${scopeSelector}`);
  return point;
}

/** Reads the visible tooltip inside `hashlens-ui`'s open shadow root, or null. */
export function tooltip(page: AnyPage): Promise<TooltipState | null> {
  return page.evaluate(() => {
    const tip = document
      .querySelector('hashlens-ui')
      ?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
    if (!tip) return null;
    const rect = tip.getBoundingClientRect();
    const style = getComputedStyle(tip);
    const shown =
      rect.width > 0 &&
      rect.height > 0 &&
      style.visibility !== 'hidden' &&
      style.display !== 'none';
    return shown ? { text: tip.textContent ?? '', label: tip.getAttribute('aria-label') } : null;
  }, undefined);
}

/** Waits until a tooltip shows and its text contains `expected` (or matches it); returns it. */
export async function waitForTooltip(
  page: AnyPage,
  expected: string | RegExp = '',
  timeout = 10_000,
): Promise<TooltipState> {
  const deadline = Date.now() + timeout;
  let last: TooltipState | null = null;
  for (;;) {
    last = await tooltip(page).catch(() => null);
    if (
      last &&
      (typeof expected === 'string' ? last.text.includes(expected) : expected.test(last.text))
    ) {
      return last;
    }
    if (Date.now() > deadline) {
      const state = await page
        .evaluate(
          () => ({
            hasFocus: document.hasFocus(),
            visibility: document.visibilityState,
            active: document.activeElement?.tagName,
            host: document.querySelector('hashlens-ui')
              ? (document.querySelector('hashlens-ui')!.shadowRoot?.innerHTML.slice(-300) ??
                'closed')
              : 'no host',
            scrollY: window.scrollY,
          }),
          undefined,
        )
        .catch((error: unknown) => String(error));
      throw new Error(
        `No tooltip with ${String(expected)} within ${timeout} ms; last: ${JSON.stringify(last)}; ` +
          `page: ${JSON.stringify(state)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Waits until no tooltip shows. */
export async function waitForNoTooltip(page: AnyPage, timeout = 10_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while ((await tooltip(page)) !== null) {
    if (Date.now() > deadline) throw new Error(`The tooltip was still open after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Moves the real pointer onto `term` (from outside, in steps, then resting on it) and waits for
 * a tooltip whose text contains `expected`.
 */
export async function hoverText(
  page: AnyPage,
  term: string,
  target: TextTarget = {},
  expected: string | RegExp = '',
  timeout = 10_000,
): Promise<TooltipState> {
  await page.bringToFront();
  const { x, y, width, height } = await pointOfText(page, term, target);
  // Approach from below-left (from above near the bottom): WebDriver refuses points outside
  // the viewport.
  const from = {
    x: Math.min(width - 1, Math.max(1, x - 40)),
    y: y + 40 < height ? y + 40 : Math.max(1, y - 40),
  };
  await page.mouseMove(from.x, from.y);
  await page.mouseMove(x, y, 4);
  return waitForTooltip(page, expected, timeout);
}

/** Moves the pointer to the page's top-left corner, off every term and the tooltip. */
export async function moveAway(page: AnyPage): Promise<void> {
  await page.mouseMove(5, 5);
}

/** Text of the element with `data-testid`, or null. */
export function textOfTestId(page: AnyPage, testId: string): Promise<string | null> {
  return page.evaluate(
    (testId) => document.querySelector(`[data-testid="${testId}"]`)?.textContent ?? null,
    testId,
  );
}

/** Cells of the first table, row by row. */
export function tableCells(page: AnyPage): Promise<(string | null)[][]> {
  return page.evaluate(
    () =>
      [...(document.querySelector('table')?.querySelectorAll('tr') ?? [])].map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => cell.textContent),
      ),
    undefined,
  );
}

/** Texts of every `role="alert"` element. */
export function alerts(page: AnyPage): Promise<string[]> {
  return page.evaluate(
    () => [...document.querySelectorAll('[role="alert"]')].map((el) => el.textContent ?? ''),
    undefined,
  );
}

/** Where a button is: the page itself, HashLens's tooltip or its pinned-price strip. */
export type ButtonPlace = 'page' | 'tooltip' | 'badges';

/**
 * Waits for the first visible button in `place` whose text or label matches `name`, scrolls
 * it into view and returns its centre.
 */
function buttonPoint(page: AnyPage, name: RegExp, place: ButtonPlace) {
  return page.waitFor(
    ({ source, flags, place }) => {
      const host = { page: null, tooltip: 'hashlens-ui', badges: 'hashlens-badges' }[place];
      const root: ParentNode | null | undefined = host
        ? document.querySelector(host)?.shadowRoot
        : document;
      const pattern = new RegExp(source, flags);
      for (const button of root?.querySelectorAll<HTMLElement>('button, [role="button"]') ?? []) {
        const names = [button.textContent ?? '', button.getAttribute('aria-label') ?? ''];
        if (!names.some((n) => pattern.test(n.trim()))) continue;
        button.scrollIntoView({ block: 'nearest' });
        const rect = button.getBoundingClientRect();
        if (rect.width === 0) continue;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    },
    { source: name.source, flags: name.flags, place },
    { what: `a button named ${String(name)} in the ${place}` },
  );
}

/** Clicks, with the real mouse, the first button in `place` whose text or label matches. */
export async function clickButton(
  page: AnyPage,
  name: RegExp,
  place: ButtonPlace = 'page',
): Promise<void> {
  await page.bringToFront();
  const point = await buttonPoint(page, name, place);
  await page.mouseClick(point.x, point.y);
}

/** Waits until a button in `place` matches `name` (e.g. after a click changed it). */
export async function waitForButton(
  page: AnyPage,
  name: RegExp,
  place: ButtonPlace = 'page',
): Promise<void> {
  await buttonPoint(page, name, place);
}

/** The page's own script clicking that button (`element.click()`: an untrusted click). */
export async function scriptClick(page: AnyPage, name: RegExp, place: ButtonPlace): Promise<void> {
  await buttonPoint(page, name, place);
  await page.evaluate(
    ({ source, flags, place }) => {
      const host = { page: null, tooltip: 'hashlens-ui', badges: 'hashlens-badges' }[place];
      const root: ParentNode | null | undefined = host
        ? document.querySelector(host)?.shadowRoot
        : document;
      const pattern = new RegExp(source, flags);
      for (const button of root?.querySelectorAll<HTMLElement>('button') ?? []) {
        const names = [button.textContent ?? '', button.getAttribute('aria-label') ?? ''];
        if (names.some((n) => pattern.test(n.trim()))) return button.click();
      }
      throw new Error(`no button ${source}`);
    },
    { source: name.source, flags: name.flags, place },
  );
}

/** The pinned-price strip's badges: coin id and shown price, in order. */
export function badges(page: AnyPage): Promise<{ coin: string; price: string; text: string }[]> {
  return page.evaluate(
    () =>
      [
        ...(document
          .querySelector('hashlens-badges')
          ?.shadowRoot?.querySelectorAll<HTMLElement>('[data-coin]') ?? []),
      ].map((badge) => ({
        coin: badge.dataset.coin ?? '',
        price: badge.querySelector('[data-testid="badge-price"]')?.textContent ?? '',
        text: badge.textContent ?? '',
      })),
    undefined,
  );
}

/**
 * Picks `value` in the `<select>` labelled `label`, as choosing it does: the value changes and
 * `input` and `change` fire (what Playwright's selectOption and puppeteer's select do).
 */
export async function selectByLabel(page: AnyPage, label: string, value: string): Promise<void> {
  const done = await page.waitFor(
    ({ label, value }) => {
      for (const element of document.querySelectorAll('label')) {
        if (element.textContent?.trim() !== label) continue;
        const control = element.control;
        if (!(control instanceof HTMLSelectElement)) continue;
        if (![...control.options].some((option) => option.value === value)) return false;
        control.focus();
        control.value = value;
        control.dispatchEvent(new Event('input', { bubbles: true }));
        control.dispatchEvent(new Event('change', { bubbles: true }));
        return true;
      }
      return false;
    },
    { label, value },
    { what: `a select labelled "${label}" with option ${value}` },
  );
  if (!done) throw new Error(`could not select ${value} in "${label}"`);
}

/** The value of the `<select>` labelled `label`. */
export function selectedValue(page: AnyPage, label: string): Promise<string | null> {
  return page.evaluate((label) => {
    for (const element of document.querySelectorAll('label')) {
      if (element.textContent?.trim() === label && element.control instanceof HTMLSelectElement) {
        return element.control.value;
      }
    }
    return null;
  }, label);
}
