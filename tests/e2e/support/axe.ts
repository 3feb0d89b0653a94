/**
 * Runs axe-core (Deque's accessibility rules engine) inside a page and returns its violations,
 * one line per failing node, so a failed assertion says what and where.
 *
 * The engine is injected through the DevTools protocol (page.evaluate), which the extension
 * pages' content security policy does not apply to; nothing is added to the build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  rule: string;
  impact: string | null;
  target: string;
  summary: string;
}

/** Every violated rule's failing nodes on the page as it is now (all default rules: WCAG A/AA and best practices). */
export async function axeViolations(page: Page): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<AxeResults> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => ({ target: n.target.join(' '), summary: n.failureSummary ?? '' })),
    }));
  });
  return violations.flatMap((v) =>
    v.nodes.map((n) => ({ rule: v.id, impact: v.impact, target: n.target, summary: n.summary.replace(/\s+/g, ' ') })),
  );
}

/** "rule target" lines, sorted: readable in a failed `toEqual([])`. */
export const findingLines = (findings: readonly AxeFinding[]) =>
  findings.map((f) => `${f.rule} ${f.target}: ${f.summary}`).sort();

interface AxeResults {
  violations: {
    id: string;
    impact: string | null;
    nodes: { target: string[]; failureSummary?: string }[];
  }[];
}
