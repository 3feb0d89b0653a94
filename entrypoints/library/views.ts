/**
 * The library page's views. Each is a component given the settings; with more than one, the
 * page shows a tab per view, and `library.html#<id>` opens one. A new view (say, deadlines)
 * plugs in by adding an entry here: nothing else in the page changes.
 */
import type { FunctionComponent } from 'preact';
import type { Settings } from '@/utils/store/settings';
import { t } from '@/platform/i18n';
import { AllHighlights } from './AllHighlights';
import { DeadlinesView } from '@/components/library/DeadlinesView';

export interface LibraryViewProps {
  settings: Settings | null;
}

export interface LibraryPageView {
  /** In the address (`#id`) and the tab's test id. */
  id: string;
  label: () => string;
  Component: FunctionComponent<LibraryViewProps>;
}

export const LIBRARY_VIEWS: readonly LibraryPageView[] = [
  { id: 'all', label: () => t('popupTabAll'), Component: AllHighlights },
  { id: 'deadlines', label: () => t('libraryDeadlines'), Component: DeadlinesView },
];
