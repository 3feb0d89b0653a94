import { useEffect, useState } from 'preact/hooks';
import type { TabState } from '@/utils/messages';
import { ask } from '@/platform/messaging';
import { t } from '@/platform/i18n';
import { activateInTab, targetTabId } from '@/platform/tabs';

export function App() {
  const [state, setState] = useState<TabState | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function refresh(id: number) {
    try {
      setState(await ask({ type: 'tab/state', tabId: id }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  useEffect(() => {
    void targetTabId().then((id) => {
      setTabId(id);
      if (id !== null) void refresh(id);
    });
  }, []);

  const page = state?.page ?? null;
  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      {error && <p role="alert">{error}</p>}
      {!page && (
        <section>
          <p>{t('popupNoPage')}</p>
          {tabId !== null && (
            <button
              type="button"
              onClick={() =>
                void activateInTab(tabId)
                  .then(() => new Promise((r) => setTimeout(r, 300)))
                  .then(() => refresh(tabId))
                  .catch((e: unknown) => setError(String(e)))
              }
            >
              {t('popupActivate')}
            </button>
          )}
        </section>
      )}
      {page && (
        <section data-testid="page">
          <h2 data-testid="page-title">{page.article?.title ?? page.title}</h2>
          <p>{page.isArticle ? t('popupArticle') : t('popupNotArticle')}</p>
          <h3>{t('popupHighlights')}</h3>
          {state && state.highlights.length === 0 && <p>{t('popupNoHighlights')}</p>}
          <ul>
            {state?.highlights.map((h) => (
              <li key={h.id}>{h.quote.exact}</li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}
