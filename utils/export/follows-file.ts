/**
 * A backup of the followed articles: a JSON file of its own (the highlights' Web Annotation file
 * has no place for them), written and read by the Deadlines view. Every follow is kept whole with
 * its clock, unfollows too, so a restore merges by clock like sync; the background passes what it
 * receives through the same gate as any outside record (utils/sync/admit.ts).
 */
import * as v from 'valibot';
import { describeIssues } from '@/utils/highlights/record';
import { FollowSchema, type Follow } from '@/utils/follows/record';

export const FOLLOWS_FILE_KIND = 'huazhongdian/follows';
const MAX_BYTES = 10 * 1024 * 1024;
const MAX_FOLLOWS = 5000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const FileSchema = v.object({
  kind: v.literal(FOLLOWS_FILE_KIND),
  version: v.literal(1),
  exported: v.optional(v.string()),
  follows: v.pipe(v.array(v.unknown()), v.maxLength(MAX_FOLLOWS)),
});

export function followsToJson(follows: readonly Follow[], now: number): string {
  return `${JSON.stringify({ kind: FOLLOWS_FILE_KIND, version: 1, exported: new Date(now).toISOString(), follows }, null, 1)}\n`;
}

/** The valid follows of a file and the reasons the others were skipped; `error` when the file is not one. */
export function parseFollowsFile(text: string): { follows: Follow[]; skipped: string[]; error: string | null } {
  const fail = (error: string) => ({ follows: [], skipped: [], error });
  if (text.length > MAX_BYTES) return fail('File too large');
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\ufeff/, ''), (key, value: unknown) =>
      FORBIDDEN_KEYS.has(key) ? undefined : value,
    );
  } catch (e) {
    return fail(`Not valid JSON: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}`);
  }
  const file = v.safeParse(FileSchema, doc);
  if (!file.success) return fail(`Not a follows backup: ${describeIssues(file.issues)}`);
  const follows: Follow[] = [];
  const skipped: string[] = [];
  file.output.follows.forEach((item, i) => {
    const r = v.safeParse(FollowSchema, item);
    if (r.success) follows.push(r.output);
    else skipped.push(`#${i + 1}: ${describeIssues(r.issues)}`);
  });
  return { follows, skipped, error: null };
}
