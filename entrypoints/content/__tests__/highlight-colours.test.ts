import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES } from '../page-terms';

/** The page-level stylesheet, as shipped. */
const css = readFileSync(new URL('../../content-highlights.css', import.meta.url), 'utf8').replace(
  /\/\*[\s\S]*?\*\//g,
  '',
);

/** Each rule's highlight names and declarations. */
const rules = [...css.matchAll(/([^{}]+)\{([^}]*)\}/g)].map(([, selectors, body]) => ({
  names: [...selectors!.matchAll(/::highlight\(([\w-]+)\)/g)].map((m) => m[1]!),
  declarations: Object.fromEntries(
    body!
      .split(';')
      .map((d) => d.split(':').map((part) => part.trim()))
      .filter((d) => d.length === 2 && d[0])
      .map(([property, value]) => [property!, value!]),
  ),
}));

const declarationsOf = (name: string) => rules.find((rule) => rule.names.includes(name))!;

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio. */
function contrast(a: string, b: string): number {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high! + 0.05) / (low! + 0.05);
}

/** Page backgrounds: white, off-white, black and the near-blacks of common dark themes. */
const BACKGROUNDS = ['#ffffff', '#f5f5f5', '#000000', '#121212', '#1e1e1e', '#202124'];

describe('content-highlights.css', () => {
  it('has a rule for every highlight name the content script registers', () => {
    const names = Object.values(HIGHLIGHT_NAMES).flatMap((set) => Object.values(set));
    for (const name of names) expect(declarationsOf(name), name).toBeDefined();
  });

  it.each(
    ['hashlens-dotted', 'hashlens-solid', 'hashlens-tint', 'hashlens-quote'].flatMap((name) =>
      BACKGROUNDS.map((background) => [name, background] as const),
    ),
  )('%s stands out ≥ 3:1 on %s', (name, background) => {
    const { declarations } = declarationsOf(name);
    const mark = declarations['text-decoration-color'] ?? declarations['background-color'];
    expect(mark).toMatch(/^#[0-9a-f]{6}$/i);
    expect(contrast(mark!, background)).toBeGreaterThanOrEqual(3);
  });

  it('the underline of every occurrence looks like the first one', () => {
    expect(declarationsOf('hashlens-dotted-more')).toBe(declarationsOf('hashlens-dotted'));
    expect(declarationsOf('hashlens-solid-more')).toBe(declarationsOf('hashlens-solid'));
    expect(declarationsOf('hashlens-tint-more')).toBe(declarationsOf('hashlens-tint'));
  });

  it('keeps link text readable on the tint (≥ 4.5:1), on any page', () => {
    const { declarations } = declarationsOf('hashlens-tint');
    expect(declarations['text-decoration-line']).toBeUndefined();
    expect(contrast(declarations.color!, declarations['background-color']!)).toBeGreaterThanOrEqual(
      4.5,
    );
  });
});
