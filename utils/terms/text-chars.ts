/**
 * Character classes the matcher and the first look test with plain comparisons: they run on
 * every hit of every frame, where a Unicode RegExp would cost its compilation first.
 */

/**
 * A RegExp made on first use. Unicode property classes (`\p{L}`) cost their tables when a
 * script is parsed, so as literals they would cost every frame, used or not.
 */
export function lazyRegExp(source: string, flags: string): () => RegExp {
  let made: RegExp | null = null;
  return () => (made ??= new RegExp(source, flags));
}

/** A Unicode word character (letter, mark, digit, underscore). */
export const wordCharRe = lazyRegExp('[\\p{L}\\p{M}\\p{N}_]', 'u');
/** Letters and marks (and `_`): what a word is made of besides digits. */
const letterOrMarkRe = lazyRegExp('[\\p{L}\\p{M}_]', 'u');
/** Letters of scripts written without spaces between words: they do not end a word. */
const noSpaceScriptRe = lazyRegExp(
  '[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}]',
  'u',
);
/** A letter of any script. */
export const letterRe = lazyRegExp('\\p{L}', 'u');

/** A character in lower case, as keys are written (non-ASCII through `toLowerCase`). */
export function foldLetter(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 32 : code;
  const lower = String.fromCharCode(code).toLowerCase();
  return lower.length === 1 ? lower.charCodeAt(0) : code;
}

/** A hyphen a spelling's space stands for: `-`, `‐`, `‑`, `‒`, `–`. */
export function isHyphen(code: number): boolean {
  return code === 0x2d || (code >= 0x2010 && code <= 0x2013);
}

/** An ASCII letter or `_`: nothing may start right after one. */
export function isAsciiLetterOrUnderscore(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x5f;
}

/** An ASCII letter, digit or `_`. */
export function isAsciiWordChar(code: number): boolean {
  return isAsciiLetterOrUnderscore(code) || (code >= 0x30 && code <= 0x39);
}

/** White space as JavaScript's `\s` has it. */
export function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x3000 ||
    code === 0x202f ||
    code === 0x1680 ||
    code === 0x205f ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200a)
  );
}

/** The code point that ends just before `index`, or -1 at the start. */
export function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(index - 2) ?? -1;
  }
  return low;
}

/** True when `cp` joins a word: a letter or mark (or with `digits`, a digit) of a spaced script. */
export function joinsWord(cp: number, digits: boolean): boolean {
  if (cp < 0) return false;
  if (cp < 0x80) {
    // ASCII: letters and underscore, and digits when asked.
    return (
      (cp >= 0x61 && cp <= 0x7a) ||
      (cp >= 0x41 && cp <= 0x5a) ||
      cp === 0x5f ||
      (digits && cp >= 0x30 && cp <= 0x39)
    );
  }
  const ch = String.fromCodePoint(cp);
  return (digits ? wordCharRe() : letterOrMarkRe()).test(ch) && !noSpaceScriptRe().test(ch);
}
