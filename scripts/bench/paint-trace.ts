/**
 * The seed page's load in Chromium as a DevTools performance trace, taken at the browser level
 * (`Tracing.start` on the browser target over the pipe, as `paint-ab` drives it: no tab is attached).
 *
 *   npx tsx scripts/bench/paint-trace.ts DIR [loads] [--out trace.json]      where the time goes
 *   npx tsx scripts/bench/paint-trace.ts DIR_A DIR_B [loads]                  A/B of main-thread CPU
 *   … [--page 101k|odd:NAME] [--profile]   the 101k article or an odd page (tests/unit/article/odd-pages.ts)
 *                                   instead of the seed; with V8's sampling profiler on
 *                                   (one build: the functions detection spends its samples in, for a build made
 *                                   with HZD_UNMINIFIED=1 to read their names)
 *
 * Why thread time: on the shared 2-core machine, main() → painted in wall time is the renderer's
 * own CPU time plus the time its main thread waits for a core (other sessions, V8's background
 * compilers, the browser process). The trace's thread timestamps (`tts`) count only the first,
 * so an A/B of them moves far less with the load than `paint-ab`'s wall times.
 *
 * One build: per load, main() → painted in wall and main-thread CPU time, the main thread's lazy
 * compilation (`V8.CompileCode`), tier-up work, GC, and the CPU of the other threads and processes
 * in that window; the trace is written for DevTools' Performance panel. Two builds: loads
 * alternate A, B, A, B… (one Chromium each, both traced with the user-timing category only) and the
 * medians are printed for both orders of a pair of runs if you swap the arguments. `HZD_JS_FLAGS`
 * passes `--js-flags` to Chromium (diagnosis only: a reader's browser runs with none).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { startFixtureServer, type FixtureServer } from '../../tests/e2e/support/server';
import { CHROMIUM, extensionBrowserArgs } from '../../tests/e2e/support/chromium';
import { BIG_URL, SEED_URL, SETTLE_MS } from './paint';
import { bigArticleHtml } from '../../tests/e2e/support/big-article';
import { ODD_PAGES } from '../../tests/unit/article/odd-pages';
import { withReporter } from './unattached';
import { median } from './analysis-measure';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  tts?: number;
  dur?: number;
  tdur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

const REPORT_PATH = '/__hzd-bench/report';
/** An odd page (tests/unit/article/odd-pages.ts) at a dated address of the seed's portal (its report goes there too). */
const ODD_URL = `${new URL(SEED_URL).origin}/2024/01/02/odd-page.html`;
/** Long enough for an odd page's sliced detection and analysis to end after its paint. */
const ODD_SETTLE_MS = 3_000;
/** Whose page reports next: loads run one at a time (the same report address serves both browsers). */
let reported: (() => void) | null = null;

/** A DevTools-protocol client over Chromium's pipe that also keeps the trace it is sent. */
class TracedChromium {
  private next = 1;
  private pending = new Map<number, (v: unknown) => void>();
  private buffer = '';
  readonly events: TraceEvent[] = [];
  private complete: (() => void) | null = null;

  private constructor(
    private readonly child: ChildProcess,
    private readonly userDataDir: string,
  ) {
    const output = child.stdio[4] as Readable;
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => {
      this.buffer += chunk;
      for (let end = this.buffer.indexOf('\0'); end >= 0; end = this.buffer.indexOf('\0')) {
        const m = JSON.parse(this.buffer.slice(0, end)) as {
          id?: number;
          method?: string;
          params?: { value?: TraceEvent[] };
          result?: unknown;
        };
        this.buffer = this.buffer.slice(end + 1);
        if (m.method === 'Tracing.dataCollected') this.events.push(...(m.params?.value ?? []));
        if (m.method === 'Tracing.tracingComplete') this.complete?.();
        if (m.id !== undefined) this.pending.get(m.id)?.(m.result);
      }
    });
  }

  static launch(server: FixtureServer, dir: string): TracedChromium {
    const userDataDir = mkdtempSync(join(tmpdir(), 'hzd-trace-'));
    const child = spawn(
      CHROMIUM,
      [
        '--headless',
        '--remote-debugging-pipe',
        `--user-data-dir=${userDataDir}`,
        ...extensionBrowserArgs(resolve(dir), server),
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-timer-throttling',
        '--disable-backgrounding-occluded-windows',
        '--disable-renderer-backgrounding',
        ...(process.env.HZD_JS_FLAGS ? [`--js-flags=${process.env.HZD_JS_FLAGS}`] : []),
        'about:blank',
      ],
      { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
    );
    return new TracedChromium(child, userDataDir);
  }

  send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.next++;
    return new Promise<T>((ok) => {
      this.pending.set(id, ok as (v: unknown) => void);
      (this.child.stdio[3] as Writable).write(JSON.stringify({ id, method, params }) + '\0');
    });
  }

  async load(url: string): Promise<void> {
    const done = new Promise<void>((ok) => (reported = ok));
    const { targetId } = await this.send<{ targetId: string }>('Target.createTarget', { url });
    await done;
    await this.send('Target.closeTarget', { targetId });
  }

  startTracing(categories: string[]): Promise<unknown> {
    return this.send('Tracing.start', { traceConfig: { includedCategories: categories } });
  }

  async stopTracing(): Promise<TraceEvent[]> {
    const done = new Promise<void>((ok) => (this.complete = ok));
    await this.send('Tracing.end');
    await done;
    return this.events;
  }

  async close(): Promise<void> {
    const exited = new Promise((ok) => this.child.once('exit', ok));
    await this.send('Browser.close');
    await exited;
    rmSync(this.userDataDir, { recursive: true, force: true });
  }
}

/** Everything a breakdown needs; the A/B takes the user-timing marks alone (least overhead). */
const DETAIL_CATEGORIES = [
  'devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'disabled-by-default-v8.gc',
  'blink.user_timing',
  'toplevel',
];
const AB_CATEGORIES = ['blink.user_timing', 'devtools.timeline'];
const PROFILER_CATEGORY = 'disabled-by-default-v8.cpu_profiler';

/**
 * The user-timing measures of detection (hzd: phases and hzd-task: slices): where `--profile` counts
 * samples; `HZD_PROFILE_MEASURE` (a regex of measure names) counts them elsewhere, e.g. `^hzd-task:main$`.
 */
const DETECTION_MEASURE = new RegExp(
  process.env.HZD_PROFILE_MEASURE ?? '^hzd(-task)?:(looks-like-article|detect-article|detection-slice)$',
);

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

/**
 * V8's samples (ProfileChunk events) taken while a detection measure was open, by function: self
 * samples (the function running) and total (the function on the stack). Sampling, so approximate.
 */
function printProfile(events: TraceEvent[]): void {
  const windows: [number, number][] = [];
  const names: string[] = [];
  const open = new Map<string, number>();
  for (const e of events) {
    if (!e.cat.includes('user_timing') || !DETECTION_MEASURE.test(e.name)) continue;
    const key = `${e.pid}:${e.name}:${String((e as { id2?: unknown; id?: unknown }).id ?? JSON.stringify((e as { id2?: unknown }).id2))}`;
    if (e.ph === 'b') open.set(key, e.ts);
    else if (e.ph === 'e' && open.has(key)) {
      windows.push([open.get(key)!, e.ts]);
      names.push(e.name);
    }
  }
  const nodes = new Map<string, ProfileNode>();
  const samples: { key: string; ts: number }[] = [];
  const clock = new Map<string, number>();
  for (const e of events) {
    const data = (e.args as { data?: Record<string, unknown> } | undefined)?.data;
    const pid = `${e.pid}:${String((e as { id?: unknown }).id)}`;
    if (e.name === 'Profile') clock.set(pid, Number(data?.startTime ?? e.ts));
    if (e.name !== 'ProfileChunk' || !data) continue;
    const profile = data.cpuProfile as { nodes?: ProfileNode[]; samples?: number[] } | undefined;
    for (const n of profile?.nodes ?? []) nodes.set(`${pid}:${n.id}`, n);
    const deltas = (data.timeDeltas as number[] | undefined) ?? [];
    let t = clock.get(pid) ?? e.ts;
    (profile?.samples ?? []).forEach((id, i) => {
      t += deltas[i] ?? 0;
      samples.push({ key: `${pid}:${id}`, ts: t });
    });
    clock.set(pid, t);
  }
  const label = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${(n.callFrame.url ?? '').split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let count = 0;
  for (const s of samples) {
    if (!windows.some(([a, b]) => s.ts >= a && s.ts <= b)) continue;
    const leaf = nodes.get(s.key);
    if (!leaf) continue;
    count++;
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + 1);
    const seen = new Set<string>();
    const pid = s.key.slice(0, s.key.lastIndexOf(':'));
    for (let n: ProfileNode | undefined = leaf; n; n = n.parent ? nodes.get(`${pid}:${n.parent}`) : undefined) {
      if (!seen.has(label(n))) total.set(label(n), (total.get(label(n)) ?? 0) + 1);
      seen.add(label(n));
    }
  }
  console.log(`profile: ${count} samples inside ${windows.length} detection measures`);
  // Each measure of 50 ms or more on its own: the functions its samples ran (an odd page's long chunks).
  windows.forEach(([a, b], i) => {
    if (b - a < 50_000) return;
    const own = new Map<string, number>();
    let n = 0;
    for (const s of samples) {
      const leaf = s.ts >= a && s.ts <= b ? nodes.get(s.key) : undefined;
      if (!leaf || leaf.callFrame.functionName === '(idle)') continue;
      n++;
      own.set(label(leaf), (own.get(label(leaf)) ?? 0) + 1);
    }
    const top = [...own].sort((x, y) => y[1] - x[1]).slice(0, 8);
    console.log(
      `  ${names[i]} ${((b - a) / 1000).toFixed(0)} ms, ${n} samples: ${top.map(([f, k]) => `${f.split(' ')[0]} ${k}`).join(', ')}`,
    );
  });
  for (const [title, table] of [
    ['self', self],
    ['total', total],
  ] as const) {
    console.log(`  by ${title}:`);
    for (const [name, n] of [...table].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.HZD_PROFILE_TOP ?? 30)))
      console.log(`    ${((100 * n) / Math.max(1, count)).toFixed(1).padStart(5)} %  ${name}`);
  }
}

/**
 * One load: main() → painted, wall and the main thread's CPU (ms), with its pid and window; and
 * the content script's compilation (before its first line runs: not in main() → painted) and the
 * main thread's CPU from that compilation's start to painted (all our script costs before it).
 */
interface Load {
  pid: number;
  tid: number;
  from: number;
  to: number;
  wallMs: number;
  cpuMs: number;
  compileCpuMs: number;
  fromCompileCpuMs: number;
  /**
   * hzd-painted → the first frame painted after it (its `Paint` event on the main thread), wall: the
   * paint reaches the screen in that frame, and work queued ahead of the frame holds it back.
   */
  frameMs: number;
}

function loadsOf(events: TraceEvent[]): Load[] {
  const marks = events.filter((e) => e.cat.includes('user_timing') && e.ph !== 'b' && e.ph !== 'e');
  const out: Load[] = [];
  for (const start of marks.filter((e) => e.name === 'hzd-start')) {
    const end = marks.find((e) => e.name === 'hzd-painted' && e.pid === start.pid && e.ts >= start.ts);
    if (!end || start.tts === undefined || end.tts === undefined) continue;
    const compile = events.find(
      (e) =>
        e.name === 'v8.compile' &&
        e.pid === start.pid &&
        e.ts <= start.ts &&
        JSON.stringify(e.args ?? {}).includes('content-scripts/content.js'),
    );
    out.push({
      pid: start.pid,
      tid: start.tid,
      from: start.ts,
      to: end.ts,
      wallMs: (end.ts - start.ts) / 1000,
      cpuMs: (end.tts - start.tts) / 1000,
      compileCpuMs: (compile?.tdur ?? NaN) / 1000,
      fromCompileCpuMs: (end.tts - (compile?.tts ?? NaN)) / 1000,
      frameMs: (firstPaintAfter(events, end) - end.ts) / 1000,
    });
  }
  return out;
}

/** When the first frame after `mark` was painted on its thread (the start of its `Paint` event), or NaN. */
function firstPaintAfter(events: TraceEvent[], mark: TraceEvent): number {
  let first = NaN;
  for (const e of events)
    if (e.name === 'Paint' && e.pid === mark.pid && e.tid === mark.tid && e.ts >= mark.ts && !(e.ts >= first))
      first = e.ts;
  return first;
}

/** Sum of the outermost complete events `pick` takes on the load's thread inside [from, to], wall and CPU. */
function outermost(events: TraceEvent[], load: Load, pick: (name: string) => boolean): [number, number] {
  const inside = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        e.pid === load.pid &&
        e.tid === load.tid &&
        pick(e.name) &&
        e.ts >= load.from &&
        e.ts + (e.dur ?? 0) <= load.to,
    )
    .sort((a, b) => a.ts - b.ts);
  let wall = 0;
  let cpu = 0;
  let until = -1;
  for (const e of inside) {
    if (e.ts < until) continue;
    wall += e.dur ?? 0;
    cpu += e.tdur ?? e.dur ?? 0;
    until = e.ts + (e.dur ?? 0);
  }
  return [wall / 1000, cpu / 1000];
}

/** CPU of each other thread in the window (the outermost events' thread time, clipped to it). */
function otherThreads(events: TraceEvent[], load: Load): [string, number][] {
  const names = new Map<string, string>();
  const processes = new Map<number, string>();
  for (const e of events) {
    if (e.ph !== 'M') continue;
    const name = String((e.args as { name?: string } | undefined)?.name ?? '');
    if (e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, name);
    if (e.name === 'process_name') processes.set(e.pid, name);
  }
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined || e.ts + e.dur < load.from || e.ts > load.to) continue;
    const key = `${e.pid}:${e.tid}`;
    if (e.pid === load.pid && e.tid === load.tid) continue;
    (byThread.get(key) ?? byThread.set(key, []).get(key)!).push(e);
  }
  const cpu = new Map<string, number>();
  for (const [key, list] of byThread) {
    list.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
    let until = -1;
    let sum = 0;
    for (const e of list) {
      if (e.ts < until) continue;
      const overlap = Math.min(load.to, e.ts + e.dur!) - Math.max(load.from, e.ts);
      sum += ((e.tdur ?? e.dur!) * overlap) / (e.dur! || 1);
      until = e.ts + e.dur!;
    }
    const [pid] = key.split(':');
    const label = `${processes.get(Number(pid)) ?? '?'}${Number(pid) === load.pid ? ' (this tab)' : ''} ${names.get(key) ?? key}`;
    cpu.set(label, (cpu.get(label) ?? 0) + sum / 1000);
  }
  return [...cpu].sort((a, b) => b[1] - a[1]).filter(([, ms]) => ms >= 0.5);
}

const ms = (x: number) => x.toFixed(1).padStart(6);

function printBreakdown(events: TraceEvent[]): void {
  const groups: [string, string[]][] = [
    ['lazy compilation', ['V8.CompileCode']],
    [
      'tier-up on the main thread',
      ['V8.BytecodeBudgetInterrupt', 'V8.BytecodeBudgetInterruptWithStackCheck', 'V8.OptimizeCode', 'V8.StackGuard'],
    ],
    ['GC', ['MinorGC', 'MajorGC', 'V8.GCScavenger', 'V8.GC_MARK_COMPACTOR']],
  ];
  for (const load of loadsOf(events)) {
    console.log(
      `load: main() → painted ${ms(load.wallMs)} ms wall, ${ms(load.cpuMs)} ms main-thread CPU; painted → its frame ${ms(load.frameMs)} ms`,
    );
    for (const [label, names] of groups) {
      const [wall, cpu] = outermost(events, load, (name) => names.includes(name));
      console.log(`    ${label.padEnd(28)} ${ms(wall)} wall ${ms(cpu)} CPU`);
    }
    // Off CPU: waiting for a core, or blocked. Where it falls inside V8's own events more often than
    // their share of the CPU, the main thread waits on V8's background threads (compilers, GC helpers).
    const [v8Wall, v8Cpu] = outermost(events, load, (name) =>
      /^(V8\.|MinorGC|MajorGC|FlushInstructionCache)/.test(name),
    );
    console.log(
      `    off CPU ${ms(load.wallMs - load.cpuMs)} ms, of which inside V8's compile/tier-up/GC events ${ms(v8Wall - v8Cpu)} ms (they take ${ms(v8Cpu)} ms CPU)`,
    );
    for (const [thread, cpu] of otherThreads(events, load))
      console.log(`    other: ${thread.padEnd(48)} ${ms(cpu)} CPU`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args.splice(outAt, 2)[1]! : join(tmpdir(), 'hzd-seed-trace.json');
  const pageAt = args.indexOf('--page');
  const page = pageAt >= 0 ? args.splice(pageAt, 2)[1] : 'seed';
  const odd = page?.startsWith('odd:') ? ODD_PAGES[page.slice(4)] : undefined;
  if (page !== 'seed' && page !== '101k' && !odd)
    throw new Error(`--page takes seed, 101k or odd:NAME (${Object.keys(ODD_PAGES).join(', ')})`);
  const profileAt = args.indexOf('--profile');
  const profile = profileAt >= 0 && args.splice(profileAt, 1).length > 0;
  const url = page === '101k' ? BIG_URL : odd ? ODD_URL : SEED_URL;
  const dirs = args.filter((a) => !/^\d+$/.test(a));
  const loads = Number(args.find((a) => /^\d+$/.test(a)) ?? (dirs.length > 1 ? 15 : 5));
  if (dirs.length < 1 || dirs.length > 2) throw new Error('usage: paint-trace.ts DIR [DIR_B] [loads] [--out file]');

  const server = await startFixtureServer();
  server.route(SEED_URL, {
    body: withReporter(readFileSync(server.fixtureUrls().get(SEED_URL)!, 'utf8'), 'hzd-painted', SETTLE_MS),
  });
  server.route(BIG_URL, { body: withReporter(bigArticleHtml().html, 'hzd-painted', SETTLE_MS) });
  if (odd) server.route(ODD_URL, { body: withReporter(odd(), 'hzd-painted', ODD_SETTLE_MS) });
  server.route(new URL(SEED_URL).origin + REPORT_PATH, {
    handle(req, res) {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
        res.end('done');
        reported?.();
      });
    },
  });
  const browsers = dirs.map((dir) => TracedChromium.launch(server, dir));
  const load0 = loadavg()[0]!;
  try {
    for (const b of browsers) await b.load(SEED_URL); // warm-up: wakes the service worker
    const categories = [
      ...(dirs.length > 1 ? AB_CATEGORIES : DETAIL_CATEGORIES),
      ...(profile ? [PROFILER_CATEGORY] : []),
    ];
    for (const b of browsers) await b.startTracing(categories);
    for (let i = 0; i < loads; i++) for (const b of browsers) await b.load(url);
    const traces: TraceEvent[][] = [];
    for (const b of browsers) traces.push(await b.stopTracing());
    if (dirs.length === 1) {
      printBreakdown(traces[0]!);
      if (profile) printProfile(traces[0]!);
      try {
        writeFileSync(out, JSON.stringify({ traceEvents: traces[0] }));
        console.log(`trace: ${out}`);
      } catch (e) {
        console.log(
          `trace not written (${e instanceof Error ? e.message : String(e)}: an odd page's trace can be too long a string)`,
        );
      }
    } else {
      console.log(
        `${page}, main() → painted, median of ${loads} alternating loads (load ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)})`,
      );
      traces.forEach((events, k) => {
        const list = loadsOf(events);
        const med = (f: (l: Load) => number) => ms(median(list.map(f)));
        console.log(
          `  ${'AB'[k]} main-thread CPU ${med((l) => l.cpuMs)} ms   wall ${med((l) => l.wallMs)} ms   ` +
            `content.js compile CPU ${med((l) => l.compileCpuMs)} ms, compile start → painted CPU ${med((l) => l.fromCompileCpuMs)} ms   (${list.length} loads, ${dirs[k]})`,
        );
        const frames = list.map((l) => l.frameMs).sort((a, b) => a - b);
        console.log(
          `    painted → its frame: median ${med((l) => l.frameMs)} ms, worst ${ms(frames.at(-1) ?? NaN)} ms, ` +
            `${frames.filter((f) => f > 16).length} of ${frames.length} over 16 ms; main() → that frame median ${med((l) => l.wallMs + l.frameMs)} ms`,
        );
      });
    }
  } finally {
    for (const b of browsers) await b.close();
    await server.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
