/**
 * User settings: one record in storage.local (and mirrored to the browser's sync by the
 * sync feature). Validated on every read; missing fields fall back to defaults so that an
 * older stored settings object keeps working after an upgrade.
 */
import * as v from 'valibot';
import { CATEGORIES, COLORS, type ColorId, type DirectiveCategory } from '@/utils/highlights/record';

/**
 * How much of each directive the skim layer paints: the sentence light with its core strong
 * ('full'), the cores alone ('cores', "key phrases"), or nothing ('off': the outline stays).
 */
export const DENSITIES = ['full', 'cores', 'off'] as const;
export type Density = (typeof DENSITIES)[number];
/** Chosen after looking at the seed and a dense 意见 in each mode (ARCHITECTURE.md, "The skim layer"). */
export const DEFAULT_DENSITY: Density = 'cores';

/**
 * Built on first use: every portal page evaluates this module, and building the schema (with
 * its default-value parse) cost ~1 ms of module evaluation there, before any page was looked at.
 */
function buildSettingsSchema() {
  const categorySwitches = v.object(
    Object.fromEntries(CATEGORIES.map((c) => [c, v.optional(v.boolean(), true)])) as Record<
      DirectiveCategory,
      v.OptionalSchema<v.BooleanSchema<undefined>, true>
    >,
  );
  const colorNames = v.object(
    Object.fromEntries(COLORS.map((c) => [c, v.optional(v.pipe(v.string(), v.maxLength(40)))])) as Record<
      ColorId,
      v.OptionalSchema<
        v.SchemaWithPipe<[v.StringSchema<undefined>, v.MaxLengthAction<string, 40, undefined>]>,
        undefined
      >
    >,
  );
  const hostname = v.pipe(v.string(), v.minLength(1), v.maxLength(255));
  return v.object({
    /** How much of a directive the skim layer paints where a site has no choice of its own. */
    density: v.optional(v.picklist(DENSITIES), DEFAULT_DENSITY),
    /** The reader's density per site (hostname), set from the outline or the popup. */
    densitySites: v.optional(v.pipe(v.record(hostname, v.picklist(DENSITIES)), v.maxEntries(5000)), {}),
    /** Paint directives automatically on articles. */
    autoMarks: v.optional(v.boolean(), true),
    /** Sites (hostnames) where auto-marks are switched off. */
    autoMarksOffSites: v.optional(v.pipe(v.array(hostname), v.maxLength(5000)), []),
    /** Sites where the extension does nothing at all. */
    disabledSites: v.optional(v.pipe(v.array(hostname), v.maxLength(5000)), []),
    categories: v.optional(categorySwitches, {}),
    /** The user's own names for the five colours; empty means the built-in name. */
    colorNames: v.optional(colorNames, {}),
    /** Colour used by the context menu and the keyboard command. */
    lastColor: v.optional(v.picklist(COLORS), 'yellow'),
    /** Mirror highlights into the browser's own sync storage. */
    browserSync: v.optional(v.boolean(), true),
  });
}

let schema: ReturnType<typeof buildSettingsSchema> | undefined;
/** The settings schema (built once, on first use). */
export const settingsSchema = () => (schema ??= buildSettingsSchema());

export type Settings = v.InferOutput<ReturnType<typeof buildSettingsSchema>>;
export type SettingsPatch = v.InferInput<ReturnType<typeof buildSettingsSchema>>;

/** What the schema makes of an empty object (a unit test holds the two together). */
export const DEFAULT_SETTINGS: Settings = {
  density: DEFAULT_DENSITY,
  densitySites: {},
  autoMarks: true,
  autoMarksOffSites: [],
  disabledSites: [],
  categories: { heading: true, obligation: true, prohibition: true, target: true, emphasis: true },
  colorNames: {},
  lastColor: 'yellow',
  browserSync: true,
};

/** Reads stored settings; anything invalid is replaced by defaults (and reported by the caller). */
export function parseSettings(input: unknown): { settings: Settings; error?: string } {
  const r = v.safeParse(settingsSchema(), input ?? {});
  if (r.success) return { settings: r.output };
  return {
    settings: DEFAULT_SETTINGS,
    error: r.issues.map((i) => `${v.getDotPath(i) ?? ''} ${i.message}`.trim()).join('; '),
  };
}

/** True when auto-marks should be painted on this host. */
export function autoMarksOn(settings: Settings, host: string): boolean {
  return settings.autoMarks && !settings.autoMarksOffSites.includes(host) && !settings.disabledSites.includes(host);
}

/** The skim layer's density on this host. */
export function densityOn(settings: Settings, host: string): Density {
  return Object.hasOwn(settings.densitySites, host) ? settings.densitySites[host]! : settings.density;
}

/** The settings with this host's density set (back to the default: the entry is dropped). */
export function withSiteDensity(settings: Settings, host: string, density: Density): Settings['densitySites'] {
  const sites = { ...settings.densitySites };
  if (density === settings.density) delete sites[host];
  else sites[host] = density;
  return sites;
}
