/**
 * The regexes the seed page's analysis runs. A content script analyses a page once, in a fresh
 * realm: every distinct regex it runs is compiled there (to bytecode, and to native code on a later
 * run), so a regex that cannot match the page should not run at all.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { decodeHtml } from '@/utils/article/parse';
import { detectArticle } from '@/utils/article/detect';
import { findDirectives } from '@/utils/analysis/directives';
import { EN_FURNITURE_SECTION, SENTENCE_CONTEXT, ZH_DECIMAL_HEADING } from '@/utils/analysis/rules';
import { headingWorthy, isSlogan } from '@/utils/analysis/headings';
import { ENUMERATOR, segmentSentences } from '@/utils/analysis/segment';
import { requiredTexts } from '@/utils/analysis/regex-texts';
import { applySentenceContext, type Scores } from '@/utils/analysis/sentence-scores';
import { parseDocument } from '@/scripts/analyze';

const pages = resolve(__dirname, '../../fixtures/pages');
const SEED_URL = 'http://dangpai.people.com.cn/n1/2017/0311/c117259-29138146.html';

const key = (re: RegExp) => `/${re.source}/${re.flags}`;

/** The distinct regexes (source and flags) run while `fn` runs. */
function regexesRun(fn: () => void): Set<string> {
  const seen = new Set<string>();
  const proto = RegExp.prototype;
  const exec = Object.getOwnPropertyDescriptor(proto, 'exec')!;
  const original = exec.value as (this: RegExp, s: string) => RegExpExecArray | null;
  // every regex method (test, replace, match, split…) calls exec once it is replaced
  Object.defineProperty(proto, 'exec', {
    ...exec,
    value(this: RegExp, s: string) {
      seen.add(key(this));
      return original.call(this, s);
    },
  });
  try {
    fn();
  } finally {
    Object.defineProperty(proto, 'exec', exec);
  }
  return seen;
}

function seedRun(): Set<string> {
  const html = decodeHtml(new Uint8Array(readFileSync(resolve(pages, 'people-2017-tongzhan.html'))));
  const article = detectArticle(parseDocument(html), SEED_URL, { deferMeta: true });
  if (!article) throw new Error('seed not detected');
  return regexesRun(() => findDirectives(article, { cores: false }));
}

describe('regexes the seed page runs in its first findDirectives', () => {
  let run: Set<string>;
  beforeEach(() => {
    run = seedRun();
  });
  afterEach(() => run.clear());

  it('runs only the sentence-context patterns whose needed texts its sentences hold (2 of 8, 8 before)', () => {
    const context = SENTENCE_CONTEXT.zh.filter(({ pattern }) => run.has(key(pattern)));
    expect(context.length).toBeLessThanOrEqual(2);
    expect(context.every((c) => !c.needs && !c.opens && !c.ends)).toBe(true);
  });

  it('runs no heading pattern whose opening character none of its lines has (2 ran before)', () => {
    expect(run.has(key(EN_FURNITURE_SECTION))).toBe(false);
    expect(run.has(key(ZH_DECIMAL_HEADING))).toBe(false);
  });

  it('runs ENUMERATOR only after a clause break followed by a character an enumerated point opens with (ran 5 times before)', () => {
    expect(run.has(key(ENUMERATOR))).toBe(false);
  });
});

describe('a clause break still splits before an enumerated point', () => {
  it.each([
    ['任务：一是加强领导；二是压实责任。', 3],
    ['要求：第一，加强领导；第二，压实责任。', 3],
    ['措施： （一）加强领导；（二）压实责任。', 3],
    ['目标：①加强领导；②压实责任。', 3],
    ['目标：1.加强领导；2.压实责任。', 2],
    ['其要求：其一，加强领导；其二，压实责任。', 3],
    ['The agency shall: (a) report; and (b) publish.', 2],
    ['会议指出：加强领导；压实责任。', 1],
  ])('%s', (text, n) => expect(segmentSentences(text).length).toBe(n));
});

describe('the heading patterns still decide where their opening character is', () => {
  it.each([
    ['Sec. 2. Policy.', false],
    ['section 3 Definitions', false],
    ['Section 4. Reporting', true],
  ])('headingWorthy(%s) is %s', (text, worthy) => expect(headingWorthy(text)).toBe(worthy));

  it.each([
    ['1.3 适用范围', true],
    ['12 加强组织领导。', true],
    ['1.3 适用范围，本预案适用于全省', false],
    ['（一）加强组织领导。', true],
    ['(二)压实责任', true],
    ['三、强化保障。', true],
    ['2.加快充电设施建设。', true],
    ['加快充电设施建设。', false],
    ['', false],
  ])('isSlogan(%s) is %s', (text, slogan) => expect(isSlogan(text, 'zh')).toBe(slogan));
});

describe("sentence-context checks are sound: every match passes its pattern's check", () => {
  const checked = (['zh', 'en'] as const).flatMap((lang) =>
    SENTENCE_CONTEXT[lang].filter((c) => c.needs || c.opens || c.ends),
  );
  // the options of the pattern's one required group, read by hand where requiredTexts cannot
  const byHand: Record<string, string[]> = {
    事关: ['事关', '关系到', '关系', '关乎', '攸关'],
    从历史: ['从历史上看', '从历史看', '回顾历史', '纵观历史', '回望过去', '从过去看'],
    此前: ['此前', '早前', '先前', '此前不久'],
    一招: ['一招', '切入点', '突破口', '着力点', '抓手', '必由之路', '关键所在', '关键', '题中应有之义'],
  };
  const optionsOf = (src: string) => Object.entries(byHand).find(([k]) => src.includes(k))?.[1];

  it.each(checked.map((c) => [c.pattern.source.slice(0, 40), c] as const))('%s', (_, c) => {
    const src = c.pattern.source;
    if (c.needs) {
      const required = requiredTexts(src, c.pattern.flags.includes('i')) ?? optionsOf(src);
      expect(required, 'a needs list the test cannot check').toBeTruthy();
      for (const r of required!)
        expect(
          c.needs.some((n) => r.includes(n)),
          r,
        ).toBe(true);
    }
    if (c.opens) {
      // the pattern opens with its group of options (^(?:…)), each of which opens with one of `opens`
      expect(src.startsWith('^(?:')).toBe(true);
      for (const o of optionsOf(src)!)
        expect(
          c.opens.some((n) => o.startsWith(n)),
          o,
        ).toBe(true);
    }
    if (c.ends) {
      // the pattern ends with its group of options, an optional stop and the end
      expect(src.endsWith(')[。！!]?$')).toBe(true);
      for (const o of optionsOf(src)!) expect(c.ends.includes(o) || c.ends.some((n) => o.endsWith(n)), o).toBe(true);
    }
    for (const o of optionsOf(src) ?? []) expect(src.includes(o.slice(0, 2)), o).toBe(true);
  });

  it('and a sentence holding a need still meets the pattern', () => {
    const score = (s: string) => {
      const scores = { shape: 0 } as Scores;
      applySentenceContext(s, 'zh', scores);
      return scores.shape;
    };
    expect(score('党的二十大以来，各地坚持推进改革。')).toBe(-0.8);
    expect(score('深化农村改革是激发农村发展活力的关键一招。')).toBe(-1.5);
    expect(score('从历史看，我国经济总量持续扩大。')).toBe(-1.2);
    expect(score('此前，省里已部署开展专项行动。')).toBeLessThanOrEqual(-1.2);
    expect(score('做好这项工作，事关千家万户。')).toBeLessThanOrEqual(-1.5);
  });
});
