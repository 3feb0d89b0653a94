import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { PORTAL_MATCHES, RELEASE_WATCH_FILE } from './utils/portals';

// Firefox gets MV2: its MV3 makes host permissions optional and off by default, so the
// built-in portal list would silently do nothing until the user granted it by hand.
// Chrome gets MV3 (MV2 is no longer accepted there).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every import is written out: auto-imports hide where names come from, and their scanner
  // once mistook a callback parameter named `v` for an export of utils/messages.ts.
  imports: false,
  // HZD_UNMINIFIED=1: readable names in CPU profiles (scripts/bench/import-profile.ts).
  vite: () => ({ plugins: [preact()], build: process.env.HZD_UNMINIFIED ? { minify: false } : {} }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting', 'contextMenus', 'alarms'],
    optional_permissions: browser === 'firefox' ? ['<all_urls>'] : undefined,
    optional_host_permissions: browser === 'firefox' ? undefined : ['<all_urls>'],
    host_permissions: PORTAL_MATCHES,
    // The release watch (entrypoints/release-watch.ts) is a bare script, not a WXT content script,
    // so it is declared here; the content script proper is added by WXT after it.
    content_scripts: [{ matches: PORTAL_MATCHES, js: [RELEASE_WATCH_FILE.slice(1)], run_at: 'document_start' }],
    action: { default_title: '__MSG_extName__' },
    commands: {
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandHighlight__',
      },
      'toggle-panel': {
        suggested_key: { default: 'Alt+Shift+O' },
        description: '__MSG_commandTogglePanel__',
      },
      // The keyboard's way into the in-page toolbar (the page's Tab order reaches it last).
      'focus-toolbar': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: '__MSG_commandFocusToolbar__',
      },
    },
    browser_specific_settings:
      browser === 'firefox'
        ? {
            gecko: {
              id: 'huazhongdian@huazhongdian.org',
              // 140: first ESR with the CSS Custom Highlight API and data_collection_permissions.
              strict_min_version: '140.0',
              // Nothing leaves the browser unless the user sets up a sync server of their own.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          }
        : undefined,
  }),
});
