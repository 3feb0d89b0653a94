/**
 * Writes that failed (IndexedDB full or broken) wait here, outside IndexedDB, so a service
 * worker that stops before they are saved does not lose them. The background passes
 * `storage.session`: it survives worker restarts (not a browser restart), and neither Chrome
 * (trusted contexts only, by default) nor Firefox (not exposed) lets content scripts read it.
 * Where no such area exists the journal is absent, and the error message says the change is
 * kept only until the background stops.
 */
import { parseHighlight, type Highlight } from '@/utils/highlights/record';
import type { KeyValueArea } from './area';
import { parseSettings, type Settings } from './settings';

export const PENDING_KEY = 'pendingWrites';

export interface PendingState {
  /** The newest unsaved version of each record, by id. */
  records: Map<string, Highlight>;
  settings: Settings | null;
}

export const emptyPending = (): PendingState => ({ records: new Map(), settings: null });

export interface PendingJournal {
  load(): Promise<PendingState>;
  save(state: PendingState): Promise<void>;
}

export function areaJournal(area: KeyValueArea): PendingJournal {
  return {
    async load() {
      const raw = (await area.get(PENDING_KEY))[PENDING_KEY] as { records?: unknown[]; settings?: unknown } | undefined;
      const state = emptyPending();
      for (const r of Array.isArray(raw?.records) ? raw.records : []) {
        const parsed = parseHighlight(r);
        if (parsed.ok) state.records.set(parsed.value.id, parsed.value);
      }
      if (raw?.settings) {
        const s = parseSettings(raw.settings);
        if (!s.error) state.settings = s.settings;
      }
      return state;
    },
    async save(state) {
      if (!state.records.size && !state.settings) await area.remove(PENDING_KEY);
      else await area.set({ [PENDING_KEY]: { records: [...state.records.values()], settings: state.settings } });
    },
  };
}

/** The message for a write that failed, saying truthfully where the change waits. */
export function failedWriteMessage(reason: string, journaled: boolean): string {
  const kept = journaled
    ? 'your change is kept until the browser is closed and saved as soon as storage works again'
    : 'your change is kept only until the extension’s background stops (it could not be set aside)';
  return /quota/i.test(reason) ? `storage is full (${reason}); ${kept}` : `could not save (${reason}); ${kept}`;
}
