/**
 * Typed senders and receivers for the message protocol (utils/messages.ts, utils/message-replies.ts). Used by content
 * scripts and extension pages; the background answers requests in entrypoints/background.
 */
import { browser } from 'wxt/browser';
import {
  parseContentCommand,
  type ContentCommand,
  type PingReply,
  type Request,
  type RequestType,
} from '@/utils/messages';
import { parseReply, type Reply, type ResponseMap } from '@/utils/message-replies';
import type { FollowDraft } from '@/utils/follows/record';

/** Sends a request to the background and returns its data, or throws its error in plain words. */
export async function ask<K extends RequestType>(request: Extract<Request, { type: K }>): Promise<ResponseMap[K]> {
  const reply = parseReply<ResponseMap[K]>(await browser.runtime.sendMessage(request));
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

/** What a content script answers to each command (the `data` of its reply). */
export interface ContentReplies {
  'content/ping': PingReply;
  'content/refresh': null;
  'content/scroll-to': { found: boolean };
  'content/toggle-panel': null;
  'content/highlight-selection': { id: string } | null;
  'content/focus-toolbar': { focused: boolean };
  'content/follow-draft': FollowDraft | null;
  'content/key-points': { markdown: string } | null;
}
type CommandType = ContentCommand['type'];

/** Sends a command to one tab's content script and returns its reply; rejects when no content script listens there. */
export async function commandTab<K extends CommandType>(
  tabId: number,
  command: Extract<ContentCommand, { type: K }>,
): Promise<Reply<ContentReplies[K]>> {
  return parseReply<ContentReplies[K]>(await browser.tabs.sendMessage(tabId, command));
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

/**
 * In a content script: answers the commands of the protocol (anything else is left to other
 * listeners), until `signal` aborts. `handle` returns the reply's data, or undefined for a
 * command it does not take.
 */
export function answerCommands(
  handle: (command: ContentCommand) => Promise<unknown> | undefined,
  signal: AbortSignal,
): void {
  const listener = (message: unknown): Promise<Reply<unknown>> | undefined => {
    const command = parseContentCommand(message);
    if (!command.ok) return undefined;
    return handle(command.value)?.then(
      (data) => ({ ok: true, data }),
      (e: unknown) => ({ ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
