// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  pageThemeBehind,
  parseCssColor,
  relativeLuminance,
  themeOfBackgrounds,
  type Rgba,
} from '../page-theme';

describe('parseCssColor', () => {
  it.each<[string, Rgba | null]>([
    ['rgb(255, 255, 255)', { r: 255, g: 255, b: 255, a: 1 }],
    ['rgba(0, 0, 0, 0)', { r: 0, g: 0, b: 0, a: 0 }],
    ['rgba(18, 18, 18, 0.5)', { r: 18, g: 18, b: 18, a: 0.5 }],
    ['rgb(18 18 18 / 50%)', { r: 18, g: 18, b: 18, a: 0.5 }],
    ['transparent', { r: 0, g: 0, b: 0, a: 0 }],
    ['color(srgb 1 0.5 0)', { r: 255, g: 127.5, b: 0, a: 1 }],
    ['oklch(0.2 0.01 250)', null],
    ['rgb(nonsense)', null],
  ])('%s', (text, expected) => {
    expect(parseCssColor(text)).toEqual(expected);
  });
});

describe('themeOfBackgrounds (innermost first)', () => {
  it.each<[string, string[], 'light' | 'dark' | null]>([
    ['a dark body', ['rgba(0, 0, 0, 0)', 'rgb(18, 18, 18)'], 'dark'],
    ['a white body', ['rgba(0, 0, 0, 0)', 'rgb(255, 255, 255)'], 'light'],
    ['a light card on a dark page', ['rgb(250, 250, 250)', 'rgb(0, 0, 0)'], 'light'],
    ['a dark card on a light page', ['rgb(30, 30, 30)', 'rgb(255, 255, 255)'], 'dark'],
    // Just either side of the 0.179 crossover: #757575 (L 0.178) and #767676 (L 0.181).
    ['grey #757575', ['rgb(117, 117, 117)'], 'dark'],
    ['grey #767676', ['rgb(118, 118, 118)'], 'light'],
    ['translucent black over white', ['rgba(0, 0, 0, 0.9)', 'rgb(255, 255, 255)'], 'dark'],
    ['faint black over white', ['rgba(0, 0, 0, 0.1)', 'rgb(255, 255, 255)'], 'light'],
    ['translucent white over black', ['rgba(255, 255, 255, 0.2)', 'rgb(0, 0, 0)'], 'dark'],
    ['translucent layers with no opaque one (white canvas)', ['rgba(0, 0, 0, 0.2)'], 'light'],
    ['nothing but transparent (the canvas: follow the system)', ['rgba(0, 0, 0, 0)'], null],
    ['an unreadable colour is skipped', ['oklch(0.2 0.01 250)', 'rgb(10, 10, 10)'], 'dark'],
    ['no layers at all', [], null],
  ])('%s', (_name, layers, expected) => {
    expect(themeOfBackgrounds(layers)).toBe(expected);
  });

  it('the crossover is where black and white text have equal contrast', () => {
    const l = relativeLuminance({ r: 117.5, g: 117.5, b: 117.5 });
    expect((1 + 0.05) / (l + 0.05)).toBeCloseTo((l + 0.05) / 0.05, 0);
  });
});

describe('pageThemeBehind', () => {
  /** `<div style="…"><p>Bitcoin</p></div>` in the body; returns the term's text node. */
  const termIn = (style: string | null): Text => {
    const box = document.createElement('div');
    if (style) box.setAttribute('style', style);
    const p = document.createElement('p');
    p.textContent = 'Bitcoin';
    box.append(p);
    document.body.append(box);
    return p.firstChild as Text;
  };
  afterEach(() => {
    document.body.replaceChildren();
    document.body.removeAttribute('style');
  });

  it.each<[string, string, 'light' | 'dark' | null]>([
    ['dark body, plain paragraph', 'background-color: rgb(17, 17, 17)', 'dark'],
    ['white body', 'background-color: rgb(255, 255, 255)', 'light'],
    ['no background anywhere', '', null],
  ])('%s', (_name, bodyStyle, expected) => {
    document.body.setAttribute('style', bodyStyle);
    expect(pageThemeBehind(termIn(null))).toBe(expected);
  });

  it('stops at the nearest opaque background: a light card inside a dark page', () => {
    document.body.setAttribute('style', 'background-color: rgb(0, 0, 0)');
    expect(pageThemeBehind(termIn('background-color: rgb(245, 245, 245)'))).toBe('light');
  });
});

/** WCAG 2 contrast ratio of two opaque colours. */
function contrast(one: Rgba, other: Rgba): number {
  const [high, low] = [relativeLuminance(one), relativeLuminance(other)].sort((a, b) => b - a);
  return (high! + 0.05) / (low! + 0.05);
}

describe('tooltip.css colours', () => {
  // Read as text (the test runner turns CSS imports into nothing); the root is the project's.
  const css = readFileSync('entrypoints/content-ui/tooltip/tooltip.css', 'utf8');
  /** The custom properties of the first rule whose selector matches. */
  const varsOf = (selector: RegExp): Record<string, Rgba> => {
    const block = new RegExp(`${selector.source}\\s*\\{([^}]*)\\}`).exec(css)?.[1] ?? '';
    const hex = (h: string): Rgba => ({
      r: parseInt(h.slice(1, 3), 16),
      g: parseInt(h.slice(3, 5), 16),
      b: parseInt(h.slice(5, 7), 16),
      a: 1,
    });
    return Object.fromEntries(
      [...block.matchAll(/--([a-z]+):\s*(#[0-9a-f]{6})/g)].map(([, name, value]) => [
        name,
        hex(value!),
      ]),
    );
  };
  const themes = {
    light: varsOf(/\.tooltip/),
    dark: varsOf(/\.tooltip\[data-theme='dark'\]/),
    'system dark': varsOf(/\.tooltip:not\(\[data-theme\]\)/),
  };

  it.each(
    Object.entries(themes).flatMap(([theme, vars]) =>
      ['fg', 'muted', 'up', 'down'].map((name) => [theme, name, vars] as const),
    ),
  )('%s: --%s on --bg has at least 4.5:1', (_theme, name, vars) => {
    expect(vars.bg).toBeDefined();
    expect(vars[name]).toBeDefined();
    expect(contrast(vars[name]!, vars.bg!)).toBeGreaterThanOrEqual(4.5);
  });

  it('the page-picked dark theme and the system dark theme are the same colours', () => {
    expect(themes.dark).toEqual(themes['system dark']);
    expect(relativeLuminance(themes.dark.bg!)).toBeLessThan(relativeLuminance(themes.light.bg!));
  });
});
