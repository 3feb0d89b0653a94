import { browser } from 'wxt/browser';

/** The extension's version, from its manifest. */
export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

/** The keyboard shortcuts of the extension as the browser has them (empty where it cannot say). */
export async function keyboardCommands(): Promise<{ name?: string; shortcut?: string; description?: string }[]> {
  return (await browser.commands?.getAll()) ?? [];
}
