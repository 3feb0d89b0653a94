import { render } from 'preact';
import { t } from '@/platform/i18n';
import { setDocumentLanguage } from '@/components/library/lang';
import { librarySource } from '@/components/library/library-source';
import { App } from './App';
import './style.css';

setDocumentLanguage(t('extShortName'));
// The library database opens while the page renders: the first list does not wait for it.
librarySource();
render(<App />, document.getElementById('app')!);
