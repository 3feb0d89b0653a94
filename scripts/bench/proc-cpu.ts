/**
 * CPU time (user + system, from /proc) of every thread of a Chromium launched with this profile
 * directory, summed by process type and thread name. Linux only. Used by the benches that split
 * an import's CPU by thread (import-cpu.ts, idb-blocks.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';

export const TICK = 100; // USER_HZ: clock ticks per second

const read = (p: string) => {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return '';
  }
};

/** Fields of /proc/…/stat after the command name. */
const statFields = (text: string) => text.slice(text.lastIndexOf(')') + 2).split(' ');

/** Every process under the browser whose command line names this profile, with its threads' CPU ticks. */
export function snapshot(userDataDir: string): Map<string, number> {
  const pids = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  const parent = new Map<string, string>();
  for (const pid of pids) parent.set(pid, statFields(read(`/proc/${pid}/stat`))[1] ?? '');
  const root = pids.find((pid) => {
    const cmd = read(`/proc/${pid}/cmdline`);
    return cmd.includes(`--user-data-dir=${userDataDir}`) && !cmd.includes('--type=');
  });
  const out = new Map<string, number>();
  if (!root) return out;
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const pid of pids)
      if (!tree.has(pid) && tree.has(parent.get(pid)!)) {
        tree.add(pid);
        grew = true;
      }
  }
  for (const pid of tree) {
    const cmd = read(`/proc/${pid}/cmdline`).split(/[\0 ]/);
    const type = cmd.find((a) => a.startsWith('--type='))?.slice(7) ?? 'browser';
    const ext = cmd.some((a) => a.startsWith('--extension-process')) ? ' (extension)' : '';
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      const comm = read(`/proc/${pid}/task/${tid}/comm`).trim();
      const f = statFields(read(`/proc/${pid}/task/${tid}/stat`));
      const ticks = Number(f[11]) + Number(f[12]);
      const key = `${type}${ext} ${pid} / ${comm.replace(/\d+$/, '#')}`;
      out.set(key, (out.get(key) ?? 0) + ticks);
    }
  }
  return out;
}
