import { describe, expect, it, vi } from 'vitest';
import { deleteWithUndo } from '@/utils/highlights/delete-with-undo';

function screen(options: { removeFails?: boolean; restoreFails?: boolean } = {}) {
  const log: string[] = [];
  let undo: (() => void) | null = null;
  const op = {
    remove: vi.fn(async () => {
      if (options.removeFails) throw new Error('refused');
      return 'gone';
    }),
    restore: vi.fn(async () => {
      if (options.restoreFails) throw new Error('no undo');
      return 'back';
    }),
    applied: (r: string) => void log.push(`applied ${r}`),
    offerUndo: (run: () => void) => {
      undo = run;
      log.push('offered');
    },
    failed: (e: unknown) => void log.push(`failed ${(e as Error).message}`),
  };
  return { op, log, undo: () => undo?.() };
}

describe('deleteWithUndo', () => {
  it('deletes, shows the result, offers Undo; Undo restores and shows that', async () => {
    const s = screen();
    await deleteWithUndo(s.op);
    expect(s.log).toEqual(['applied gone', 'offered']);
    s.undo();
    await vi.waitFor(() => expect(s.log).toEqual(['applied gone', 'offered', 'applied back']));
    expect(s.op.restore).toHaveBeenCalledTimes(1);
  });

  it('a refused delete is reported, with no Undo offered', async () => {
    const s = screen({ removeFails: true });
    await deleteWithUndo(s.op);
    expect(s.log).toEqual(['failed refused']);
  });

  it('a refused undo is reported', async () => {
    const s = screen({ restoreFails: true });
    await deleteWithUndo(s.op);
    s.undo();
    await vi.waitFor(() => expect(s.log.at(-1)).toBe('failed no undo'));
  });
});
