/**
 * The .ics writer, read back by ical.js (a maintained RFC 5545 parser, Mozilla's): what a calendar
 * app would see. Hostile passages (both languages, every character the format treats specially)
 * must come back exactly, on lines of at most 75 octets, folded between UTF-8 sequences.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { deadlinesToIcs, escapeText, foldLine, rruleOf, type IcsLabels } from '@/utils/export/ics';
import type { DeadlineItem } from '@/utils/follows/deadlines';
import type { Deadline } from '@/utils/analysis/deadlines';

const labels: IcsLabels = {
  precision: (d) => (d.precision === 'year' ? `year ${d.due}` : d.precision === 'month' ? `month ${d.due}` : null),
  recurrence: (d) => (d.recurrence ? `every ${d.recurrence.every}` : null),
};
const NOW = Date.UTC(2026, 11, 5, 6, 45, 0);

const deadline = (over: Partial<Deadline> = {}): Deadline => ({
  text: '到2026年底',
  start: 0,
  end: 7,
  due: '2026-12-31',
  precision: 'day',
  lastDay: '2026-12-31',
  basis: 'absolute',
  ...over,
});
const item = (over: Partial<DeadlineItem> = {}): DeadlineItem => ({
  key: 'k1',
  url: 'https://www.gov.cn/zhengce/content/2025-01/01/content_1.htm',
  title: '关于印发《方案》的通知',
  site: 'gov.cn',
  published: '2025-01-01',
  quote: { exact: '到2026年底，完成率要达到90%以上。', prefix: '', suffix: '' },
  deadline: deadline(),
  from: 'follow',
  ...over,
});

const parse = (ics: string) => {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
};
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('ics', () => {
  test('one all-day VEVENT per dated deadline, stable UID, DTSTAMP, link and passage in the description', () => {
    const ics = deadlinesToIcs(
      [
        item(),
        item({ key: 'k2', deadline: deadline({ due: null, lastDay: null, precision: null, basis: 'unresolved' }) }),
      ],
      {
        now: NOW,
        labels,
        name: 'Deadlines',
      },
    );
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const [event, ...rest] = parse(ics);
    expect(rest).toEqual([]); // the undated one is left out
    expect(event!.uid).toBe('k1@huazhongdian');
    expect(event!.startDate.isDate).toBe(true);
    expect(event!.startDate.toString()).toBe('2026-12-31');
    expect(event!.endDate.toString()).toBe('2027-01-01');
    expect(event!.summary).toBe('到2026年底 · 关于印发《方案》的通知');
    expect(event!.description).toContain('到2026年底，完成率要达到90%以上。');
    expect(event!.description).toContain('https://www.gov.cn/zhengce/content/2025-01/01/content_1.htm#:~:text=');
    expect(event!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-12-05T06:45:00Z');
    // The same deadline exported again has the same UID (a calendar updates it, no copy).
    expect(parse(deadlinesToIcs([item()], { now: NOW + 1000, labels, name: 'x' }))[0]!.uid).toBe(event!.uid);
  });

  test('month and year precision: the last day, the precision said', () => {
    const [year] = parse(
      deadlinesToIcs(
        [item({ deadline: deadline({ text: '力争到2027年', due: '2027', precision: 'year', lastDay: '2027-12-31' }) })],
        {
          now: NOW,
          labels,
          name: 'x',
        },
      ),
    );
    expect(year!.startDate.toString()).toBe('2027-12-31');
    expect(year!.summary).toContain('(year 2027)');
    expect(year!.description).toContain('year 2027');
  });

  test('recurring: RRULE where resolvable', () => {
    const yearly = deadline({
      text: '每年6月30日前',
      due: '2026-06-30',
      lastDay: '2026-06-30',
      recurrence: { every: 'year', month: 6, day: 30 },
    });
    const [event] = parse(deadlinesToIcs([item({ deadline: yearly })], { now: NOW, labels, name: 'x' }));
    expect(event!.isRecurring()).toBe(true);
    const it = event!.iterator();
    expect([it.next().toString(), it.next().toString()]).toEqual(['2026-06-30', '2027-06-30']);
    expect(rruleOf(deadline({ recurrence: { every: 'year' } }))).toBeNull(); // 每年 without a day: no rule
    expect(rruleOf(deadline({ recurrence: { every: 'quarter' } }))).toBe('FREQ=MONTHLY;INTERVAL=3');
    expect(rruleOf(deadline({ due: null, lastDay: null, precision: null, recurrence: { every: 'month' } }))).toBeNull();
  });

  test('the last day of 9999 (a file or a peer may name it) still ends after it starts', () => {
    const ics = deadlinesToIcs(
      [item({ deadline: deadline({ due: '9999', precision: 'year', lastDay: '9999-12-31' }) })],
      {
        now: NOW,
        labels,
        name: 'n',
      },
    );
    // A DATE is four digits of year (RFC 5545 3.3.4): no "+010000…" for the day after.
    for (const line of ics.split('\r\n').filter((l) => /^DT(?:START|END)/.test(l))) expect(line).toMatch(/:\d{8}$/);
    const [event] = parse(ics);
    expect(event!.startDate.toString()).toBe('9999-12-31');
    expect(event!.endDate.compare(event!.startDate)).toBe(1);
    expect(event!.duration.toString()).toBe('P1D');
  });

  test('TEXT escaping and folding', () => {
    expect(escapeText('a\\b;c,d\r\ne\nf\rg\u0000h\u0007\ti')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h\ti');
    const line = `SUMMARY:${'汉'.repeat(60)}`;
    const folded = foldLine(line).split('\r\n');
    for (const l of folded) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
    // An astral character (4 octets, a surrogate pair in JS) is never split.
    const emoji = foldLine(`X:${'😀'.repeat(40)}`);
    expect(emoji).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  test('property: hostile Chinese/English text comes back exactly, every line ≤ 75 octets', () => {
    const hostile = fc
      .array(
        fc.oneof(
          fc.constantFrom(
            '\\',
            ';',
            ',',
            '\n',
            '\r\n',
            ':',
            '"',
            ' ',
            '\t',
            'BEGIN:VEVENT',
            'END:VCALENDAR',
            '\\n',
            '，',
            '；',
            '😀',
            '𠮷',
            'é',
          ),
          fc.string({ unit: 'grapheme', maxLength: 3 }),
          fc.constantFrom(...'到2026年底完成率要达到以上严禁Within 90 days shall'.split('')),
        ),
        { maxLength: 200 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(hostile, hostile, hostile, (title, exact, phrase) => {
        // What a TEXT value can carry: no control characters but tab and line breaks (those are dropped).
        // eslint-disable-next-line no-control-regex -- control characters are what TEXT cannot carry
        const clean = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
        const i = item({
          title,
          quote: { exact: exact || 'x', prefix: '', suffix: '' },
          deadline: deadline({ text: phrase || 'y' }),
        });
        const ics = deadlinesToIcs([i], { now: NOW, labels, name: title });
        for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
        const [event] = parse(ics);
        expect(event!.summary).toBe(clean(`${phrase || 'y'} · ${title || 'gov.cn'}`));
        expect(event!.description.startsWith(clean(exact || 'x'))).toBe(true);
        expect(event!.uid).toBe('k1@huazhongdian');
      }),
      { numRuns: 300 },
    );
  });
});
