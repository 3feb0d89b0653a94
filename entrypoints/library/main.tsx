import { render } from 'preact';
import { t } from '@/platform/i18n';
import { uiLang } from '@/components/library/lang';
import { LibraryApp } from './LibraryApp';
import './style.css';

document.title = t('libraryTitle');
document.documentElement.lang = uiLang() === 'zh' ? 'zh-CN' : 'en';
render(<LibraryApp />, document.getElementById('app')!);
