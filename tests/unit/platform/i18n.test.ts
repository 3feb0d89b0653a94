/**
 * A UI string is asked of the browser once per page: `getMessage` crosses into the extension
 * bindings, and a search keystroke's new rows ask for the same few labels some forty times.
 */
import { expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { t } from '@/platform/i18n';

test('a message without substitutions is asked of the browser once, one with them every time', () => {
  const getMessage = vi
    .spyOn(browser.i18n, 'getMessage')
    .mockImplementation((name: string, subs?: unknown) =>
      subs === undefined ? `«${name}»` : `«${name} ${String(subs)}»`,
    );
  try {
    expect(t('actionEdit')).toBe('«actionEdit»');
    expect(t('actionEdit')).toBe('«actionEdit»');
    expect(t('actionDelete')).toBe('«actionDelete»');
    expect(getMessage).toHaveBeenCalledTimes(2);
    expect(t('actionEdit', 'x')).toBe('«actionEdit x»');
    expect(t('actionEdit', 'y')).toBe('«actionEdit y»');
    expect(getMessage).toHaveBeenCalledTimes(4);
  } finally {
    getMessage.mockRestore();
  }
});

test('a name the browser has no message for is shown as the name', () => {
  const getMessage = vi.spyOn(browser.i18n, 'getMessage').mockReturnValue('');
  try {
    expect(t('orphanBadge')).toBe('orphanBadge');
  } finally {
    getMessage.mockRestore();
  }
});
