import { useEffect, useState } from 'preact/hooks';
import { CATEGORIES, COLORS, type ColorId } from '@/utils/highlights/record';
import type { Settings } from '@/utils/store/settings';
import type { Request } from '@/utils/messages';
import type { StorageInfo } from '@/utils/message-replies';

type SettingsPatch = Extract<Request, { type: 'settings/update' }>['patch'];
import { addSite, parseHostInput } from '@/utils/library/sites';
import { EVERY_SITE } from '@/utils/portals';
import { ask } from '@/platform/messaging';
import { t } from '@/platform/i18n';
import { hasPermission, removePermission, requestPermission } from '@/platform/permissions';
import { keyboardCommands } from '@/platform/runtime';
import { categoryName, defaultColorName } from '@/components/library/labels';
import { openLibraryPage } from '@/components/library/actions';
import { SyncSettings } from '@/components/library/SyncSettings';
import { Toast, useToast } from '@/components/library/Toast';
import { IconButton } from '@/components/common/IconButton';

function formatBytes(n: number | null): string {
  if (n === null) return '—';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

function SiteList(p: { id: string; title: string; sites: readonly string[]; onChange: (sites: string[]) => void }) {
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const add = () => {
    const host = parseHostInput(text);
    if (!host) return setInvalid(true);
    setInvalid(false);
    setText('');
    p.onChange(addSite(p.sites, host));
  };
  return (
    <div class="site-list" data-testid={p.id}>
      <h3 id={p.id}>{p.title}</h3>
      <ul aria-labelledby={p.id}>
        {p.sites.length === 0 && <li class="muted">{t('optNoSites')}</li>}
        {p.sites.map((s) => (
          <li key={s}>
            <span>{s}</span>
            <IconButton label={t('optRemove', s)} onClick={() => p.onChange(p.sites.filter((x) => x !== s))}>
              ×
            </IconButton>
          </li>
        ))}
      </ul>
      <form
        class="site-add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <input
          class="input"
          placeholder={t('optSitePlaceholder')}
          aria-label={`${p.title}: ${t('optAddSite')}`}
          aria-invalid={invalid}
          value={text}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit" class="btn">
          {t('optAddSite')}
        </button>
      </form>
      {invalid && <p class="field-error">{t('optSiteInvalid')}</p>}
    </div>
  );
}

interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [info, setInfo] = useState<StorageInfo | null>(null);
  const [allSites, setAllSites] = useState<boolean | null>(null);
  const [commands, setCommands] = useState<Command[]>([]);
  const [error, setError] = useState<string | null>(null);
  const { toast, show, hide } = useToast(2000);
  const fail = (e: unknown) => setError(e instanceof Error ? e.message : String(e));

  useEffect(() => {
    void ask({ type: 'settings/get' }).then(setSettings, fail);
    void ask({ type: 'storage/info' }).then(setInfo, fail);
    void hasPermission(EVERY_SITE).then(setAllSites, () => setAllSites(false));
    void keyboardCommands().then(setCommands, () => undefined);
  }, []);

  const update = async (patch: SettingsPatch) => {
    try {
      setSettings(await ask({ type: 'settings/update', patch }));
      setError(null);
      show({ text: t('optSaved') });
    } catch (e) {
      fail(e);
    }
  };

  const setColorName = (c: ColorId, name: string) => {
    if (!settings || (settings.colorNames[c] ?? '') === name.trim()) return;
    void update({ colorNames: { ...settings.colorNames, [c]: name.trim() || undefined } });
  };

  const requestAllSites = async () => {
    try {
      // Must run straight from the click: browsers only grant permissions during a user gesture.
      setAllSites(await requestPermission(EVERY_SITE));
    } catch (e) {
      fail(e);
    }
  };

  const isFirefox = import.meta.env.FIREFOX;

  // The whole page is its main content: one landmark, the heading inside it.
  return (
    <main class="options">
      <header class="opt-head">
        <h1 class="brand">
          <span class="brand-mark" aria-hidden="true">
            划
          </span>
          {t('optionsTitle')}
        </h1>
      </header>
      {error && (
        <p role="alert" class="notice error">
          {error}
        </p>
      )}
      {settings && (
        <>
          <section class="opt-section" aria-labelledby="opt-colors">
            <h2 id="opt-colors">{t('optColors')}</h2>
            <p class="hint">{t('optColorsHint')}</p>
            <div class="color-names">
              {COLORS.map((c) => (
                <label key={c} class="color-name">
                  <span class={`swatch swatch-${c}`} aria-hidden="true" />
                  <span class="visually-hidden">{t('optColorName', defaultColorName(c))}</span>
                  <input
                    class="input"
                    maxLength={40}
                    placeholder={defaultColorName(c)}
                    value={settings.colorNames[c] ?? ''}
                    data-testid={`color-name-${c}`}
                    onChange={(e) => setColorName(c, e.currentTarget.value)}
                  />
                </label>
              ))}
            </div>
          </section>

          <section class="opt-section" aria-labelledby="opt-categories">
            <h2 id="opt-categories">{t('optCategories')}</h2>
            <label class="check-row">
              <input
                type="checkbox"
                checked={settings.autoMarks}
                onChange={(e) => void update({ autoMarks: e.currentTarget.checked })}
              />
              {t('optAutoMarks')}
            </label>
            <fieldset class="cat-checks" disabled={!settings.autoMarks}>
              <legend>{t('optCategoriesHint')}</legend>
              {CATEGORIES.map((c) => (
                <label key={c} class={`check-row cat-${c}`}>
                  <input
                    type="checkbox"
                    checked={settings.categories[c] !== false}
                    onChange={(e) =>
                      void update({ categories: { ...settings.categories, [c]: e.currentTarget.checked } })
                    }
                  />
                  <span class="chip chip-cat">{categoryName(c)}</span>
                </label>
              ))}
            </fieldset>
          </section>

          <section class="opt-section" aria-labelledby="opt-sites">
            <h2 id="opt-sites">{t('optSites')}</h2>
            <div class="all-sites">
              <div>
                <strong>{t('optAllSites')}</strong>
                <p class="hint" data-testid="all-sites-state">
                  {allSites ? t('optAllSitesGranted') : t('optAllSitesNotGranted')}
                </p>
              </div>
              {allSites ? (
                <button
                  type="button"
                  class="btn"
                  onClick={() => void removePermission(EVERY_SITE).then(() => setAllSites(false), fail)}
                >
                  {t('optAllSitesRevoke')}
                </button>
              ) : (
                <button type="button" class="btn btn-primary" onClick={() => void requestAllSites()}>
                  {t('optAllSitesGrant')}
                </button>
              )}
            </div>
            <div class="site-lists">
              <SiteList
                id="sites-automarks-off"
                title={t('optAutoMarksOff')}
                sites={settings.autoMarksOffSites}
                onChange={(s) => void update({ autoMarksOffSites: s })}
              />
              <SiteList
                id="sites-disabled"
                title={t('optDisabledSites')}
                sites={settings.disabledSites}
                onChange={(s) => void update({ disabledSites: s })}
              />
            </div>
          </section>
        </>
      )}

      <section class="opt-section" aria-labelledby="opt-shortcuts">
        <h2 id="opt-shortcuts">{t('optShortcuts')}</h2>
        <dl class="shortcuts">
          {commands
            .filter((c) => c.description)
            .map((c) => (
              <div key={c.name}>
                <dt>{c.description}</dt>
                <dd>{c.shortcut ? <kbd>{c.shortcut}</kbd> : <span class="muted">{t('optShortcutsNone')}</span>}</dd>
              </div>
            ))}
        </dl>
        <p class="hint">{isFirefox ? t('optShortcutsFirefox') : t('optShortcutsChrome')}</p>
      </section>

      <section class="opt-section" aria-labelledby="opt-storage">
        <h2 id="opt-storage">{t('optStorage')}</h2>
        {info && (
          <p data-testid="storage-info">
            {t('optStorageInfo', [String(info.highlights), String(info.pages), formatBytes(info.bytesInUse)])}
          </p>
        )}
        {info?.lastError && <p class="notice error">{t('optStorageProblem', info.lastError)}</p>}
        <h3>{t('optLibrary')}</h3>
        <button type="button" class="btn" onClick={() => void openLibraryPage()}>
          {t('optOpenLibrary')}
        </button>
      </section>

      <SyncSettings />
      <Toast toast={toast} onClose={hide} />
    </main>
  );
}
