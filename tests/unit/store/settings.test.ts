import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { DEFAULT_SETTINGS, parseSettings, settingsSchema } from '@/utils/store/settings';

describe('settings', () => {
  it('the written-out defaults are what the schema makes of an empty object', () => {
    expect(DEFAULT_SETTINGS).toStrictEqual(v.parse(settingsSchema(), {}));
  });

  it('builds the schema once', () => {
    expect(settingsSchema()).toBe(settingsSchema());
  });

  it('replaces invalid stored settings by the defaults and says what was wrong', () => {
    const r = parseSettings({ autoMarks: 'yes', lastColor: 'yellow' });
    expect(r.settings).toStrictEqual(DEFAULT_SETTINGS);
    expect(r.error).toMatch(/autoMarks/);
  });
});
