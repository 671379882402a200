import { defineConfig } from 'vitest/config';

// End-to-end tests: real Chromium, the built extension, the CoinGecko stand-in.
// One file at a time: each launches its own browser and the machine has 2 cores.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/harness/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default'],
    // Conditions, not sleeps: generous on a loaded 2-core machine, instant when met.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
});
