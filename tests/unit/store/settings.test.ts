import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { DEFAULT_SETTINGS, densityOn, parseSettings, settingsSchema, withSiteDensity } from '@/utils/store/settings';

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

  it('a site keeps its own density; others follow the default', () => {
    const settings = { ...DEFAULT_SETTINGS, densitySites: withSiteDensity(DEFAULT_SETTINGS, 'www.gov.cn', 'full') };
    expect(densityOn(settings, 'www.gov.cn')).toBe('full');
    expect(densityOn(settings, 'people.com.cn')).toBe(DEFAULT_SETTINGS.density);
    // Inherited names are no sites.
    expect(densityOn(settings, 'constructor')).toBe(DEFAULT_SETTINGS.density);
    expect(densityOn(settings, '__proto__')).toBe(DEFAULT_SETTINGS.density);
    // Back to the default: the entry goes, so the list does not grow with every site visited.
    expect(withSiteDensity(settings, 'www.gov.cn', DEFAULT_SETTINGS.density)).toEqual({});
  });

  it('refuses a density that is not one of the three, and a list of sites too long', () => {
    expect(parseSettings({ densitySites: { 'a.cn': 'bold' } }).error).toMatch(/densitySites/);
    expect(parseSettings({ density: 'dense' }).error).toMatch(/density/);
    const many = Object.fromEntries(Array.from({ length: 5001 }, (_, i) => [`s${i}.cn`, 'off']));
    expect(parseSettings({ densitySites: many }).error).toMatch(/densitySites/);
  });
});
