import { render } from 'preact';
import { t } from '@/platform/i18n';
import { uiLang } from '@/components/library/lang';
import { OptionsApp } from './OptionsApp';
import './style.css';

document.title = t('optionsTitle');
document.documentElement.lang = uiLang() === 'zh' ? 'zh-CN' : 'en';
render(<OptionsApp />, document.getElementById('app')!);
