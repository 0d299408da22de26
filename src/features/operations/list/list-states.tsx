// Whole-list outcomes other than rows: API errors for the first page (and a failed refresh), an empty project, no matches. Loaded when one is
// shown (or right after the first rows are on screen), not with the entry: operations-page.tsx.
import { isApiError } from '../../../api/errors';
import { describeError } from '../../../components/describe-error';
import { ErrorState } from '../../../components/error-state';
import type { ListFilters } from '../search-params';
import { ClearFilters, focusSearch } from './list-toolbar';

/**
 * `onDropFilters`: given when page 1 carried filters or an order beyond the plain list. A 400 or 422 is then about
 * those (a deployment that reads them differently), not about the project, which stays where it is.
 */
export function ListError({ error, onRetry, onDropFilters }: { error: unknown; onRetry: () => void; onDropFilters?: () => void }) {
  if (isApiError(error) && error.isAuth) {
    return (
      <section className="state state-error" role="alert">
        <h2>
          {error.status === 403
            ? 'The API key may not read this project — check NIRVANA_LABS_API_KEY and its access'
            : 'The API key was rejected — check NIRVANA_LABS_API_KEY on the server'}
        </h2>
        <p>
          The API answered {error.status}: {error.message}
        </p>
      </section>
    );
  }
  if (isApiError(error) && (error.status === 400 || error.status === 422) && onDropFilters) {
    return (
      <section className="state state-error" role="alert">
        <h2>The API refused this list’s filters</h2>
        <p>
          The API answered {error.status}: {error.message}
        </p>
        <p>The filters and order are sent to the API, which may read them differently. Without them, the project’s operations load as usual.</p>
        <button type="button" className="button" onClick={onDropFilters}>
          Show all operations, newest first
        </button>
      </section>
    );
  }
  if (isApiError(error) && (error.status === 400 || error.status === 404)) {
    return (
      <section className="state state-error" role="alert">
        <h2>{error.status === 404 ? 'This project was not found' : 'The API refused this project'}</h2>
        <p>{error.message}</p>
        <p>Pick another project with the project menu at the top.</p>
      </section>
    );
  }
  return <ErrorState error={error} onRetry={onRetry} title="Could not load operations" />;
}

export function EmptyProject() {
  return (
    <section className="state">
      <h2>No operations in this project yet</h2>
      <p>Operations appear here when resources in this project are created, updated, restarted or deleted.</p>
    </section>
  );
}

/** `backwards`: the created range ends before it starts (as resolved to instants), which no operation can match. */
export function NoMatches({ filters, onChange, backwards = false }: { filters: ListFilters; onChange: (next: ListFilters) => void; backwards?: boolean }) {
  if (backwards)
    return (
      <section className="state">
        <h2>The created range ends before it starts</h2>
        <p>
          From {filters.from} is after to {filters.to}, so no operation can match.
        </p>
        <button
          type="button"
          className="button"
          onClick={() => {
            // This state, and the button, go away with the swap.
            focusSearch();
            onChange({ ...filters, from: filters.to, to: filters.from });
          }}
        >
          Swap the dates
        </button>
      </section>
    );
  return (
    <section className="state">
      <h2>No operations match these filters</h2>
      <p>Every loaded page was checked. Try fewer filters.</p>
      <ClearFilters filters={filters} onChange={onChange} />
    </section>
  );
}

/** A failed Refresh (or any refetch of page 1) with rows already loaded: they stay, and this says so. */
export function RefreshFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const d = describeError(error);
  return (
    <div className="ops-notice" role="alert">
      <span>
        Could not refresh: {d.detail} The rows below are the ones loaded before.
      </span>
      {d.retryable ? (
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}
