import type { Highlight } from '@/utils/highlights/record';
import type { Settings } from '@/utils/store/settings';
import { EditDialog } from './EditDialog';
import { saveHighlight } from './actions';

/**
 * The edit dialog of the highlight being edited (none: nothing), wired to the background: the
 * dialog closes on save, the change is saved as a patch, and the stored record goes to `onSaved`.
 * The popup and the library page share it.
 */
export function EditHighlight(props: {
  editing: Highlight | null;
  settings: Settings | null;
  onClose: () => void;
  onSaved: (saved: Highlight) => void;
  onError: (e: unknown) => void;
}) {
  const record = props.editing;
  if (!record) return null;
  return (
    <EditDialog
      record={record}
      settings={props.settings}
      onClose={props.onClose}
      onSave={(result) => {
        props.onClose();
        void saveHighlight(record, result).then(props.onSaved, props.onError);
      }}
    />
  );
}
