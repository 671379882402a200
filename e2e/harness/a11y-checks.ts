/**
 * Accessibility checks run inside a page, whichever the browser: axe-core, the lowest text
 * contrast inside one of HashLens's shadow hosts (composited over the page behind it), and
 * what still moves when the reader asked for reduced motion.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AnyPage } from './neutral';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * Runs axe on the page (or only inside `include`, e.g. `hashlens-ui`; axe enters open shadow
 * roots) and returns its violations as readable lines. `rules` limits the run to those rules.
 * Injected as source, which extension pages' CSP does not block.
 */
export async function axeViolations(
  page: AnyPage,
  include?: string,
  rules?: string[],
): Promise<string[]> {
  await page.evaluateSource(axeSource);
  const found = await page.evaluate(
    async ({ include, rules }) => {
      const axe = (
        window as unknown as {
          axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> };
        }
      ).axe;
      const context = include ? { include: [[include]] } : document;
      const options = {
        resultTypes: ['violations'],
        ...(rules ? { runOnly: { type: 'rule', values: rules } } : {}),
      };
      const result = await axe.run(context, options);
      // Plain data: puppeteer returns only what serialises as JSON.
      return JSON.parse(JSON.stringify(result.violations)) as AxeViolation[];
    },
    { include: include ?? null, rules: rules ?? null },
  );
  return found.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`)
        .join('; ')}`,
  );
}

/** The text with the lowest contrast inside a shadow host, and that contrast. */
export interface LowestContrast {
  text: string;
  ratio: number;
  /** How many visible text runs were measured. */
  measured: number;
}

/**
 * The lowest contrast of visible text inside `host`'s open shadow root, computed as WCAG does:
 * each text colour (ancestors' opacity applied) against the background colours of its
 * ancestors up through the host to the page's root, composited in order over white. Colours
 * are read by painting them on a canvas, so any CSS colour syntax counts. Background images
 * are not looked at (HashLens's UI uses none). Null when the host shows no text.
 */
export function lowestTextContrast(page: AnyPage, host: string): Promise<LowestContrast | null> {
  return page.evaluate((host) => {
    const root = document.querySelector(host)?.shadowRoot;
    if (!root) return null;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    const rgba = (css: string): [number, number, number, number] => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return [r!, g!, b!, a! / 255];
    };
    const over = (
      top: [number, number, number, number],
      under: [number, number, number],
    ): [number, number, number] => [
      top[0] * top[3] + under[0] * (1 - top[3]),
      top[1] * top[3] + under[1] * (1 - top[3]),
      top[2] * top[3] + under[2] * (1 - top[3]),
    ];
    const luminance = ([r, g, b]: [number, number, number]) => {
      const channel = (c: number) => {
        const s = c / 255;
        return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
    };
    const parentOf = (element: Element): Element | null =>
      element.parentElement ??
      ((element.parentNode as ShadowRoot | null)?.host as Element | undefined) ??
      null;
    let lowest: { text: string; ratio: number } | null = null;
    let measured = 0;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = (node.nodeValue ?? '').trim();
      const element = node.parentElement;
      if (!text || !element) continue;
      const rect = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden') continue;
      if (element.closest('[aria-hidden="true"]')) continue;
      const chain: Element[] = [];
      for (let e: Element | null = element; e; e = parentOf(e)) chain.push(e);
      let opacity = 1;
      for (const e of chain) opacity *= Number(getComputedStyle(e).opacity);
      if (opacity === 0) continue;
      let background: [number, number, number] = [255, 255, 255];
      for (const e of [...chain].reverse()) {
        background = over(rgba(getComputedStyle(e).backgroundColor), background);
      }
      const color = rgba(style.color);
      const fore = over([color[0], color[1], color[2], color[3] * opacity], background);
      const [light, dark] = [luminance(fore), luminance(background)].sort((a, b) => b - a);
      const ratio = (light! + 0.05) / (dark! + 0.05);
      measured++;
      if (!lowest || ratio < lowest.ratio) lowest = { text: text.slice(0, 60), ratio };
    }
    return lowest ? { ...lowest, measured } : null;
  }, host);
}

/**
 * What moves in the document and in HashLens's shadow roots: running animations, and
 * elements whose transition or animation lasts longer than zero.
 */
export function motion(page: AnyPage): Promise<string[]> {
  return page.evaluate(() => {
    const roots: (Document | ShadowRoot)[] = [document];
    for (const host of document.querySelectorAll('hashlens-ui, hashlens-badges')) {
      if (host.shadowRoot) roots.push(host.shadowRoot);
    }
    const moving: string[] = [];
    const seconds = (list: string) => Math.max(0, ...list.split(',').map((t) => parseFloat(t)));
    for (const root of roots) {
      for (const animation of root.getAnimations()) {
        if (animation.playState === 'running') moving.push(`animation ${animation.id || '?'}`);
      }
      for (const element of root.querySelectorAll('*')) {
        const style = getComputedStyle(element);
        const longest = Math.max(
          seconds(style.transitionDuration) * (style.transitionProperty === 'none' ? 0 : 1),
          seconds(style.animationDuration) * (style.animationName === 'none' ? 0 : 1),
        );
        if (longest > 0)
          moving.push(`${element.localName}.${element.getAttribute('class') ?? ''}: ${longest}s`);
      }
    }
    return moving;
  }, undefined);
}
