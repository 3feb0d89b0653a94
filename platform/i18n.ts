import { browser } from 'wxt/browser';

type MessageName = Parameters<typeof browser.i18n.getMessage>[0];

/** A UI string from _locales in the browser's language (Chinese first for Chinese browsers). */
export function t(name: MessageName, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(name, substitutions) || name;
}

/** The browser's UI language tag ("zh-CN", "en-US"). */
export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
