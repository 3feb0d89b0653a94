/**
 * Who speaks, English: the head of a research body (a research institute's director, a university school's
 * dean) speaks as a scholar, not an official, whatever "director" reads as elsewhere. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';

const article = (paras: string[]) => findDirectives(plainArticle(paras, 'en')).map((d) => d.text);

describe('English speakers: the head of a research body is a voice', () => {
  it("a research institute's director: his words are a view, and so are his later words by name", () => {
    const first =
      'Wang Lin, director of the Urban Transport Research Institute, said cities should build more bus lanes before adding metro lines.';
    const later = '"Councils must plan for buses first, not only for rail," Wang said.';
    expect(article([first, later])).toEqual([]);
  });
  it("a university school's dean likewise", () => {
    const t =
      'Zhou Ping, dean of the School of Public Policy at Eastlake University, said local governments must publish their budgets in full.';
    expect(article([t])).toEqual([]);
  });
  it("a department's director is still an official passing on a duty", () => {
    const t =
      'Port operators should inspect every container of lithium cells twice a year, said Liu Qiang, director of the safety department of the Ministry of Transport.';
    expect(article([t])).toEqual([t]);
  });
});
