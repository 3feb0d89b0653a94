/**
 * The reader's highlights on the page: anchored against one text model, painted one layer per
 * colour, and found again under a click. Pages with no highlights never create the painter.
 */
import { COLORS, type Highlight } from '@/utils/highlights/record';
import { colorOfLayer, userLayer } from '@/utils/highlights/palette';
import { collectText, type TextModel } from '@/utils/anchoring/text';
import type { Hit, Painter } from '../paint/painter';
import { layersOf, placeHighlights, type Placed } from './restore';

export interface UserLayers {
  /** Anchors and paints `records`; returns the ones that could not be placed. */
  paint(records: readonly Highlight[]): Highlight[];
  /** Which of `orphans` can be placed in `model` now. */
  placeable(orphans: readonly Highlight[], model: TextModel): number;
  /** The page text the last paint was anchored on. */
  lastText(): string;
  /** The id of the reader's highlight among the painter's hits, if any. */
  idAt(hits: readonly Hit[]): string | null;
  /** Where a highlight is on the page now (the painter's live range in wrap mode). */
  rangeOf(record: Highlight): Range | null;
  clear(): void;
}

export function createUserLayers(doc: Document, painter: () => Painter, existing: () => Painter | null): UserLayers {
  let placed: Placed[] = [];
  /** Per layer, the record ids in the order their ranges were painted (hit index → id). */
  let layerIds = new Map<string, string[]>();
  let text = '';
  const root = () => doc.body ?? doc.documentElement;

  return {
    paint(records) {
      // Nothing to paint and nothing painted yet: do not create the painter for an empty page.
      if (records.length === 0 && !existing()) {
        placed = [];
        layerIds = new Map();
        return [];
      }
      const placement = placeHighlights(root(), records, collectText(root()));
      placed = placement.placed;
      text = placement.text;
      const layers: Record<string, Range[]> = Object.fromEntries(COLORS.map((c) => [userLayer(c), [] as Range[]]));
      layerIds = new Map();
      for (const [layer, list] of layersOf(placed)) {
        layers[layer] = list.map((p) => p.range);
        layerIds.set(
          layer,
          list.map((p) => p.record.id),
        );
      }
      painter().setLayers(layers);
      return placement.orphans;
    },
    placeable: (orphans, model) => placeHighlights(root(), orphans, model).placed.length,
    lastText: () => text,
    idAt(hits) {
      const own = hits.find((hit) => colorOfLayer(hit.layer) !== null);
      return own ? (layerIds.get(own.layer)?.[own.index] ?? null) : null;
    },
    rangeOf(record) {
      const layer = userLayer(record.color);
      const index = layerIds.get(layer)?.indexOf(record.id) ?? -1;
      if (index < 0) return null;
      return painter().ranges(layer)[index] ?? placed.find((p) => p.record.id === record.id)?.range ?? null;
    },
    clear() {
      const p = existing();
      if (p) for (const color of COLORS) p.clear(userLayer(color));
    },
  };
}
