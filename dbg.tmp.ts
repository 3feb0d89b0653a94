import { coresOf } from '@/utils/analysis/cores';
import { findDeadlinePhrases } from '@/utils/analysis/deadlines';
const args = process.argv.slice(2);
const [cat, text] = [args[0] as any, args[1]!];
const lang = /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en';
console.log(findDeadlinePhrases(text, lang).map(p => text.slice(p.start, p.end)));
console.log(coresOf(text, { start: 0, end: text.length, category: cat, lang }).map(s => text.slice(s.start, s.end)));
