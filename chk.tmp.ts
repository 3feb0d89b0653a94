import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '@/utils/analysis/analyze';
import { parseDocument, readHtml } from './scripts/analyze';
for (const dir of ['tests/fixtures/pages', '/work/blind/batch1']) {
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.html'))) {
    const gold = JSON.parse(readFileSync(join(dir, f.replace('.html', '.gold.json')), 'utf8'));
    const a = analyzeDocument(parseDocument(readHtml(join(dir, f))), gold.url);
    for (const d of a.directives) {
      const len = d.coreText.join('').length;
      if (!d.core.length || (d.category !== 'heading' && len / d.text.length > 0.9 && d.text.length > 25) || d.deadline)
        console.log(f.slice(0, 25), d.category, JSON.stringify(d.coreText), '|', d.text.slice(0, 70), d.deadline ? JSON.stringify([d.deadline.text, d.deadline.due, d.deadline.basis]) : '');
    }
  }
}
