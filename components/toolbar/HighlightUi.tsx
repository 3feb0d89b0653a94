/** Everything the highlighter shows in its shadow root: toolbar, toast, orphan notice. */
import { Toolbar, type ToolbarProps } from './Toolbar';
import { OrphanNotice, Toast, type ToastProps } from './Toast';

export interface HighlightUiProps {
  toolbar: ToolbarProps | null;
  toast: ToastProps | null;
  orphans: { message: string; dismissLabel: string; onDismiss: () => void } | null;
  /** The page under the UI is dark (the UI follows the page, not the system's scheme). */
  dark: boolean;
}

export function HighlightUi(props: HighlightUiProps) {
  return (
    <div class={props.dark ? 'hzd-ui dark' : 'hzd-ui'}>
      {props.toolbar && <Toolbar {...props.toolbar} />}
      {/* A new live region when the role changes (an error after a message): one role per region. */}
      {props.toast && <Toast key={props.toast.tone ?? 'info'} {...props.toast} />}
      {props.orphans && <OrphanNotice {...props.orphans} />}
    </div>
  );
}
