import { browser } from 'wxt/browser';

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}
