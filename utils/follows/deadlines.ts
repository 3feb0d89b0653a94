/**
 * The reader's deadlines: the dated targets of followed articles and the saved highlights of dated
 * targets, as one list for the Deadlines view and the calendar export. Pure.
 */
import { addDeadlines } from '@/utils/analysis/analyze';
import { blockLanguage, type AnalyzableArticle, type Directive } from '@/utils/analysis/directives';
import { deadlineOf, type Deadline } from '@/utils/analysis/deadlines';
import type { Highlight, TextQuote } from '@/utils/highlights/record';
import { FOLLOW_LIMITS, fnv1a, type Follow, type FollowDraft, type FollowTarget } from './record';

export interface DeadlineItem {
  /** Stable across rounds and devices: the calendar UID and the list key. */
  key: string;
  url: string;
  title: string;
  site: string;
  published: string | null;
  /** The passage (a target's sentence or the highlighted text) and its context, for a text fragment link. */
  quote: TextQuote;
  deadline: Deadline;
  /** Where it came from: a followed article, or a saved highlight. */
  from: 'follow' | 'highlight';
}

const CONTEXT = 32;

/** The follow of an article: its metadata and every directive with a dated deadline (targets first). */
export function followDraft(
  page: { url: string; title: string; site: string; source?: string | null; published?: string | null },
  article: AnalyzableArticle,
  directives: Directive[],
): FollowDraft {
  const dated = directives.filter((d) => d.category === 'target');
  if (dated.some((d) => d.deadline === undefined)) addDeadlines(article, dated);
  const targets: FollowTarget[] = [];
  for (const d of dated) {
    if (!d.deadline || targets.length >= FOLLOW_LIMITS.targets) continue;
    const exact = d.text.slice(0, FOLLOW_LIMITS.passage);
    const deadline = { ...d.deadline, text: d.deadline.text.slice(0, FOLLOW_LIMITS.phrase) };
    targets.push({
      quote: {
        exact,
        prefix: article.text.slice(Math.max(0, d.start - CONTEXT), d.start),
        suffix: article.text.slice(d.start + exact.length, d.start + exact.length + CONTEXT),
      },
      deadline,
    });
  }
  return {
    url: page.url,
    title: page.title,
    site: page.site,
    source: page.source ?? null,
    published: page.published ?? null,
    targets,
  };
}

/**
 * The deadline of a saved highlight of a target: its text read with the same resolver as the
 * page's directives, relative dates against the page's published date. Null for any other
 * highlight or text without a date phrase.
 */
export function highlightDeadline(h: Highlight): Deadline | null {
  if (h.deleted || h.category !== 'target') return null;
  const text = h.quote.exact;
  const lang = blockLanguage(text, h.article?.language?.startsWith('en') ? 'en' : 'zh');
  return deadlineOf(text, { start: 0, end: text.length }, lang, h.article?.published ?? null);
}

/** The list: followed targets and highlighted targets, one item per passage and phrase of a page. */
export function deadlineItems(follows: readonly Follow[], highlights: readonly Highlight[]): DeadlineItem[] {
  const items = new Map<string, DeadlineItem>();
  const add = (item: Omit<DeadlineItem, 'key'>) => {
    // The same passage followed and highlighted is one deadline (the follow's wins: it came first).
    const key = `${fnv1a(item.url)}-${fnv1a(`${item.quote.exact.trim()}\u0000${item.deadline.text}`)}`;
    if (!items.has(key)) items.set(key, { ...item, key });
  };
  for (const f of follows) {
    if (f.deleted) continue;
    for (const t of f.targets)
      add({
        url: f.url,
        title: f.title,
        site: f.site,
        published: f.published ?? null,
        quote: t.quote,
        deadline: t.deadline,
        from: 'follow',
      });
  }
  for (const h of highlights) {
    const deadline = highlightDeadline(h);
    if (deadline)
      add({
        url: h.url,
        title: h.title,
        site: h.site,
        published: h.article?.published ?? null,
        quote: h.quote,
        deadline,
        from: 'highlight',
      });
  }
  return [...items.values()];
}

/** "YYYY-MM-DD" of a time in the reader's own calendar. */
export function localIsoDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The day an item is due as of `today`: its `lastDay`, or for a yearly recurrence with a month the
 * next such day on or after today (a 每年6月底前 found in a 2024 article is next due this year).
 */
export function nextDueDay(deadline: Deadline, today: string): string | null {
  const { lastDay, recurrence } = deadline;
  if (!lastDay || !recurrence || recurrence.every !== 'year' || lastDay >= today) return lastDay;
  let year = Number(today.slice(0, 4));
  const md = lastDay.slice(4);
  if (`${year}${md}` < today) year++;
  // 29 February in a common year: the last day of February.
  const day = md === '-02-29' && new Date(Date.UTC(year, 1, 29)).getUTCMonth() !== 1 ? '-02-28' : md;
  return `${year}${day}`;
}

export interface DeadlineMonth {
  /** "YYYY-MM" */
  month: string;
  items: (DeadlineItem & { day: string })[];
}

export interface DeadlineGroups {
  overdue: DeadlineMonth[];
  upcoming: DeadlineMonth[];
  /** Phrases kept as text: no date could be computed. */
  undated: DeadlineItem[];
}

/** Overdue (before `today`, newest month first) and upcoming (soonest first), grouped by month. */
export function groupDeadlines(items: readonly DeadlineItem[], today: string): DeadlineGroups {
  const overdue = new Map<string, DeadlineMonth>();
  const upcoming = new Map<string, DeadlineMonth>();
  const undated: DeadlineItem[] = [];
  const dated = items
    .map((item) => ({ ...item, day: nextDueDay(item.deadline, today) }))
    .filter((item): item is DeadlineItem & { day: string } => item.day !== null || (undated.push(item), false))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.key < b.key ? -1 : 1));
  for (const item of dated) {
    const groups = item.day < today ? overdue : upcoming;
    const month = item.day.slice(0, 7);
    let group = groups.get(month);
    if (!group) groups.set(month, (group = { month, items: [] }));
    group.items.push(item);
  }
  return { overdue: [...overdue.values()].reverse(), upcoming: [...upcoming.values()], undated };
}
