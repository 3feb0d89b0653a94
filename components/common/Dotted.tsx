import { Fragment } from 'preact';

/**
 * A line of facts joined by " · " (a source, a date, a site, a count), each in its own `<bdi>`.
 * Text from a page, an import file or a sync peer may end in a bidi override (U+202E) or be
 * right-to-left: on a shared line it would draw the facts after it right to left, the tab's host
 * or a date among them. Isolated, each fact is drawn in its own direction only.
 */
export function Dotted({ parts }: { parts: readonly (string | null | undefined)[] }) {
  const shown = parts.filter((p): p is string => !!p);
  return (
    <>
      {shown.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && ' · '}
          <bdi>{part}</bdi>
        </Fragment>
      ))}
    </>
  );
}
