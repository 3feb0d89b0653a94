/**
 * A small message at the bottom of the page, with an optional action (e.g. Undo), and the
 * notice of highlights that could not be placed. Both are live regions (status, or alert for
 * an error). Screen readers announce a change inside a region they already know, not a region
 * inserted together with its text: each box is put in the page empty, and its content follows
 * a moment later (`ANNOUNCE_DELAY_MS`); meanwhile the empty box is transparent.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren, JSX } from 'preact';
import { CloseButton } from './CloseButton';

/** How long a new live region stays empty (about what the common announcer libraries wait). */
export const ANNOUNCE_DELAY_MS = 100;

export interface ToastProps {
  message: string;
  tone?: 'info' | 'error';
  action?: { label: string; run: () => void };
  closeLabel: string;
  onClose: () => void;
  /** Changes (to a number above 0) when the reader asks for the toast's action from the keyboard. */
  focusRequest?: number;
}

/** False for the first moment a live region is in the page (its content waits). */
function useKnown(): boolean {
  const [known, setKnown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setKnown(true), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return known;
}

function LiveRegion(props: {
  class: string;
  role: 'status' | 'alert';
  testId: string;
  known: boolean;
  onKeyDown?: (e: JSX.TargetedKeyboardEvent<HTMLElement>) => void;
  children: ComponentChildren;
}) {
  return (
    <div class={props.class} role={props.role} data-testid={props.testId} onKeyDown={props.onKeyDown}>
      {props.known && props.children}
    </div>
  );
}

export function Toast(props: ToastProps) {
  const error = props.tone === 'error';
  const known = useKnown();
  const action = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (props.focusRequest && known) action.current?.focus();
  }, [props.focusRequest, known]);
  return (
    <LiveRegion
      class={`hzd-toast${error ? ' error' : ''}`}
      role={error ? 'alert' : 'status'}
      testId="hzd-toast"
      known={known}
      onKeyDown={(e) => e.key === 'Escape' && props.onClose()}
    >
      <span class="msg">{props.message}</span>
      {props.action && (
        <button
          ref={action}
          type="button"
          class="text primary"
          data-action="toast-action"
          onClick={() => props.action?.run()}
        >
          {props.action.label}
        </button>
      )}
      <CloseButton label={props.closeLabel} onClick={props.onClose} />
    </LiveRegion>
  );
}

/** How many of the reader's highlights could not be placed on this page; dismissible. */
export function OrphanNotice(props: { message: string; dismissLabel: string; onDismiss: () => void }) {
  return (
    <LiveRegion class="hzd-orphans" role="status" testId="hzd-orphans" known={useKnown()}>
      <span class="msg">{props.message}</span>
      <CloseButton label={props.dismissLabel} onClick={props.onDismiss} />
    </LiveRegion>
  );
}
