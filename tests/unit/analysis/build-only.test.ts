/**
 * The rule index's build path (reading regex sources, building the automaton and keys) is for
 * `npm run gen:rule-index` and tests: nothing a page runs imports it, so the content script does
 * not bundle it. Followed here through the value imports (type-only ones are erased).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const BUILD_ONLY = [
  'utils/analysis/matcher-build.ts',
  'utils/analysis/automaton-build.ts',
  'utils/analysis/rule-index.ts',
  'utils/analysis/regex-source.ts',
  'utils/analysis/regex-texts.ts',
  'utils/analysis/regex-pairs.ts',
  'utils/analysis/regex-firsts.ts',
];

/** The project files `file` imports values from (relative and `@/` specifiers). */
function valueImports(file: string): string[] {
  const src = readFileSync(join(ROOT, file), 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
    if (m[1]) continue;
    const spec = m[2]!;
    const base = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? join(dirname(file), spec) : null;
    if (!base) continue;
    const hit = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(join(ROOT, f)));
    if (hit) out.push(hit);
  }
  return out;
}

function reachable(from: string): Set<string> {
  const seen = new Set([from]);
  for (const file of seen) for (const next of valueImports(file)) seen.add(next);
  return seen;
}

describe('the rule-index build path', () => {
  it('is not reachable from the analysis a page runs', () => {
    const runtime = reachable('utils/analysis/analyze.ts');
    expect(runtime.has('utils/analysis/matcher.ts')).toBe(true); // the walk follows the imports
    expect(BUILD_ONLY.filter((f) => runtime.has(f))).toEqual([]);
  });

  it('is what the generator and the tests build with', () => {
    const build = reachable('utils/analysis/matcher-build.ts');
    expect(BUILD_ONLY.filter((f) => !build.has(f))).toEqual([]);
  });
});
