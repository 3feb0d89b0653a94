import { render } from 'preact';
import { t } from '@/platform/i18n';
import { setDocumentLanguage } from '@/components/library/lang';
import { librarySource } from '@/components/library/library-source';
import { App } from './App';
import './style.css';

setDocumentLanguage(t('extShortName'));
// The library database opens while "All highlights" renders ("This page", which asks the
// background for its tab, opens it only when the reader switches to All highlights).
if (new URLSearchParams(location.search).get('view') === 'all') librarySource();
render(<App />, document.getElementById('app')!);
