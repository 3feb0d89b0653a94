import { render } from 'preact';
import { t } from '@/platform/i18n';
import { setDocumentLanguage } from '@/components/library/lang';
import { librarySource } from '@/components/library/library-source';
import { App } from './App';
import './style.css';

setDocumentLanguage(t('extShortName'));
// The library database opens while "All highlights" renders, or once "This page" is up.
if (new URLSearchParams(location.search).get('view') === 'all') librarySource();
else requestIdleCallback(() => void librarySource(), { timeout: 500 });
render(<App />, document.getElementById('app')!);
