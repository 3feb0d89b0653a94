/**
 * English policy news, session 32: fact sheets' orders told in the present progressive, plans announced in the
 * passive, an inspection's steps, the spoken "going to" with its date, and what only looks like a duty (a reporter's
 * question, a membership clause, a wish for the public, a need told in a relative clause, the close of a quotation
 * in straight marks). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
import { en, one } from './helpers';

const article = (paras: string[]) => findDirectives(plainArticle(paras, 'en')).map((d) => [d.category, d.text]);

describe('English news: directives told as news', () => {
  it('an order in the present progressive, "The President is directing X to V"', () => {
    const t = 'The President is directing the Department of Labor to publish a plan for rural apprenticeships.';
    expect(en(t)).toEqual(one('obligation', t));
    const u =
      'Second, the Department of Energy is directing the Western Fuel Reserve to be ready to sell within a week.';
    expect(en(u)).toEqual(one('obligation', u));
  });
  it('a plan announced in the passive with "also"', () => {
    const t = 'Efforts will also be made to build grain drying centres in major producing counties.';
    expect(en(t)).toEqual(one('obligation', t));
  });
  it('"Look for …" as a step of an inspection', () => {
    const t = 'Look for cracked seals and loose fittings on every valve of the tank.';
    expect(en(t)).toEqual(one('obligation', t));
  });
  it('the spoken "going to" with a date is a target; said twice with none, nothing', () => {
    const t = 'By March 3rd, we are going to have mobile clinics running in 40 districts.';
    expect(en(t)).toEqual(one('target', t));
    expect(en('We are going to build again, and we are going to build fast.')).toEqual([]);
  });
  it('a meeting\'s decision, "The meeting decided that …"', () => {
    const t = 'The meeting decided that tolls for trucks carrying fresh milk will be waived.';
    expect(en(t)).toEqual(one('obligation', t));
  });
});

describe('English news: what only looks like a duty', () => {
  it("a reporter's question in a briefing transcript", () => {
    expect(en('Q: Mr. Secretary, critics say the agency should be building more dams instead.')).toEqual([]);
  });
  it('a membership clause, "shall consist of"', () => {
    expect(en('(c) The Council shall consist of the Secretary of the Interior and the Secretary of Labor.')).toEqual(
      [],
    );
  });
  it('a wish for the public, "Every family should be able to …"', () => {
    expect(en('Every family should be able to drink the water from its tap without worry.')).toEqual([]);
  });
  it('a state wished for, "… that no household has to …"', () => {
    expect(en('Our aim is that no household has to pick between rent and food.')).toEqual([]);
  });
  it('a need told in a relative clause, "the skills they need to …"', () => {
    expect(en('The programme gives young people the practical skills they need to find work.')).toEqual([]);
  });
  it('an indirect question in the passive, "what councils are required to do"', () => {
    expect(en('The new guidance explains what landlords are required to do about damp.')).toEqual([]);
  });
  it("the close of a quotation in straight marks is still the speaker's", () => {
    const paras = [
      'Chen Yu, a researcher at the Institute of Rural Studies, welcomed the plan.',
      '"It is a good start. The priority should be on quality, not numbers."',
    ];
    expect(article(paras)).toEqual([]);
  });
});

describe("English news: an official's quotation after his attribution", () => {
  it("is the official's words", () => {
    const quote = '"Landlords should fit a smoke alarm on every floor."';
    const paras = [
      'Liu Fang, an official with the Ministry of Housing, said the rules take effect in May.',
      `"Tenants will be told by letter," Liu said. ${quote}`,
    ];
    expect(article(paras)).toEqual([['obligation', quote]]);
  });
  it("a voice's stays his own", () => {
    const paras = [
      'Ma Jun, a resident of the estate, said the meeting had gone well.',
      '"It went well," Ma said. "Landlords should fit a smoke alarm on every floor."',
    ];
    expect(article(paras)).toEqual([]);
  });
  it("his office's own next step is no duty", () => {
    const paras = [
      'Liu Fang, an official with the Ministry of Housing, said the rules take effect in May.',
      '"Tenants will be told by letter," Liu said. "We will publish a guide for tenants."',
    ];
    expect(article(paras)).toEqual([]);
  });
});

describe('English news: a speaker titled by what he does, not by a post', () => {
  it("introducing a paragraph: a private person's words", () => {
    const paras = [
      'Tom Reid, whose daughter attends a nursery in Hull, said:',
      'The road outside is a racetrack. Drivers need to slow down before someone is hurt.',
    ];
    expect(article(paras)).toEqual([]);
  });
  it('one who holds a post still passes on the rule', () => {
    const duty = 'Councils must publish their school road plans by June 2027.';
    const paras = ['Jane Roe, who heads the Department for Transport road safety unit, said:', duty];
    expect(article(paras)).toEqual([['target', duty]]);
  });
});

describe('English news: a change set to start on a date', () => {
  it('told with "will" and no modal: a target', () => {
    const t = 'Starting from Jan 1, 2030, electricity used by village cold stores will be charged at the farm rate.';
    expect(en(t)).toEqual(one('target', t));
    const u = 'From April, the new formula will send at least 40 per cent of the money to the poorest towns.';
    expect(en(u)).toEqual(one('target', u));
  });
  it('with a modal, the duty keeps its category', () => {
    const t = 'From 1 April 2030, retailers will be required to label every bag of compost.';
    expect(en(t)).toEqual(one('obligation', t));
  });
});
