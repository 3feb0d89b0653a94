import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMarks } from '../../../scripts/check-store-build';

function build(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'hzd-build-'));
  writeFileSync(join(dir, 'manifest.json'), '{}');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('check-store-build', () => {
  it('passes a build without performance marks', () => {
    const dir = build({ 'content-scripts/content.js': 'document.createElement("hzd-highlights")' });
    expect(findMarks([dir])).toEqual([]);
  });

  it('names each script that still marks', () => {
    const dir = build({
      'content-scripts/content.js': 'performance.mark("hzd-start")',
      'background.js': 'const TASK = "hzd-task:"',
    });
    const found = findMarks([dir]).join('\n');
    expect(found).toContain('content.js: performance.mark');
    expect(found).toContain('background.js: hzd-task:');
  });

  it('refuses a folder that is not a build', () => {
    expect(() => findMarks([mkdtempSync(join(tmpdir(), 'hzd-empty-'))])).toThrow(/no extension build/);
  });
});
