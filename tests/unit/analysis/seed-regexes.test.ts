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
import { NOISE_LINE } from '@/utils/article/furniture';
import { applySentenceContext, emptyScores } from '@/utils/analysis/sentence-scores';
import { headingWorthy, isSlogan } from '@/utils/analysis/headings';
import { ENUMERATOR, segmentSentences } from '@/utils/analysis/segment';
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

const seedDocument = () =>
  parseDocument(decodeHtml(new Uint8Array(readFileSync(resolve(pages, 'people-2017-tongzhan.html')))));

function seedRun(): Set<string> {
  const article = detectArticle(seedDocument(), SEED_URL, { deferMeta: true });
  if (!article) throw new Error('seed not detected');
  return regexesRun(() => findDirectives(article, { cores: false }));
}

describe('regexes the seed page runs in its first findDirectives', () => {
  let run: Set<string>;
  beforeEach(() => {
    run = seedRun();
  });
  afterEach(() => run.clear());

  it('runs no heading pattern whose opening character none of its lines has (2 ran before)', () => {
    expect(run.has(key(EN_FURNITURE_SECTION))).toBe(false);
    expect(run.has(key(ZH_DECIMAL_HEADING))).toBe(false);
  });

  // Since the Chinese shapes read past an opening connective (ZH_LEAD_CONNECTIVE: 同时、但、此外…),
  // the seed's sentences open for all 8 again; the check is tested on a sentence below.
  it('tries no anchored context pattern on a sentence none of them opens for', () => {
    const ran = regexesRun(() => applySentenceContext('各地要加强领导。', 'zh', emptyScores()));
    const tried = SENTENCE_CONTEXT.zh.filter(({ pattern }) => ran.has(key(pattern)));
    // Only the patterns that can open with any character are tried (4 of 8 when written).
    expect(tried.length).toBeLessThanOrEqual(SENTENCE_CONTEXT.zh.length - 3);
  });

  it('runs ENUMERATOR only after a clause break followed by a character an enumerated point opens with (ran 5 times before)', () => {
    expect(run.has(key(ENUMERATOR))).toBe(false);
  });
});

describe("the seed page's detection", () => {
  it('runs no furniture-line pattern: none of its lines opens as furniture does (it ran once before)', () => {
    const doc = seedDocument();
    const run = regexesRun(() => expect(detectArticle(doc, SEED_URL, { deferMeta: true })).not.toBeNull());
    expect(run.has(key(NOISE_LINE))).toBe(false);
  });
});

describe('the context patterns, tried only on a sentence opening as their matches do', () => {
  const SENTENCES = {
    zh: [
      ...[
        '抓落实，是各项工作的根本要求。',
        '这是一项长期任务。',
        '做好民生工作，事关千家万户。',
        '深化改革是关键一招。',
      ],
      ...[
        '从历史看，增长很快。',
        '此前，省里已部署开展专项行动。',
        '但也要看到，补贴不能一发了之。',
        '党的二十大以来，各地坚持改革。',
        '截至目前，全县已建成水厂3座。',
      ],
      ...['各地要加强领导。', '那就是目标。', '但要加强领导。', '此前不久，曾有通知。', ''],
    ],
    en: [
      ...['Read the code of practice for landlords.', '“We must act,” she said.', 'It is the norm.”'],
      ...['What records you must keep.', 'WHY it matters', 'This is a step.', 'there were three', 'See our guide.'],
      ...['Agencies shall report.', 'it is critical that agencies report.', '‘Quoted’ words'],
      ...['In 2019, the council built 200 homes.'],
    ],
  };
  it.each(['zh', 'en'] as const)('%s: score as every pattern tried on every sentence', (lang) => {
    for (const { pattern } of SENTENCE_CONTEXT[lang])
      expect([pattern.source, SENTENCES[lang].some((s) => pattern.test(s))]).toEqual([pattern.source, true]);
    for (const sentence of SENTENCES[lang]) {
      const scores = emptyScores();
      applySentenceContext(sentence, lang, scores);
      const all = SENTENCE_CONTEXT[lang].reduce((sum, r) => (r.pattern.test(sentence) ? sum + r.weight : sum), 0);
      expect([sentence, scores.shape]).toEqual([sentence, all]);
    }
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
