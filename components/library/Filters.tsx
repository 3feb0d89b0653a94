import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { CATEGORIES, COLORS, type ColorId, type DirectiveCategory } from '@/utils/highlights/record';
import type { Settings } from '@/utils/store/settings';
import { dayEnd, dayStart, hasFilters, NO_FILTERS, type Facets, type LibraryFilters } from '@/utils/library/search';
import { t } from '@/platform/i18n';
import { categoryName, colorName } from './labels';

export type DateChoice = 'any' | '7' | '30' | 'range';

export interface FilterState {
  filters: LibraryFilters;
  dateChoice: DateChoice;
  from: string;
  to: string;
}

export const INITIAL_FILTER_STATE: FilterState = { filters: NO_FILTERS, dateChoice: 'any', from: '', to: '' };

function withDate(state: FilterState): FilterState {
  const date: LibraryFilters['date'] =
    state.dateChoice === '7' || state.dateChoice === '30'
      ? { kind: 'last', days: Number(state.dateChoice) }
      : state.dateChoice === 'range'
        ? { kind: 'range', from: dayStart(state.from), to: dayEnd(state.to) }
        : { kind: 'any' };
  return { ...state, filters: { ...state.filters, date } };
}

/** Colour swatches (any of several) and one choice each of category, tag, site and date. */
export function Filters(p: {
  state: FilterState;
  onChange: (s: FilterState) => void;
  facets: Facets;
  settings: Settings | null;
  /** Shown at the end of the colour row (the result count). */
  children?: ComponentChildren;
}) {
  const { filters } = p.state;
  const set = (patch: Partial<LibraryFilters>) => p.onChange({ ...p.state, filters: { ...filters, ...patch } });
  const toggleColor = (c: ColorId) =>
    set({ colors: filters.colors.includes(c) ? filters.colors.filter((x) => x !== c) : [...filters.colors, c] });
  const one = <T extends string>(value: string): T[] => (value ? [value as T] : []);

  // Drawn again only when the filters, their menus or the settings change: a new result count
  // (a search's first keystroke shows "…") redraws the count alone, not the menus' options.
  const controls = useMemo(
    () => (
      <>
        <span class="swatches" role="group" aria-label={t('filterColor')}>
          {COLORS.map((c) => (
            <button
              key={c}
              type="button"
              class={`swatch swatch-${c}`}
              aria-pressed={filters.colors.includes(c)}
              aria-label={colorName(c, p.settings)}
              title={colorName(c, p.settings)}
              onClick={() => toggleColor(c)}
            />
          ))}
        </span>
        {hasFilters(filters) && (
          <button type="button" class="link-btn" onClick={() => p.onChange(INITIAL_FILTER_STATE)}>
            {t('filterClear')}
          </button>
        )}
      </>
    ),
    [p.state, p.onChange, p.settings],
  );
  const menus = useMemo(
    () => (
      <>
        <div class="filter-selects">
          <select
            class="select"
            aria-label={t('filterCategory')}
            value={filters.categories[0] ?? ''}
            onChange={(e) => set({ categories: one<DirectiveCategory>(e.currentTarget.value) })}
          >
            <option value="">{t('filterCategory')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryName(c)}
              </option>
            ))}
          </select>
          {
            <select
              class="select"
              aria-label={t('filterTag')}
              value={filters.tags[0] ?? ''}
              onChange={(e) => set({ tags: one(e.currentTarget.value) })}
            >
              <option value="">{t('filterTag')}</option>
              {p.facets.tags.slice(0, 300).map((f) => (
                <option key={f.value} value={f.value}>
                  #{f.value} ({f.count})
                </option>
              ))}
            </select>
          }
          <select
            class="select"
            aria-label={t('filterSite')}
            value={filters.sites[0] ?? ''}
            onChange={(e) => set({ sites: one(e.currentTarget.value) })}
          >
            <option value="">{t('filterSite')}</option>
            {p.facets.sites.slice(0, 300).map((f) => (
              <option key={f.value} value={f.value}>
                {f.value} ({f.count})
              </option>
            ))}
          </select>
          <select
            class="select"
            aria-label={t('filterDate')}
            value={p.state.dateChoice}
            onChange={(e) => p.onChange(withDate({ ...p.state, dateChoice: e.currentTarget.value as DateChoice }))}
          >
            <option value="any">{t('filterDate')}</option>
            <option value="7">{t('filterLast7')}</option>
            <option value="30">{t('filterLast30')}</option>
            <option value="range">{t('filterRange')}</option>
          </select>
        </div>
        {p.state.dateChoice === 'range' && (
          <div class="filter-range">
            <input
              class="input"
              type="date"
              aria-label={t('filterFrom')}
              value={p.state.from}
              onInput={(e) => p.onChange(withDate({ ...p.state, from: e.currentTarget.value }))}
            />
            <input
              class="input"
              type="date"
              aria-label={t('filterTo')}
              value={p.state.to}
              onInput={(e) => p.onChange(withDate({ ...p.state, to: e.currentTarget.value }))}
            />
          </div>
        )}
      </>
    ),
    [p.state, p.onChange, p.facets],
  );

  return (
    <div class="filters" role="group" aria-label={t('filtersLabel')}>
      <div class="filter-line">
        {controls}
        <span class="filter-trailing">{p.children}</span>
      </div>
      {menus}
    </div>
  );
}
