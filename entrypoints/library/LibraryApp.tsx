import { useEffect, useState } from 'preact/hooks';
import { t } from '@/platform/i18n';
import { openOptionsPage } from '@/components/library/actions';
import { useSettings } from '@/components/library/useLibraryView';
import { GearIcon } from '@/components/library/icons';
import { IconButton } from '@/components/common/IconButton';
import { LIBRARY_VIEWS } from './views';

const viewFromHash = () => LIBRARY_VIEWS.find((v) => `#${v.id}` === location.hash) ?? LIBRARY_VIEWS[0]!;

/** The library page: its header, a tab per view when there are several (views.ts), the view. */
export function LibraryApp() {
  const [settings] = useSettings();
  const [view, setView] = useState(viewFromHash);
  useEffect(() => {
    const onHash = () => setView(viewFromHash());
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  const { Component } = view;

  return (
    <div class="library">
      <header class="lib-head">
        <h1 class="brand">
          <span class="brand-mark" aria-hidden="true">
            划
          </span>
          {t('libraryTitle')}
        </h1>
        {LIBRARY_VIEWS.length > 1 && (
          <nav class="tabs" aria-label={t('libraryTitle')}>
            {LIBRARY_VIEWS.map((v) => (
              <a
                key={v.id}
                class="tab"
                href={`#${v.id}`}
                aria-current={v.id === view.id ? 'page' : undefined}
                data-testid={`view-${v.id}`}
              >
                {v.label()}
              </a>
            ))}
          </nav>
        )}
        <IconButton label={t('popupOpenOptions')} onClick={() => void openOptionsPage()}>
          <GearIcon />
        </IconButton>
      </header>
      <div class="lib-body">
        <Component key={view.id} settings={settings} />
      </div>
    </div>
  );
}
