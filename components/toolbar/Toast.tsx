/** A small message at the bottom of the page, with an optional action (e.g. Undo). */
export interface ToastProps {
  message: string;
  tone?: 'info' | 'error';
  action?: { label: string; run: () => void };
  closeLabel: string;
  onClose: () => void;
}

export function Toast(props: ToastProps) {
  return (
    <div
      class={`hzd-toast ${props.tone === 'error' ? 'error' : ''}`}
      role={props.tone === 'error' ? 'alert' : 'status'}
      data-testid="hzd-toast"
    >
      <span class="msg">{props.message}</span>
      {props.action && (
        <button type="button" class="text primary" data-action="toast-action" onClick={() => props.action?.run()}>
          {props.action.label}
        </button>
      )}
      <button type="button" class="icon" aria-label={props.closeLabel} title={props.closeLabel} onClick={props.onClose}>
        ×
      </button>
    </div>
  );
}

/** How many of the reader's highlights could not be placed on this page; dismissible. */
export function OrphanNotice(props: { message: string; dismissLabel: string; onDismiss: () => void }) {
  return (
    <div class="hzd-orphans" role="status" data-testid="hzd-orphans">
      <span class="msg">{props.message}</span>
      <button
        type="button"
        class="icon"
        aria-label={props.dismissLabel}
        title={props.dismissLabel}
        onClick={props.onDismiss}
      >
        ×
      </button>
    </div>
  );
}
