import { describe, expect, it } from 'vitest';
import {
  classifyError,
  domVerdict,
  initiatorUrls,
  isHashLensError,
  median,
  normaliseError,
  onlyWith,
  type ErrorOrigin,
  type ErrorReport,
  type Snapshot,
} from '../corpus-compare';

describe('isHashLensError', () => {
  it.each([
    ['TypeError: x\n    at chrome-extension://abcdef/content-scripts/content.js:1:200', true],
    ['at content-scripts/content.js:3:10', true],
    ['at moz-extension://x/content-first-look.js:3:10', true],
    ['at moz-extension://x/content-engine.js:1:99', true],
    ['ReferenceError: jQuery is not defined\n    at http://127.0.0.1:1234/cnn.html:10:5', false],
    ['Failed to load resource: net::ERR_FAILED', false],
  ])('%j → %s', (text, expected) => {
    expect(isHashLensError(text)).toBe(expected);
  });
});

describe('classifyError', () => {
  const EXT = 'chrome-extension://abcdefghijklmnop';
  const PAGE = 'http://127.0.0.1:40073';
  const NOT_FOUND =
    'Failed to load resource: the server responded with a status of 404 (Not Found)';
  it.each<[string, ErrorReport, ErrorOrigin]>([
    [
      'a favicon 404',
      { kind: 'console', text: NOT_FOUND, url: `${PAGE}/static/favicon/wikipedia.ico` },
      'network',
    ],
    [
      'a request to another host, aborted by the run',
      {
        kind: 'console',
        text: 'Failed to load resource: net::ERR_INTERNET_DISCONNECTED',
        url: 'http://upload.wikimedia.org/logo.png',
      },
      'network',
    ],
    [
      'a request cut short as the page closed',
      { kind: 'console', text: 'Failed to load resource: net::ERR_ABORTED', url: `${PAGE}/a.js` },
      'network',
    ],
    [
      "a failed load the page's own script asked for",
      {
        kind: 'console',
        text: NOT_FOUND,
        url: `${PAGE}/api/x`,
        initiators: [`${PAGE}/wiki.html`, `${PAGE}/load.js`],
      },
      'network',
    ],
    [
      'a chrome-extension:// resource that failed',
      { kind: 'console', text: 'Failed to load resource: net::ERR_FAILED', url: `${EXT}/x.png` },
      'hashlens',
    ],
    [
      "a failed load HashLens's content script asked for",
      {
        kind: 'console',
        text: NOT_FOUND,
        url: `${PAGE}/favicon.ico`,
        initiators: [`${PAGE}/wiki.html`, `${EXT}/content-scripts/content.js`],
      },
      'hashlens',
    ],
    [
      'a TypeError with a chrome-extension:// stack',
      {
        kind: 'exception',
        text: `TypeError: x is undefined\n    at f (${EXT}/content-scripts/content.js:1:200)`,
      },
      'hashlens',
    ],
    [
      'a console error logged by the content script',
      { kind: 'console', text: 'HashLens: oops', url: `${EXT}/content-scripts/content.js` },
      'hashlens',
    ],
    [
      "the page's own exception",
      {
        kind: 'exception',
        text: `ReferenceError: jQuery is not defined\n    at ${PAGE}/cnn.html:10:5`,
      },
      'page',
    ],
    [
      "the page's own console error, even about a failed fetch",
      { kind: 'console', text: 'TypeError: Failed to fetch', url: `${PAGE}/app.js` },
      'page',
    ],
    [
      'an exception whose message only mentions a failed load',
      { kind: 'exception', text: 'Error: Failed to load resource: x' },
      'page',
    ],
  ])('%s → %s', (_, report, expected) => {
    expect(classifyError(report)).toBe(expected);
  });
});

describe('initiatorUrls', () => {
  it.each<[string, Parameters<typeof initiatorUrls>[0], string[]]>([
    ['the parser', { url: 'http://p/a.html' }, ['http://p/a.html']],
    ['nothing known', {}, []],
    [
      'a script, through an async stack, duplicates once',
      {
        stack: {
          callFrames: [{ url: 'http://p/a.js' }, { url: '' }],
          parent: { callFrames: [{ url: 'chrome-extension://id/c.js' }, { url: 'http://p/a.js' }] },
        },
      },
      ['http://p/a.js', 'chrome-extension://id/c.js'],
    ],
  ])('%s → %j', (_, initiator, expected) => {
    expect(initiatorUrls(initiator)).toEqual(expected);
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
