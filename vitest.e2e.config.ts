import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

// End-to-end tests drive the built extension in real browsers: one file at a time,
// generous timeouts, no retries (a flaky test is a bug to fix, not to hide).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
