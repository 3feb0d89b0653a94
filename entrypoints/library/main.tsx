import { render } from 'preact';
import { t } from '@/platform/i18n';
import { setDocumentLanguage } from '@/components/library/lang';
import { librarySource } from '@/components/library/library-source';
import { LibraryApp } from './LibraryApp';
import './style.css';

setDocumentLanguage(t('libraryTitle'));
// The library database opens while the page renders: the first list does not wait for it.
librarySource();
render(<LibraryApp />, document.getElementById('app')!);
