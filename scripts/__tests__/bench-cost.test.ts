// @vitest-environment happy-dom
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  mainThreadScriptMs,
  REFERENCE_DONE_MARK,
  referenceExtensionFiles,
  type TraceEvent,
} from '../bench-cost';

/** Runs the reference content script on `document.body` as built by `build`. */
function runReference(build: (body: HTMLElement) => void) {
  document.body.replaceChildren();
  build(document.body);
  // Stand-ins for what happy-dom lacks; a range keeps the text it covers.
  class StaticRange {
    text: string;
    constructor(init: { startContainer: Text; startOffset: number; endOffset: number }) {
      this.text = init.startContainer.data.slice(init.startOffset, init.endOffset);
    }
  }
  const highlights = new Map<string, Set<StaticRange>>();
  const marks: { name: string; detail: unknown }[] = [];
  vm.runInNewContext(referenceExtensionFiles()['content.js']!, {
    document,
    NodeFilter,
    StaticRange,
    Highlight: Set,
    CSS: { highlights },
    performance: {
      mark: (name: string, options: { detail: unknown }) =>
        marks.push({ name, detail: options.detail }),
    },
  });
  const found = [...(highlights.get('hashlens-reference') ?? [])].map((r) => r.text);
  return { found, marks };
}

const element = (tag: string, text: string) => {
  const e = document.createElement(tag);
  e.textContent = text;
  return e;
};

describe('referenceExtensionFiles', () => {
  it('injects one script and its highlight CSS into every frame at document_idle', () => {
    const files = referenceExtensionFiles();
    const manifest = JSON.parse(files['manifest.json']!) as {
      manifest_version: number;
      content_scripts: Record<string, unknown>[];
    };
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.content_scripts).toEqual([
      {
        matches: ['<all_urls>'],
        all_frames: true,
        run_at: 'document_idle',
        js: ['content.js'],
        css: ['highlight.css'],
      },
    ]);
    expect(files['highlight.css']).toContain('::highlight(hashlens-reference)');
  });

  it.each<[string, string[]]>([
    ['The hash rate of the Bitcoin network rose.', ['hash rate', 'Bitcoin']],
    ['HASH  RATE and bitcoin, in any case.', ['HASH  RATE', 'bitcoin']],
    ['A bitcoiner is not a spelling; BTC-USD has BTC.', ['BTC', 'BTC']],
    ['Pay 0.1 ₿ now.', ['₿']],
    ['Nothing to see here.', []],
  ])('finds the spellings in %j', (text, expected) => {
    const { found, marks } = runReference((body) => body.append(element('p', text)));
    expect(found).toEqual(expected);
    expect(marks).toEqual([
      { name: REFERENCE_DONE_MARK, detail: { textNodes: 1, hits: expected.length } },
    ]);
  });

  it('skips text whose parent HashLens skips', () => {
    const { found } = runReference((body) =>
      body.append(
        element('textarea', 'Bitcoin'),
        element('style', '/* Bitcoin */'),
        element('p', 'Bitcoin'),
      ),
    );
    expect(found).toEqual(['Bitcoin']);
  });
});

describe('mainThreadScriptMs', () => {
  const ORIGIN = 'http://127.0.0.1:8080';
  const thread = (pid: number, tid: number, name: string): TraceEvent => ({
    name: 'thread_name',
    ph: 'M',
    pid,
    tid,
    ts: 0,
    args: { name },
  });
  /** A complete event on the page's main thread whose thread time equals its wall time. */
  const x = (name: string, ts: number, dur: number, more: Partial<TraceEvent> = {}) =>
    ({ name, ph: 'X', pid: 1, tid: 1, ts, dur, tts: ts, tdur: dur, ...more }) as TraceEvent;
  const page: TraceEvent[] = [
    thread(1, 1, 'CrRendererMain'),
    thread(1, 3, 'Compositor'),
    thread(2, 2, 'CrRendererMain'),
    x('ParseHTML', 0, 10, { args: { beginData: { url: `${ORIGIN}/page.html` } } }),
  ];
  const devTools = {
    args: { chrome_mojo_event_info: { mojo_interface_tag: 'blink.mojom.DevToolsSession' } },
  };

  it.each<[string, TraceEvent[], number]>([
    ['an evaluation', [x('EvaluateScript', 100, 2000)], 2],
    ['a compile inside it, once', [x('EvaluateScript', 100, 2000), x('v8.compile', 200, 500)], 2],
    ['a callback and microtasks', [x('FunctionCall', 0, 1000), x('RunMicrotasks', 1500, 500)], 1.5],
    ['thread time, not wall time', [x('EvaluateScript', 0, 5000, { tdur: 1000 })], 1],
    ['layout: not script', [x('Layout', 0, 3000)], 0],
    [
      'script of a DevTools command: left out',
      [x('Receive mojo message', 0, 1000, devTools), x('RunMicrotasks', 100, 300)],
      0,
    ],
    [
      'script of another message: counted',
      [x('Receive mojo message', 0, 1000), x('RunMicrotasks', 100, 300)],
      0.3,
    ],
    ['another renderer: left out', [x('EvaluateScript', 0, 1000, { pid: 2, tid: 2 })], 0],
    ['another thread: left out', [x('FunctionCall', 0, 1000, { tid: 3 })], 0],
    [
      'no thread time: wall time',
      [x('RunMicrotasks', 0, 700, { tts: undefined, tdur: undefined })],
      0.7,
    ],
    [
      'no thread time, inside a timed event: counted with it',
      [x('FunctionCall', 0, 1000), x('RunMicrotasks', 100, 700, { tts: undefined })],
      1,
    ],
  ])('%s', (_, events, expected) => {
    expect(mainThreadScriptMs([...page, ...events], ORIGIN)).toBeCloseTo(expected, 6);
  });
});
