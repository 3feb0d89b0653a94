/**
 * Literal steps: a rule pattern made only of plain text and groups of plain alternatives
 * ("决不(?:能|允许|让)?"), which the scan compares in place instead of compiling a regex. Read
 * from the pattern by regex-source.ts's literalSteps when the rule index is built; matched here.
 */

/** One step of a literal-group pattern: one of `options` (tried in order), or nothing when optional. */
export interface LiteralStep {
  options: string[];
  optional: boolean;
  /** `??`: nothing is tried before the options. */
  lazy: boolean;
}

/** End of the steps' match from `pos` in the regex engine's order (first success wins), or -1. */
export function matchSteps(steps: readonly LiteralStep[], k: number, text: string, pos: number): number {
  if (k === steps.length) return pos;
  const step = steps[k] as LiteralStep;
  if (step.lazy) {
    const end = matchSteps(steps, k + 1, text, pos);
    if (end >= 0) return end;
  }
  for (const option of step.options) {
    if (!text.startsWith(option, pos)) continue;
    const end = matchSteps(steps, k + 1, text, pos + option.length);
    if (end >= 0) return end;
  }
  return step.optional && !step.lazy ? matchSteps(steps, k + 1, text, pos) : -1;
}
