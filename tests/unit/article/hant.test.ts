/**
 * The traditional → simplified table: the page loads the pairs `npm run gen:hant-table` works out
 * of OpenCC's tables, and never reads OpenCC's own strings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { isTraditional, looksTraditional, simplifiedCode, toSimplified } from '@/utils/article/hant';
import { buildHantTable, hantBits, hantPairs } from '@/utils/article/hant-build';
import { HANT_BITS, HANT_BITS_BASE, HANT_FROM, HANT_TO } from '@/utils/article/hant-table.generated';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The project files `file` imports values from (relative and `@/` specifiers), and its package imports. */
function imports(file: string): { files: string[]; packages: string[] } {
  const src = readFileSync(join(ROOT, file), 'utf8');
  const files: string[] = [];
  const packages: string[] = [];
  for (const m of src.matchAll(/^(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
    if (m[1]) continue;
    const spec = m[2]!;
    const base = spec.startsWith('@/') ? spec.slice(2) : spec.startsWith('.') ? join(dirname(file), spec) : null;
    if (!base) {
      packages.push(spec);
      continue;
    }
    const hit = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((f) => existsSync(join(ROOT, f)));
    if (hit) files.push(hit);
  }
  return { files, packages };
}

describe('the traditional → simplified table', () => {
  it('is what hant-build.ts works out of the installed OpenCC tables (else: npm run gen:hant-table)', () => {
    expect({ from: HANT_FROM, to: HANT_TO }).toEqual(hantPairs(buildHantTable()));
    expect(HANT_FROM.length).toBeGreaterThan(2500);
    expect({ base: HANT_BITS_BASE, bits: HANT_BITS }).toEqual(hantBits(HANT_FROM));
  });

  it('tells the code units it maps from its bitmap, every one of the 65,536 as the table does', () => {
    const table = buildHantTable();
    const wrong: number[] = [];
    for (let c = 0; c < 65536; c++) {
      if (isTraditional(c) !== table[c]! > 0) wrong.push(c);
      if (simplifiedCode(c) !== (table[c] || c)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('builds no table for simplified text: only a traditional character needs one', async () => {
    vi.resetModules();
    const fresh = await import('@/utils/article/hant');
    const simplified = '各地区各部门要认真贯彻落实，“必须”应当来源：';
    expect(fresh.looksTraditional(simplified)).toBe(false);
    expect(fresh.toSimplified(simplified)).toBe(simplified);
    expect(fresh.simplifiedCode(simplified.charCodeAt(0))).toBe(simplified.charCodeAt(0));
    expect(fresh.hantTableBuilt()).toBe(false);
    expect(fresh.looksTraditional('各級黨委必須')).toBe(true);
    expect(fresh.hantTableBuilt()).toBe(false);
    expect(fresh.toSimplified('各級')).toBe('各级');
    expect(fresh.hantTableBuilt()).toBe(true);
  });

  it('converts one code unit for one, through the regional variants, and leaves simplified text as it is', () => {
    expect(toSimplified('必須應當來源')).toBe('必须应当来源');
    expect(toSimplified('衞生')).toBe('卫生'); // a Hong Kong variant, through its standard form 衛
    expect(toSimplified('什么')).toBe('什么'); // 么 is simplified text's own, not the variant of 幺
    const simplified = '各地区各部门要认真贯彻落实';
    expect(toSimplified(simplified)).toBe(simplified);
    expect(looksTraditional('各級黨委必須')).toBe(true);
    expect(looksTraditional(simplified)).toBe(false);
  });

  it('reaches a page without OpenCC: the analysis imports no OpenCC table (a cold detection would read it)', () => {
    const seen = new Set(['utils/analysis/analyze.ts', 'utils/article/detect.ts']);
    const packages = new Set<string>();
    for (const file of seen) {
      const { files, packages: p } = imports(file);
      for (const f of files) seen.add(f);
      for (const x of p) packages.add(x);
    }
    expect(seen.has('utils/article/hant.ts')).toBe(true); // the walk follows the imports
    expect(seen.has('utils/article/hant-build.ts')).toBe(false);
    expect([...packages].filter((p) => p.startsWith('opencc-js'))).toEqual([]);
  });
});
