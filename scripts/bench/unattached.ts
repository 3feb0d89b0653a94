/**
 * Page loads in Chromium with nothing attached to the page, for the paint benchmark.
 *
 * Playwright drives a tab through the DevTools protocol, attached to the tab's renderer. While
 * it is attached, the content script's start-up (bundle start -> main()) took 15-25 ms here
 * instead of 5-7 ms: the first `window.postMessage` from the content script's world (WXT's
 * context sends one) took 10-20 ms of it, against 0.3-7 ms (mostly under 1) unattached. A
 * reader has no debugger attached, so page-load figures are taken like this instead:
 *
 * - Chromium is started with the protocol on a pipe, and only the browser target is spoken to:
 *   each tab is opened with `Target.createTarget` and closed with `Target.closeTarget`, never
 *   attached to.
 * - The page reports its own timeline: the fixture server adds a small script to the page that
 *   waits for the end mark, lets deferred work settle, and posts the `hzd*` performance entries
 *   (marks and measures, shared by the page's and the content script's worlds) back to the server.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { FixtureServer } from '../../tests/e2e/support/server';
import { CHROME_BUILD, CHROMIUM, extensionBrowserArgs } from '../../tests/e2e/support/chromium';

/** One performance entry as the page reported it. */
export interface ReportedEntry {
  name: string;
  entryType: string;
  startTime: number;
  duration: number;
}

const REPORT_PATH = '/__hzd-bench/report';

/**
 * Who takes the next report. Pages report to the same address whichever browser opened them,
 * so loads run one at a time, also across browsers (an A/B run alternates them).
 */
let waiting: ((entries: ReportedEntry[]) => 'again' | 'done') | null = null;

/**
 * The page-side reporter: polls for the end mark (a timer every 50 ms costs the page a few
 * microseconds), waits `settleMs` for deferred work, then posts the entries. When the answer
 * is "again", the page reloads itself: the same tab, the same renderer process.
 */
function reporterScript(endMark: string | readonly string[], settleMs: number): string {
  const marks = typeof endMark === 'string' ? [endMark] : endMark;
  return `<script>(function () {
  var poll = function () {
    var ended = ${JSON.stringify(marks)}.some(function (m) { return performance.getEntriesByName(m).length; });
    if (!ended) return setTimeout(poll, 50);
    setTimeout(function () {
      var entries = performance.getEntries().filter(function (e) { return e.name.slice(0, 3) === 'hzd'; })
        .map(function (e) { return { name: e.name, entryType: e.entryType, startTime: e.startTime, duration: e.duration }; });
      fetch(${JSON.stringify(REPORT_PATH)}, { method: 'POST', body: JSON.stringify(entries) })
        .then(function (r) { return r.text(); })
        .then(function (next) { if (next === 'again') location.reload(); });
    }, ${settleMs});
  };
  poll();
})();</script>`;
}

/** The page's HTML with the reporter added at the end of its body (it reports once any of the end marks is set). */
export function withReporter(html: string, endMark: string | readonly string[], settleMs: number): string {
  const script = reporterScript(endMark, settleMs);
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + script : html.slice(0, at) + script + html.slice(at);
}

/** A minimal DevTools-protocol client over Chromium's pipe (JSON messages ended by NUL). */
class PipeSession {
  private nextId = 1;
  private pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();
  private buffer = '';

  constructor(
    private readonly input: Writable,
    output: Readable,
  ) {
    output.setEncoding('utf8');
    output.on('data', (chunk: string) => {
      this.buffer += chunk;
      for (let end = this.buffer.indexOf('\0'); end >= 0; end = this.buffer.indexOf('\0')) {
        const message = JSON.parse(this.buffer.slice(0, end)) as {
          id?: number;
          result?: unknown;
          error?: { message: string };
        };
        this.buffer = this.buffer.slice(end + 1);
        const waiter = message.id === undefined ? undefined : this.pending.get(message.id);
        if (!waiter) continue;
        this.pending.delete(message.id!);
        if (message.error) waiter.fail(new Error(message.error.message));
        else waiter.ok(message.result);
      }
    });
  }

  send<T>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((ok, fail) => {
      this.pending.set(id, { ok: ok as (v: unknown) => void, fail });
      this.input.write(JSON.stringify({ id, method, params }) + '\0');
    });
  }
}

export interface UnattachedChromium {
  /**
   * Opens `url` in a new tab and resolves with the entries the page reports once `endMark` is
   * on its timeline (the page must have been routed through {@link withReporter}).
   */
  load(url: string): Promise<ReportedEntry[]>;
  /**
   * Opens `url` in a new tab, then has the page reload itself until it has reported `loads`
   * times. After the first, each load runs in a renderer process that has run the content
   * script before, as when a reader opens the next article of a site in the same tab.
   */
  loadInOneTab(url: string, loads: number): Promise<ReportedEntry[][]>;
  close(): Promise<void>;
}

/**
 * Starts Chromium with the built extension and the fixture server as its proxy, and routes a
 * report address on each of `hosts` (e.g. `http://dangpai.people.com.cn`).
 */
export async function launchUnattachedChromium(
  server: FixtureServer,
  hosts: string[],
  {
    extensionDir = CHROME_BUILD,
    timeoutMs = 15_000,
    extraArgs = [],
  }: { extensionDir?: string; timeoutMs?: number; extraArgs?: string[] } = {},
): Promise<UnattachedChromium> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'hzd-bench-'));
  const child: ChildProcess = spawn(
    CHROMIUM,
    [
      '--headless',
      '--remote-debugging-pipe',
      `--user-data-dir=${userDataDir}`,
      ...extensionBrowserArgs(extensionDir, server),
      '--no-sandbox',
      '--disable-gpu',
      // What Playwright passes too: tabs opened here must not be throttled as background ones.
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
      '--disable-renderer-backgrounding',
      ...extraArgs,
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const session = new PipeSession(child.stdio[3] as Writable, child.stdio[4] as Readable);

  for (const host of hosts) {
    server.route(host + REPORT_PATH, {
      handle(req, res) {
        let body = '';
        req.setEncoding('utf8');
        req.on('data', (c: string) => (body += c));
        req.on('end', () => {
          const next = waiting?.(JSON.parse(body) as ReportedEntry[]) ?? 'done';
          res.writeHead(200, { 'content-type': 'text/plain', 'cache-control': 'no-store' });
          res.end(next);
        });
      },
    });
  }

  const loadInOneTab = async (url: string, loads: number): Promise<ReportedEntry[][]> => {
    const reports: ReportedEntry[][] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reported = new Promise<ReportedEntry[][]>((ok, fail) => {
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => fail(new Error(`no report from ${url} within ${timeoutMs} ms`)), timeoutMs);
      };
      arm();
      waiting = (entries) => {
        reports.push(entries);
        if (reports.length < loads) {
          arm();
          return 'again';
        }
        clearTimeout(timer);
        waiting = null;
        ok(reports);
        return 'done';
      };
    });
    const { targetId } = await session.send<{ targetId: string }>('Target.createTarget', { url });
    try {
      return await reported;
    } finally {
      clearTimeout(timer);
      await session.send('Target.closeTarget', { targetId });
    }
  };

  await session.send('Target.setDiscoverTargets', { discover: false });
  return {
    load: async (url) => (await loadInOneTab(url, 1))[0]!,
    loadInOneTab,
    async close() {
      await session.send('Browser.close').catch(() => undefined);
      const exited =
        child.exitCode !== null ? Promise.resolve() : new Promise<void>((ok) => child.once('exit', () => ok()));
      const timer = setTimeout(() => spawnSync('pkill', ['-9', '-f', userDataDir]), 10_000);
      await exited;
      clearTimeout(timer);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
