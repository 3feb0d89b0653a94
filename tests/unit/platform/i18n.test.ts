/**
 * A UI string without substitutions is asked of the extension API once per page (the library's
 * rows ask for several each, on every search keystroke); one with substitutions every time.
 */
import { expect, test, vi } from 'vitest';
import { t } from '@/platform/i18n';

const getMessage = vi.hoisted(() =>
  vi.fn((name: string, substitutions?: string | string[]) =>
    name === 'missing' ? '' : `${name}${substitutions ? `(${String(substitutions)})` : ''}`,
  ),
);
vi.mock('wxt/browser', () => ({ browser: { i18n: { getMessage, getUILanguage: () => 'zh-CN' } } }));

test('a plain message is asked for once, a message with substitutions each time', () => {
  expect(t('actionEdit')).toBe('actionEdit');
  expect(t('actionEdit')).toBe('actionEdit');
  expect(getMessage).toHaveBeenCalledTimes(1);
  expect(t('resultsCountOnly', '3')).toBe('resultsCountOnly(3)');
  expect(t('resultsCountOnly', '4')).toBe('resultsCountOnly(4)');
  expect(getMessage).toHaveBeenCalledTimes(3);
  // A name without a message is shown as it is (and not asked again either).
  expect(t('missing' as 'actionEdit')).toBe('missing');
  expect(t('missing' as 'actionEdit')).toBe('missing');
  expect(getMessage).toHaveBeenCalledTimes(4);
});
