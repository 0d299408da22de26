// One way to tell a person what went wrong with the API, and what they can do about it.
import type { ReactNode } from 'react';
import { describeError } from './describe-error';

/** `children`: a way on (a link), inside the centred state rather than under it at the page's left edge. */
export function ErrorState({ error, onRetry, title, children }: { error: unknown; onRetry?: () => void; title?: string; children?: ReactNode }) {
  const d = describeError(error);
  return (
    <section className="state state-error" role="alert">
      <h2>{title ?? d.title}</h2>
      <p>{d.detail}</p>
      {onRetry && d.retryable && (
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      )}
      {children}
    </section>
  );
}
