/**
 * Runs axe-core (Deque's accessibility rules engine) inside a page and returns its violations,
 * one line per failing node, so a failed assertion says what and where.
 *
 * The engine is injected through the DevTools protocol (page.evaluate), which the extension
 * pages' content security policy does not apply to; nothing is added to the build. Our in-page
 * UI lives in closed shadow roots, which axe (in the page's world) cannot enter: for that run
 * the test driver lends it the roots (support/in-page-ui.ts `lendShadowRoots`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { lendShadowRoots } from './in-page-ui';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeFinding {
  rule: string;
  impact: string | null;
  target: string;
  summary: string;
}

/** What the in-page run takes: the hosts to check, and axe's rules that are off by default to turn on. */
interface AxeRun {
  hosts: string[] | null;
  experimental: string[];
}

async function runAxe(page: Page, run: AxeRun): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axeSource);
  const violations = await page.evaluate(async ({ hosts, experimental }) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, options: object): Promise<AxeResults> } }).axe;
    const present = (hosts ?? []).filter((h) => document.querySelector(h));
    // Colours are read as drawn: let entry animations (the outline panel fades in) finish first.
    const roots = [document, ...present.map((h) => document.querySelector(h)!.shadowRoot!)];
    const animations = roots.flatMap((root) => root.getAnimations());
    await Promise.race([Promise.all(animations.map((a) => a.finished)), new Promise((ok) => setTimeout(ok, 2000))]);
    const context = hosts ? { include: present.map((h) => [h]) } : document;
    const rules = Object.fromEntries(experimental.map((id) => [id, { enabled: true }]));
    const result = await axe.run(context, { rules });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.map((n) => ({ target: n.target.flat().join(' '), summary: n.failureSummary ?? '' })),
    }));
  }, run);
  return violations.flatMap((v) =>
    v.nodes.map((n) => ({ rule: v.id, impact: v.impact, target: n.target, summary: n.summary.replace(/\s+/g, ' ') })),
  );
}

/** Every violated rule's failing nodes on the page as it is now (all default rules: WCAG A/AA and best practices). */
export const axeViolations = (page: Page): Promise<AxeFinding[]> => runAxe(page, { hosts: null, experimental: [] });

/** Our in-page UI's hosts: the highlighter's toolbar, note editor, toast and notice; the outline. */
export const IN_PAGE_HOSTS = ['hzd-highlights', 'hzd-outline'];

/**
 * axe on our in-page UI only (the page around it is not ours), with the default rules plus
 * `label-content-name-mismatch` (a visible label must be part of the accessible name).
 */
export async function axeInPageUi(page: Page): Promise<AxeFinding[]> {
  const giveBack = await lendShadowRoots(page, IN_PAGE_HOSTS);
  try {
    return await runAxe(page, { hosts: IN_PAGE_HOSTS, experimental: ['label-content-name-mismatch'] });
  } finally {
    await giveBack();
  }
}

/** "rule target" lines, sorted: readable in a failed `toEqual([])`. */
export const findingLines = (findings: readonly AxeFinding[]) =>
  findings.map((f) => `${f.rule} ${f.target}: ${f.summary}`).sort();

interface AxeResults {
  violations: {
    id: string;
    impact: string | null;
    nodes: { target: (string | string[])[]; failureSummary?: string }[];
  }[];
}
