/**
 * A request to the background from an extension page (popup, library, options), as the page
 * itself sends it; resolves with the reply's data, throws its error.
 */
import type { Page } from 'playwright-core';

export async function askExtension<T>(page: Page, message: unknown): Promise<T> {
  const reply = (await page.evaluate((m) => chrome.runtime.sendMessage(m), message)) as {
    ok: boolean;
    data?: T;
    error?: string;
  };
  if (!reply.ok) throw new Error(reply.error);
  return reply.data as T;
}

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
