import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/platform/i18n';

export interface ToastMessage {
  text: string;
  /** An action such as Undo; the toast closes when it is used. */
  action?: { label: string; run: () => void };
}

/** One toast at a time, gone after ~5 s (long enough to reach Undo). */
export function useToast(durationMs = 5000) {
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const show = useCallback(
    (message: ToastMessage) => {
      if (timer.current) clearTimeout(timer.current);
      setToast(message);
      timer.current = setTimeout(() => setToast(null), durationMs);
    },
    [durationMs],
  );
  const hide = useCallback(() => setToast(null), []);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  return { toast, show, hide };
}

export function Toast({ toast, onClose }: { toast: ToastMessage | null; onClose: () => void }) {
  return (
    <div role="status" aria-live="polite">
      {toast && (
        <div class="toast" data-testid="toast">
          <span>{toast.text}</span>
          {toast.action && (
            <button
              type="button"
              onClick={() => {
                toast.action!.run();
                onClose();
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" aria-label={t('close')} onClick={onClose}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
