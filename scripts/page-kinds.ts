/**
 * What kind of page each fixture is, for counting a convention by kind (`gold-shapes.ts --kinds`):
 * whether a writer annotates a commentary's own 要… as a report's. Classed by hand from each page's
 * opening, not by the analysis, so that a count never depends on what is being tuned.
 *
 * - commentary: the author speaks in their own voice — 评论员文章, 时评, 观察, theory articles (学习时报,
 *   光明日报理论版, 求是 articles and the speeches 求是 prints), op-eds, ministers' speeches and remarks.
 * - document: the policy's own text — a Chinese page with an issuer or document number in its gold, a
 *   服务指南, an order, memorandum, proclamation, fact sheet, guidance or consultation outcome.
 * - report: everything else — news reports, features, meeting reports, 答记者问 and 政策解读, press releases.
 *
 * A page added later is a report unless it is listed here or its gold names an issuer.
 */

/** Page names (file name without .html) whose author speaks in their own voice. */
export const COMMENTARY_PAGES: ReadonlySet<string> = new Set([
  'blind1-cctv-2025-kuaiping',
  'blind1-cpc-2025-lilun',
  'blind1-people-big5-2025-pinglun',
  'blind1-qstheory-2025-jianghua',
  'blind10-people-2026-pinglun',
  'blind10-qstheory-2026-guandian',
  'blind11-gmw-2026-lilun',
  'blind11-people-2026-shiping',
  'blind11-qstheory-2026-wenzhang',
  'blind12-qstheory-2026-pinglun',
  'blind14-gmw-pinglun',
  'blind14-qstheory-wenzhang',
  'blind17-gmw-guancha',
  'blind17-people-lilun',
  'blind17-qstheory-wenzhang',
  'blind2-gmw-2026-lilun',
  'blind2-people-2026-pinglun',
  'blind22-cctv-pinglun',
  'blind24-81cn-pinglun',
  'blind24-people-guancha',
  'blind3-news-2026-pinglun',
  'blind3-qstheory-2026-wenzhang',
  'blind4-cpc-2026-dangjian',
  'blind4-gmw-2026-pinglun',
  'blind4-qstheory-2026-lilun',
  'blind5-people-2026-pinglun',
  'blind6-gmw-2026-lilun',
  'blind7-81cn-2026-pinglun',
  'blind7-gmw-2026-lilun',
  'blind7-people-2026-pinglunyuan',
  'blind7-qstheory-2026-jianghua',
  'blind8-qstheory-2026-pinglun',
  'blind9S-qstheory-2026-wenzhang',
  'blind9T-gmw-2026-guancha',
  'gmw-2024-xiangcun',
  'people-2017-tongzhan',
  'people-2017-tongzhan.gbk',
  'people-2024-chengshi',
  'qstheory-2024-luoshi',
  'xuexi-2025-jiceng',
  // English: op-eds, speeches, remarks
  'blind6-chinadaily-2026-opinion',
  'blind11-govuk-2026-speech',
  'blind18-govuk-speech',
  'blind22-govuk-speech',
  'blind5-govuk-2026-speech',
  'blind3-whitehouse-2026-remarks',
]);

/** Page names of a policy's own text that name no issuer in their gold (English pages, a Chinese 办事指南). */
export const DOCUMENT_PAGES: ReadonlySet<string> = new Set([
  'blind24-shanghai-banshi',
  'blind1-govuk-2024-register-steps',
  'blind1-govuk-2025-grant-guidance',
  'blind1-whitehouse-2025-eo',
  'blind1-whitehouse-2025-factsheet',
  'blind10-govuk-2026-consultation-outcome',
  'blind10-whitehouse-2026-fact-sheet',
  'blind11-govuk-2026-guidance',
  'blind11-whitehouse-2026-eo',
  'blind12-whitehouse-2026-memo',
  'blind14-govuk-guidance',
  'blind14-whitehouse-factsheet',
  'blind15-whitehouse-eo',
  'blind17-govuk-policy-paper',
  'blind17-whitehouse-factsheet',
  'blind18-govuk-guidance-statutory',
  'blind18-whitehouse-memorandum',
  'blind18-whitehouse-proclamation',
  'blind2-govuk-2025-stepbystep',
  'blind2-govuk-2026-guidance',
  'blind2-whitehouse-2026-memorandum',
  'blind22-whitehouse-statement',
  'blind24-gov-uk-consultation',
  'blind24-whitehouse-memo',
  'blind3-govuk-2026-guidance',
  'blind3-whitehouse-2026-eo',
  'blind4-govuk-2026-consultation',
  'blind4-whitehouse-2026-factsheet',
  'blind4-whitehouse-2026-proclamation',
  'blind5-govuk-2026-hmrc',
  'blind5-whitehouse-2026-memorandum',
  'blind6-govuk-2026-guidance-business',
  'blind6-whitehouse-2026-eo',
  'blind7-govuk-2026-apply',
  'blind7-govuk-2026-policy-paper',
  'blind8-govuk-2026-rules',
  'blind8-whitehouse-2026-fact-sheet',
  'blind9T-govuk-2026-guidance',
  'blind9T-whitehouse-2026-memorandum',
  'govuk-2024-water-guidance',
  'heldout-govuk-2025-food-records',
  'heldout-whitehouse-2025-broadband',
  'whitehouse-2025-water-eo',
]);

export type PageKind = 'commentary' | 'document' | 'report';

export function kindOf(page: string, article: { issuer?: unknown; docNumber?: unknown } | null | undefined): PageKind {
  if (COMMENTARY_PAGES.has(page)) return 'commentary';
  if (DOCUMENT_PAGES.has(page) || article?.issuer || article?.docNumber) return 'document';
  return 'report';
}
