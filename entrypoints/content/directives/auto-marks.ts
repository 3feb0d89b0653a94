/**
 * Auto-marks: detect the article, find its directives, paint them, keep the outline panel
 * and the page facts up to date, and follow the page when it changes. Everything it starts
 * (observers, timers, the panel) ends with the content script's `ctx`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Directive } from '@/utils/analysis/directives';
import { looksLikeArticle, readDeferredMeta } from '@/utils/article/detect';
import type { Article } from '@/utils/article/types';
import type { ExportLang } from '@/utils/export/labels';
import { zeroCounts, type CategoryCounts } from '@/utils/counts';
import { CATEGORIES, type ArticleMeta, type DirectiveCategory } from '@/utils/highlights/record';
import {
  autoMarksOn,
  densityOn,
  DEFAULT_DENSITY,
  withSiteDensity,
  type Density,
  type Settings,
} from '@/utils/store/settings';
import type { OutlineLabels } from '@/components/outline/Outline';
import type { Painter } from '../paint/painter';
import { isSpaPortalHost } from '@/utils/portals';
import { mark, phase, phaseAsync, task } from '../perf/timing';
import { childLifetime, inSlices, whenIdle, yieldToPage } from '../schedule';
import { createDetector, settle, type Found } from './analysis';
import { createOutline } from './outline';
import { createFollowing, type FollowingDeps } from './follow';
import type { FollowLabels } from '@/components/follow/FollowButton';
import type { FollowDraft } from '@/utils/follows/record';
import { createRangeMaker } from './ranges';
import { keyPointsOf } from './key-points';
import { coreLayersOf, coreRanges, createCoring, emptySkimLayers, skimLayers } from './skim';
import { observeArticle, watchForLateArticle, watchNavigation, type ChangeReason } from './watch';

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
  /** The settings; never rejects (defaults when they cannot be read). Read only for an article. */
  loadSettings(): Promise<Settings>;
  /** Called whenever what the page is or what is painted changes. */
  onFacts(facts: PageFacts): void;
  saveCategories(categories: Record<DirectiveCategory, boolean>): Promise<unknown>;
  /** Remembers the skim density the reader chose for this site. */
  saveDensity(density: Density): Promise<unknown>;
  /** Called after the article changed under us (late content, SPA navigation) and was repainted. */
  onArticleChanged?(reason: ChangeReason): void;
  /** Following the article (./follow.ts): the background's answers and the button's words. */
  ask?: FollowingDeps['ask'];
  followLabels?: () => FollowLabels;
}

export interface AutoMarks {
  /** First run: detection (sync), then settings (only for an article), then paint. */
  start(): Promise<void>;
  applySettings(settings: Settings): void;
  /** Re-runs detection on a page that is not an article (toolbar button, SPA). */
  recheck(): void;
  togglePanel(): void;
  /** The article's follow (metadata and dated targets), or null when the page is no article. */
  followDraft(): FollowDraft | null;
  /** The article's key points as Markdown, labelled in `lang`; null when the page is no article. */
  keyPoints(lang: ExportLang): string | null;
}

const pageUrl = (href: string) => href.split('#')[0] ?? href;

export function createAutoMarks(deps: AutoMarksDeps): AutoMarks {
  const { doc, ctx } = deps;
  const { signal } = ctx;
  const detector = createDetector(doc, signal);
  let settings: Settings | null = null;
  let article: Article | null = null;
  let directives: Directive[] = [];
  /** What was adopted last: a repaint is skipped when a new analysis finds the same. */
  let signature = '';
  /** Ranges of the adopted directives built ahead of the first paint (while the settings are read). */
  let prebuilt: (Range | null)[] | null = null;
  let painted = false;
  /** The cores are computed after the first paint, in slices. */
  const coring = createCoring();
  let stopLate: (() => void) | null = null;
  let stopNavigation: (() => void) | null = null;
  let observer: ReturnType<typeof observeArticle> | null = null;
  let ignoringOwnWrites = false;

  const enabled = (): Record<DirectiveCategory, boolean> =>
    Object.fromEntries(CATEGORIES.map((c) => [c, settings?.categories[c] ?? true])) as Record<
      DirectiveCategory,
      boolean
    >;
  const marksOn = () => !!settings && !!article && autoMarksOn(settings, location.hostname);
  const density = (): Density => (settings ? densityOn(settings, location.hostname) : DEFAULT_DENSITY);

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
  const publish = () => {
    deps.onFacts(facts());
    following?.refresh();
  };
  /** The lifetime of the metadata read under way: a newer one (another article) ends it. */
  let metaRead: AbortController | null = null;
  /**
   * Publishes once the article's deferred metadata is read, in slices after the paint (a long
   * page's read takes ~25 ms: its text nodes and label cells); true once published, false when
   * superseded. The facts are published in the read's last slice.
   */
  const publishSoon = (): Promise<boolean> => {
    metaRead?.abort();
    const a = article;
    if (!a) {
      publish();
      return Promise.resolve(true);
    }
    const life = (metaRead = childLifetime(signal));
    const part = (stop: () => boolean) => {
      if (!readDeferredMeta(a.meta, stop)) return null;
      if (article === a) publish();
      return article === a;
    };
    return inSlices('publish', life.signal, part).then((done) => done === true);
  };

  const { ask, followLabels } = deps;
  const following =
    ask &&
    followLabels &&
    createFollowing({
      doc,
      ask,
      article: () => article,
      directives: () => directives,
      // A panel not mounted yet shows the state when it is (in idle time after the paint).
      onChange: () => outline.refresh(),
    });

  const outline = createOutline({
    ctx,
    doc,
    labels: () => deps.labels(),
    article: () => article,
    directives: () => directives,
    shown: marksOn,
    counts,
    enabled,
    toggleCategory(category) {
      if (!settings) return;
      const categories = { ...enabled(), [category]: !enabled()[category] };
      settings = { ...settings, categories };
      paint();
      deps.saveCategories(categories).catch(() => undefined);
    },
    density,
    setDensity(next) {
      if (!settings) return;
      settings = { ...settings, densitySites: withSiteDensity(settings, location.hostname, next) };
      paint();
      deps.saveDensity(next).catch(() => undefined);
    },
    keyPoints: (lang) => keyPoints(lang),
    reveal: (range) => deps.painter().reveal(range),
    follow:
      following && followLabels
        ? () => ({ ...following.state(), labels: followLabels(), onToggle: following.toggle })
        : undefined,
  });
  ctx.onInvalidated(() => outline.remove());

  function keyPoints(lang: ExportLang): string | null {
    if (!article) return null;
    const source = {
      article,
      directives,
      cored: coring.has(directives),
      enabled: enabled(),
      url: pageUrl(location.href),
    };
    const markdown = keyPointsOf(source, lang);
    coring.cored(directives);
    return markdown;
  }

  const adopt = (a: Article, found: Directive[]) => {
    article = a;
    directives = found;
    prebuilt = null;
    outline.invalidate();
    signature = `${found.map((d) => `${d.category}${d.start}-${d.end}`).join(',')}|${a.text}`;
  };

  const buildRanges = (): (Range | null)[] => {
    if (!article) return [];
    const maker = createRangeMaker(doc, article);
    return directives.map((d) => maker.range(d.blockIndex, d.start, d.end));
  };

  const paint = () => {
    if (!article || !marksOn()) {
      if (painted) deps.painter().setLayers(emptySkimLayers());
      painted = false;
      return;
    }
    const painter = deps.painter();
    if (!ignoringOwnWrites) {
      ignoringOwnWrites = true;
      ctx.onInvalidated(painter.onDomWrite(() => observer?.ignoreOwnWrites()));
    }
    // Prebuilt ranges serve the first paint only: a later paint (wrap mode rewrites text nodes) builds afresh.
    const sentences = prebuilt ?? phase('ranges', buildRanges);
    prebuilt = null;
    const cores = coring.has(directives)
      ? phase('core-ranges', () => coreRanges(createRangeMaker(doc, article!), directives))
      : null;
    painter.restyle(density());
    const layers = skimLayers({ directives, sentences, cores, on: enabled(), density: density() });
    phase('paint', () => painter.setLayers(layers));
    painted = true;
    if (!cores) coreLater();
  };

  /** Cores the adopted directives after this paint, then paints them and shows them in the outline. */
  const coreLater = () => {
    const [list, a] = [directives, article];
    if (!a) return;
    coring.start(
      a,
      list,
      () => directives === list && !signal.aborted,
      () => {
        outline.invalidate();
        task('cores-paint', () => {
          if (!painted || density() === 'off') return;
          const cores = coreRanges(createRangeMaker(doc, a), list);
          deps.painter().setLayers(coreLayersOf({ directives: list, cores, on: enabled(), density: density() }));
        });
        performance.mark('hzd-cores-painted');
        // A panel already shown lists the cores now; one not mounted yet is built with them when the page is idle.
        outline.refresh();
      },
    );
  };

  const becomeArticle = () => {
    stopLate?.();
    stopLate = null;
    // From here the article observer follows the page's navigations.
    stopNavigation?.();
    stopNavigation = null;
    paint();
    mark('hzd-painted');
    // The rest waits until the page has shown the paint: the facts (reading the article's
    // deferred metadata) in the next task, the panel when the page is idle.
    void publishSoon();
    whenIdle(() => task('deferred-panel', () => outline.sync()), signal);
    observer ??= observeArticle(doc, { signal, root: () => article?.root ?? null, onChange: reanalyze });
  };

  const becomeNonArticle = () => {
    observer?.stop();
    observer = null;
    article = null;
    directives = [];
    prebuilt = null;
    signature = '';
    outline.invalidate();
    paint();
    outline.sync();
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
      { poll: isSpaPortalHost(location.hostname), signal },
    );
    stopLate?.();
    const check = () => {
      const found = detector.detect();
      if (found) void adoptAndPaint(found);
      return !!found;
    };
    stopLate = watchForLateArticle(doc, check, { signal, checkSoon });
  };

  /** A cheap sign that the page changed: its address or its number of elements. */
  const pageShape = () => `${location.href} ${doc.getElementsByTagName('*').length}`;

  /** A page found to be an article after all (late body, toolbar button): adopt and paint it. */
  const adoptAndPaint = async (found: Found) => {
    if ((await settle(found, adopt)) !== 'adopted' || signal.aborted) return;
    settings ??= await deps.loadSettings();
    becomeArticle();
  };

  /** The lifetime of the newest reanalysis: a newer one ends it, and its slices stop. */
  let reanalysis: AbortController | null = null;

  /** The page changed under the painted article: detected and analysed again, a long page in slices. */
  function reanalyze(reason: ChangeReason): void {
    if (signal.aborted) return;
    reanalysis?.abort();
    const life = (reanalysis = childLifetime(signal)).signal;
    const before = signature;
    const oldBlocks = article?.blocks ?? [];
    const adoptFound = (found: Found | null) => {
      if (life.aborted) return; // superseded by a newer reanalysis
      if (!found) return becomeNonArticle();
      // The old paint stays until the new analysis is done.
      const settled = settle(found, adopt);
      if (settled === 'adopted') return repaintIfChanged(reason, before, oldBlocks, life);
      void settled.then((outcome) => {
        if (life.aborted) return;
        if (outcome === 'adopted') repaintIfChanged(reason, before, oldBlocks, life);
        else if (outcome === 'failed') becomeNonArticle();
      });
    };
    const detected = task('reanalyze', () => detector.detectSliced(life));
    if (detected instanceof Promise) void detected.then(adoptFound);
    else adoptFound(detected);
  }

  const repaintIfChanged = (
    reason: ChangeReason,
    before: string,
    oldBlocks: readonly { node: Node }[],
    life: AbortSignal,
  ) => {
    if (signal.aborted || !article) return;
    const blocks = article.blocks;
    const sameNodes = blocks.length === oldBlocks.length && blocks.every((b, i) => b.node === oldBlocks[i]?.node);
    if (signature === before && sameNodes && reason === 'content') return; // nothing new: no repaint, no flicker
    task('repaint', paint);
    // The outline and the facts (the new article's metadata read in slices) follow in later
    // tasks; the highlights are placed again once the report carries the new article.
    void yieldToPage()
      .then(() => {
        if (life.aborted) return false;
        task('outline-sync', () => outline.sync());
        return publishSoon();
      })
      .then((published) => {
        if (published && !life.aborted) deps.onArticleChanged?.(reason);
      });
  };

  /** Not an article: the report and the one bounded watcher wait for idle time. */
  const dismiss = () => {
    // Observing the page costs ~0.5 ms the first time; the watcher checks at once if the page changed in between.
    const shape = pageShape();
    whenIdle(
      () =>
        task('deferred-non-article', () => {
          if (article) return; // found meanwhile (toolbar button)
          publish();
          watchLate(pageShape() !== shape);
        }),
      signal,
    );
    mark('hzd-idle');
  };

  return {
    async start() {
      // Settings are needed only for an article; their read then overlaps with the analysis.
      const settingsRead = phase('looks-like-article-0', () => looksLikeArticle(doc, location.href))
        ? deps.loadSettings()
        : null;
      // A long page is detected and analysed in slices, the page's own tasks in between.
      const detected = settingsRead === null ? null : detector.detectSliced();
      const found = detected instanceof Promise ? await detected : detected;
      const settled = found ? settle(found, adopt) : null;
      const sliced = detected instanceof Promise || (settled !== null && settled !== 'adopted');
      const adopted = settled === 'adopted' || (settled !== null && (await settled) === 'adopted');
      if (!adopted || settingsRead === null) return dismiss();
      // The ranges do not depend on the settings: built while their read is under way. After
      // slices, the page has its turn first, and the ranges are built in the painting task.
      if (sliced) await yieldToPage();
      else prebuilt = phase('ranges', buildRanges);
      settings = await phaseAsync('settings-wait', () => settingsRead);
      task('after-settings', becomeArticle);
    },
    applySettings(next) {
      settings = next;
      if (!article) return;
      paint();
      outline.sync();
      publish();
    },
    recheck() {
      if (article) return;
      const found = detector.detect();
      if (found) void adoptAndPaint(found);
    },
    togglePanel() {
      if (!article) this.recheck();
      outline.toggle();
    },
    followDraft: () => following?.draft() ?? null,
    keyPoints,
  };
}
