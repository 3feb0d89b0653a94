import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

// End-to-end tests drive the built extension in real browsers: one file at a time,
// generous timeouts, no retries (a flaky test is a bug to fix, not to hide).
// No WXT plugin here: its auto-imports would rewrite `browser` inside page.evaluate callbacks.
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname) } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
