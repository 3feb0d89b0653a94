/**
 * Painting the skim layer of the adopted article (./skim.ts says what its layers hold): the
 * directives' sentences at once, their ranges built ahead of the first paint where there is
 * time; the cores a slice at a time after that paint, then painted over the sentences.
 * ./auto-marks.ts decides what is adopted and when it is painted; this file how.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Directive } from '@/utils/analysis/directives';
import type { Article } from '@/utils/article/types';
import type { DirectiveCategory } from '@/utils/highlights/record';
import type { Density } from '@/utils/store/settings';
import type { Painter } from '../paint/painter';
import { phase, task } from '@/utils/perf/timing';
import { createRangeMaker } from './ranges';
import { coreLayersOf, coreRanges, createCoring, emptySkimLayers, skimLayers } from './skim';

export interface SkimPaintingDeps {
  ctx: ContentScriptContext;
  doc: Document;
  /** The painter, created on first use. */
  painter(): Painter;
  /** The adopted article and its directives (found without their cores). */
  article(): Article | null;
  directives(): Directive[];
  /** Whether the directives are shown on this page at all (settings, site switch). */
  shown(): boolean;
  enabled(): Record<DirectiveCategory, boolean>;
  density(): Density;
  /** The painter wrote to the page (wrap mode): the article observer should not take it for a change. */
  onOwnWrite(): void;
  /** The adopted directives' cores are painted: the outline lists them now. */
  onCored(): void;
}

export interface SkimPainting {
  /** Paints the adopted directives as the settings say, or clears the layer when none are shown. */
  paint(): void;
  /** Builds the sentences' ranges for the next paint ahead of it (while the settings are read). */
  prebuild(): void;
  /** A new article or directive list was adopted: ranges built for the old one are dropped. */
  adopted(): void;
  /** Whether `list` has its cores. */
  hasCores(list: readonly Directive[]): boolean;
  /** A caller cored `list` itself, at once (the key points). */
  cored(list: readonly Directive[]): void;
}

export function createSkimPainting(deps: SkimPaintingDeps): SkimPainting {
  const { ctx, doc } = deps;
  /** Ranges of the adopted directives built ahead of the first paint. */
  let prebuilt: (Range | null)[] | null = null;
  let painted = false;
  let ignoringOwnWrites = false;
  /** The cores are computed after the first paint, in slices. */
  const coring = createCoring();

  const buildRanges = (): (Range | null)[] => {
    const article = deps.article();
    if (!article) return [];
    const maker = createRangeMaker(doc, article);
    return deps.directives().map((d) => maker.range(d.blockIndex, d.start, d.end));
  };

  const paint = () => {
    const article = deps.article();
    if (!article || !deps.shown()) {
      if (painted) deps.painter().setLayers(emptySkimLayers());
      painted = false;
      return;
    }
    const painter = deps.painter();
    if (!ignoringOwnWrites) {
      ignoringOwnWrites = true;
      ctx.onInvalidated(painter.onDomWrite(() => deps.onOwnWrite()));
    }
    const directives = deps.directives();
    const density = deps.density();
    // Prebuilt ranges serve the first paint only: a later paint (wrap mode rewrites text nodes) builds afresh.
    const sentences = prebuilt ?? phase('ranges', buildRanges);
    prebuilt = null;
    const cores = coring.has(directives)
      ? phase('core-ranges', () => coreRanges(createRangeMaker(doc, article), directives))
      : null;
    painter.restyle(density);
    const layers = skimLayers({ directives, sentences, cores, on: deps.enabled(), density });
    phase('paint', () => painter.setLayers(layers));
    painted = true;
    if (!cores) coreLater(article, directives);
  };

  /** Cores the adopted directives after this paint, then paints them over the sentences. */
  const coreLater = (article: Article, list: Directive[]) => {
    coring.start(
      article,
      list,
      () => deps.directives() === list && !ctx.signal.aborted,
      () => {
        task('cores-paint', () => {
          const density = deps.density();
          if (!painted || density === 'off') return;
          const cores = coreRanges(createRangeMaker(doc, article), list);
          deps.painter().setLayers(coreLayersOf({ directives: list, cores, on: deps.enabled(), density }));
        });
        performance.mark('hzd-cores-painted');
        deps.onCored();
      },
    );
  };

  return {
    paint,
    prebuild() {
      prebuilt = phase('ranges', buildRanges);
    },
    adopted() {
      prebuilt = null;
    },
    hasCores: (list) => coring.has(list),
    cored: (list) => coring.cored(list),
  };
}
