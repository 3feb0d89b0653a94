/**
 * The floating toolbar for the reader's own highlights: five colours, note, copy with
 * source, delete (for a saved highlight), and a panel to edit the note and tags.
 * Rendered inside our shadow root; it never touches page text except as text nodes.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { COLORS, type ColorId } from '@/utils/highlights/record';
import { CloseButton } from './CloseButton';
import { useRovingFocus } from './roving';
import { TagEditor } from './TagEditor';

export interface ToolbarLabels {
  toolbar: string;
  color: (color: ColorId) => string;
  note: string;
  notePlaceholder: string;
  saveNote: string;
  copy: string;
  remove: string;
  close: string;
  tags: string;
  tagsPlaceholder: string;
  removeTag: (tag: string) => string;
}

export interface ToolbarProps {
  /** 'new': a selection or an auto-marked directive not saved yet; 'edit': a saved highlight. */
  mode: 'new' | 'edit';
  /** The saved colour (edit mode). */
  color: ColorId | null;
  note: string;
  tags: string[];
  /** Show the note and tags panel. */
  expanded: boolean;
  top: number;
  left: number;
  /** Changes (to a number above 0) when the reader asks for the toolbar from the keyboard: it takes the focus. */
  focusRequest?: number;
  labels: ToolbarLabels;
  onColor: (color: ColorId) => void;
  /** Opens the note/tags panel (saving the highlight first in 'new' mode). */
  onExpand: () => void;
  onNote: (note: string) => void;
  onTags: (tags: string[]) => void;
  onCopy: () => void;
  onDelete: () => void;
  onClose: () => void;
}

/** Keeps the page selection while buttons are clicked (fields still take focus normally). */
function keepSelection(e: JSX.TargetedMouseEvent<HTMLElement>): void {
  const target = e.target as Element | null;
  if (target && !target.closest('textarea, input')) e.preventDefault();
}

export function Toolbar(props: ToolbarProps) {
  const { labels } = props;
  const roving = useRovingFocus();
  useEffect(() => {
    if (props.focusRequest) roving.focus();
    // Only a new request moves the focus, not a re-render.
  }, [props.focusRequest]);
  const onKeyDown = (e: JSX.TargetedKeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      props.onClose();
    }
  };
  return (
    <div
      class="hzd-toolbar"
      style={{ top: `${props.top}px`, left: `${props.left}px` }}
      onMouseDown={keepSelection}
      onKeyDown={onKeyDown}
      data-testid="hzd-toolbar"
    >
      <div
        class="bar"
        role="toolbar"
        aria-label={labels.toolbar}
        ref={roving.ref}
        onKeyDown={roving.onKeyDown}
        onFocusIn={roving.onFocusIn}
      >
        {COLORS.map((color) => (
          <button
            type="button"
            key={color}
            class={`swatch c-${color}`}
            aria-label={labels.color(color)}
            title={labels.color(color)}
            aria-pressed={props.mode === 'edit' ? props.color === color : undefined}
            data-color={color}
            onClick={() => props.onColor(color)}
          />
        ))}
        <span class="sep" aria-hidden="true" />
        <button
          type="button"
          class="text"
          aria-expanded={props.expanded}
          data-action="note"
          onClick={() => props.onExpand()}
        >
          {labels.note}
        </button>
        <button type="button" class="text" data-action="copy" onClick={() => props.onCopy()}>
          {labels.copy}
        </button>
        {props.mode === 'edit' && (
          <button type="button" class="text danger" data-action="delete" onClick={() => props.onDelete()}>
            {labels.remove}
          </button>
        )}
        <CloseButton label={labels.close} onClick={props.onClose} />
      </div>
      {props.expanded && props.mode === 'edit' && (
        <NotePanel note={props.note} tags={props.tags} labels={labels} onNote={props.onNote} onTags={props.onTags} />
      )}
    </div>
  );
}

function NotePanel(props: {
  note: string;
  tags: string[];
  labels: ToolbarLabels;
  onNote: (note: string) => void;
  onTags: (tags: string[]) => void;
}) {
  const { labels } = props;
  const [draft, setDraft] = useState(props.note);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    area.current?.focus();
  }, []);
  // A refresh from elsewhere (another tab, the popup) replaces an untouched draft.
  useEffect(() => setDraft(props.note), [props.note]);
  const dirty = draft !== props.note;
  const save = () => props.onNote(draft);
  return (
    <div class="panel">
      <label class="field">
        <span>{labels.note}</span>
        <textarea
          ref={area}
          rows={3}
          value={draft}
          placeholder={labels.notePlaceholder}
          data-testid="hzd-note"
          onInput={(e) => setDraft((e.target as HTMLTextAreaElement).value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              save();
            }
          }}
        />
      </label>
      <div class="row">
        <button type="button" class="text primary" disabled={!dirty} data-action="save-note" onClick={save}>
          {labels.saveNote}
        </button>
      </div>
      <TagEditor tags={props.tags} labels={labels} onChange={props.onTags} />
    </div>
  );
}
