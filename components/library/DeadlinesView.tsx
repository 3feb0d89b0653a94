/**
 * The library's Deadlines view: the dated targets of followed articles and of highlighted targets,
 * overdue and upcoming, grouped by month; each links back to its passage with a text fragment.
 * Filters like the highlights' (site, precision, text); the shown ones export to a calendar (.ics).
 * Self-contained: it takes the library view's props and asks the background for what it shows.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Deadline } from '@/utils/analysis/deadlines';
import { groupDeadlines, localIsoDay, type DeadlineItem, type DeadlineMonth } from '@/utils/follows/deadlines';
import { deadlinesToIcs, type IcsLabels } from '@/utils/export/ics';
import { linkToQuote } from '@/utils/highlights/text-fragment';
import { ask } from '@/platform/messaging';
import { listFollows } from './follows-list';
import { t } from '@/platform/i18n';
import { followsToJson, parseFollowsFile } from '@/utils/export/follows-file';
import { downloadBlob } from './actions';
import { uiLocale } from './lang';
import { useDeadlines } from './useDeadlines';
import { Dotted } from '@/components/common/Dotted';

type Precision = 'any' | 'day' | 'month' | 'year';

/** How a due date is said: as precisely as its phrase ("2027", "2026年12月", "2026年12月31日"). */
function dueLabel(d: Deadline, day: string): string {
  const [y, m, dd] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, dd));
  const options: Intl.DateTimeFormatOptions =
    d.precision === 'year'
      ? { year: 'numeric', timeZone: 'UTC' }
      : d.precision === 'month'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(uiLocale(), options).format(date);
}

const monthLabel = (month: string) =>
  new Intl.DateTimeFormat(uiLocale(), { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

export const icsLabels = (): IcsLabels => ({
  precision: (d) =>
    d.precision === 'year' && d.due
      ? t('deadlinesPrecisionYear', d.due)
      : d.precision === 'month' && d.due
        ? t('deadlinesPrecisionMonth', d.due)
        : null,
  recurrence: (d) =>
    d.recurrence
      ? d.recurrence.every === 'year'
        ? t('deadlinesEveryYear')
        : t('deadlinesRecurring', d.recurrence.every)
      : null,
});

function matches(item: DeadlineItem, text: string, site: string, precision: Precision): boolean {
  if (site && item.site !== site) return false;
  if (precision !== 'any' && item.deadline.precision !== precision) return false;
  if (!text) return true;
  const needle = text.toLowerCase();
  return [item.deadline.text, item.quote.exact, item.title, item.site].some((s) => s.toLowerCase().includes(needle));
}

function Item({ item, day, overdue }: { item: DeadlineItem & { day?: string }; day?: string; overdue?: boolean }) {
  const link = linkToQuote(item.url, item.quote);
  return (
    <li class={`dl-item${overdue ? ' overdue' : ''}`} data-testid="deadline" data-day={day ?? ''}>
      <span class="dl-due">{day ? dueLabel(item.deadline, day) : '—'}</span>
      <div class="dl-body">
        <a class="dl-phrase" href={link} target="_blank" rel="noopener noreferrer" data-testid="deadline-link">
          <bdi>{item.deadline.text}</bdi>
        </a>
        {item.deadline.recurrence && <span class="dl-tag">{icsLabels().recurrence(item.deadline)}</span>}
        <p class="dl-quote">{item.quote.exact}</p>
        <p class="dl-meta">
          <Dotted parts={[item.title || item.site, item.site]} /> ·{' '}
          <span class="dl-from">{item.from === 'follow' ? t('deadlinesFromFollow') : t('deadlinesFromHighlight')}</span>
        </p>
      </div>
    </li>
  );
}

function Months({ months, overdue }: { months: DeadlineMonth[]; overdue: boolean }) {
  return (
    <>
      {months.map((g) => (
        <section key={g.month} class="dl-month" data-testid="deadline-month" data-month={g.month}>
          <h3>{monthLabel(g.month)}</h3>
          <ul>
            {g.items.map((item) => (
              <Item key={item.key} item={item} day={item.day} overdue={overdue} />
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}

export function DeadlinesView(_props: { settings?: unknown }) {
  const { items, follows, error } = useDeadlines();
  const [notice, setNotice] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [site, setSite] = useState('');
  const [precision, setPrecision] = useState<Precision>('any');
  const today = localIsoDay(Date.now());
  const sites = useMemo(() => [...new Set((items ?? []).map((i) => i.site))].sort(), [items]);
  const shown = useMemo(
    () => (items ?? []).filter((i) => matches(i, text.trim(), site, precision)),
    [items, text, site, precision],
  );
  const groups = useMemo(() => groupDeadlines(shown, today), [shown, today]);

  const exportIcs = () =>
    downloadBlob(
      `huazhongdian-deadlines-${today}.ics`,
      new Blob([deadlinesToIcs(shown, { now: Date.now(), labels: icsLabels(), name: t('deadlinesCalendarName') })], {
        type: 'text/calendar;charset=utf-8',
      }),
    );

  const backup = async () => {
    const all = await listFollows(true);
    downloadBlob(
      `huazhongdian-follows-${today}.json`,
      new Blob([followsToJson(all, Date.now())], { type: 'application/json;charset=utf-8' }),
    );
  };
  const restore = async (file: File) => {
    const parsed = parseFollowsFile(await file.text());
    if (parsed.error) return setNotice(parsed.error);
    const r = await ask({ type: 'follows/import', follows: parsed.follows });
    setNotice(t('followsRestored', [String(r.merged), String(parsed.skipped.length + r.refused)]));
  };

  return (
    <main class="lib-main deadlines" data-testid="deadlines-view">
      {error && (
        <p role="alert" class="notice error">
          {error}
        </p>
      )}
      <div class="dl-filters" role="search">
        <input
          class="input"
          type="search"
          placeholder={t('deadlinesSearch')}
          aria-label={t('deadlinesSearch')}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
          data-testid="deadlines-search"
        />
        <select
          class="input"
          aria-label={t('deadlinesAllSites')}
          value={site}
          onChange={(e) => setSite(e.currentTarget.value)}
        >
          <option value="">{t('deadlinesAllSites')}</option>
          {sites.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
        <select
          class="input"
          aria-label={t('deadlinesAllPrecisions')}
          value={precision}
          onChange={(e) => setPrecision(e.currentTarget.value as Precision)}
          data-testid="deadlines-precision"
        >
          <option value="any">{t('deadlinesAllPrecisions')}</option>
          <option value="day">{t('deadlinesPrecisionDayName')}</option>
          <option value="month">{t('deadlinesPrecisionMonthName')}</option>
          <option value="year">{t('deadlinesPrecisionYearName')}</option>
        </select>
        <span class="dl-count">{t('deadlinesCount', String(shown.length))}</span>
        <button
          type="button"
          class="btn btn-primary"
          disabled={!shown.length}
          onClick={exportIcs}
          data-testid="deadlines-ics"
        >
          {t('deadlinesExportIcs')}
        </button>
      </div>
      {items && items.length === 0 && <p class="empty">{t('deadlinesEmpty')}</p>}
      {groups.overdue.length > 0 && (
        <section class="dl-part" aria-labelledby="dl-overdue" data-testid="deadlines-overdue">
          <h2 id="dl-overdue">{t('deadlinesOverdue')}</h2>
          <Months months={groups.overdue} overdue />
        </section>
      )}
      {groups.upcoming.length > 0 && (
        <section class="dl-part" aria-labelledby="dl-upcoming" data-testid="deadlines-upcoming">
          <h2 id="dl-upcoming">{t('deadlinesUpcoming')}</h2>
          <Months months={groups.upcoming} overdue={false} />
        </section>
      )}
      {groups.undated.length > 0 && (
        <section class="dl-part" aria-labelledby="dl-undated" data-testid="deadlines-undated">
          <h2 id="dl-undated">{t('deadlinesUndated')}</h2>
          <ul>
            {groups.undated.map((item) => (
              <Item key={item.key} item={item} />
            ))}
          </ul>
        </section>
      )}
      <section class="dl-part dl-follows" aria-labelledby="dl-followed">
        <h2 id="dl-followed">{t('followingArticle')}</h2>
        <p class="dl-backup">
          <button type="button" class="btn" onClick={() => void backup()} data-testid="follows-backup">
            {t('followsBackup')}
          </button>
          <label class="btn">
            {t('followsRestore')}
            <input
              type="file"
              accept="application/json,.json"
              class="visually-hidden"
              data-testid="follows-restore"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) void restore(file).catch((err: unknown) => setNotice(String(err)));
              }}
            />
          </label>
          {notice && <span role="status">{notice}</span>}
        </p>
        <ul>
          {follows.map((f) => (
            <li key={f.id}>
              <a href={f.url} target="_blank" rel="noopener noreferrer">
                {f.title || f.url}
              </a>{' '}
              <button
                type="button"
                class="link-btn"
                data-testid="unfollow"
                onClick={() => void ask({ type: 'follows/unfollow', url: f.url })}
              >
                {t('deadlinesUnfollow')}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}
