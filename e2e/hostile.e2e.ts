/**
 * Hostile and odd pages (our own fixtures in e2e/pages/hostile/, a 10 MB page made at run
 * time): HashLens stays correct, bounded and isolated on each. Page CSS that targets
 * everything; a page replacing the DOM's built-ins in its world; synthetic events and forged
 * messages pretending to be the reader or HashLens; right-to-left text; the page's own shadow
 * roots; a huge page; text rewritten every 100 ms; frames of every kind. Also the built
 * manifest: no `externally_connectable`, the default CSP. Behaviour only, never a figure of
 * time: the time budgets are `npm run bench`'s.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { TERM_STEP_COMMANDS } from '../utils/messaging/term-step';
import { afterAll, beforeAll, describe, expect, inject, it, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtensionBrowser, type ExtensionBrowser } from './harness/browser';
import { backgroundErrors, getStorage, setStorage } from './harness/background';
import {
  collectPageErrors,
  hoverText,
  markCount,
  markedRanges,
  pointOfText,
  tooltip,
  waitForMarks,
  frameMarkCount,
} from './harness/page-helpers';
import { startPagesServer, type PagesServer } from './harness/pages-server';
import { startStandIn, type StandIn } from './stand-in';

const chromiumPath = inject('chromiumPath');
const HUGE_PAGE = '/__huge-10mb.html';

/** About 10 MB of article text, a glossary term in every tenth paragraph. */
function hugePageHtml(bytes = 10 * 1024 * 1024): string {
  const terms = ['Bitcoin', 'hash rate', 'ASIC miners', 'the halving', 'BTC'];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const term = i % 10 === 0 ? ` ${terms[(i / 10) % terms.length]}` : '';
    const p = `<p>Paragraph ${i}${term}: a long sentence of ordinary words that fills the page with text to read and nothing else of note in it.</p>\n`;
    parts.push(p);
    size += p.length;
  }
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A 10 MB page</title>' +
    '</head><body>' +
    parts.join('') +
    '<p id="last">The end: Bitcoin.</p></body></html>'
  );
}

/** What the tests read of HashLens's `ScanStats` (utils/page/page-terms.ts). */
interface Stats {
  /** `performance.now()` when the first slice began. */
  startedAt: number;
  slices: number;
  terms: number;
}

/** HashLens's first-scan figures, from its performance mark (readable from the main world). */
async function scanStats(page: Page, timeout = 60_000): Promise<Stats> {
  const handle = await page.waitForFunction(
    () => {
      const entry = performance.getEntriesByName('hashlens:scan-complete')[0] as
        PerformanceMark | undefined;
      return entry ? (entry.detail as unknown) : false;
    },
    undefined,
    { timeout, polling: 100 },
  );
  return (await handle.jsonValue()) as Stats;
}

describe.skipIf(!chromiumPath)('hostile and odd pages', () => {
  let standIn: StandIn;
  let pages: PagesServer;
  let browser: ExtensionBrowser;
  const errors: string[] = [];

  async function open(pathname: string): Promise<Page> {
    const page = await browser.context.newPage();
    // The fixtures' own deliberate breakage throws in the page; HashLens must add nothing.
    errors.push(...collectPageErrors(page).map((e) => `${pathname}: ${e}`));
    await page.goto(pages.url(pathname));
    return page;
  }

  beforeAll(async () => {
    standIn = await startStandIn();
    pages = await startPagesServer('e2e/pages', { [HUGE_PAGE]: hugePageHtml() });
    browser = await launchExtensionBrowser({
      chromiumPath: chromiumPath!,
      extensionDir: inject('extensionDir'),
      standInPort: standIn.port,
    });
  });

  afterAll(async () => {
    await browser?.close();
    await pages?.close();
    await standIn?.close();
  });

  it('page CSS aimed at everything (all: unset, display:none on our host, max z-index) leaves the tooltip visible and on top', async () => {
    const page = await open('/hostile/css.html');
    await waitForMarks(page);
    const tip = await hoverText(page, 'Bitcoin', { context: "The Bitcoin network's" });
    await expect.poll(() => tip.textContent()).toMatch(/Bitcoin/);
    const box = (await tip.boundingBox())!;
    expect(box.width).toBeGreaterThan(100);
    // Nothing of the page covers it, not even the max-z-index banner.
    const onTop = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, {
      x: box.x + box.width / 2,
      y: box.y + box.height / 2,
    });
    expect(onTop).toBe('hashlens-ui');
    // Usable: its pin button takes a real click.
    await tip.getByRole('button', { name: 'Pin Bitcoin' }).click();
    await tip.getByRole('button', { name: 'Unpin Bitcoin' }).waitFor();
    await tip.getByRole('button', { name: 'Unpin Bitcoin' }).click();
    await tip.getByRole('button', { name: 'Pin Bitcoin' }).waitFor();
    await page.close();
  });

  it('a page that replaces fetch, attachShadow, MutationObserver, CSS.highlights, Range rects … in its world does not reach HashLens', async () => {
    const page = await open('/hostile/overrides.html');
    // The page hid the real registry behind a fake; it kept a reference for us.
    const realMarks = () =>
      page.evaluate(() => {
        let size = 0;
        for (const h of (
          window as unknown as { realHighlights: Map<string, Set<unknown>> }
        ).realHighlights.values())
          size += h.size;
        return size;
      });
    await expect.poll(realMarks, { timeout: 20_000 }).toBeGreaterThanOrEqual(3);
    // The keyboard path: our test helpers' hover uses the (broken) main-world DOM APIs.
    await page.keyboard.press('Alt+Shift+KeyJ');
    const tip = tooltip(page);
    await tip.waitFor();
    await expect.poll(() => tip.textContent()).toMatch(/Bitcoin/);
    // Stepping on reaches the paragraph's "hash rate" (each press: the next term in order).
    const labels: string[] = [];
    for (let i = 0; i < 5 && !/hash rate/i.test(labels.at(-1) ?? ''); i++) {
      const before = await tip.getAttribute('aria-label');
      await page.keyboard.press('Alt+Shift+KeyJ');
      await expect.poll(() => tip.getAttribute('aria-label')).not.toBe(before);
      labels.push((await tip.getAttribute('aria-label')) ?? '');
    }
    expect(labels.at(-1)).toMatch(/hash rate/i);
    // Text the page adds later is still followed (our MutationObserver is the real one).
    await page.evaluate(() => {
      document.getElementById('later')!.textContent = 'Later: the halving arrived.';
    });
    await expect.poll(realMarks).toBeGreaterThanOrEqual(4);
    await page.close();
  });

  it('synthetic key presses and pointer moves from the page open nothing; real ones do', async () => {
    await setStorage(browser, 'sync', { hoverDelayMs: 0 });
    try {
      const page = await open('/seed-article.html');
      await waitForMarks(page);
      // The label a real first Alt+Shift+J opens, for comparison.
      await page.keyboard.press('Alt+Shift+KeyJ');
      await tooltip(page).waitFor();
      const first = await tooltip(page).getAttribute('aria-label');
      await page.keyboard.press('Escape');
      await tooltip(page).waitFor({ state: 'hidden' });

      // A fake Alt+Shift+J, and a fake pointer resting on a term. Had either counted, the real
      // Alt+Shift+J below would step past it instead of opening the first term.
      const target = await pointOfText(page, 'ASIC', { context: "ASICs, AI's hardware" });
      await page.evaluate(
        ({ x, y }) =>
          new Promise<void>((resolve) => {
            const init = { bubbles: true, composed: true, cancelable: true };
            document.dispatchEvent(
              new KeyboardEvent('keydown', {
                ...init,
                key: 'J',
                code: 'KeyJ',
                altKey: true,
                shiftKey: true,
              }),
            );
            const over = document.elementFromPoint(x, y) ?? document.body;
            over.dispatchEvent(
              new PointerEvent('pointermove', {
                ...init,
                clientX: x,
                clientY: y,
                pointerType: 'mouse',
              }),
            );
            // With a 0 ms hover delay a counted move would have opened its tooltip by the
            // time this later timer runs (timers of equal delay run in order).
            setTimeout(resolve, 20);
          }),
        target,
      );
      await page.keyboard.press('Alt+Shift+KeyJ');
      await tooltip(page).waitFor();
      expect(await tooltip(page).getAttribute('aria-label')).toBe(first);
      await page.keyboard.press('Escape');
      await page.close();
    } finally {
      await setStorage(browser, 'sync', { hoverDelayMs: 300 });
    }
  });

  it("the page clicking our Pin button inside the open shadow root does nothing; the reader's click does", async () => {
    await setStorage(browser, 'sync', { pinnedCoins: [] });
    const page = await open('/seed-article.html');
    await waitForMarks(page);
    const tip = await hoverText(page, 'Bitcoin', { context: 'Bitcoin is finally' });
    const pin = tip.getByRole('button', { name: 'Pin Bitcoin' });
    await pin.waitFor();
    // Had the fake click counted, the real one below would unpin again.
    await pin.evaluate((button) => (button as HTMLButtonElement).click());
    await pin.click();
    await tip.getByRole('button', { name: 'Unpin Bitcoin' }).waitFor();
    expect((await getStorage(browser, 'sync', ['pinnedCoins'])).pinnedCoins).toEqual(['bitcoin']);
    // The same for the badges' Unpin: a fake click leaves the pin, a real one removes it.
    const unpin = page.locator('hashlens-badges').getByRole('button', { name: 'Unpin Bitcoin' });
    await unpin.waitFor();
    await unpin.evaluate((button) => (button as HTMLButtonElement).click());
    await unpin.click();
    await expect.poll(() => page.locator('hashlens-badges [data-coin]').count()).toBe(0);
    expect((await getStorage(browser, 'sync', ['pinnedCoins'])).pinnedCoins).toEqual([]);
    await page.close();
  });

  it('forged messages naming HashLens change nothing', async () => {
    const page = await open('/seed-article.html');
    await scanStats(page);
    const marks = await markCount(page);
    await page.evaluate(() => {
      for (const data of [
        { type: 'hashlens:getPrices', coinIds: ['bitcoin'], currency: 'usd' },
        { type: 'setPin', coinId: 'bitcoin', pinned: true },
        { hashlens: true, apiKey: 'x' },
        'hashlens:scan-complete',
      ]) {
        window.postMessage(data, '*');
      }
      document.dispatchEvent(new CustomEvent('hashlens:toggle', { detail: { enabled: false } }));
    });
    // Still marked and still answering the reader.
    const tip = await hoverText(page, 'Bitcoin', { context: 'Bitcoin is finally' });
    await expect.poll(() => tip.textContent()).toContain('$70,791.51');
    expect(await markCount(page)).toBe(marks);
    expect((await getStorage(browser, 'sync', ['pinnedCoins'])).pinnedCoins ?? []).toEqual([]);
    await page.close();
  });

  it('right-to-left Arabic and Hebrew text: the terms in it are marked and explained', async () => {
    // Every occurrence underlined: the test is about matching in RTL text, not calm pages.
    await setStorage(browser, 'sync', { firstOccurrenceOnly: 'every' });
    onTestFinished(() => setStorage(browser, 'sync', { firstOccurrenceOnly: 'section' }));
    const page = await open('/hostile/rtl.html');
    await waitForMarks(page, 5);
    const ranges = await markedRanges(page);
    const inside = (id: string) => ranges.filter((r) => r.inside === id).map((r) => r.text);
    expect(inside('arabic')).toEqual(expect.arrayContaining(['Bitcoin', 'hash rate', 'halving']));
    expect(inside('hebrew')).toEqual(expect.arrayContaining(['BTC', 'ASIC']));
    const tip = await hoverText(page, 'Bitcoin', {
      context: 'سعر Bitcoin اليوم',
      scope: '#arabic',
    });
    await expect.poll(() => tip.textContent()).toMatch(/Bitcoin/);
    await page.close();
  });

  it("the page's own shadow roots are left alone (not scanned) and nothing breaks", async () => {
    const page = await open('/hostile/shadow.html');
    await waitForMarks(page);
    const ranges = await markedRanges(page);
    // Light DOM only: terms inside the components' shadow roots (open or closed) are not
    // marked, by design for now (README "Terms on pages").
    expect(ranges.some((r) => r.inside === 'light')).toBe(true);
    expect(ranges.some((r) => r.text === 'halving')).toBe(false);
    const inside = await page.evaluate(
      () => document.getElementById('open-card')!.shadowRoot!.textContent,
    );
    expect(inside).toContain('the halving cut the Bitcoin block reward');
    await page.close();
  });

  // No figure of time is asserted here: how long a slice or an answer takes depends on the
  // machine and its load. The budgets (longest slice, the page's answer time, HashLens's share
  // of the CPU) are `npm run bench`'s, as ratios against a reference measured in the same run.
  it('a 10 MB page: the scan is sliced, the page answers while it scans, the last paragraph is marked', async () => {
    const page = await browser.context.newPage();
    errors.push(...collectPageErrors(page));
    await page.goto(pages.url(HUGE_PAGE), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    // Until the scan is complete, the page is asked again and again for a main-world task (a
    // setTimeout(0) round trip); each answer tells when it was asked and answered, on the
    // clock of HashLens's figures.
    const probes: { asked: number; answered: number }[] = [];
    let scanned = false;
    const probing = (async () => {
      while (!scanned) {
        probes.push(
          await page.evaluate(
            () =>
              new Promise<{ asked: number; answered: number }>((resolve) => {
                const asked = performance.now();
                setTimeout(() => resolve({ asked, answered: performance.now() }), 0);
              }),
          ),
        );
      }
    })();
    const stats = await scanStats(page, 90_000).finally(() => (scanned = true));
    await probing;
    const scanEnd = await page.evaluate(
      () => performance.getEntriesByName('hashlens:scan-complete')[0]!.startTime,
    );
    expect(stats.terms).toBeGreaterThan(5_000);
    // Sliced: the scan gave the page back its thread many times.
    expect(stats.slices).toBeGreaterThan(10);
    // And the page used it: a task of its own ran between the scan's first and last slice.
    // Only if the page was first asked after the scan had ended (a machine fast enough to scan
    // 10 MB before the test could ask) is there nothing to see; the slices above still count.
    if (probes.some((p) => p.asked < scanEnd)) {
      const during = probes.filter((p) => p.answered > stats.startedAt && p.answered < scanEnd);
      expect(
        during.length,
        JSON.stringify({ stats, scanEnd, probes: probes.slice(0, 20) }),
      ).toBeGreaterThan(0);
    }
    // The last paragraph is reachable too.
    const tip = await hoverText(page, 'Bitcoin', { context: 'The end: Bitcoin', scope: '#last' });
    await expect.poll(() => tip.textContent()).toMatch(/Bitcoin/);
    await page.close();
  }, 120_000);

  it('text rewritten every 100 ms: marks follow it exactly and only the rewritten text is matched again', async () => {
    // Every occurrence underlined, so every match of the first scan has a range to hold.
    await setStorage(browser, 'sync', { firstOccurrenceOnly: 'every' });
    onTestFinished(() => setStorage(browser, 'sync', { firstOccurrenceOnly: 'section' }));
    const page = await open('/hostile/ticker.html');
    await scanStats(page);
    // Hold every range HashLens drew outside the ticker in its first scan. Matching a text node
    // again replaces its ranges with new objects, so the ones held show what was matched again
    // (main-world objects stay the same objects while they are held). A range over a ticker
    // text that was just replaced is not in the document, so not outside the ticker either.
    const held = await page.evaluate(() => {
      const ticker = document.getElementById('rewritten')!;
      const ranges = new Set<AbstractRange>();
      for (const h of (
        CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }
      ).highlights.values()) {
        for (const r of h) {
          const node = r.startContainer;
          if (node.isConnected && !ticker.contains(node)) ranges.add(r);
        }
      }
      (window as unknown as { heldRanges: Set<AbstractRange> }).heldRanges = ranges;
      return ranges.size;
    });
    // The 5,000 paragraphs of the page each hold terms.
    expect(held).toBeGreaterThanOrEqual(5_000);
    const ticks = () => page.evaluate(() => (window as unknown as { ticks: number }).ticks);
    const startTicks = await ticks();
    // 30 rewrites, half of them in place and half replacing the text node.
    for (let seen = startTicks; seen < startTicks + 30;) {
      await page.waitForFunction((n) => (window as unknown as { ticks: number }).ticks > n, seen);
      seen = await ticks();
    }
    // Marks follow the text: once HashLens is idle, the ticker's marks are its current terms.
    await expect
      .poll(async () => {
        const state = await page.evaluate(() => {
          const node = document.getElementById('rewritten')!.firstChild as Text;
          const marks: string[] = [];
          for (const h of (
            CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }
          ).highlights.values()) {
            for (const r of h) {
              if (r.startContainer === node)
                marks.push(node.data.slice(r.startOffset, r.endOffset));
            }
          }
          return { text: node.data, marks };
        });
        return state.marks.length > 0 && state.marks.every((m) => state.text.includes(m));
      })
      .toBe(true);
    // The work stays small: only the rewritten node was matched again. Every range outside the
    // ticker is still the very one of the first scan; rescanning the page on a tick would have
    // replaced them all.
    const outside = await page.evaluate(() => {
      const ticker = document.getElementById('rewritten')!;
      const before = (window as unknown as { heldRanges: Set<AbstractRange> }).heldRanges;
      let total = 0;
      let same = 0;
      for (const h of (
        CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }
      ).highlights.values()) {
        for (const r of h) {
          const node = r.startContainer;
          if (!node.isConnected || ticker.contains(node)) continue;
          total++;
          if (before.has(r)) same++;
        }
      }
      return { total, same };
    });
    expect(outside).toEqual({ total: held, same: held });
    // No leak: ranges over text that is gone are dropped.
    const stale = await page.evaluate(() => {
      let detached = 0;
      for (const h of (
        CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }
      ).highlights.values()) {
        for (const r of h) if (!r.startContainer.isConnected) detached++;
      }
      return detached;
    });
    expect(stale).toBeLessThanOrEqual(1);
    await page.close();
  });

  it('frames of every kind: cross-origin and script-sandboxed frames are marked, srcdoc left alone', async () => {
    const page = await open('/hostile/frames.html');
    await waitForMarks(page);
    const frameMarks = (selector: string) => frameMarkCount(page, selector);
    await expect.poll(() => frameMarks('#cross'), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    await expect.poll(() => frameMarks('#scripted'), { timeout: 20_000 }).toBeGreaterThanOrEqual(2);
    // match_about_blank is off: about:srcdoc documents are not HashLens's to mark.
    expect(await frameMarks('#srcdoc')).toBe(0);
    await page.close();
  });

  it('threw nothing of its own anywhere', async () => {
    // The fixtures' deliberate breakage (overridden built-ins) may throw in the page itself;
    // anything pointing at HashLens's code is ours.
    expect(
      errors.filter((e) => /chrome-extension:|content(?:-first-look|-engine|-ui)?\.js/.test(e)),
    ).toEqual([]);
    expect(errors.filter((e) => !/page \w+ disabled|postMessage/.test(e))).toEqual([]);
    expect(await backgroundErrors(browser)).toEqual([]);
  });
});

describe.skipIf(!chromiumPath)('the built manifest', () => {
  it('has no externally_connectable, keeps the default CSP, and exposes only the engine and UI bundles under a per-session URL', async () => {
    const manifest = JSON.parse(
      await readFile(path.join(inject('extensionDir'), 'manifest.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(manifest.manifest_version).toBe(3);
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('content_security_policy');
    // The content script imports its engine and UI halves when needed; pages cannot probe for
    // them, as Chrome serves them only under a URL that changes every session.
    expect(manifest.web_accessible_resources).toEqual([
      {
        resources: ['content-engine.js', 'content-ui.js'],
        matches: ['<all_urls>'],
        use_dynamic_url: true,
      },
    ]);
    expect(manifest.permissions).toEqual(['storage', 'alarms']);
    // The stepping keys are browser commands, listed in the browser's shortcut settings.
    expect(manifest.commands).toMatchObject({
      [TERM_STEP_COMMANDS.next]: { suggested_key: { default: 'Alt+Shift+J' } },
      [TERM_STEP_COMMANDS.previous]: { suggested_key: { default: 'Alt+Shift+K' } },
    });
  });
});
