import { coresOf } from '@/utils/analysis/cores';
const [cat, text] = [process.argv[2] as any, process.argv[3]!];
const lang = /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en';
console.log(coresOf(text, { start: 0, end: text.length, category: cat, lang }).map(s => text.slice(s.start, s.end)));
