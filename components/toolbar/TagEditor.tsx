/** Tags as removable chips plus an input that takes comma- or Enter-separated tags. */
import { useState } from 'preact/hooks';
import { addTags } from '@/utils/highlights/tags';
import { CloseButton } from './CloseButton';

export interface TagEditorLabels {
  tags: string;
  tagsPlaceholder: string;
  removeTag: (tag: string) => string;
}

export function TagEditor(props: { tags: string[]; labels: TagEditorLabels; onChange: (tags: string[]) => void }) {
  const { labels } = props;
  const [typed, setTyped] = useState('');
  const commit = (text: string, input?: HTMLInputElement) => {
    const next = addTags(props.tags, text);
    setTyped('');
    // Also clear the field itself: a lone separator leaves the state unchanged, so no re-render would.
    if (input) input.value = '';
    if (next.length !== props.tags.length || next.some((t, i) => t !== props.tags[i])) props.onChange(next);
  };
  return (
    <div class="tags">
      <ul class="chips" aria-label={labels.tags}>
        {props.tags.map((tag) => (
          <li key={tag} class="chip">
            <span>{tag}</span>
            <CloseButton
              label={labels.removeTag(tag)}
              onClick={() => props.onChange(props.tags.filter((t) => t !== tag))}
            />
          </li>
        ))}
      </ul>
      <input
        type="text"
        value={typed}
        aria-label={labels.tags}
        placeholder={labels.tagsPlaceholder}
        data-testid="hzd-tags"
        onInput={(e) => {
          const value = (e.target as HTMLInputElement).value;
          // A typed separator commits what comes before it.
          if (/[,，、;；]/.test(value)) commit(value, e.target as HTMLInputElement);
          else setTyped(value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit(typed, e.target as HTMLInputElement);
          } else if (e.key === 'Backspace' && typed === '' && props.tags.length) {
            props.onChange(props.tags.slice(0, -1));
          }
        }}
        onBlur={(e) => typed.trim() && commit(typed, e.target as HTMLInputElement)}
      />
    </div>
  );
}
