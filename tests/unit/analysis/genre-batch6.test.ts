/**
 * The classes the sixth blind batch showed, each with sentences written for this test, not taken
 * from any fixture page.
 */
import { describe, expect, it } from 'vitest';
import { marks, en, one } from './helpers';

describe("English: a meeting's calls, reported", () => {
  it('"The meeting urged …", "called for …" and "…, the meeting said" are directives; its findings are not', () => {
    const a = 'The meeting urged efforts to simplify permits for small food stalls.';
    const b = 'The session called for closer checks on school canteens and cold-chain storage.';
    const c = 'Banks shall not charge extra fees on small business loans, the meeting said.';
    expect(en(a)).toEqual(one('obligation', a));
    expect(en(b)).toEqual(one('obligation', b));
    expect(en(c)).toEqual(one('prohibition', c));
    expect(en('The meeting stressed that grain output has risen for the fifth year.')).toEqual([]);
    // (someone's speech is no meeting's call; an official's words to duty-holders, "…, the mayor said", are
    // read by the English report frame since session 26: en-report-frame.ts)
    expect(en('Shops must not sell fireworks, a stallholder said.')).toEqual([]);
  });
});

describe('English guidance: the steps that open with a verb', () => {
  it('"Keep records of …", "Contact …", "Count …" are steps; "Contact details are …", "Pay records are …" labels', () => {
    const a = 'Keep records of every delivery for at least two years.';
    const b = 'Contact the council before you move the skip.';
    const c = 'Count each visitor who stays overnight.';
    expect(en(a)).toEqual(one('obligation', a));
    expect(en(b)).toEqual(one('obligation', b));
    expect(en(c)).toEqual(one('obligation', c));
    expect(en('Contact details are printed on the back of the card.')).toEqual([]);
    expect(en('Pay records are held by the finance team.')).toEqual([]);
  });
});

describe("English opinion: the writer's asides", () => {
  it('a hedge ("don\'t necessarily"), a question someone may ask, a judgement of a clause are no directives', () => {
    expect(en('The opinions in this column do not necessarily represent those of the paper.')).toEqual([]);
    expect(en('Many parents may ask whether they really need to buy new uniforms every year.')).toEqual([]);
    const s =
      'The rule requires landlords to "fit a carbon monoxide alarm", and this is probably its most important clause.';
    expect(en(s)).toEqual(one('obligation', s));
    const t = 'The most important point is that you must renew the licence.';
    expect(en(t)).toEqual(one('emphasis', t));
  });
});

describe('English: a power granted', () => {
  it('"X will be able to …" is no duty; a duty beside it still is', () => {
    expect(
      en('Inspectors will be able to close premises of up to 200 square metres where the owner refuses entry.'),
    ).toEqual([]);
    expect(en('Local councils will be able to charge a fee of up to £300.')).toEqual([]);
    const s = 'Operators must report every outage within 24 hours.';
    expect(en(s).length).toBe(1);
  });
});

describe("English: an order's policy clause", () => {
  it('"It is the policy of … to … within N years" is a goal; without a deadline it is none', () => {
    const s = 'It is the policy of the Federal Government to decide every grazing permit application within 9 months.';
    expect(en(s)).toEqual(one('target', s));
    expect(en('It is the policy of the Federal Government to support family farms.')).toEqual([]);
  });
});

describe('Chinese: a purpose told as "…，主要是为了…"', () => {
  it('is an explanation, not a measure', () => {
    expect(marks('制定细则，主要是为了从源头上堵住监管漏洞。', 'zh')).toEqual([]);
    const s = '制定细则，从源头上堵住监管漏洞。';
    expect(marks(s, 'zh')).toEqual(one('obligation', s));
  });
});

describe('English guidance: a lede telling whom a duty reaches', () => {
  it('"From May some landlords have to …" is no directive; "Landlords have to …" is', () => {
    expect(en('From May 2027 some landlords have to register each property with the council.')).toEqual([]);
    const s = 'Landlords have to register each property with the council.';
    expect(en(s)).toEqual(one('obligation', s));
  });
});

describe('Chinese: a look back as the frame of a sentence', () => {
  it('"从历史看，…增长到…" is a report, not a goal', () => {
    expect(marks('从历史看，全省粮食产量从2010年的500亿斤增长到2024年的700亿斤以上。', 'zh')).toEqual([]);
    const s = '到2030年，全省粮食产量达到700亿斤以上。';
    expect(marks(s, 'zh')).toEqual(one('target', s));
  });
});
