/**
 * A series of numbered points told in sentences, "一是…。二是…。三是…。四是复苏河湖生态环境。": a point with no
 * marker of its own is a measure when the point before it in the series was one (the writer lists measures
 * the same way; a verb outside the imperative list, 复苏 or 锻造, leaves it bare). Over all golds, such bare
 * points after a marked one: 2 gold, 1 optional, 0 not; a series that opens on a statement ("一是数据产权界定
 * 不清。") is never marked, so its later points are not either.
 */
import type { DirectiveCategory } from '@/utils/highlights/record';

const ORDINALS = '一二三四五六七八九十';
const SHI = '是'.charCodeAt(0);

/** The ordinal of a "N是" point opening `sentence` (一是 → 1 … 十是 → 10); 0 when it opens with none. */
export function pointOrdinal(sentence: string): number {
  let i = 0;
  while (i < sentence.length && sentence.charCodeAt(i) <= 0x3000 && /\s/.test(sentence[i]!)) i++;
  if (sentence.charCodeAt(i + 1) !== SHI) return 0;
  return ORDINALS.indexOf(sentence[i] ?? '') + 1;
}

/** The last point of the series so far: its ordinal and the category it was marked with (null: none). */
export interface PointSeries {
  ordinal: number;
  category: DirectiveCategory | null;
}

/**
 * The category a bare point takes from the series (`series`: the point before it), or null. A target
 * lends its point's measure as an obligation, as a lead-in does.
 */
export function seriesCategory(ordinal: number, series: PointSeries): DirectiveCategory | null {
  if (ordinal < 2 || series.ordinal !== ordinal - 1 || !series.category) return null;
  return series.category === 'target' ? 'obligation' : series.category;
}

/**
 * A point that segmentation cut off inside one sentence (segment.ts splits "…工作：一是…；二是…。" at the colon and
 * the semicolons before a point): "一是"/"一要"/"第一，"/"其一，" opening the unit.
 */
const INNER_POINT =
  /^\s*(?:[一二三四五六七八九十]+(?:是|要)|第[一二三四五六七八九十]+[，,、是]|其[一二三四五六七八九十][，,、是])/;
const INNER_CUTS = new Set(['：', ':', '；', ';']);

/**
 * A point that carries its own modal, "一是要…" / "一要…": a duty whatever the head before it says (an office's
 * next steps told by its spokesman, "…说，下一步，水利部将重点做好三方面工作：一是要…", or an answer's bare "答："). Over
 * all golds, such sentences under a head that is no duty: the whole sentence gold 4, optional 0, not 0.
 */
export const OWN_MODAL_POINT = /^\s*[一二三四五六七八九十]+是?要/;

/**
 * The runs of units that are one sentence, "各地要重点做好三方面工作：一是…；二是…；三是…。": a unit ending in a
 * colon or a semicolon followed by a point, and the points after it up to the one that ends the sentence. As
 * [first, last] unit indexes. Over all golds, such sentences with a duty: the whole sentence is gold (5) or
 * optional (2), a point alone gold in 1 (contained in the whole), the head alone never
 * (gold-conventions.md, Headings and furniture).
 */
export function innerPointRuns(sentences: readonly string[]): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i + 1 < sentences.length; i++) {
    if (!cutBeforePoint(sentences, i)) continue;
    let last = i + 1;
    while (last + 1 < sentences.length && cutBeforePoint(sentences, last)) last++;
    runs.push([i, last]);
    i = last;
  }
  return runs;
}

const cutBeforePoint = (sentences: readonly string[], i: number) =>
  INNER_CUTS.has(sentences[i]!.trimEnd().slice(-1)) && INNER_POINT.test(sentences[i + 1]!);
