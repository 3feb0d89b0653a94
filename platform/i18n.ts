import { browser } from 'wxt/browser';

type MessageName = Parameters<typeof browser.i18n.getMessage>[0];

/**
 * Messages without substitutions, asked once each: they cannot change while a page lives, and
 * each call into the extension API costs — the library's rows ask for several each, on every
 * search keystroke.
 */
const plain = new Map<string, string>();

/** A UI string from _locales in the browser's language (Chinese first for Chinese browsers). */
export function t(name: MessageName, substitutions?: string | string[]): string {
  if (substitutions !== undefined) return browser.i18n.getMessage(name, substitutions) || name;
  let message = plain.get(name);
  if (message === undefined) plain.set(name, (message = browser.i18n.getMessage(name) || name));
  return message;
}

/** The browser's UI language tag ("zh-CN", "en-US"). */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
