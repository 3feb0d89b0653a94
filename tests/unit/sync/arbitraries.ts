/** A fast-check arbitrary for valid, varied Highlight records (for encoding round trips). */
import fc from 'fast-check';
import { CATEGORIES, COLORS, parseHighlight, type Highlight } from '@/utils/highlights/record';
import { formatClock } from '@/utils/sync/hlc';

const cjk = fc.string({
  unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
  maxLength: 30,
});
/** Text with the awkward characters: quotes, backslash, '<', U+2028, controls, emoji, CJK. */
const text = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    cjk.map((s) => s.slice(0, maxLength)),
    fc.constantFrom('', '<b>"q"\\', '\u2028\u2029\u007f\u0001', '😀中文', '~~~'.slice(0, maxLength)),
  );
const nonEmpty = (maxLength: number) => text(maxLength).filter((s) => s.length > 0);

const urlArb = fc.oneof(
  fc.constantFrom(
    'http://politics.people.com.cn/n1/2024/0305/c1001-40189213.html',
    'https://www.gov.cn/zhengce/content/202403/content_6939261.htm',
    'https://www.news.cn/politics/20240312/4a6d/c.html',
    'https://example.org/a?b=1#c',
  ),
  fc.webUrl(),
);

const articleArb = fc.record(
  {
    title: text(40),
    published: fc.option(text(20), { nil: null }),
    source: fc.option(text(20), { nil: null }),
    editor: fc.option(text(20), { nil: null }),
    author: fc.option(text(20), { nil: null }),
    keywords: fc.array(text(10), { maxLength: 4 }),
    channel: fc.array(text(10), { maxLength: 3 }),
    language: fc.option(text(10), { nil: null }),
    issuer: fc.option(text(20), { nil: null }),
    docNumber: fc.option(text(20), { nil: null }),
  },
  { requiredKeys: ['title'] },
);

const deviceArb = fc.oneof(fc.uuid(), fc.stringMatching(/^[A-Za-z0-9_-]{1,20}$/));
const clockArb = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .record({
        wallMs: fc.integer({ min: 0, max: 4_000_000_000_000 }),
        counter: fc.integer({ min: 0, max: 999_999 }),
        deviceId: deviceArb,
      })
      .map(formatClock),
  },
  { weight: 1, arbitrary: nonEmpty(40) },
);

const time = fc.integer({ min: 0, max: 4_000_000_000_000 });

export const highlightArb: fc.Arbitrary<Highlight> = fc
  .record(
    {
      id: fc.oneof(fc.uuid(), nonEmpty(40), fc.constant('00000000-0000-0000-0000-00000000000A')),
      url: urlArb,
      title: text(60),
      siteMode: fc.oneof(fc.constant(null), text(20)),
      article: fc.option(articleArb, { nil: null }),
      quote: fc.record({ exact: nonEmpty(200), prefix: text(64), suffix: text(64) }),
      start: fc.integer({ min: 0, max: 3_000_000_000 }),
      length: fc.integer({ min: 1, max: 100_000 }),
      color: fc.constantFrom(...COLORS),
      note: text(100),
      tags: fc.array(nonEmpty(12), { maxLength: 4 }),
      category: fc.option(fc.constantFrom(...CATEGORIES), { nil: null }),
      created: time,
      updated: time,
      clock: clockArb,
      deleted: fc.boolean(),
    },
    {
      requiredKeys: [
        'id',
        'url',
        'title',
        'siteMode',
        'quote',
        'start',
        'length',
        'color',
        'note',
        'tags',
        'created',
        'updated',
        'clock',
      ],
    },
  )
  .map((r) => {
    const { siteMode, start, length, ...rest } = r;
    const h = { ...rest, site: siteMode ?? new URL(r.url).hostname, position: { start, end: start + length } };
    const parsed = parseHighlight(h);
    if (!parsed.ok) throw new Error(`arbitrary made an invalid record: ${parsed.error}`);
    return parsed.value;
  });

/** Libraries with unique ids, a few pages shared between records. */
export const libraryArb = (maxLength: number) => fc.uniqueArray(highlightArb, { maxLength, selector: (h) => h.id });
