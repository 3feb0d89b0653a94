import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  encodeFragmentTerm,
  fragmentPrefix,
  fragmentSuffix,
  linkToQuote,
  textDirective,
  textDirectiveParts,
} from '@/utils/highlights/text-fragment';

const q = (exact: string, prefix = '', suffix = '') => ({ exact, prefix, suffix });

describe('text fragment', () => {
  test("terms are percent-encoded, including '-', ',', '&' and '#'", () => {
    expect(encodeFragmentTerm('a-b,c&d#e f')).toBe('a%2Db%2Cc%26d%23e%20f');
    expect(encodeFragmentTerm('城市')).toBe('%E5%9F%8E%E5%B8%82');
    expect(encodeFragmentTerm("(x)!*'~.")).not.toMatch(/[()!*'~.]/);
  });

  test('a short quote is given whole, with context cut at boundaries', () => {
    const d = textDirectiveParts(q('必须坚持安全第一', '各地区各部门要，', '，预防为主，综合治理'));
    // The suffix runs to a boundary that leaves a few characters of context.
    expect(d).toEqual({ prefix: '，', start: '必须坚持安全第一', end: '', suffix: '，预防为主，' });
  });

  test('English context is cut at spaces', () => {
    expect(fragmentPrefix('text that comes right before ')).toBe('before');
    expect(fragmentSuffix(' and then a lot more words')).toBe('and then');
    expect(fragmentPrefix('cut inside a wo')).toBe('a wo');
    expect(fragmentSuffix(', then')).toBe(',');
  });

  test('context never reaches across a line break (another block)', () => {
    expect(fragmentPrefix('上一段的结尾。\n  本段开头')).toBe('本段开头');
    expect(fragmentSuffix('。\n下一段')).toBe('。');
    expect(fragmentSuffix('\n下一段')).toBe('');
  });

  test('context without any boundary within reach is left out rather than cut inside a word', () => {
    expect(fragmentPrefix('一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十')).toBe('');
  });

  test('a long or multi-line quote becomes start,end from its first and last lines', () => {
    const long =
      '为深入贯彻党的二十大精神，各地区各部门要深入贯彻落实党中央决策部署，坚持以人民为中心的发展思想，统筹发展和安全，切实把各项任务落到实处，确保取得实效，推动高质量发展不断取得新成效。';
    const d = textDirectiveParts(q(long));
    expect(long.startsWith(d.start)).toBe(true);
    expect(long.endsWith(d.end)).toBe(true);
    expect(d.start.length).toBeLessThan(long.length / 2);
    const multi = textDirectiveParts(q('第一段的文字\n\n   第二段的文字'));
    expect(multi).toMatchObject({ start: '第一段的文字', end: '第二段的文字' });
  });

  test('the directive is prefix-,start,end,-suffix', () => {
    expect(textDirective(q('a-b', 'the x, ', ' & y'))).toBe('text=x%2C-,a%2Db,-%26');
    expect(textDirective(q('a,b', '', ''))).toBe('text=a%2Cb');
    expect(textDirective(q('   '))).toBe('');
  });

  test('links replace any previous text directive and keep a plain fragment', () => {
    expect(linkToQuote('https://e.org/a?x=1', q('hello'))).toBe('https://e.org/a?x=1#:~:text=hello');
    expect(linkToQuote('https://e.org/a#top:~:text=old', q('hello'))).toBe('https://e.org/a#top:~:text=hello');
  });

  test('property: the parts decode back to pieces of the quote and its context', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 200, unit: 'grapheme' }),
        fc.string({ maxLength: 64 }),
        fc.string({ maxLength: 64 }),
        (exact, prefix, suffix) => {
          const directive = textDirective(q(exact, prefix, suffix));
          if (directive === '') {
            expect(exact.trim()).toBe('');
            return;
          }
          const body = directive.slice('text='.length);
          // No raw separators survive encoding: the comma split gives back the parts.
          const parts = body.split(',').map((p) => p);
          expect(parts.length).toBeGreaterThanOrEqual(1);
          expect(parts.length).toBeLessThanOrEqual(4);
          const decoded = parts.map((p) => decodeURIComponent(p.replace(/^-|-$/g, '')));
          const collapsed = exact.replace(/\s+/g, ' ');
          const start = parts[0]!.endsWith('-') ? decoded[1]! : decoded[0]!;
          expect(collapsed.includes(start)).toBe(true);
          expect(body).not.toMatch(/[&#\s]/);
        },
      ),
    );
  });

  test('a lone surrogate (a page’s text, a file, a peer may hold one) is no reason to throw', () => {
    // encodeURIComponent throws on one: the Deadlines view drew no deadline at all, the .ics export failed.
    const link = linkToQuote('https://e.org/a', q('到2026年底\ud800完成', '', '\udc00后文。'));
    expect(decodeURIComponent(link.split('text=')[1]!.split(',')[0]!)).toBe('到2026年底\ufffd完成');
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 200, unit: 'binary' }),
        fc.string({ maxLength: 64, unit: 'binary' }),
        fc.string({ maxLength: 64, unit: 'binary' }),
        (exact, prefix, suffix) => {
          const link = linkToQuote('https://e.org/a', q(exact, prefix, suffix));
          expect(() => decodeURI(link)).not.toThrow();
        },
      ),
    );
  });
});
