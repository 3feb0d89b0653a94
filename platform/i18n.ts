import { browser } from 'wxt/browser';

type MessageName = Parameters<typeof browser.i18n.getMessage>[0];

/**
 * The messages asked for without substitutions, by name: they do not change while a page lives,
 * and each `getMessage` crosses into the browser's extension bindings — a search keystroke's new
 * rows ask for some forty (colour, category, button labels), about 1 ms of its task.
 */
const messages = new Map<string, string>();

/** A UI string from _locales in the browser's language (Chinese first for Chinese browsers). */
export function t(name: MessageName, substitutions?: string | string[]): string {
  if (substitutions !== undefined) return browser.i18n.getMessage(name, substitutions) || name;
  let message = messages.get(name);
  if (message === undefined) messages.set(name, (message = browser.i18n.getMessage(name) || name));
  return message;
}

/** The browser's UI language tag ("zh-CN", "en-US"). */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
