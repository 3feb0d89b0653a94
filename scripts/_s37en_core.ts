import { coresOf } from '@/utils/analysis/cores';
import { findDirectives, plainArticle } from '@/utils/analysis/directives';
for (const s of process.argv.slice(2)) {
  for (const d of findDirectives(plainArticle([s], 'en'))) {
    const cs = coresOf(d.text, { start: 0, end: d.text.length, category: d.category, lang: 'en' }).map((c) => d.text.slice(c.start, c.end));
    console.log(d.category, '|', d.text.slice(0, 70), '=>', JSON.stringify(cs));
  }
}
