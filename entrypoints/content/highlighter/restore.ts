/**
 * Finding saved highlights again: every record is anchored against ONE text model of the
 * page, and the result is split into placed ranges and orphans (records that could not be
 * found; they are never deleted, only reported).
 */
import type { Highlight } from '@/utils/highlights/record';
import { userLayer } from '@/utils/highlights/palette';
import { anchorAll } from '@/utils/anchoring/anchor';
import { collectText, offsetsToRange, type TextModel } from '@/utils/anchoring/text';

export interface Placed {
  record: Highlight;
  range: Range;
}

export interface Placement {
  placed: Placed[];
  orphans: Highlight[];
  /** The text the placement was computed on (to tell later whether the page text changed). */
  text: string;
}

/** Anchors `records` under `root` (usually document.body). */
export function placeHighlights(
  root: Node,
  records: readonly Highlight[],
  model: TextModel = collectText(root),
): Placement {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  const placed: Placed[] = [];
  const orphans: Highlight[] = [];
  const found = anchorAll(model.text, records);
  records.forEach((record, i) => {
    const hit = found[i];
    const range = hit && doc ? offsetsToRange(doc, model, hit.start, hit.end) : null;
    if (range) placed.push({ record, range });
    else orphans.push(record);
  });
  return { placed, orphans, text: model.text };
}

/** Groups placed highlights by paint layer ('hzd-u-<color>'), each layer in page order. */
export function layersOf(placed: readonly Placed[]): Map<string, Placed[]> {
  const layers = new Map<string, Placed[]>();
  for (const p of placed) {
    const name = userLayer(p.record.color);
    const list = layers.get(name) ?? [];
    list.push(p);
    layers.set(name, list);
  }
  return layers;
}
