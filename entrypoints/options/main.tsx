import { render } from 'preact';
import { t } from '@/platform/i18n';
import { setDocumentLanguage } from '@/components/library/lang';
import { OptionsApp } from './OptionsApp';
import './style.css';

setDocumentLanguage(t('optionsTitle'));
render(<OptionsApp />, document.getElementById('app')!);
