/** The "×" button of the toolbar, its tags, the toast and the notice: named by its label, which is also its tooltip. */
export function CloseButton(props: { label: string; onClick: () => void }) {
  return (
    <button type="button" class="icon" aria-label={props.label} title={props.label} onClick={() => props.onClick()}>
      ×
    </button>
  );
}
