/**
 * Small edit-distance helpers used to score and verify anchors.
 * Works on UTF-16 code units, like approx-string-match, so error counts agree.
 */

/**
 * Levenshtein distance between `a` and `b`, computed only inside the diagonal band of
 * width `2 * max + 1`. Returns `max + 1` as soon as the distance is known to exceed `max`,
 * so the cost is O(a.length * max) rather than O(a.length * b.length).
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  const limit = Math.max(0, Math.floor(max));
  const over = limit + 1;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > limit) return over;
  if (la === 0 || lb === 0) return Math.max(la, lb);

  let prev = new Int32Array(lb + 2);
  let cur = new Int32Array(lb + 2);
  for (let j = 0; j <= lb + 1; j++) prev[j] = j <= limit ? j : over;

  for (let i = 1; i <= la; i++) {
    const lo = Math.max(1, i - limit);
    const hi = Math.min(lb, i + limit);
    // Cells just outside the band must read as "too far" rather than stale values.
    cur[lo - 1] = lo === 1 && i <= limit ? i : over;
    let rowMin = cur[lo - 1]!;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const substitution = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const deletion = prev[j]! + 1;
      const insertion = cur[j - 1]! + 1;
      let value = substitution < deletion ? substitution : deletion;
      if (insertion < value) value = insertion;
      if (value > over) value = over;
      cur[j] = value;
      if (value < rowMin) rowMin = value;
    }
    cur[hi + 1] = over;
    if (rowMin > limit) return over;
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  return Math.min(prev[lb]!, over);
}

/** Plain Levenshtein distance (unbounded). Meant for short strings such as context. */
export function editDistance(a: string, b: string): number {
  return boundedEditDistance(a, b, Math.max(a.length, b.length));
}

/**
 * Similarity in [0, 1] between an expected string and what is actually there:
 * 1 - distance / expected length. An empty expectation carries no evidence, so it scores 1.
 */
export function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1;
  const d = boundedEditDistance(expected, actual, expected.length);
  return Math.max(0, 1 - d / expected.length);
}
