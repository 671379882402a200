/**
 * `npm run bench [-- <folder of .html pages>] [--sample N|all] [--runs N] [--no-cost]
 * [--no-stress] [--no-requests] [--no-pages]`: HashLens's performance figures.
 *
 * Sections: the cost benchmark (scripts/bench-cost.ts: the shared yardstick,
 * ../shared/bench/perf-yardstick.mjs, against its fixed reference extension on
 * ../shared/pages; `--sample` and `--runs` are passed to it, default 8 and 3; skipped with a
 * message when ../shared is absent), the page benchmark (scripts/bench-pages.ts: scan-and-mark
 * time against a reference pass, long tasks, content-script size, on the folder, default
 * e2e/pages) and the request-load benchmark (scripts/bench-requests.ts: CoinGecko requests per
 * minute under tabs × hovers × pins; scripts/bench-network.ts: mempool.space requests per
 * endpoint against its cache time). Uses an existing .output/chrome-mv3 build, or builds one.
 * Exits non-zero when a goal is missed.
 */
import { parseCostArgs, runCostBench } from './bench-cost';
import { runPageBench, TARGETS } from './bench-pages';
import { runNetworkRequestBench } from './bench-network';
import { DEFAULT_LOADS, runRequestBench } from './bench-requests';
import { median, runMain } from './shared';

/** Requests per simulated minute the request-load benchmark may cost at most (median). */
const MAX_REQUESTS_PER_MINUTE = 2;

/** Flags that take a value (which is not the folder). */
const VALUE_FLAGS = ['--sample', '--runs'];

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const args = argv.filter(
    (arg, i) => !arg.startsWith('--') && !VALUE_FLAGS.includes(argv[i - 1] ?? ''),
  );
  const flag = (name: string) => argv.includes(name);
  // The cost section's loads are the yardstick's --runs now: say so rather than ignore it.
  if (flag('--loads')) throw new Error('--loads is gone: use --runs N (and --sample N|all)');
  const { sample, runs } = parseCostArgs(argv);
  const folder = args[0] ?? 'e2e/pages';
  const missed: string[] = [];

  if (!flag('--no-cost')) {
    const cost = await runCostBench({ sample, runs, log: (line) => console.log(line) });
    missed.push(...cost.missed);
    console.log('');
  }

  if (!flag('--no-pages')) {
    const pages = await runPageBench({
      folder,
      stress: !flag('--no-stress'),
      timeoutMs: 60_000,
      log: (line) => console.log(line),
    });
    if (!(pages.medianRatio <= TARGETS.medianRatio)) missed.push('median ratio');
    if (pages.longestSliceMs > TARGETS.longTaskMs) missed.push('longest HashLens slice');
    if (pages.longestTaskMs > TARGETS.longTaskMs) {
      // Reported, not failed: a long task during the scan may be the page's own (or layout).
      console.log('note: a long task overlapped a scan; see the "task" column');
    }
  }

  if (!flag('--no-requests')) {
    console.log('\nRequest load (CoinGecko requests per simulated minute, stand-in log):');
    const loads = await runRequestBench(DEFAULT_LOADS, { log: (line) => console.log(line) });
    const worst = Math.max(...loads.map((load) => median(load.perMinute)));
    console.log(`  worst median: ${worst} requests/min (target ≤ ${MAX_REQUESTS_PER_MINUTE})`);
    if (worst > MAX_REQUESTS_PER_MINUTE) missed.push('requests per minute');

    console.log(
      '\nNetwork request load (mempool.space requests per endpoint, 20 tabs hovering mining terms for 10 simulated minutes):',
    );
    const network = await runNetworkRequestBench({ log: (line) => console.log(line) });
    for (const endpoint of Object.keys(network.requests) as (keyof typeof network.requests)[]) {
      if (network.requests[endpoint] > network.allowed[endpoint]) {
        missed.push(`${endpoint} requests`);
      }
    }
  }

  if (missed.length > 0) {
    console.error(`Targets missed: ${missed.join(', ')}`);
    return 1;
  }
  return 0;
}

runMain(main);
