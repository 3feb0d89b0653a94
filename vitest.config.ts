import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // As in `npm run build`: the content script's performance marks are on (utils/perf/timing.ts).
    env: { WXT_PERF_MARKS: 'on' },
  },
});
