import { render } from 'preact';
import { t } from '@/platform/i18n';
import { setDocumentLanguage } from '@/components/library/lang';
import { LibraryApp } from './LibraryApp';
import './style.css';

setDocumentLanguage(t('libraryTitle'));
render(<LibraryApp />, document.getElementById('app')!);
