/**
 * Auto-marks: detect the article, find its directives, paint them, keep the outline panel
 * and the page report up to date, and follow the page when it changes.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { directiveScanner, findDirectives, type Directive } from '@/utils/analysis/directives';
import { detectArticle, looksLikeArticle } from '@/utils/article/detect';
import type { Article } from '@/utils/article/types';
import { zeroCounts, keyDirectiveCount, type CategoryCounts } from '@/utils/counts';
import { CATEGORIES, type ArticleMeta, type DirectiveCategory } from '@/utils/highlights/record';
import { autoMarksOn, type Settings } from '@/utils/store/settings';
import { buildOutline, type OutlineSection } from '@/components/outline/model';
import type { OutlineLabels, OutlineProps } from '@/components/outline/Outline';
import type { Painter } from '../paint/painter';
import { CATEGORY_STYLES, directiveLayer } from '../paint/palette';
import { createRangeMaker } from './ranges';
import { isSpaPortalHost } from '@/utils/portals';
import { observeArticle, watchForLateArticle, watchNavigation } from './watch';
import { mountOutlinePanel, pageIsDark, type OutlinePanel } from './panel';
import { phase, phaseAsync, task } from '../perf/timing';

export interface PageFacts {
  url: string;
  isArticle: boolean;
  article: ArticleMeta | null;
  counts: CategoryCounts;
}

export interface AutoMarksDeps {
  ctx: ContentScriptContext;
  doc: Document;
  /** The painter, created on first use (a non-article page never gets one). */
  painter(): Painter;
  labels(): OutlineLabels;
  /** Called whenever what the page is or what is painted changes. */
  onFacts(facts: PageFacts): void;
  saveCategories(categories: Record<DirectiveCategory, boolean>): Promise<unknown>;
  /** The settings; never rejects (defaults when they cannot be read). */
  loadSettings(): Promise<Settings>;
  /** Called once the first run has painted the article or dismissed the page. */
  afterFirstRun?(): void;
  /** Called after the article changed under us (late content, SPA navigation) and was repainted. */
  onArticleChanged?(reason: 'content' | 'url'): void;
}

export interface AutoMarks {
  /** First run: detection (sync), then settings (only for an article), then paint. */
  start(loadSettings: () => Promise<Settings>): Promise<void>;
  applySettings(settings: Settings): void;
  /** Re-runs detection on a page that is not an article (toolbar button, SPA). */
  recheck(): void;
  togglePanel(): void;
  stop(): void;
}

const pageUrl = (href: string) => href.split('#')[0] ?? href;

/**
 * Articles longer than this are analysed in slices of SLICE_MS, with the page's own tasks
 * (input, rendering, its scripts) running in between: a 100,000-character article takes
 * 60-75 ms to analyse the first time, too long to hold the page's main thread in one piece.
 */
const SLICE_ABOVE_CHARS = 20_000;
const SLICE_MS = 8;

/** Lets the page run before the next slice (scheduler.yield where there is one: it resumes first). */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((ok) => setTimeout(ok, 0));
}

/** A detected article; its directives are known at once, or later when it is analysed in slices. */
interface Found {
  article: Article;
  /** The directives, or their promise (null when a newer detection superseded this one). */
  directives: Directive[] | Promise<Directive[] | null>;
}

/** Runs `fn` when the page is idle (soon after, at the latest), or in a later task where idle callbacks are missing. */
function whenIdle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 200 });
  else setTimeout(fn, 0);
}

export function createAutoMarks(deps: AutoMarksDeps): AutoMarks {
  const { doc, ctx } = deps;
  let settings: Settings | null = null;
  let article: Article | null = null;
  let directives: Directive[] = [];
  /** The outline of the adopted article, built when the panel first needs it. */
  let sections: OutlineSection[] | null = null;
  let signature = '';
  /** Ranges of the adopted directives built ahead of the first paint (while the settings are read). */
  let prebuilt: (Range | null)[] | null = null;
  let panel: OutlinePanel | null = null;
  let panelPending = false;
  let open = false;
  let stopLate: (() => void) | null = null;
  let stopNavigation: (() => void) | null = null;
  let observer: ReturnType<typeof observeArticle> | null = null;
  let painted = false;
  let unsubscribePainter: (() => void) | null = null;

  const enabled = (): Record<DirectiveCategory, boolean> =>
    Object.fromEntries(CATEGORIES.map((c) => [c, settings?.categories[c] ?? true])) as Record<
      DirectiveCategory,
      boolean
    >;
  const marksOn = () => !!settings && !!article && autoMarksOn(settings, location.hostname);

  const counts = (): CategoryCounts => {
    const c = zeroCounts();
    if (marksOn()) for (const d of directives) c[d.category]++;
    return c;
  };

  const facts = (): PageFacts => {
    let meta: ArticleMeta | null = null;
    if (article) {
      const { url: _url, ...rest } = article.meta;
      meta = rest;
    }
    return { url: pageUrl(location.href), isArticle: !!article, article: meta, counts: counts() };
  };

  /** Bumped by every detection: a sliced analysis still running for an older one stops. */
  let generation = 0;

  /** Detection + analysis; null when the page is not an article (checked cheaply first). */
  const detect = (): Found | null => {
    const mine = ++generation;
    const url = location.href;
    if (!phase('looks-like-article', () => looksLikeArticle(doc, url))) return null;
    // The metadata (dates, source, …) is read when the report first asks for it, after painting.
    const found = phase('detect-article', () => detectArticle(doc, url, { deferMeta: true }));
    if (!found) return null;
    if (found.text.length <= SLICE_ABOVE_CHARS)
      return { article: found, directives: phase('find-directives', () => findDirectives(found)) };
    const scanner = directiveScanner(found);
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      return scanner.step(() => performance.now() >= until);
    };
    // Detection itself took a while on a page this long: the page has its turn first.
    const rest = async (): Promise<Directive[] | null> => {
      for (;;) {
        await yieldToPage();
        if (mine !== generation || ctx.isInvalid) return null;
        const done = task('analysis-slice', slice);
        if (done) return done;
      }
    };
    return { article: found, directives: phaseAsync('find-directives', rest) };
  };

  /**
   * Adopts a detection once its directives are known: at once when they are, else later
   * ('superseded' when a newer detection came first, 'failed' when the analysis threw).
   */
  const settle = (found: Found): 'adopted' | Promise<'adopted' | 'superseded' | 'failed'> => {
    const { article: a, directives: d } = found;
    if (Array.isArray(d)) {
      adopt(a, d);
      return 'adopted';
    }
    return d.then(
      (list) => {
        if (!list) return 'superseded';
        adopt(a, list);
        return 'adopted';
      },
      () => 'failed',
    );
  };

  const adopt = (a: Article, found: Directive[]) => {
    article = a;
    directives = found;
    sections = null;
    prebuilt = null;
    signature = `${found.map((d) => `${d.category}${d.start}-${d.end}`).join(',')}|${a.text}`;
  };

  const outline = (): OutlineSection[] => {
    const a = article;
    if (!a) return [];
    return (sections ??= phase('outline-model', () => buildOutline(a.blocks, directives)));
  };

  const buildRanges = (): (Range | null)[] => {
    if (!article) return [];
    const maker = createRangeMaker(doc, article);
    return directives.map((d) => maker.range(d.blockIndex, d.start, d.end));
  };

  const paint = () => {
    if (!article || !marksOn()) {
      if (painted) deps.painter().setLayers(Object.fromEntries(CATEGORIES.map((c) => [directiveLayer(c), []])));
      painted = false;
      return;
    }
    const painter = deps.painter();
    if (!unsubscribePainter) unsubscribePainter = painter.onDomWrite(() => observer?.ignoreOwnWrites());
    const on = enabled();
    // Prebuilt ranges serve the first paint only: a later paint (wrap mode rewrites text nodes) builds afresh.
    const ranges = prebuilt ?? phase('ranges', buildRanges);
    prebuilt = null;
    const layers: Record<string, Range[]> = Object.fromEntries(CATEGORIES.map((c) => [directiveLayer(c), []]));
    directives.forEach((d, i) => {
      const range = ranges[i];
      if (range && on[d.category]) layers[directiveLayer(d.category)]!.push(range);
    });
    phase('paint', () => painter.setLayers(layers));
    painted = true;
  };

  const outlineProps = (): OutlineProps => {
    const c = counts();
    return {
      sections: outline(),
      counts: c,
      enabled: enabled(),
      swatches: CATEGORY_STYLES,
      labels: deps.labels(),
      total: keyDirectiveCount(c),
      open,
      dark: pageIsDark(doc),
      onOpenChange(next) {
        open = next;
        syncPanel();
      },
      onToggleCategory(category) {
        if (!settings) return;
        const categories = { ...enabled(), [category]: !enabled()[category] };
        settings = { ...settings, categories };
        paint();
        syncPanel();
        deps.saveCategories(categories).catch(() => undefined);
      },
      onRevealDirective(index) {
        const d = directives[index];
        if (!d || !article) return;
        const range = createRangeMaker(doc, article).range(d.blockIndex, d.start, d.end);
        if (range) deps.painter().reveal(range);
      },
      onRevealBlock(blockIndex) {
        const block = article?.blocks[blockIndex];
        if (!block?.node.isConnected) return;
        const range = doc.createRange();
        range.selectNodeContents(block.node);
        deps.painter().reveal(range);
      },
    };
  };

  /** Shows the panel when there is something to outline, removes it otherwise. */
  const syncPanel = () => {
    const wanted = marksOn() && directives.length > 0;
    if (!wanted) {
      panel?.remove();
      panel = null;
      open = false;
      return;
    }
    if (panel) panel.update(outlineProps());
    else if (!panelPending) {
      panelPending = true;
      phaseAsync('panel-mount', () => mountOutlinePanel(ctx, outlineProps()))
        .then((p) => {
          panelPending = false;
          if (ctx.isInvalid) return p.remove();
          panel = p;
          panel.update(outlineProps()); // state may have moved on while mounting
        })
        .catch(() => {
          panelPending = false;
        });
    }
  };

  const publish = () => deps.onFacts(facts());

  const becomeArticle = () => {
    stopLate?.();
    stopLate = null;
    // From here the article observer follows the page's navigations.
    stopNavigation?.();
    stopNavigation = null;
    paint();
    performance.mark('hzd-painted');
    // The rest waits until the page has shown the paint: the facts (reading the article's
    // deferred metadata) in the next task, the panel when the page is idle.
    setTimeout(() => task('publish', publish));
    whenIdle(() => task('deferred-panel', syncPanel));
    if (!observer) {
      observer = observeArticle(doc, {
        root: () => article?.root ?? null,
        onChange: (reason) => reanalyze(reason),
      });
    }
  };

  const becomeNonArticle = () => {
    observer?.stop();
    observer = null;
    article = null;
    directives = [];
    sections = null;
    prebuilt = null;
    signature = '';
    paint();
    syncPanel();
    publish();
    watchLate();
  };

  const watchLate = (checkSoon = false) => {
    // While the page is no article, a navigation inside it (a single-page app opening an
    // article) starts a fresh watch that checks at once.
    stopNavigation ??= watchNavigation(
      window,
      () => {
        if (!article && !ctx.isInvalid) watchLate(true);
      },
      { poll: isSpaPortalHost(location.hostname) },
    );
    stopLate?.();
    stopLate = watchForLateArticle(
      doc,
      () => {
        const found = detectSafely();
        if (!found) return false;
        void adoptAndPaint(found);
        return true;
      },
      { checkSoon },
    );
  };

  /** A cheap sign that the page changed: its address or its number of elements. */
  const pageShape = () => `${location.href} ${doc.getElementsByTagName('*').length}`;

  const detectSafely = (): Found | null => {
    try {
      return detect();
    } catch {
      return null; // a page we cannot read is treated as not an article, never as an error in its console
    }
  };

  /** A page found to be an article after all (late body, toolbar button): adopt and paint it. */
  const adoptAndPaint = async (found: Found) => {
    if ((await settle(found)) !== 'adopted' || ctx.isInvalid) return;
    settings ??= await deps.loadSettings();
    becomeArticle();
  };

  const reanalyze = (reason: 'content' | 'url') => {
    if (ctx.isInvalid) return;
    const before = signature;
    const oldBlocks = article?.blocks ?? [];
    const found = detectSafely();
    if (!found) {
      becomeNonArticle();
      return;
    }
    // The old paint stays until the new analysis is done.
    const settled = settle(found);
    if (settled === 'adopted') repaintIfChanged(reason, before, oldBlocks);
    else
      void settled.then((outcome) => {
        if (outcome === 'adopted') repaintIfChanged(reason, before, oldBlocks);
        else if (outcome === 'failed') becomeNonArticle();
      });
  };

  const repaintIfChanged = (reason: 'content' | 'url', before: string, oldBlocks: readonly { node: Node }[]) => {
    if (ctx.isInvalid) return;
    const sameNodes =
      article!.blocks.length === oldBlocks.length && article!.blocks.every((b, i) => b.node === oldBlocks[i]?.node);
    if (signature === before && sameNodes && reason === 'content') return; // nothing new: no repaint, no flicker
    paint();
    syncPanel();
    publish();
    deps.onArticleChanged?.(reason);
  };

  return {
    async start(loadSettings) {
      try {
        // Settings are needed only for an article; their read then overlaps with the analysis.
        const settingsRead = phase('looks-like-article-0', () => looksLikeArticle(doc, location.href))
          ? loadSettings()
          : null;
        const found = settingsRead === null ? null : detectSafely();
        const settled = found ? settle(found) : null;
        const adopted = settled === 'adopted' || (settled !== null && (await settled) === 'adopted');
        if (!adopted || settingsRead === null) {
          // Not an article: nothing to undo or paint. The report and the one bounded watcher wait
          // for idle time (observing the page costs ~0.5 ms the first time), and the watcher
          // checks at once if the page changed in between.
          const shape = pageShape();
          whenIdle(() =>
            task('deferred-non-article', () => {
              if (article || ctx.isInvalid) return; // found meanwhile (toolbar button)
              publish();
              watchLate(pageShape() !== shape);
            }),
          );
          performance.mark('hzd-idle');
          return;
        }
        // The ranges do not depend on the settings: built while their read is under way.
        prebuilt = phase('ranges', buildRanges);
        settings = await phaseAsync('settings-wait', () => settingsRead);
        task('after-settings', becomeArticle);
      } finally {
        deps.afterFirstRun?.();
      }
    },
    applySettings(next) {
      settings = next;
      if (!article) return;
      paint();
      syncPanel();
      publish();
    },
    recheck() {
      if (article) return;
      const found = detectSafely();
      if (found) void adoptAndPaint(found);
    },
    togglePanel() {
      if (!article) this.recheck();
      if (!marksOn() || directives.length === 0) return;
      open = !open;
      syncPanel();
    },
    stop() {
      observer?.stop();
      stopLate?.();
      stopNavigation?.();
      unsubscribePainter?.();
      panel?.remove();
    },
  };
}
