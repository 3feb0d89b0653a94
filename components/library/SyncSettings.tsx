/**
 * Slot for the sync settings (browser sync and others). The sync feature owns this file and
 * fills it in; until then it shows only its heading.
 */
import { t } from '@/platform/i18n';

export function SyncSettings() {
  return (
    <section class="opt-section" aria-labelledby="opt-sync" data-slot="sync-settings">
      <h2 id="opt-sync">{t('optSync')}</h2>
    </section>
  );
}
