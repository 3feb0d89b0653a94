/**
 * The context-menu item and keyboard commands. Both only forward a command to the tab's
 * content script, which owns the selection.
 */
import { browser } from 'wxt/browser';
import { tellTab } from '@/platform/messaging';

const MENU_HIGHLIGHT = 'hzd-highlight-selection';

export function installMenusAndCommands(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: MENU_HIGHLIGHT,
        title: browser.i18n.getMessage('menuHighlight'),
        contexts: ['selection'],
      }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_HIGHLIGHT && tab?.id !== undefined)
      void tellTab(tab.id, { type: 'content/highlight-selection' });
  });
  browser.commands?.onCommand.addListener((command, tab) => {
    const tabId = tab?.id;
    const send = (id: number) => {
      if (command === 'highlight-selection') void tellTab(id, { type: 'content/highlight-selection' });
      if (command === 'toggle-panel') void tellTab(id, { type: 'content/toggle-panel' });
      if (command === 'focus-toolbar') void tellTab(id, { type: 'content/focus-toolbar' });
    };
    if (tabId !== undefined) send(tabId);
    else
      void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => {
        if (t?.id !== undefined) send(t.id);
      });
  });
}
