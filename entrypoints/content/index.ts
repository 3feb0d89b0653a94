/**
 * The content script: page → detect article → analyze → paint (./directives, ./paint); the
 * reader's own highlights (./highlighter); the page report to the background, whose answer
 * (settings + this page's highlights) starts the highlighter (./report.ts); the background's
 * commands. This file only wires the three rooms together; everything they start ends with
 * WXT's `ctx` (its AbortSignal), which only our own extension can end (./lifetime.ts).
 *
 * Timing marks for the benchmark (scripts/bench/paint.ts): `hzd-start` when the script
 * starts, `hzd-painted` once an article's directives are painted, `hzd-idle` once a
 * non-article page has been dismissed. Marks live on the document's performance timeline,
 * which the page's main world reads too: only the test and benchmark build makes them
 * (utils/perf/timing.ts).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import './perf/bundle-start';
import './early-settings';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PORTAL_MATCHES } from '@/utils/portals';
import type { PageReport } from '@/utils/messages';
import { zeroCounts } from '@/utils/counts';
import { pageIdentity } from '@/utils/highlights/page';
import { samePage } from '@/utils/highlights/url';
import { answerCommands, ask } from '@/platform/messaging';
import { createPainter, type Painter } from './paint/painter';
import { createAutoMarks, type PageFacts } from './directives/auto-marks';
import { createHighlighter, type Highlighter } from './highlighter/highlighter';
import { mark, phase, task } from '@/utils/perf/timing';
import { createReporter, type ReportReply } from './report';
import { loadSettings } from './settings';
import { followLabels, label, outlineLabels } from './labels';
import { holdLifetime, runningCopy } from './lifetime';

// Every module of the bundle has been evaluated by now (this module's body runs last).
mark('hzd-modules-evaluated');

export default defineContentScript({
  matches: PORTAL_MATCHES,
  runAt: 'document_idle',
  main(ctx) {
    mark('hzd-start');
    task('main', () => run(ctx));
  },
});

function run(ctx: ContentScriptContext): void {
  // The toolbar button can inject this script into a page that already has it.
  const running = runningCopy(window);
  if (running) return running.recheck();
  // From here on only our own extension ends this run, never the page (./lifetime.ts).
  holdLifetime(ctx, window, () => marks.recheck());
  const { signal } = ctx;

  let painter: Painter | null = null;
  const getPainter = () => (painter ??= phase('painter-create', () => createPainter(document)));

  let facts: PageFacts = {
    url: location.href.split('#')[0] ?? location.href,
    isArticle: false,
    article: null,
    counts: zeroCounts(),
  };
  // The reader's highlights that could not be placed.
  let orphanIds: string[] = [];
  const currentReport = (): PageReport => ({
    ...facts,
    // Highlights are keyed by the normalized URL (canonical link, no tracking parameters):
    // the background finds this tab's highlights, and tells it of changes, by this key.
    url: pageIdentity(document, location.href).url,
    title: document.title.slice(0, 1000),
    orphans: orphanIds.length,
    orphanIds,
  });

  // The reader's highlights: created from the first report's answer (after the first paint or
  // the non-article verdict), or earlier when a command for them arrives. Neither their
  // strings and listeners nor the message may hold up the directives' paint.
  let highlighter: Highlighter | null = null;
  const ensureHighlighter = (): Highlighter =>
    (highlighter ??= phase('highlights-create', () =>
      createHighlighter({
        doc: document,
        signal,
        painter: getPainter,
        peekPainter: () => painter,
        ask,
        label,
        article: () => facts.article,
        onOrphans(ids) {
          orphanIds = ids;
          reporter.queue();
        },
        onMoved: () => void reloadHighlights(),
      }),
    ));
  const load = (reply: ReportReply) => ensureHighlighter().load(reply);

  const reporter = createReporter({
    signal,
    snapshot: currentReport,
    deferred: () => !facts.isArticle,
    send: (page) => ask({ type: 'page/report', page }),
    current: () => samePage(facts.url, location.href),
    leave: () => ask({ type: 'page/left' }),
    onFirstReply: (reply) => task('deferred-highlights', () => load(reply)),
  });
  /** Another page's highlights, or changes to this one's: the report's answer has them. */
  const reloadHighlights = async () => {
    const reply = await reporter.now();
    if (reply) load(reply);
  };

  const marks = createAutoMarks({
    ctx,
    doc: document,
    painter: getPainter,
    labels: outlineLabels,
    loadSettings,
    onFacts(next) {
      facts = next;
      reporter.queue();
    },
    // A new URL is another page with its own highlights; new nodes need the ranges placed again.
    onArticleChanged(reason) {
      if (reason === 'url') void reloadHighlights();
      else highlighter?.reanchor();
    },
    // The badge and the popup must not keep the page left's counts until the new page is read.
    onMoved: () => reporter.left(),
    saveCategories: (categories) => ask({ type: 'settings/update', patch: { categories } }),
    ask,
    followLabels,
    saveDensity: (density) => ask({ type: 'settings/site-density', site: location.hostname, density }),
  });

  /** The background says something changed (settings, this page's highlights): one report, one answer. */
  const refresh = async () => {
    const reply = await reporter.now();
    if (!reply) return marks.recheck();
    marks.applySettings(reply.settings);
    load(reply);
  };

  answerCommands((command) => {
    switch (command.type) {
      case 'content/ping':
        return Promise.resolve(reporter.ping());
      case 'content/toggle-panel':
        marks.togglePanel();
        return Promise.resolve(null);
      case 'content/refresh':
        return refresh().then(() => null);
      case 'content/follow-draft':
        return Promise.resolve(marks.followDraft());
      case 'content/key-points': {
        const markdown = marks.keyPoints(command.lang);
        return Promise.resolve(markdown === null ? null : { markdown });
      }
      default:
        // content/scroll-to, content/highlight-selection, content/focus-toolbar: the reader's highlights.
        return ensureHighlighter().handleCommand(command);
    }
  }, signal);

  // A page restored from the back/forward cache: the browser cleared the tab's badge and the
  // background has the page since shown there; highlights and settings may have changed meanwhile.
  window.addEventListener(
    'pageshow',
    (event) => {
      if (event.persisted) void refresh();
    },
    { signal },
  );

  void marks.start().catch(() => undefined);
}
