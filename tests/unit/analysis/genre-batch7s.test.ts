/**
 * The classes the blind batch 7S showed, each with sentences written for this test, not taken from
 * any fixture page.
 */
import { describe, expect, it } from 'vitest';
import { zh, en, one } from './helpers';

describe('necessity judged, not asked for', () => {
  it('"…很有必要。" closing a sentence is an assessment; "有必要…" before the act is still a duty', () => {
    expect(zh('修订这部条例很有必要。')).toEqual([]);
    expect(zh('这次专项整治十分必要。')).toEqual([]);
    expect(zh('在全市推广这一做法，确实有必要。')).toEqual([]);
    expect(zh('出台这项政策十分必要、非常及时。')).toEqual([]);
    const t = '开展这次检查十分必要，各地要认真组织实施。';
    expect(zh(t)).toEqual(one('obligation', t));
    const s = '有必要对现行收费标准进行全面评估。';
    expect(zh(s)).toEqual(one('obligation', s));
  });
});

describe('a complaint reported as a quotation', () => {
  it('"…反映：“…要…”" is what someone said; the duty to report ("要及时反映…") is still one', () => {
    expect(zh('调研中，一位乡镇干部反映：“每个月要填的报表还是太多。”')).toEqual([]);
    expect(zh('走访中，一名护士反映：“夜班人手少，一个人要照看三十多张床。”')).toEqual([]);
    const s = '各校要及时反映学生课业负担方面的问题。';
    expect(zh(s)).toEqual(one('obligation', s));
  });
});

describe("a speech's question", () => {
  it('"为什么…反复强调…？" asks, it stresses nothing; the answer that stresses still counts', () => {
    expect(zh('为什么我们反复强调要守住耕地红线？')).toEqual([]);
    expect(zh('为何要特别强调这一条？')).toEqual([]);
    const s = '我们反复强调，耕地保护必须落到具体地块。';
    expect(zh(s).length).toBe(1);
    // 为什么人 ("for whom") asks nothing, and a statement with 为什么 is no question
    const t = '全党必须牢记，为什么人的问题，是检验一个政党性质的试金石。';
    expect(zh(t)).toEqual(one('obligation', t));
  });
});

describe("a document's call told in the past tense", () => {
  it('"It called for …", "The plan urged … to …" report its content; a person\'s call is not the document\'s', () => {
    const a = 'It called for faster checks on cold-chain warehouses near ports.';
    expect(en(a)).toEqual(one('obligation', a));
    const b = 'The plan urged local governments to publish waiting times for clinics.';
    expect(en(b)).toEqual(one('obligation', b));
    expect(en('Several economists called for lower interest rates last year.')).toEqual([]);
  });
});

describe('a power denied as a consequence', () => {
  it('"we will not be able to …", "you won\'t be able to …" ban nothing; "will not" with a ban still does', () => {
    expect(en('If the form arrives late, we will not be able to process your claim.')).toEqual([]);
    expect(en('Without a reference number you won’t be able to track the payment.')).toEqual([]);
    const s = 'You must not sign the lease before the inspection.';
    expect(en(s)).toEqual(one('prohibition', s));
  });
});

describe('a negation inside a relative clause', () => {
  it('"X that do not …" describes X; a ban in the main clause still counts', () => {
    expect(en('Claims that do not include receipts are usually the slowest to be paid.')).toEqual([]);
    expect(en("Landlords who don't reply within a month are contacted by phone.")).toEqual([]);
    const s = 'Tenants who do not pay on time must not be evicted without a court order.';
    expect(en(s)).toEqual(one('prohibition', s));
    const t = 'Do not send original documents that do not belong to you.';
    expect(en(t)).toEqual(one('prohibition', t));
  });
});

describe('what the service will do for the reader', () => {
  it('"We\'ll tell you … by <date>", "HMRC will write to you within …" are steps of the process, not targets', () => {
    expect(en('We’ll tell you the result of your review by 15 September 2026.')).toEqual([]);
    expect(en('We will email you within 10 working days to confirm your booking.')).toEqual([]);
    const s = 'You must reply to the letter within 30 days.';
    expect(en(s).length).toBe(1);
    const t = 'We will publish the final rules by March 2027.';
    expect(en(t).length).toBe(1);
  });
});

describe('who is left out of a scheme', () => {
  it('"You cannot apply if …" is a ban; "cannot" as a fact, or before a turn ("…, but if …"), is not', () => {
    const s = 'You cannot claim the allowance if you already get a carer’s payment.';
    expect(en(s)).toEqual(one('prohibition', s));
    expect(en('Many rural councils cannot afford a full-time planning officer.')).toEqual([]);
    expect(en('You cannot edit a booking once it is confirmed, but if the date is wrong you can cancel it.')).toEqual(
      [],
    );
  });
});

describe('the steps of a guide', () => {
  it('"Create an account …", "Arrange an inspection …" open a step', () => {
    const a = 'Create an online account for your charity.';
    expect(en(a)).toEqual(one('obligation', a));
    const b = 'Arrange a gas safety check before the tenancy starts.';
    expect(en(b)).toEqual(one('obligation', b));
  });
});

describe('what the reader will receive', () => {
  it('"You\'ll get a decision within …", "You should receive your refund within …" are no targets or duties', () => {
    expect(en('You’ll get a decision within 6 weeks of your interview.')).toEqual([]);
    expect(en('You should receive your refund within 10 working days.')).toEqual([]);
    expect(en('You’ll be told whether your child has a place by 16 April 2027.')).toEqual([]);
    const s = 'You should get independent advice before you sign the agreement.';
    expect(en(s)).toEqual(one('obligation', s));
  });
});

describe('a ban told as the law', () => {
  it('"It is illegal to …", "It\'s an offence to …" forbid', () => {
    const a = 'It is illegal to sell fireworks to anyone under 18.';
    expect(en(a)).toEqual(one('prohibition', a));
    const b = 'It’s an offence to park in a disabled bay without a badge.';
    expect(en(b)).toEqual(one('prohibition', b));
  });
});

describe("a speech's reason told", () => {
  it('"之所以…，是因为…" explains an emphasis or a duty, it sets none', () => {
    expect(zh('我们之所以反复强调粮食安全，是因为饭碗必须牢牢端在自己手中。')).toEqual([]);
    expect(zh('之所以要坚持系统观念，就在于改革越深入，各方面的关联性越强。')).toEqual([]);
  });
});

describe('a duty waived in the future', () => {
  it('"You won\'t have to …", "Councils will not need to …" ask nothing; "will have to" still does', () => {
    expect(en('You won’t have to pay tax on the first £500 of interest.')).toEqual([]);
    expect(en('Councils will not need to publish a second notice.')).toEqual([]);
    const s = 'Landlords will have to register every property by April 2027.';
    expect(en(s).length).toBe(1);
  });
});

describe('a ban in the passive or with "no" as its subject, a measure in the passive', () => {
  it('"are not allowed to", "No region should …" forbid; "Efforts will be made to …" is a measure', () => {
    const a = 'Unlicensed drones are not allowed to fly over railway stations.';
    expect(en(a)).toEqual(one('prohibition', a));
    const b = 'The circular stressed that no locality should charge extra fees for school uniforms.';
    expect(en(b)).toEqual(one('prohibition', b));
    const c = 'The plan said efforts will be made to build a national market for health data.';
    expect(en(c)).toEqual(one('obligation', c));
    expect(en('Visitors were not allowed to enter the site during the 2019 repairs.')).toEqual([]);
  });
});
