import { CATEGORIES, type Highlight } from '@/utils/highlights/record';
import type { PageReport } from '@/utils/messages';
import { autoMarksOn, densityOn, DENSITIES, type Density, type Settings } from '@/utils/store/settings';
import { byReadingOrder } from '@/utils/export/pages';
import { hostOf } from '@/utils/highlights/url';
import { t } from '@/platform/i18n';
import { HighlightRow } from './HighlightRow';
import { categoryName } from './labels';
import { publishedLabel } from './lang';
import { Icon } from './icons';
import { Dotted } from '@/components/common/Dotted';

const DENSITY_LABEL = { full: 'densityFull', cores: 'densityCores', off: 'densityOff' } as const;

/** The current tab: its directive summary, the auto-marks switch for its site, and its highlights in page order. */
export function PageView(p: {
  page: PageReport;
  highlights: readonly Highlight[];
  settings: Settings | null;
  onToggleSite: (host: string, on: boolean) => void;
  onOpen: (h: Highlight) => void;
  onEdit: (h: Highlight) => void;
  onDelete: (h: Highlight) => void;
  onCopy: () => void;
  /** The skim density for the page's site, and "copy key points" (the page's outline as Markdown). */
  onDensity: (host: string, density: Density) => void;
  onCopyKeyPoints: () => void;
}) {
  const { page } = p;
  const host = hostOf(page.url);
  const on = p.settings ? autoMarksOn(p.settings, host) : true;
  const total = CATEGORIES.reduce((n, c) => n + page.counts[c], 0);
  const orphans = new Set(page.orphanIds ?? []);
  const ordered = [...p.highlights].sort(byReadingOrder);
  const title = page.article?.title || page.title || page.url;

  return (
    <div class="page-view" data-testid="page">
      <header class="pv-head">
        <h2 class="pv-title" data-testid="page-title" title={title}>
          {title}
        </h2>
        <p class="pv-meta">
          <Dotted parts={[page.article?.source, publishedLabel(page.article?.published), host]} />
        </p>
      </header>

      <section class="pv-section" aria-labelledby="pv-directives">
        <div class="pv-row">
          <h3 id="pv-directives" class="pv-h">
            {t('popupDirectives')}
          </h3>
        </div>
        {page.isArticle && total > 0 ? (
          <ul class="cat-summary" data-testid="category-summary">
            {CATEGORIES.map((c) => (
              <li key={c} class={`cat-pill cat-${c}${page.counts[c] ? '' : ' zero'}`}>
                <span class="cat-dot" aria-hidden="true" />
                <span class="cat-name">{categoryName(c)}</span>
                <span class="cat-count">{page.counts[c]}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p class="pv-empty">{page.isArticle ? t('popupNoDirectives') : t('popupNotArticle')}</p>
        )}
        {page.isArticle && total > 0 && on && (
          <div class="pv-skim">
            <div class="density" role="group" aria-labelledby="pv-density-label">
              <span id="pv-density-label">{t('skimDensity')}</span>
              {DENSITIES.map((d) => (
                <button
                  key={d}
                  type="button"
                  class="btn btn-small"
                  aria-pressed={p.settings ? densityOn(p.settings, host) === d : false}
                  disabled={!p.settings}
                  data-testid={`density-${d}`}
                  onClick={() => p.onDensity(host, d)}
                >
                  {t(DENSITY_LABEL[d])}
                </button>
              ))}
            </div>
            <button type="button" class="btn btn-small" onClick={p.onCopyKeyPoints} data-testid="copy-key-points">
              <Icon name="copy" />
              {t('keyPointsCopy')}
            </button>
          </div>
        )}
        <div class="pv-switch">
          <span id="pv-switch-label">{t('popupAutoMarksSite', host)}</span>
          <button
            type="button"
            role="switch"
            class="switch"
            aria-checked={on}
            aria-labelledby="pv-switch-label"
            data-testid="site-switch"
            disabled={!p.settings}
            onClick={() => p.onToggleSite(host, !on)}
          />
        </div>
      </section>

      <section class="pv-section pv-highlights" aria-labelledby="pv-highlights">
        <div class="pv-row">
          <h3 id="pv-highlights" class="pv-h">
            {t('popupPageHighlights', String(ordered.length))}
          </h3>
          {ordered.length > 0 && (
            <button type="button" class="btn btn-small" onClick={p.onCopy} data-testid="copy-markdown">
              <Icon name="copy" />
              {t('popupCopyMarkdown')}
            </button>
          )}
        </div>
        {orphans.size > 0 && <p class="notice error">{t('popupOrphans', String(orphans.size))}</p>}
        {ordered.length === 0 ? (
          <p class="pv-empty">{t('popupNoHighlights')}</p>
        ) : (
          <div role="list" aria-labelledby="pv-highlights" class="pv-list">
            {ordered.map((h, i) => (
              <div key={h.id} role="listitem">
                <HighlightRow
                  record={h}
                  settings={p.settings}
                  terms={[]}
                  active={false}
                  orphan={orphans.has(h.id)}
                  onOpen={p.onOpen}
                  onEdit={p.onEdit}
                  onDelete={p.onDelete}
                  rowId={`pv-row-${i}`}
                />
              </div>
            ))}
          </div>
        )}
      </section>
    </div>
  );
}
