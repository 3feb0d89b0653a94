/**
 * Auto-marks: detect the article, find its directives, paint them, keep the outline panel
 * and the page facts up to date, and follow the page when it changes. Everything it starts
 * (observers, timers, the panel) ends with the content script's `ctx`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Directive } from '@/utils/analysis/directives';
import { looksLikeArticle } from '@/utils/article/looks-like-article';
import type { Article } from '@/utils/article/types';
import type { ExportLang } from '@/utils/export/labels';
import { zeroCounts, type CategoryCounts } from '@/utils/counts';
import { CATEGORIES, type DirectiveCategory } from '@/utils/highlights/record';
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
import { mark, phase, phaseAsync, task } from '@/utils/perf/timing';
import { whenIdle, yieldToPage } from '@/utils/schedule';
import { createDetector, settle, type Found } from './analysis';
import { createOutline } from './outline';
import { createFollowing, type FollowingDeps } from './follow';
import type { FollowLabels } from '@/components/follow/FollowButton';
import type { FollowDraft } from '@/utils/follows/record';
import { keyPointsOf } from './key-points';
import { createSkimPainting } from './skim-painting';
import { createFactsPublisher, pageUrl, type PageFacts } from './page-facts';
import { samePage } from '@/utils/highlights/url';
import { observeArticle, type ChangeReason } from './watch';
import { createNonArticleWatch } from './non-article-watch';
import { createReanalysis } from './reanalysis';

export type { PageFacts } from './page-facts';

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
  /** The address moved off the painted article (History API), before it is read again. */
  onMoved?(): void;
  /** Following the article (./follow.ts): the background's answers and the button's words. */
  ask?: FollowingDeps['ask'];
  followLabels?: () => FollowLabels;
}

export interface AutoMarks {
  /** First run: detection (sync), then settings (only for an article), then paint. */
  start(): Promise<void>;
  applySettings(settings: Settings): void;
  /** Re-runs detection on a page that is not an article (toolbar button, SPA), or moved to another address. */
  recheck(): void;
  togglePanel(): void;
  /** The article's follow (metadata and dated targets), or null when the page is no article. */
  followDraft(): FollowDraft | null;
  /** The article's key points as Markdown, labelled in `lang`; null when the page is no article. */
  keyPoints(lang: ExportLang): string | null;
}

export function createAutoMarks(deps: AutoMarksDeps): AutoMarks {
  const { doc, ctx } = deps;
  const { signal } = ctx;
  const detector = createDetector(doc, signal);
  let settings: Settings | null = null;
  let article: Article | null = null;
  let directives: Directive[] = [];
  /** What was adopted last: a repaint is skipped when a new analysis finds the same. */
  let signature = '';
  let observer: ReturnType<typeof observeArticle> | null = null;

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

  const facts = createFactsPublisher({
    signal,
    article: () => article,
    counts,
    onFacts(next) {
      deps.onFacts(next);
      following?.refresh();
    },
  });
  const { publish, publishSoon } = facts;

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

  const skim = createSkimPainting({
    ctx,
    doc,
    painter: () => deps.painter(),
    article: () => article,
    directives: () => directives,
    shown: marksOn,
    enabled,
    density,
    onOwnWrite: () => observer?.ignoreOwnWrites(),
    onCored() {
      outline.invalidate();
      // A panel already shown lists the cores now; one that waited for them is built now, in idle time.
      if (panelAwaitsCores) {
        panelAwaitsCores = false;
        preparePanel();
      } else outline.refresh();
    },
  });
  const paint = () => skim.paint();

  function keyPoints(lang: ExportLang): string | null {
    if (!article) return null;
    const source = {
      article,
      directives,
      cored: skim.hasCores(directives),
      enabled: enabled(),
      url: pageUrl(location.href),
    };
    const markdown = keyPointsOf(source, lang);
    skim.cored(directives);
    return markdown;
  }

  const adopt = (a: Article, found: Directive[]) => {
    article = a;
    directives = found;
    skim.adopted();
    outline.invalidate();
    signature = `${found.map((d) => `${d.category}${d.start}-${d.end}`).join(',')}|${a.text}`;
  };

  /** The panel waits for the cores being computed: an outline built before them would be built again. */
  let panelAwaitsCores = false;
  const preparePanel = () =>
    whenIdle(() => {
      if (marksOn() && !skim.hasCores(directives)) {
        panelAwaitsCores = true;
        return;
      }
      // The outline of a long article takes a while to build: a task of its own before the mount.
      task('deferred-panel-model', () => outline.prepare());
      void yieldToPage().then(() => !signal.aborted && task('deferred-panel', () => outline.sync()));
    }, signal);

  const becomeArticle = () => {
    // From here the article observer follows the page's navigations.
    nonArticle.stop();
    paint();
    mark('hzd-painted');
    // The rest waits until the page has shown the paint: the facts once the article's deferred
    // metadata is read (in slices, from the next task on), the panel when the page is idle.
    void publishSoon();
    preparePanel();
    observer ??= observeArticle(doc, {
      signal,
      root: () => article?.root ?? null,
      onChange: reanalyze,
      onMoved: () => deps.onMoved?.(),
    });
  };

  const becomeNonArticle = () => {
    observer?.stop();
    observer = null;
    article = null;
    directives = [];
    skim.adopted();
    signature = '';
    outline.invalidate();
    paint();
    outline.sync();
    publish();
    nonArticle.watchLate();
  };

  /** A page found to be an article after all (late body, toolbar button): adopt and paint it. */
  const adoptAndPaint = async (found: Found) => {
    if ((await settle(found, adopt)) !== 'adopted' || signal.aborted) return;
    settings ??= await deps.loadSettings();
    becomeArticle();
  };

  const reanalyze = createReanalysis({
    signal,
    detector,
    adopted: () => (article ? { blocks: article.blocks, signature } : null),
    adopt,
    lost: () => becomeNonArticle(),
    repaint: paint,
    refresh() {
      task('outline-sync', () => outline.sync());
      return publishSoon();
    },
    onChanged: (reason) => deps.onArticleChanged?.(reason),
  });

  const nonArticle = createNonArticleWatch({
    ctx,
    doc,
    detect: () => detector.detect(),
    isArticle: () => !!article,
    found: (found) => void adoptAndPaint(found),
    publish,
  });

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
      if (!adopted || settingsRead === null) return nonArticle.dismiss();
      // The ranges do not depend on the settings: built while their read is under way. After
      // slices, the page has its turn first, and the ranges of a long article are built in a
      // task of their own (in the painting task they made it the longest of the page's load).
      if (sliced) {
        await yieldToPage();
        if (signal.aborted) return;
        task('prebuild-ranges', () => skim.prebuild());
        await yieldToPage();
      } else skim.prebuild();
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
      // A History-API move not seen yet (Firefox has no Navigation API; the page did not change):
      // read the page at its new address, or its report stays unsent.
      if (article && !samePage(article.meta.url, location.href)) return reanalyze('url');
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
