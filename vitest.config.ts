import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { termAnchors } from './build/term-anchors.ts';

// Unit and component tests: WXT's fake browser, happy-dom where a test asks for it.
export default defineConfig({
  plugins: [WxtVitest(), termAnchors()],
  test: {
    include: ['**/__tests__/**/*.test.{ts,tsx}'],
    // e2e specs are *.e2e.ts (their own config); the stand-in's own tests are unit tests.
    exclude: ['node_modules/**', '.output/**'],
    restoreMocks: true,
    // Tests must not depend on the machine's zone; TZ cases set their own.
    env: { TZ: process.env.TZ ?? 'UTC' },
  },
});
