/**
 * The layout of `storage.local` and its versions.
 *
 *   meta          { schemaVersion, deviceId }      written by migrations only
 *   settings      Settings (utils/store/settings.ts)
 *   h:<id>        one Highlight per key, so a write of one record is atomic and
 *                 writes from several tabs never overwrite each other
 *   bad:<key>     a stored value that failed validation, kept aside with the reason
 *
 * To change the layout: bump SCHEMA_VERSION and append a migration. Migrations run in
 * order at background start-up, each in one `set` call where possible.
 */
import type { KeyValueArea } from './area';

export const SCHEMA_VERSION = 1;

export const KEYS = {
  meta: 'meta',
  settings: 'settings',
  highlightPrefix: 'h:',
  quarantinePrefix: 'bad:',
} as const;

export const highlightKey = (id: string) => `${KEYS.highlightPrefix}${id}`;

export interface StoreMeta {
  schemaVersion: number;
  deviceId: string;
}

export interface Migration {
  /** The version the store has after this migration ran. */
  to: number;
  describe: string;
  run(area: KeyValueArea, meta: StoreMeta): Promise<void>;
}

/** Every migration ever shipped, oldest first. */
export const MIGRATIONS: Migration[] = [
  {
    to: 1,
    describe: 'first layout: meta, settings, one key per highlight (nothing to convert)',
    async run() {},
  },
];

export type MigrationOutcome =
  { ok: true; meta: StoreMeta; ran: number[] } | { ok: false; error: string; meta: StoreMeta };

/**
 * Brings the store to SCHEMA_VERSION. A store written by a newer version of the
 * extension is left untouched and reported: writing to it could lose fields we don't know.
 */
export async function migrate(
  area: KeyValueArea,
  newDeviceId: () => string,
  migrations: Migration[] = MIGRATIONS,
): Promise<MigrationOutcome> {
  const stored = (await area.get(KEYS.meta))[KEYS.meta] as Partial<StoreMeta> | undefined;
  const current = typeof stored?.schemaVersion === 'number' ? stored.schemaVersion : 0;
  const deviceId = typeof stored?.deviceId === 'string' && stored.deviceId ? stored.deviceId : newDeviceId();
  const target = migrations.at(-1)?.to ?? 0;
  const meta: StoreMeta = { schemaVersion: current, deviceId };
  if (current > target) {
    return {
      ok: false,
      meta,
      error: `storage was written by a newer version of Huazhongdian (schema ${current} > ${target}); update the extension`,
    };
  }
  const ran: number[] = [];
  for (const m of migrations) {
    if (m.to <= meta.schemaVersion) continue;
    await m.run(area, meta);
    meta.schemaVersion = m.to;
    await area.set({ [KEYS.meta]: { ...meta } });
    ran.push(m.to);
  }
  if (!stored?.deviceId) await area.set({ [KEYS.meta]: { ...meta } });
  return { ok: true, meta, ran };
}
