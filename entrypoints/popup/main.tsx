import { render } from 'preact';
import { t } from '@/platform/i18n';
import { setDocumentLanguage } from '@/components/library/lang';
import { App } from './App';
import './style.css';

setDocumentLanguage(t('extShortName'));
render(<App />, document.getElementById('app')!);
