/**
 * `npm run bench [-- <folder of .html pages>]`: HashLens's performance figures.
 *
 * Sections: the page benchmark (scripts/bench-pages.ts). Uses an existing
 * .output/chrome-mv3 build, or builds one. Exits non-zero when a target is missed.
 */
import { runPageBench, TARGETS } from './bench-pages';

async function main(): Promise<number> {
  const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  const noStress = process.argv.includes('--no-stress');
  const pages = await runPageBench({
    folder: args[0] ?? 'e2e/pages',
    stress: !noStress,
    timeoutMs: 60_000,
    log: (line) => console.log(line),
  });
  const missed: string[] = [];
  if (!(pages.medianRatio <= TARGETS.medianRatio)) missed.push('median ratio');
  if (pages.longestSliceMs > TARGETS.longTaskMs) missed.push('longest HashLens slice');
  if (pages.longestTaskMs > TARGETS.longTaskMs) {
    // Reported, not failed: a long task during the scan may be the page's own (or layout).
    console.log('note: a long task overlapped a scan; see the "task" column');
  }
  if (missed.length > 0) {
    console.error(`Targets missed: ${missed.join(', ')}`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
