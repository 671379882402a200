/**
 * The strip's colours, read from badges.css itself: every text colour reaches 4.5:1 on the
 * strip's background (which is opaque, so the page behind it, white, black or grey, does not
 * matter), and the focus ring 3:1, in the light and the dark scheme.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('../badges.css', import.meta.url), 'utf8');

/** The custom properties of the first `.badges {` block after `from` in the stylesheet. */
function palette(from: number): Record<string, string> {
  const start = css.indexOf('.badges {', from);
  const block = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...block.matchAll(/--([a-z]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]),
  );
}

function rgb(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  if (!hex) throw new Error(`not an opaque #rrggbb colour: ${color}`);
  const n = parseInt(hex[1]!, 16);
  return [n >> 16, (n >> 8) & 255, n & 255];
}

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(color: string): number {
  const [r, g, b] = rgb(color).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const schemes = {
  light: palette(0),
  dark: palette(css.indexOf('@media (prefers-color-scheme: dark)')),
};

describe.each(Object.entries(schemes))('badges.css, %s scheme', (_scheme, colours) => {
  it('has an opaque background (the page behind cannot change the contrast)', () => {
    expect(() => rgb(colours.bg!)).not.toThrow();
  });

  it.each(['fg', 'muted', 'up', 'down'])(
    'text colour --%s reaches 4.5:1 on the background',
    (name) => {
      expect(contrast(colours[name]!, colours.bg!)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('the focus ring (--accent) reaches 3:1 on the background', () => {
    expect(contrast(colours.accent!, colours.bg!)).toBeGreaterThanOrEqual(3);
  });
});

it('the check itself fails on a faint grey (and the two schemes differ)', () => {
  expect(contrast('#999999', '#ffffff')).toBeLessThan(4.5);
  expect(schemes.light.bg).not.toBe(schemes.dark.bg);
});
