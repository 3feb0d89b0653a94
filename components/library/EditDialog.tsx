import { useEffect, useRef, useState } from 'preact/hooks';
import { COLORS, type ColorId, type Highlight } from '@/utils/highlights/record';
import type { Settings } from '@/utils/store/settings';
import { t } from '@/platform/i18n';
import { colorName } from './labels';
import { parseTags } from './actions';

export interface EditResult {
  note: string;
  tags: string[];
  color: ColorId;
}

/** A modal sheet to edit one highlight's note, tags and colour. */
export function EditDialog(props: {
  record: Highlight;
  settings: Settings | null;
  onSave: (result: EditResult) => void;
  onClose: () => void;
}) {
  const { record } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const [note, setNote] = useState(record.note);
  const [tags, setTags] = useState(record.tags.join(', '));
  const [color, setColor] = useState<ColorId>(record.color);

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      class={`sheet hl-${color}`}
      aria-labelledby="edit-title"
      onClose={props.onClose}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          props.onSave({ note, tags: parseTags(tags), color });
        }}
      >
        <h2 id="edit-title">{t('editTitle')}</h2>
        <blockquote>{record.quote.exact}</blockquote>
        <fieldset class="field" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ padding: 0, marginBottom: '4px' }}>{t('editColor')}</legend>
          <div class="color-choice" role="radiogroup" aria-label={t('editColor')}>
            {COLORS.map((c) => (
              <label key={c}>
                <input type="radio" name="color" value={c} checked={color === c} onChange={() => setColor(c)} />
                <span class={`swatch swatch-${c}`} aria-hidden="true" />
                {colorName(c, props.settings)}
              </label>
            ))}
          </div>
        </fieldset>
        <label class="field">
          {t('editNote')}
          <textarea
            class="input"
            rows={4}
            maxLength={20000}
            value={note}
            data-testid="edit-note"
            onInput={(e) => setNote(e.currentTarget.value)}
            autoFocus
          />
        </label>
        <label class="field">
          {t('editTags')}
          <input class="input" value={tags} data-testid="edit-tags" onInput={(e) => setTags(e.currentTarget.value)} />
        </label>
        <div class="sheet-actions">
          <button type="button" class="btn" onClick={props.onClose}>
            {t('cancel')}
          </button>
          <button type="submit" class="btn btn-primary" data-testid="edit-save">
            {t('save')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
