/**
 * Where a search keystroke's time goes, in the popup with the 100,000-highlight library of
 * `scale.ts`, for one or more builds in one run (alternating, ROUNDS each): a Chromium trace
 * while the bench's queries are typed, then per keystroke (input event → the list's `searchMs`
 * mark) its wall time, the popup's main thread busy (tasks' wall time) and its CPU time (the
 * thread's own time: what a loaded machine's waits for a core do not inflate; apart, that of the
 * task that dispatched the input event and of the task that drew the list), and what the
 * rest was spent waiting for (IndexedDB round trips, a core). `--details` adds a sampled CPU
 * profile: the functions that took each keystroke's longest tasks (a build made without
 * minifying names is easier to read); TRACE_TASKS=1 what each task over 0.4 ms ran (TRACE_TASKS=2:
 * every task, with its start after the input event and its CPU) (script,
 * style and layout, the frame's paint, an IndexedDB reply).
 *
 * Run: npx tsx scripts/bench/keystroke-trace.ts [--details] [--rounds N] [--warmup TEXT] PROFILE:BUILD...
 * where PROFILE is a profile `scale.ts --profiles DIR` seeded for BUILD (e.g. DIR/before and
 * DIR/thisbuild). Figures are printed, never asserted.
 */
import { loadavg } from 'node:os';
import { BENCH_QUERIES, dataNumber, launchSeeded, newPopupSizedPage, typeQueries } from './popup';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, µs. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

interface CpuProfile {
  startTime: number;
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

interface Key {
  label: string;
  wall: number;
  busy: number;
  cpu: number;
  /** CPU of the task that dispatched the input event, and of the one that drew the new list. */
  inputCpu: number;
  listCpu: number;
  tasks: TraceEvent[];
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'toplevel'];

async function traceBuild(profile: string, build: string, details: boolean, warmup: string | null): Promise<Key[]> {
  const { browser, close } = await launchSeeded(profile, build);
  try {
    const popup = await newPopupSizedPage(browser);
    await popup.addInitScript(() => {
      addEventListener('input', () => performance.mark('key'), true);
      // (The document is empty when this runs: its root element is watched through the document.)
      new MutationObserver(() => {
        if (document.documentElement.dataset.searchMs) performance.mark('listed');
      }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-search-ms'] });
    });
    // Traced from before the popup opens, so the first keystroke comes as long after its first
    // list as in scale.ts (the 200 ms typeQueries waits), not after the trace's own start-up.
    const cdp = await browser.context.newCDPSession(popup);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES } });
    if (details) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?view=all`);
    await dataNumber(popup, 'renderMs', 60_000);
    // (An experiment: a query typed before the measured ones, so nothing in them runs for the first time.)
    if (warmup) await typeQueries(popup, [warmup], 200);
    await popup.evaluate(() => performance.mark('measured'));
    const walls = await typeQueries(popup, BENCH_QUERIES, 200);
    const cpu = details ? ((await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile }).profile : null;
    await cdp.send('Tracing.end');
    await complete;
    const keys = keystrokes(events, walls);
    if (process.env.TRACE_TASKS) printTaskKinds(events, keys);
    if (cpu) for (const k of keys) printTasks(cpu, k);
    return keys;
  } finally {
    await close();
  }
}

/** Each keystroke's main-thread tasks, from its input event to its list's mark. */
function keystrokes(events: TraceEvent[], walls: number[]): Key[] {
  const timing = events.filter((e) => e.cat.includes('blink.user_timing'));
  const from = timing.find((e) => e.name === 'measured')?.ts ?? 0;
  const marks = timing.filter((e) => e.ts > from && (e.name === 'key' || e.name === 'listed'));
  const main = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && marks[0]?.pid === e.pid,
  );
  const tasks = events.filter(
    (e) =>
      main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask',
  );
  const starts = marks.filter((m) => m.name === 'key').sort((a, b) => a.ts - b.ts);
  const ends = marks.filter((m) => m.name === 'listed').sort((a, b) => a.ts - b.ts);
  // Each list (the clears between queries too: the box emptied lists "All highlights") with the
  // last input event before it.
  const labels = BENCH_QUERIES.flatMap((q, i) => [
    ...(i ? ['(clear)'] : []),
    ...[...q].filter((ch) => ch !== ' ').map((ch) => `${q} +${ch}`),
  ]);
  const out: Key[] = [];
  let k = 0;
  ends.forEach((end, i) => {
    const start = [...starts].reverse().find((s) => s.ts < end.ts)!;
    // The task under way at the input event (it dispatches it) counts from its start.
    const mine = tasks.filter((t) => t.ts + (t.dur ?? 0) > start.ts && t.ts < end.ts);
    const label = labels[i] ?? '?';
    if (label === '(clear)') return;
    const sum = (f: (t: TraceEvent) => number) => mine.reduce((n, t) => n + f(t), 0) / 1000;
    const around = (ts: number) => (mine.find((t) => t.ts <= ts && ts <= t.ts + (t.dur ?? 0))?.tdur ?? 0) / 1000;
    out.push({
      label,
      wall: walls[k++]!,
      busy: sum((t) => t.dur ?? 0),
      cpu: sum((t) => t.tdur ?? 0),
      inputCpu: around(start.ts),
      listCpu: around(end.ts),
      tasks: mine,
    });
  });
  return out;
}

/** A keystroke's longest tasks: the functions they spent their time in (inclusive, the top ones). */
function printTasks(p: CpuProfile, key: Key) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const times: number[] = [];
  let t = p.startTime;
  for (const d of p.timeDeltas) times.push((t += d));
  const name = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anon)'}:${f.url.split('/').pop()}:${f.lineNumber + 1}`;
  };
  for (const task of [...key.tasks].sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0)).slice(0, 3)) {
    const total = new Map<string, number>();
    p.samples.forEach((id, i) => {
      if (times[i]! < task.ts || times[i]! > task.ts + (task.dur ?? 0)) return;
      const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const m = name(at);
        if (seen.has(m) || m.startsWith('(root)')) continue;
        seen.add(m);
        total.set(m, (total.get(m) ?? 0) + dt);
      }
    });
    const top = [...total].sort((a, b) => b[1] - a[1]).slice(0, 12);
    console.log(
      `  ${key.label} task ${((task.dur ?? 0) / 1000).toFixed(1)} ms: ${top.map(([n, x]) => `${n} ${x.toFixed(1)}`).join(' | ')}`,
    );
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f1 = (n: number) => n.toFixed(1);

const args = process.argv.slice(2);
const details = args.includes('--details');
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 1;
const warmupAt = args.indexOf('--warmup');
const warmup = warmupAt >= 0 ? args[warmupAt + 1]! : null;
const builds = args
  .filter((a, i) => a.includes(':') && (roundsAt < 0 || i !== roundsAt + 1))
  .map((a) => a.split(':') as [string, string]);
if (!builds.length) throw new Error('usage: keystroke-trace.ts [--details] [--rounds N] PROFILE:BUILD...');

const all = new Map<string, Key[][]>(builds.map(([, b]) => [b, []]));
for (let r = 0; r < rounds; r++)
  for (const [profile, build] of builds) {
    const load = loadavg()[0]!.toFixed(2);
    const keys = await traceBuild(profile, build, details, warmup);
    all.get(build)!.push(keys);
    console.log(`${build} (round ${r + 1}, load ${load}):`);
    for (const k of keys)
      console.log(
        `  ${k.label.padEnd(12)} wall ${f1(k.wall).padStart(5)}  busy ${f1(k.busy).padStart(5)}  cpu ${f1(k.cpu).padStart(5)} (input task ${f1(k.inputCpu).padStart(4)}, list task ${f1(k.listCpu).padStart(4)})  ${k.tasks.length} tasks`,
      );
  }
console.log(
  `\nuptime ${loadavg().map(f1).join(' ')}; per build: worst / median over every keystroke of every round (ms)`,
);
for (const [build, runs] of all) {
  const keys = runs.flat();
  const of = (f: (k: Key) => number) => `${f1(Math.max(...keys.map(f)))} / ${f1(median(keys.map(f)))}`;
  console.log(
    `  ${build}: wall ${of((k) => k.wall)}, main thread busy ${of((k) => k.busy)}, its CPU ${of((k) => k.cpu)} (input task ${of((k) => k.inputCpu)}, list task ${of((k) => k.listCpu)})`,
  );
  // The first keystroke after the popup opened, apart: the one that was the worst.
  const firsts = runs.map((keys) => keys[0]!);
  const list = (f: (k: Key) => number) => firsts.map((k) => f1(f(k))).join(', ');
  console.log(
    `    first keystroke (${firsts[0]?.label}): wall ${list((k) => k.wall)}; CPU ${list((k) => k.cpu)} (input task ${list((k) => k.inputCpu)}, list task ${list((k) => k.listCpu)})`,
  );
}

/** (TRACE_TASKS=1) Each keystroke's tasks over 0.4 ms: what they ran (the trace events inside them, by time). */
function printTaskKinds(events: TraceEvent[], keys: Key[]) {
  const complete = events.filter((e) => e.ph === 'X' && e.name !== 'ThreadControllerImpl::RunTask');
  for (const k of keys) {
    // TRACE_TASKS=2: every task, with its start after the input event (+ms) and its CPU (/ms).
    const every = process.env.TRACE_TASKS === '2';
    const t0 = k.tasks[0]?.ts ?? 0;
    const parts = k.tasks
      .filter((t) => every || (t.dur ?? 0) > 400)
      .map((t) => {
        const inside = complete.filter(
          (e) => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0),
        );
        const by = new Map<string, number>();
        for (const e of inside) by.set(e.name, (by.get(e.name) ?? 0) + (e.dur ?? 0));
        const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 4);
        const at = every ? `+${f1((t.ts - t0) / 1000)}:` : '';
        const cpu = every ? `/${f1((t.tdur ?? 0) / 1000)}` : '';
        return `${at}${f1((t.dur ?? 0) / 1000)}${cpu}[${top.map(([n, d]) => `${n} ${f1(d / 1000)}`).join(', ')}]`;
      });
    console.log(`  ${k.label}: ${parts.join('  ')}`);
  }
}
