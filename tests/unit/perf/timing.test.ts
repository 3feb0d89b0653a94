import { afterEach, describe, expect, it, vi } from 'vitest';

// The page can read the performance timeline: the store build must make no mark (issue 12).
async function loadTiming(flag: string) {
  vi.stubEnv('WXT_PERF_MARKS', flag);
  vi.resetModules();
  return import('@/utils/perf/timing');
}

const ours = () => performance.getEntries().filter((e) => e.name.startsWith('hzd'));

describe('performance marks', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    performance.clearMarks();
    performance.clearMeasures();
  });

  it('are made in the build for tests and the benchmark (WXT_PERF_MARKS=on)', async () => {
    const t = await loadTiming('on');
    t.mark('hzd-painted');
    expect(t.task('slice', () => 7)).toBe(7);
    expect(t.phase('paint', () => 'x')).toBe('x');
    await t.phaseAsync('settings', () => Promise.resolve(1));
    expect(ours().map((e) => e.name)).toEqual(['hzd-painted', 'hzd-task:slice', 'hzd:paint', 'hzd:settings']);
  });

  it('are not made in the store build, and the work still runs', async () => {
    const t = await loadTiming('');
    expect(t.PERF_MARKS).toBe(false);
    t.mark('hzd-painted');
    expect(t.task('slice', () => 7)).toBe(7);
    expect(t.phase('paint', () => 'x')).toBe('x');
    await expect(t.phaseAsync('settings', () => Promise.resolve(1))).resolves.toBe(1);
    expect(ours()).toEqual([]);
  });
});
