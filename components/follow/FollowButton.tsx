/**
 * Follow / Following: keeps an article's dated targets (its deadlines) in the library. Shared by
 * the outline panel (in-page, closed shadow root) and the popup's page view. A toggle button
 * (`aria-pressed`); its name says what it is, its title how many deadlines it keeps.
 */
export interface FollowState {
  followed: boolean;
  /** Dated targets the article has (what following keeps). */
  deadlines: number;
  busy: boolean;
  error: string | null;
}

export interface FollowLabels {
  follow: string;
  following: string;
  /** "3 deadlines will be kept in the library" */
  detail: (deadlines: number) => string;
}

export interface FollowButtonProps extends FollowState {
  labels: FollowLabels;
  onToggle: () => void;
  class?: string;
}

export function FollowButton(props: FollowButtonProps) {
  const { labels } = props;
  return (
    <button
      type="button"
      class={`hzd-follow${props.class ? ` ${props.class}` : ''}`}
      data-testid="follow"
      aria-pressed={props.followed ? 'true' : 'false'}
      aria-busy={props.busy ? 'true' : undefined}
      disabled={props.busy}
      title={props.error ?? labels.detail(props.deadlines)}
      onClick={props.onToggle}
    >
      <span aria-hidden="true">{props.followed ? '★' : '☆'}</span> {props.followed ? labels.following : labels.follow}
      {props.deadlines > 0 && <span class="hzd-follow-count"> {props.deadlines}</span>}
    </button>
  );
}

/** Its look inside the outline's shadow root (the popup styles it in its own sheet). */
export const FOLLOW_CSS = `
.hzd-follow { border: 1px solid var(--line); background: none; border-radius: 12px; padding: 1px 10px; font-size: 12px; margin-inline-start: auto; margin-inline-end: 4px; }
.hzd-follow[aria-pressed="true"] { background: var(--hover); font-weight: 600; }
.hzd-follow:hover { background: var(--hover); }
.hzd-follow-count { color: var(--muted); font-variant-numeric: tabular-nums; }
`;
