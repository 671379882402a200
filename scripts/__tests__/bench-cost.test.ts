import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COST_GOALS,
  costGoalsMissed,
  DEFAULT_RUNS,
  DEFAULT_SAMPLE,
  missingShared,
  parseCostArgs,
  parsePerf3,
  type Perf3,
  runCostBench,
  SHARED_DIR_ENV,
  sharedDir,
} from '../bench-cost';

/** A last line as ../shared/bench/perf-yardstick.mjs prints it. */
const LINE =
  'perf3: real pages 1.24× (hashlens +12.3 ms vs ref +9.9 ms, median over 17), frames10 1.80× ' +
  '(+45.0 vs +25.0 ms), blank 0.95× (+3.8 vs +4.0 ms), injected 44.1 kB raw';

const FIGURES: Perf3 = {
  realPages: { ratio: 1.24, hashlensMs: 12.3, referenceMs: 9.9, pages: 17 },
  tenIframes: { ratio: 1.8, hashlensMs: 45, referenceMs: 25 },
  blank: { ratio: 0.95, hashlensMs: 3.8, referenceMs: 4 },
  injectedBytes: 44_100,
};

describe('parsePerf3', () => {
  it('reads every figure of the yardstick’s last line', () => {
    expect(parsePerf3(LINE)).toEqual(FIGURES);
  });

  it.each([
    ['another line', 'loads without every frame’s mark: 0; run 42 s'],
    ['a changed format', LINE.replace('frames10', 'iframes10')],
    ['an empty line', ''],
  ])('gives null for %s', (_, line) => {
    expect(parsePerf3(line)).toBeNull();
  });
});

describe('costGoalsMissed', () => {
  it.each<[string, (f: Perf3) => Perf3, string[]]>([
    ['all goals met', (f) => f, []],
    [
      'exactly at every goal',
      (f) => ({
        realPages: { ...f.realPages, ratio: COST_GOALS.realPagesRatio },
        tenIframes: { ...f.tenIframes, ratio: COST_GOALS.tenIframesRatio },
        blank: { ...f.blank, ratio: COST_GOALS.blankRatio },
        injectedBytes: COST_GOALS.injectedBytes,
      }),
      [],
    ],
    [
      'real pages over 1.5×',
      (f) => ({ ...f, realPages: { ...f.realPages, ratio: 1.51 } }),
      ['cost: real pages'],
    ],
    [
      'ten iframes over 2×',
      (f) => ({ ...f, tenIframes: { ...f.tenIframes, ratio: 2.01 } }),
      ['cost: ten iframes'],
    ],
    ['blank over 2×', (f) => ({ ...f, blank: { ...f.blank, ratio: 2.5 } }), ['cost: blank page']],
    ['over 60 kB injected', (f) => ({ ...f, injectedBytes: 60_001 }), ['cost: injected bytes']],
    ['a NaN ratio', (f) => ({ ...f, blank: { ...f.blank, ratio: NaN } }), ['cost: blank page']],
  ])('%s', (_, change, expected) => {
    expect(costGoalsMissed(change(FIGURES))).toEqual(expected);
  });
});

describe('parseCostArgs', () => {
  it.each<[string[], { sample: number | 'all'; runs: number }]>([
    [[], { sample: DEFAULT_SAMPLE, runs: DEFAULT_RUNS }],
    [['--sample', '1', '--runs', '1'], { sample: 1, runs: 1 }],
    [['e2e/pages', '--sample', 'all', '--no-pages'], { sample: 'all', runs: DEFAULT_RUNS }],
    [['--runs', '5'], { sample: DEFAULT_SAMPLE, runs: 5 }],
  ])('%j → %j', (argv, expected) => {
    expect(parseCostArgs(argv)).toEqual(expected);
  });

  it.each([
    [['--sample', '0'], /--sample needs a whole number ≥ 1 or all/],
    [['--sample'], /--sample/],
    [['--runs', '1.5'], /--runs needs a whole number ≥ 1/],
    [['--runs', 'three'], /--runs/],
  ])('%j is refused', (argv, message) => {
    expect(() => parseCostArgs(argv)).toThrow(message);
  });
});

describe('the shared folder', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'hashlens-shared-test-'));
    await mkdir(path.join(root, 'full', 'bench', 'reference-extension'), { recursive: true });
    await mkdir(path.join(root, 'full', 'pages'));
    await writeFile(path.join(root, 'full', 'bench', 'perf-yardstick.mjs'), '');
    await writeFile(path.join(root, 'full', 'bench', 'reference-extension', 'manifest.json'), '{}');
    await mkdir(path.join(root, 'no-bench', 'pages'), { recursive: true });
    await mkdir(path.join(root, 'no-pages', 'bench', 'reference-extension'), { recursive: true });
    await writeFile(path.join(root, 'no-pages', 'bench', 'perf-yardstick.mjs'), '');
    await writeFile(
      path.join(root, 'no-pages', 'bench', 'reference-extension', 'manifest.json'),
      '{}',
    );
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it.each<[string, RegExp[]]>([
    ['full', []],
    ['no-bench', [/no-bench\/bench \(perf-yardstick\.mjs and reference-extension\/\) is missing/]],
    ['no-pages', [/no-pages\/pages is missing: it holds the real saved pages/]],
    ['absent', [/absent\/bench .* is missing/, /absent\/pages is missing/]],
  ])('%s: %j', (folder, expected) => {
    const missing = missingShared(path.join(root, folder));
    expect(missing).toHaveLength(expected.length);
    expected.forEach((pattern, i) => expect(missing[i]).toMatch(pattern));
  });

  it.each([
    [{}, path.resolve('../shared')],
    [{ [SHARED_DIR_ENV]: '' }, path.resolve('../shared')],
    [{ [SHARED_DIR_ENV]: '/elsewhere/shared' }, '/elsewhere/shared'],
  ])('sharedDir(%j) is %s', (env, expected) => {
    expect(sharedDir(env)).toBe(expected);
  });

  it('without it the section is skipped with a message, not a crash, and misses nothing', async () => {
    const lines: string[] = [];
    const result = await runCostBench({
      sample: 1,
      runs: 1,
      log: (line) => lines.push(line),
      env: { [SHARED_DIR_ENV]: path.join(root, 'absent') },
    });
    expect(result).toEqual({ figures: null, missed: [] });
    expect(lines.join('\n')).toMatch(/Cost benchmark SKIPPED: .*absent\/bench/);
    expect(lines.join('\n')).toMatch(/Cost benchmark SKIPPED: .*absent\/pages/);
  });
});
