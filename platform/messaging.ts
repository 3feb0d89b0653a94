/**
 * Typed senders for the message protocol (utils/messages.ts). Used by content scripts and
 * extension pages; the background answers in entrypoints/background.
 */
import { browser } from 'wxt/browser';
import { parseReply, type ContentCommand, type Request, type RequestType, type ResponseMap } from '@/utils/messages';

/** Sends a request to the background and returns its data, or throws its error in plain words. */
export async function ask<K extends RequestType>(request: Extract<Request, { type: K }>): Promise<ResponseMap[K]> {
  const reply = parseReply<ResponseMap[K]>(await browser.runtime.sendMessage(request));
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

/** Sends a command to one tab's content script; false when no content script listens there. */
export async function tellTab(tabId: number, command: ContentCommand): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, command);
    return true;
  } catch {
    return false;
  }
}
