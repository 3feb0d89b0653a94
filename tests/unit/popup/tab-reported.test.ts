/**
 * "Tab N reported" on the extension's BroadcastChannel (platform/library-changes.ts): it carries
 * the tab's id only, reaches the listener of that tab, and is no library change.
 */
import { afterEach, expect, test } from 'vitest';
import {
  LIBRARY_CHANNEL,
  libraryChangeSender,
  onLibraryChanged,
  onTabReported,
  tabReportSender,
  type LibraryChange,
} from '@/platform/library-changes';

const stops: (() => void)[] = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));
/** Lets the channel deliver what was posted (a macrotask in Node). */
const delivered = () => new Promise<void>((ok) => setTimeout(ok, 20));

test('a tab report reaches the listener of its tab only, and carries nothing but the id', async () => {
  const heard: number[] = [];
  stops.push(onTabReported(7, () => heard.push(7)));
  stops.push(onTabReported(8, () => heard.push(8)));
  const raw: unknown[] = [];
  const spy = new BroadcastChannel(LIBRARY_CHANNEL);
  spy.onmessage = (e: MessageEvent<unknown>) => raw.push(e.data);
  stops.push(() => spy.close());

  tabReportSender()(7);
  await delivered();
  expect(heard).toEqual([7]);
  expect(raw).toEqual([{ tabReported: 7 }]);
});

test('a tab report is no library change, and a library change no tab report', async () => {
  const changes: LibraryChange[] = [];
  const reports: number[] = [];
  stops.push(onLibraryChanged((c) => changes.push(c)));
  stops.push(onTabReported(7, () => reports.push(7)));
  tabReportSender()(7);
  libraryChangeSender()({ urls: ['https://www.gov.cn/a'], settings: false });
  await delivered();
  expect(changes).toEqual([{ urls: ['https://www.gov.cn/a'], settings: false }]);
  expect(reports).toEqual([7]);
});

test('a malformed tab report is ignored', async () => {
  const reports: number[] = [];
  stops.push(onTabReported(7, () => reports.push(7)));
  const other = new BroadcastChannel(LIBRARY_CHANNEL);
  for (const data of [{ tabReported: '7' }, { tabReported: 7, url: 'https://x' }, { tabReported: -7 }, null, 7])
    other.postMessage(data);
  await delivered();
  other.close();
  expect(reports).toEqual([]);
});
