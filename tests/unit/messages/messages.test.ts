import { describe, expect, test } from 'vitest';
import { parseContentCommand, parseRequest } from '@/utils/messages';
import { parseReply } from '@/utils/message-replies';
import { zeroCounts } from '@/utils/counts';

const page = {
  url: 'http://dangpai.people.com.cn/n1/2017/0311/c117259-29138146.html',
  title: '提能善为',
  isArticle: true,
  article: { title: '提能善为' },
  counts: zeroCounts(),
  orphans: 0,
};

describe('parseRequest', () => {
  test('accepts every well-formed request', () => {
    for (const msg of [
      { type: 'page/report', page },
      { type: 'tab/state', tabId: 3 },
      { type: 'highlights/list' },
      { type: 'highlights/list', url: page.url },
      { type: 'highlights/delete', id: 'a' },
      { type: 'settings/get' },
      { type: 'settings/update', patch: { lastColor: 'pink' } },
      { type: 'storage/info' },
    ]) {
      const r = parseRequest(msg);
      expect(r.ok, JSON.stringify(msg)).toBe(true);
    }
  });

  test.each([
    ['not an object', 'hello'],
    ['null', null],
    ['unknown type', { type: 'highlights/drop-table' }],
    ['missing field', { type: 'highlights/delete' }],
    ['wrong type of field', { type: 'tab/state', tabId: '3' }],
    ['negative tab id', { type: 'tab/state', tabId: -1 }],
    ['bad colour', { type: 'settings/update', patch: { lastColor: 'chartreuse' } }],
    ['non-URL page', { type: 'page/report', page: { ...page, url: 'javascript:alert(1)x' } }],
    ['huge id', { type: 'highlights/delete', id: 'x'.repeat(500) }],
  ])('rejects %s with a readable error', (_name, msg) => {
    const r = parseRequest(msg);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/^invalid request/);
  });

  test('drops unknown extra fields instead of passing them on', () => {
    const r = parseRequest({ type: 'tab/state', tabId: 1, evil: true });
    expect(r.ok && 'evil' in r.value).toBe(false);
  });
});

describe('parseContentCommand', () => {
  test('accepts the commands and rejects requests meant for the background', () => {
    expect(parseContentCommand({ type: 'content/scroll-to', id: 'x' }).ok).toBe(true);
    expect(parseContentCommand({ type: 'content/highlight-selection', color: 'green' }).ok).toBe(true);
    expect(parseContentCommand({ type: 'settings/get' }).ok).toBe(false);
    expect(parseContentCommand({ type: 'content/highlight-selection', color: 'red' }).ok).toBe(false);
  });
});

describe('parseReply', () => {
  test('passes data and errors through and turns anything else into an error', () => {
    expect(parseReply({ ok: true, data: 1 })).toEqual({ ok: true, data: 1 });
    expect(parseReply({ ok: false, error: 'no' })).toEqual({ ok: false, error: 'no' });
    expect(parseReply(undefined)).toMatchObject({ ok: false });
    expect(parseReply({ ok: false })).toMatchObject({ ok: false });
  });
});
