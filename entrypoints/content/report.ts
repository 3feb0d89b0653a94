/**
 * The page report: what the tab shows, sent to the background, which answers with the settings
 * and this page's highlights. The content script starts the reader's highlights from the first
 * answer (one round trip, no separate `settings/get` and `highlights/list`).
 *
 * A report never delays painting: it goes out in a task of its own, and reports asked for
 * within one task go out as one (each is a snapshot of the same state).
 */
import type { PageReport, PingReply } from '@/utils/messages';
import type { ResponseMap } from '@/utils/message-replies';
import { task } from '@/utils/perf/timing';
import { after } from '@/utils/schedule';

export type ReportReply = ResponseMap['page/report'];

export interface ReporterDeps {
  signal: AbortSignal;
  snapshot(): PageReport;
  /** Whether the report is idle-time work (a non-article page): the task is named so for the benchmark. */
  deferred(): boolean;
  send(page: PageReport): Promise<ReportReply>;
  /**
   * Whether the facts are those of the page at the tab's address now. After a History-API move
   * they are the page left's until the new one is read (a quarter second or more); a report of
   * them would reach the background with the new address, which it keeps them under.
   */
  current(): boolean;
  /** Tells the background the tab left the page reported: it drops the report and its badge. */
  leave(): Promise<unknown>;
  /** The first answer the background gave (later ones are asked for with `now`). */
  onFirstReply(reply: ReportReply): void;
}

export interface Reporter {
  /** Sends the report in a task of its own. */
  queue(): void;
  /** Sends the report at once; the background's answer, or null when it gave none. */
  now(): Promise<ReportReply | null>;
  /**
   * The answer to `content/ping`: the report as it stands, and whether the page has been
   * reported at all (`settled`: a report was queued, i.e. the script has its verdict on the
   * page). A settled script whose report the background does not have lost it or had it refused:
   * the popup then asks for one now (`content/refresh`) instead of waiting for it.
   */
  ping(): PingReply;
  /** The tab's address moved off the page read (History API): the background is told, once a move. */
  left(): void;
}

export function createReporter(deps: ReporterDeps): Reporter {
  let queued = false;
  let answered = false;
  let settled = false;
  /** The background was told the tab left the page it had reported. */
  let told = false;

  const send = async (): Promise<ReportReply | null> => {
    // Nothing of a page the tab left: the new page's facts are published when they are read.
    if (!deps.current()) return null;
    told = false;
    const reply = await deps.send(deps.snapshot()).catch(() => null);
    if (!reply || deps.signal.aborted) return null;
    return reply;
  };

  return {
    queue() {
      settled = true;
      if (queued) return;
      queued = true;
      after(
        0,
        () =>
          task(deps.deferred() ? 'deferred-report' : 'report', () => {
            queued = false;
            void send().then((reply) => {
              if (!reply || answered) return;
              answered = true;
              deps.onFirstReply(reply);
            });
          }),
        deps.signal,
      );
    },
    async now() {
      const reply = await send();
      if (reply) answered = true;
      return reply;
    },
    // No verdict on the page at the tab's address yet: the popup waits for its report.
    ping: () => ({ ...deps.snapshot(), settled: settled && deps.current() }),
    left() {
      if (!settled || told || deps.current()) return;
      told = true;
      void deps.leave().catch(() => undefined);
    },
  };
}
