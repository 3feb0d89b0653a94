/**
 * The skim layer: each directive's sentence and its core, in the layers of
 * utils/highlights/palette.ts. The density decides what shows: the sentence light under its
 * strong core ('full'), the cores alone ('cores': the sentence's range stays, unpainted, so a
 * click anywhere in it still offers to save it), or nothing ('off').
 *
 * The cores are computed after the first paint, in slices: their first computation on a cold
 * page costs 4–7 ms on the seed (V8 compiling the code, the tables being built), which the
 * sentences' paint does not wait for (ARCHITECTURE.md, "Cores and deadlines").
 */
import { addCores, type Directive } from '@/utils/analysis/directives';
import type { Article } from '@/utils/article/types';
import { CATEGORIES, type DirectiveCategory } from '@/utils/highlights/record';
import { coreLayer, directiveLayer } from '@/utils/highlights/palette';
import type { Density } from '@/utils/store/settings';
import { afterFrame, inSlices } from '@/utils/schedule';
import type { RangeMaker } from './ranges';

/** Directives cored between two looks at the clock. */
const BATCH = 16;

/** Every sentence and core layer, empty: what clears the skim layer. */
export function emptySkimLayers(): Record<string, Range[]> {
  return Object.fromEntries(
    CATEGORIES.flatMap((c) => [directiveLayer(c), coreLayer(c)]).map((l) => [l, [] as Range[]]),
  );
}

export interface SkimInput {
  directives: readonly Directive[];
  /** The sentence of each directive as a Range (null where the page changed). */
  sentences: readonly (Range | null)[];
  /** The core spans of each directive as Ranges; null while the cores are not known yet. */
  cores: readonly Range[][] | null;
  on: Record<DirectiveCategory, boolean>;
  density: Density;
}

/** The layers to paint: sentences and cores of the switched-on categories (none at density 'off'). */
export function skimLayers(input: SkimInput): Record<string, Range[]> {
  const layers = emptySkimLayers();
  if (input.density === 'off') return layers;
  input.directives.forEach((d, i) => {
    if (!input.on[d.category]) return;
    const sentence = input.sentences[i];
    if (sentence) layers[directiveLayer(d.category)]!.push(sentence);
    for (const core of input.cores?.[i] ?? []) layers[coreLayer(d.category)]!.push(core);
  });
  return layers;
}

/** The core layers alone (to add the cores to sentences already painted). */
export function coreLayersOf(input: Omit<SkimInput, 'sentences'>): Record<string, Range[]> {
  const all = skimLayers({ ...input, sentences: [] });
  return Object.fromEntries(CATEGORIES.map((c) => [coreLayer(c), all[coreLayer(c)]!]));
}

/** Each directive's core spans as Ranges in the live page. */
export function coreRanges(maker: RangeMaker, directives: readonly Directive[]): Range[][] {
  return directives.map((d) =>
    d.core.map((s) => maker.range(d.blockIndex, s.start, s.end)).filter((r): r is Range => r !== null),
  );
}

/**
 * Cores the directives (found with `{ cores: false }`) a slice at a time, the page running in
 * between; false when `current()` says they were superseded before the end.
 */
export async function coreInSlices(
  article: Article,
  directives: readonly Directive[],
  current: () => boolean,
): Promise<boolean> {
  if (directives.length === 0) return current();
  let next = 0;
  // The sentences just painted reach the screen first: slices queued now would hold their frame back.
  const done = await inSlices(
    'cores-slice',
    current,
    (shouldStop) => {
      do {
        const end = Math.min(directives.length, next + BATCH);
        addCores(article, directives.slice(next, end));
        next = end;
      } while (next < directives.length && !shouldStop());
      return next < directives.length ? null : true;
    },
    afterFrame,
  );
  return done === true && current();
}

/** Which directive list has its cores, and the one being cored: one computation per list. */
export function createCoring() {
  let cored: readonly Directive[] | null = null;
  let coring: readonly Directive[] | null = null;
  return {
    has: (list: readonly Directive[]) => cored === list,
    /** A caller cored `list` itself, at once. */
    cored(list: readonly Directive[]): void {
      cored = list;
    },
    /** Cores `list` in slices, unless done or under way; `then` runs once it is cored while still current. */
    start(article: Article, list: readonly Directive[], current: () => boolean, then: () => void): void {
      if (cored === list || coring === list) return;
      coring = list;
      const finish = (done: boolean) => {
        if (coring === list) coring = null;
        if (!done) return;
        cored = list;
        then();
      };
      coreInSlices(article, list, current).then(finish, () => finish(false));
    },
  };
}
