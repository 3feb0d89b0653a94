/** Everything the highlighter shows in its shadow root: toolbar, toast, orphan notice. */
import { Toolbar, type ToolbarProps } from './Toolbar';
import { OrphanNotice, Toast, type ToastProps } from './Toast';

export interface HighlightUiProps {
  toolbar: ToolbarProps | null;
  toast: ToastProps | null;
  orphans: { message: string; dismissLabel: string; onDismiss: () => void } | null;
}

export function HighlightUi(props: HighlightUiProps) {
  return (
    <>
      {props.toolbar && <Toolbar {...props.toolbar} />}
      {props.toast && <Toast {...props.toast} />}
      {props.orphans && <OrphanNotice {...props.orphans} />}
    </>
  );
}
