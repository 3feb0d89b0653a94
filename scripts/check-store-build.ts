/**
 * Checks the store builds that `npm run zip` just made: no performance mark or measure in any
 * script. The page can read the performance timeline, so a mark would tell it the extension is
 * there (issue 12). Only `npm run build` (tests, benchmark) turns the marks on
 * (utils/perf/timing.ts).
 *
 * Run: `npx tsx scripts/check-store-build.ts [DIR…]` (default: both builds in .output/).
 * Exit status 1 names each file that still marks.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const DEFAULT_DIRS = ['.output/chrome-mv3', '.output/firefox-mv2'].map((d) => join(ROOT, d));
/** What a marking build contains: the calls, and the names the benchmark reads. */
const FORBIDDEN = [/performance\.(mark|measure)\b/, /hzd-(start|painted|idle|bundle-start|task:|bg-)/];

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return scripts(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

export function findMarks(dirs: string[]): string[] {
  const found: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`no extension build in ${dir}`);
    for (const file of scripts(dir)) {
      const text = readFileSync(file, 'utf8');
      for (const pattern of FORBIDDEN) {
        const m = pattern.exec(text);
        if (m) found.push(`${file}: ${m[0]}`);
      }
    }
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const found = findMarks(args.length ? args.map((d) => resolve(d)) : DEFAULT_DIRS);
  if (found.length) {
    console.error('performance marks in the store build:\n' + found.join('\n'));
    process.exit(1);
  }
  console.log('store builds: no performance marks');
}
