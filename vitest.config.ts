import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // A timeout is a wall-clock assertion: the property tests and the store's large imports take
    // 1–3 s on a quiet machine and 10+ s on a loaded one (a CI dry run at load 19 timed out nine of
    // them at vitest's default of 5 s, and a timed-out test kept writing into the next one's counts).
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // As in `npm run build`: the content script's performance marks are on (utils/perf/timing.ts).
    env: { WXT_PERF_MARKS: 'on' },
  },
});
