/**
 * Cost benchmark: the main-thread script time a user pays per page load with HashLens, against
 * the FIXED reference extension of `../shared/bench/reference-extension/`, measured by the
 * shared yardstick `../shared/bench/perf-yardstick.mjs` (see its README).
 *
 * The yardstick is run as it is, as a child process: the figures HashLens is judged by must
 * come from the same method and the same reference every time, so this file neither copies
 * nor adapts them. (An earlier bench generated its reference from our own glossary; it grew
 * slower as the glossary grew and so flattered us.) This file streams the yardstick's output,
 * reads its last `perf3:` line, prints ratios and added milliseconds, and checks the goals.
 *
 * The shared folder lives outside the repository (`../shared` beside the project, or
 * HASHLENS_SHARED_DIR); without it the section is skipped with a message saying what is missing.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { RELEASE_EXTENSION_DIR, ensureReleaseBuild } from '../e2e/harness/build';
import { findChromium, INSTALL_HINT } from '../e2e/harness/chromium';
import { INJECTED_BUDGET_BYTES, measureInjected } from './injected-size';

/** Goals of issue #21: HashLens's added script time over the reference's, and the bytes. */
export const COST_GOALS = {
  realPagesRatio: 1.5,
  tenIframesRatio: 2,
  blankRatio: 2,
  /** The ceiling on injected code (raw); scripts/injected-budget.json holds us lower. */
  injectedBytes: 60_000,
} as const;

/** The yardstick's defaults as issue #21 runs it (`--sample 8 --runs 3`). */
export const DEFAULT_SAMPLE = 8;
export const DEFAULT_RUNS = 3;

/** Environment variable naming the shared folder (default `../shared`, beside the project). */
export const SHARED_DIR_ENV = 'HASHLENS_SHARED_DIR';

/** Added script time of one page set: HashLens's and the reference's, ms, and their ratio. */
interface AddedTime {
  ratio: number;
  hashlensMs: number;
  referenceMs: number;
}

/** The figures of the yardstick's last line. */
export interface Perf3 {
  realPages: AddedTime & { pages: number };
  tenIframes: AddedTime;
  blank: AddedTime;
  /** Raw bytes of every js and css file of the manifest's content_scripts. */
  injectedBytes: number;
}

/** Options of {@link runCostBench}. */
interface CostBenchOptions {
  /** Everyday pages of the shared pages folder (plus every x-*.html crypto page), or all. */
  sample: number | 'all';
  /** Loads per page and browser (the yardstick keeps the median). */
  runs: number;
  log: (line: string) => void;
  env?: NodeJS.ProcessEnv;
}

/** What the section found: figures (null when skipped or failed) and goals missed, in words. */
interface CostBenchResult {
  figures: Perf3 | null;
  missed: string[];
}

const NUMBER = String.raw`(-?[\d.]+)`;
/** `perf3: real pages R× (hashlens +H ms vs ref +F ms, median over N), frames10 X× (+h vs +f ms), blank B× (+h vs +f ms), injected K kB raw` */
const PERF3 = new RegExp(
  String.raw`^perf3: real pages ${NUMBER}× \(hashlens \+${NUMBER} ms vs ref \+${NUMBER} ms, median over (\d+)\),` +
    String.raw` frames10 ${NUMBER}× \(\+${NUMBER} vs \+${NUMBER} ms\),` +
    String.raw` blank ${NUMBER}× \(\+${NUMBER} vs \+${NUMBER} ms\), injected ${NUMBER} kB raw`,
);

/** Reads the yardstick's `perf3:` line; null when `line` is not one (its format changed). */
export function parsePerf3(line: string): Perf3 | null {
  const m = PERF3.exec(line.trim());
  if (!m) return null;
  const n = m.slice(1).map(Number);
  const added = (i: number): AddedTime => ({
    ratio: n[i]!,
    hashlensMs: n[i + 1]!,
    referenceMs: n[i + 2]!,
  });
  return {
    realPages: { ...added(0), pages: n[3]! },
    tenIframes: added(4),
    blank: added(7),
    injectedBytes: Math.round(n[10]! * 1000),
  };
}

/** The goals `figures` miss, in words (empty when all are met; a NaN misses too). */
export function costGoalsMissed(figures: Perf3): string[] {
  const missed: string[] = [];
  if (!(figures.realPages.ratio <= COST_GOALS.realPagesRatio)) missed.push('cost: real pages');
  if (!(figures.tenIframes.ratio <= COST_GOALS.tenIframesRatio)) missed.push('cost: ten iframes');
  if (!(figures.blank.ratio <= COST_GOALS.blankRatio)) missed.push('cost: blank page');
  if (!(figures.injectedBytes <= COST_GOALS.injectedBytes)) missed.push('cost: injected bytes');
  return missed;
}

/**
 * `--sample N|all` and `--runs N` of `npm run bench` (defaults {@link DEFAULT_SAMPLE},
 * {@link DEFAULT_RUNS}); throws on a value that is not a whole number ≥ 1.
 */
export function parseCostArgs(argv: readonly string[]): { sample: number | 'all'; runs: number } {
  const value = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    return at < 0 ? undefined : (argv[at + 1] ?? '');
  };
  const whole = (flag: string, text: string | undefined, fallback: number): number => {
    if (text === undefined) return fallback;
    if (!/^\d+$/.test(text) || Number(text) < 1) {
      throw new Error(`${flag} needs a whole number ≥ 1${flag === '--sample' ? ' or all' : ''}`);
    }
    return Number(text);
  };
  const sample = value('--sample');
  return {
    sample: sample === 'all' ? 'all' : whole('--sample', sample, DEFAULT_SAMPLE),
    runs: whole('--runs', value('--runs'), DEFAULT_RUNS),
  };
}

/** The shared folder: HASHLENS_SHARED_DIR, else `../shared` from the project root. */
export function sharedDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env[SHARED_DIR_ENV] || '../shared');
}

/**
 * Why the yardstick cannot run from `shared` (one sentence per missing folder, naming it and
 * what it is for); empty when it can.
 */
export function missingShared(shared: string): string[] {
  const missing: string[] = [];
  const bench = path.join(shared, 'bench');
  if (
    !existsSync(path.join(bench, 'perf-yardstick.mjs')) ||
    !existsSync(path.join(bench, 'reference-extension', 'manifest.json'))
  ) {
    missing.push(
      `${bench} (perf-yardstick.mjs and reference-extension/) is missing: it holds the fixed ` +
        'reference extension and the method the cost of a page load is judged by.',
    );
  }
  const pages = path.join(shared, 'pages');
  if (!existsSync(pages)) {
    missing.push(`${pages} is missing: it holds the real saved pages the cost is measured on.`);
  }
  return missing;
}

/**
 * Runs the yardstick on `.output/chrome-mv3` (built first when absent), streaming its lines to
 * `log`; resolves to its exit code and its last `perf3:` line (null when it printed none).
 */
function runYardstick(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
): Promise<{ code: number; perf3: string | null }> {
  // The project root is the working directory: the yardstick resolves playwright-core from it.
  const child = spawn(process.execPath, [script, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env,
  });
  let perf3: string | null = null;
  createInterface({ input: child.stdout }).on('line', (line) => {
    log('  ' + line);
    if (line.startsWith('perf3:')) perf3 = line;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), perf3 }));
  });
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

/** The figures and goals as printed lines. */
function formatCost(figures: Perf3): string[] {
  const row = (label: string, t: AddedTime, goal: number) =>
    `${label.padEnd(30)}${t.ratio.toFixed(2).padStart(6)}× (goal ≤ ${goal})   added per load: ` +
    `HashLens ${ms(t.hashlensMs)}, reference ${ms(t.referenceMs)}`;
  return [
    row(
      `real pages (median of ${figures.realPages.pages})`,
      figures.realPages,
      COST_GOALS.realPagesRatio,
    ),
    row('page of ten iframes', figures.tenIframes, COST_GOALS.tenIframesRatio),
    row('blank page', figures.blank, COST_GOALS.blankRatio),
    `${'injected (content_scripts)'.padEnd(30)}${(figures.injectedBytes / 1000).toFixed(1)} kB raw ` +
      `(goal ≤ ${COST_GOALS.injectedBytes / 1000} kB)`,
  ];
}

/**
 * Runs the cost section: the shared yardstick against its fixed reference, then the goals.
 * Skips (no figures, nothing missed) when the shared folder is absent, saying which part.
 */
export async function runCostBench(options: CostBenchOptions): Promise<CostBenchResult> {
  const { log } = options;
  const env = options.env ?? process.env;
  const shared = sharedDir(env);
  const missing = missingShared(shared);
  if (missing.length > 0) {
    for (const line of missing) log(`Cost benchmark SKIPPED: ${line}`);
    log(
      `  (set ${SHARED_DIR_ENV} to the shared folder if it is not ../shared; ` +
        '--no-cost skips this section)',
    );
    return { figures: null, missed: [] };
  }
  const chromiumPath = findChromium(env);
  if (!chromiumPath) throw new Error(`The cost benchmark needs Chromium. ${INSTALL_HINT}`);
  ensureReleaseBuild(log);

  const args = [
    '--ext',
    path.relative(process.cwd(), RELEASE_EXTENSION_DIR),
    '--pages',
    path.join(shared, 'pages'),
    '--sample',
    String(options.sample),
    '--runs',
    String(options.runs),
  ];
  const script = path.join(shared, 'bench', 'perf-yardstick.mjs');
  log(
    `Cost per page load (${path.relative(process.cwd(), script)} ${args.join(' ')}): ` +
      'script CPU time with no extension, the fixed reference extension and HashLens:',
  );
  // The yardstick takes CHROME_PATH or /usr/bin/chromium: give it the browser the tests use.
  const { code, perf3 } = await runYardstick(
    script,
    args,
    { ...env, CHROME_PATH: chromiumPath },
    log,
  );
  const figures = perf3 === null ? null : parsePerf3(perf3);
  if (code !== 0 || figures === null) {
    log(
      code !== 0
        ? `The yardstick failed (exit code ${code}).`
        : 'The yardstick printed no perf3: line this bench can read.',
    );
    return { figures: null, missed: ['cost: the yardstick did not finish'] };
  }
  log('');
  for (const line of formatCost(figures)) log(line);
  const missed = costGoalsMissed(figures);
  // Our own budget (lower than the goal's ceiling), counted as `npm run size` counts it.
  const injected = await measureInjected(RELEASE_EXTENSION_DIR);
  log(
    `${''.padEnd(30)}every frame: ${(injected.allFramesRawBytes / 1000).toFixed(1)} kB raw ` +
      `(budget ≤ ${INJECTED_BUDGET_BYTES / 1000} kB, scripts/injected-budget.json)`,
  );
  if (injected.allFramesRawBytes > INJECTED_BUDGET_BYTES) missed.push('cost: injected budget');
  return { figures, missed };
}
