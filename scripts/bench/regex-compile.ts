/**
 * What a regex costs a cold page in Chromium before it has matched anything: the Chinese rule
 * regexes (rules.ts's ZH_RULES that are not plain text), each made anew and tried at a sticky
 * position of a short Chinese text once or three times, against the same tries after one run at
 * the start of a 1,024-character two-byte string (which makes V8 compile a regex to machine code
 * at once instead of to bytecode for its interpreter, then to machine code at its second run).
 *
 *   npx tsx scripts/bench/regex-compile.ts [rounds]
 *
 * Each round makes every pattern anew with a different harmless suffix, so nothing comes from
 * V8's regex cache. Prints medians and minimums over the rounds (ms for all patterns, and per
 * pattern), and the load; asserts nothing. Session 31 (s31-seed) used it to see that compiling
 * the rule regexes to machine code at once, which cut the seed's first findDirectives by ~9 % of
 * its instructions in Node, costs a regex tried once more than it saves one tried three times in
 * Chromium 150: the change was not kept.
 */
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../../tests/e2e/support/chromium';
import { ZH_RULES } from '@/utils/analysis/rules';

const TEXT =
  '各地区各部门要认真贯彻落实党中央决策部署，切实加强组织领导。“我们将继续推进改革，”该负责人说。会议要求，各级党委和政府必须高度重视，确保各项任务落到实处，不得推诿扯皮。';

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 30);
  const patterns = [...new Set(ZH_RULES.map((r) => r.pattern))].filter((p) => /[\\()[\]?*+{}|^$.]/.test(p));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const times = await page.evaluate(
      ({ patterns, text, rounds }) => {
        const long = String.fromCharCode(0xfffd).repeat(1024);
        const cases = [
          ['tried once', false, 1],
          ['tried once, machine code at once', true, 1],
          ['tried 3 times', false, 3],
          ['tried 3 times, machine code at once', true, 3],
        ] as const;
        const out: Record<string, number[]> = {};
        let salt = 0;
        for (let r = 0; r < rounds; r++)
          for (const [name, native, tries] of cases) {
            const t0 = performance.now();
            for (const p of patterns) {
              const re = new RegExp(`${p}(?:${salt++})?`, 'y');
              if (native) {
                re.lastIndex = 0;
                re.test(long);
              }
              for (let k = 0; k < tries; k++) {
                re.lastIndex = k * 7;
                re.test(text);
              }
            }
            (out[name] ??= []).push(performance.now() - t0);
          }
        return out;
      },
      { patterns, text: TEXT, rounds },
    );
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(
      `${patterns.length} Chinese rule regexes, ${rounds} rounds in one page (load ${loadavg()[0]!.toFixed(1)}):`,
    );
    for (const [name, xs] of Object.entries(times)) {
      const m = median(xs);
      const min = Math.min(...xs);
      console.log(
        `  ${name.padEnd(36)} median ${m.toFixed(1).padStart(6)} ms (${((1000 * m) / patterns.length).toFixed(0)} µs each), min ${min.toFixed(1)} ms`,
      );
    }
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
