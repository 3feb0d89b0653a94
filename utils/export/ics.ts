/**
 * Deadlines as an iCalendar file (RFC 5545) for calendar apps: one all-day VEVENT per dated
 * deadline, with a UID that stays the same from one export to the next (a re-import updates the
 * event instead of adding a copy). Pure; the library page downloads the text.
 *
 * What the RFC asks and this does: CRLF line endings (3.1); lines folded at 75 octets, never
 * inside a UTF-8 sequence, continued with one space (3.1); TEXT values escaped — backslash,
 * semicolon, comma, newline (3.3.11) — and other control characters dropped (they are not allowed
 * in TEXT); all-day dates as `DTSTART;VALUE=DATE` with the next day as DTEND (3.6.1; `DURATION:P1D` for
 * 9999-12-31, whose next day has no four-digit year); DTSTAMP in UTC.
 */
import type { Deadline } from '@/utils/analysis/deadlines';
import type { DeadlineItem } from '@/utils/follows/deadlines';
import { linkToQuote } from '@/utils/highlights/text-fragment';

export interface IcsLabels {
  /** "Due by the end of 2027 (year precision)": how a month or year deadline is said. */
  precision(deadline: Deadline): string | null;
  /** A line of the description that names the recurrence ("Every year"), or null. */
  recurrence(deadline: Deadline): string | null;
}

const encoder = new TextEncoder();

/** Escapes a TEXT value (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- control characters are what TEXT cannot carry
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
  );
}

/** Folds one content line at 75 octets, between characters (never inside a UTF-8 sequence or a surrogate pair). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    // The first line holds 75 octets; a continuation line's leading space counts toward its 75.
    const max = out.length === 0 ? 75 : 74;
    if (octets + size > max) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

const compact = (day: string) => day.replaceAll('-', '');

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The end of an all-day event: the next day (DTEND is exclusive). After 9999-12-31 there is no
 * DATE (four digits of year) to name: there the event lasts its one day by DURATION instead.
 */
function endOf(day: string): string {
  const next = nextDay(day);
  return /^\d{4}-/.test(next) ? `DTEND;VALUE=DATE:${compact(next)}` : 'DURATION:P1D';
}

/** "20261205T064500Z" */
export function utcStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The RRULE of a recurring deadline, or null when its recurrence does not say enough. */
export function rruleOf(deadline: Deadline): string | null {
  const r = deadline.recurrence;
  if (!r || !deadline.lastDay) return null;
  switch (r.every) {
    case 'year':
      return r.month ? 'FREQ=YEARLY' : null;
    case 'quarter':
      return 'FREQ=MONTHLY;INTERVAL=3';
    case 'month':
      return 'FREQ=MONTHLY';
    case 'week':
      return 'FREQ=WEEKLY';
    case 'day':
      return 'FREQ=DAILY';
  }
}

export interface IcsOptions {
  /** DTSTAMP: when the file is written. */
  now: number;
  labels: IcsLabels;
  /** The calendar's name (X-WR-CALNAME, shown by most apps). */
  name: string;
}

/** The .ics text of the items with a date; undated ones are left out (a calendar needs a day). */
export function deadlinesToIcs(items: readonly DeadlineItem[], options: IcsOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Huazhongdian//Deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  for (const item of items) {
    const { deadline } = item;
    if (!deadline.lastDay) continue;
    const precision = options.labels.precision(deadline);
    const recurrence = options.labels.recurrence(deadline);
    const rrule = rruleOf(deadline);
    const link = linkToQuote(item.url, item.quote);
    const summary = `${deadline.text}${precision ? ` (${precision})` : ''} · ${item.title || item.site}`;
    const description = [precision, recurrence, item.quote.exact, link].filter(Boolean).join('\n\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${item.key}@huazhongdian`,
      `DTSTAMP:${utcStamp(options.now)}`,
      `DTSTART;VALUE=DATE:${compact(deadline.lastDay)}`,
      endOf(deadline.lastDay),
      ...(rrule ? [`RRULE:${rrule}`] : []),
      `SUMMARY:${escapeText(summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      // A URI value is not TEXT: it is not escaped, and linkToQuote percent-encodes what it adds.
      // eslint-disable-next-line no-control-regex -- a URI value carries no control characters or spaces
      `URL:${link.replace(/[\u0000-\u0020\u007f]/g, encodeURIComponent)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
