import { describe, expect, it } from 'vitest';
import {
  domVerdict,
  isHashLensError,
  median,
  normaliseError,
  onlyWith,
  type Snapshot,
} from '../corpus-compare';

describe('isHashLensError', () => {
  it.each([
    ['TypeError: x\n    at chrome-extension://abcdef/content-scripts/content.js:1:200', true],
    ['at content-scripts/content.js:3:10', true],
    ['ReferenceError: jQuery is not defined\n    at http://127.0.0.1:1234/cnn.html:10:5', false],
    ['Failed to load resource: net::ERR_FAILED', false],
  ])('%j → %s', (text, expected) => {
    expect(isHashLensError(text)).toBe(expected);
  });
});

describe('normaliseError', () => {
  it.each([
    ['Unexpected token at 12:345', 'Unexpected token at #:#'],
    ['  a \n  b  ', 'a b'],
  ])('%j → %j', (message, expected) => {
    expect(normaliseError(message)).toBe(expected);
  });
});

describe('onlyWith', () => {
  it.each<[string[], string[][], string[]]>([
    [['a', 'b'], [['a'], ['b']], []],
    [['a', 'c', 'c'], [['a'], []], ['c']],
    [[], [['a']], []],
  ])('%j without %j → %j', (withHl, without, expected) => {
    expect(onlyWith(withHl, without)).toEqual(expected);
  });
});

describe('domVerdict', () => {
  const s = (dom: string, text = 't'): Snapshot => ({ dom, text });
  it.each<[Snapshot, Snapshot[], string]>([
    [s('x'), [s('x'), s('x')], 'same'],
    [s('y'), [s('x'), s('x')], 'dom-changed'],
    [s('x', 'u'), [s('x'), s('x')], 'text-changed'],
    [s('y'), [s('x'), s('z')], 'nondeterministic'],
    [s('x'), [s('x', 'a'), s('x', 'b')], 'nondeterministic'],
  ])('%j against %j → %s', (withHl, without, expected) => {
    expect(domVerdict(withHl, without)).toBe(expected);
  });

  it('needs a run without HashLens', () => {
    expect(() => domVerdict(s('x'), [])).toThrow(/at least one/);
  });
});

describe('median', () => {
  it.each<[number[], number]>([
    [[3, 1, 2], 2],
    [[4, 1, 2, 3], 2.5],
  ])('%j → %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
  it('is NaN when empty', () => expect(median([])).toBeNaN());
});
