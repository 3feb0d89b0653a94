/**
 * Export and import of highlights: Markdown (Obsidian/Logseq), W3C Web Annotation JSON,
 * CSV, and the import/merge plan. Pure: no browser APIs; the popup saves/reads the files.
 */
export {
  toMarkdown,
  markdownWriter,
  pageToMarkdown,
  yamlString,
  escapeMarkdownText,
  markdownTag,
  type MarkdownFile,
  type MarkdownOptions,
} from './markdown';
export {
  toW3C,
  toW3CJson,
  w3cWriter,
  toWebAnnotation,
  ANNOTATION_CONTEXT,
  type AnnotationCollection,
  type WebAnnotation,
  type W3CExportOptions,
} from './w3c';
export { toCsv, csvWriter, csvField, CSV_COLUMNS, type CsvOptions } from './csv';
export { writeAll, type ExportWriter } from './writer';
export {
  parseImport,
  IMPORT_DEFAULTS,
  type ImportOptions,
  type ImportResult,
  type ImportFormat,
  type SkippedItem,
} from './import';
export { planImport, type ImportPlan } from './plan-import';
export { safeFilename } from './filename';
export type { ExportLang } from './labels';

export type ExportKind = 'markdown' | 'w3c' | 'csv';

const EXTENSIONS: Record<ExportKind, string> = { markdown: 'md', w3c: 'json', csv: 'csv' };

/**
 * "huazhongdian-2024-05-01.md" — the date in the reader's local time zone, since that is the
 * day they exported on. (A per-page Markdown export uses the page titles instead.)
 */
export function exportFilename(kind: ExportKind, date: Date | number): string {
  const d = new Date(date);
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `huazhongdian-${kind === 'w3c' ? 'annotations' : 'highlights'}-${day}.${EXTENSIONS[kind]}`;
}
