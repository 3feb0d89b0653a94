/**
 * Delete with Undo, the one way every screen does it (the in-page toolbar, the popup, the
 * library page): delete; on success show the result and offer Undo, which restores; any
 * failure is reported and nothing else happens. Each screen brings its own requests and its
 * own way of showing things.
 */
export interface UndoableDelete<T> {
  /** Deletes; rejects when the background refused. */
  remove(): Promise<T>;
  /** Undoes the delete; rejects when the background refused. */
  restore(): Promise<T>;
  /** Shows what the background answered (after the delete, and after an undo). */
  applied: (result: T) => void;
  /** Offers Undo (a toast with a button); `undo` runs the restore. */
  offerUndo(undo: () => void): void;
  failed: (error: unknown) => void;
}

export async function deleteWithUndo<T>(op: UndoableDelete<T>): Promise<void> {
  let result: T;
  try {
    result = await op.remove();
  } catch (e) {
    op.failed(e);
    return;
  }
  op.applied(result);
  op.offerUndo(() => void op.restore().then(op.applied, op.failed));
}
