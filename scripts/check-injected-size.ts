/**
 * `npm run size [-- <extension folder>]`: fails when the js and css that the built manifest
 * injects into every frame exceed scripts/injected-budget.json. Run after `npm run build`
 * (default folder .output/chrome-mv3); it never builds, so CI checks the build it just made.
 */
import { RELEASE_EXTENSION_DIR } from '../e2e/harness/build';
import { formatInjected, INJECTED_BUDGET_BYTES, measureInjected } from './injected-size';
import { runMain } from './shared';

async function main(): Promise<number> {
  const folder =
    process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? RELEASE_EXTENSION_DIR;
  const size = await measureInjected(folder);
  for (const line of formatInjected(size)) console.log(line);
  if (size.allFramesRawBytes > INJECTED_BUDGET_BYTES) {
    console.error(
      `Injected code over budget by ${size.allFramesRawBytes - INJECTED_BUDGET_BYTES} bytes ` +
        '(scripts/injected-budget.json).',
    );
    return 1;
  }
  return 0;
}

runMain(main);
