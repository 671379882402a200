/**
 * Light or dark, from the page itself: the colour behind the term (the first backgrounds met
 * walking up from its element, blended until one is opaque), not the system's theme alone. A
 * dark site read with a light system theme gets a dark tooltip, and the other way round.
 */

/** A tooltip theme. */
export type Theme = 'light' | 'dark';

/** An sRGB colour with alpha, channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

/**
 * Reads a computed `background-color`: `rgb()`/`rgba()` (what browsers compute for hex, names
 * and rgb) and `color(srgb …)`. Anything else (a wide-gamut colour space) gives null and is
 * skipped, as if transparent.
 */
export function parseCssColor(text: string): Rgba | null {
  const value = text.trim().toLowerCase();
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  let match = /^rgba?\(([^)]*)\)$/.exec(value);
  let scale = 1;
  if (!match) {
    match = /^color\(srgb\s+([^)]*)\)$/.exec(value);
    scale = 255;
  }
  if (!match) return null;
  const parts = match[1]!
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map((part) => (part.endsWith('%') ? Number(part.slice(0, -1)) / 100 : Number(part)));
  if (parts.length < 3 || parts.some((part) => !Number.isFinite(part))) return null;
  const [r, g, b, a = 1] = parts as [number, number, number, number?];
  return { r: r * scale, g: g * scale, b: b * scale, a: Math.min(1, Math.max(0, a)) };
}

/** WCAG 2 relative luminance of an opaque colour (0 black … 1 white). */
export function relativeLuminance({ r, g, b }: Pick<Rgba, 'r' | 'g' | 'b'>): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * Below this luminance white text reads better than black (the two contrasts are equal at
 * about 0.179): the page is dark.
 */
export const DARK_LUMINANCE = 0.179;

/**
 * The theme for a stack of computed background colours, innermost first (the term's element,
 * then its ancestors up to `<html>`). Translucent layers are blended over the ones beneath;
 * null when every layer is transparent (the page shows the browser's canvas: follow the
 * system theme).
 */
export function themeOfBackgrounds(layers: readonly string[]): Theme | null {
  const stack: Rgba[] = [];
  for (const layer of layers) {
    const colour = parseCssColor(layer);
    if (!colour || colour.a === 0) continue;
    stack.push(colour);
    if (colour.a >= 1) break;
  }
  if (stack.length === 0) return null;
  // Blend from the bottom: an unfinished stack sits on a white canvas.
  let base = stack[stack.length - 1]!.a >= 1 ? stack.pop()! : { r: 255, g: 255, b: 255, a: 1 };
  for (const top of stack.reverse()) {
    base = {
      r: top.r * top.a + base.r * (1 - top.a),
      g: top.g * top.a + base.g * (1 - top.a),
      b: top.b * top.a + base.b * (1 - top.a),
      a: 1,
    };
  }
  return relativeLuminance(base) < DARK_LUMINANCE ? 'dark' : 'light';
}

/** The theme of the page behind `node` (the term's text), or null to follow the system. */
export function pageThemeBehind(node: Node): Theme | null {
  const layers: string[] = [];
  const view = node.ownerDocument?.defaultView;
  let element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  while (element && view) {
    const colour = view.getComputedStyle(element).backgroundColor;
    layers.push(colour);
    if (parseCssColor(colour)?.a === 1) break;
    element = element.parentElement;
  }
  return themeOfBackgrounds(layers);
}
