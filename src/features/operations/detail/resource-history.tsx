// Other operations on the same resource: what the list cache holds at once, the full history on request.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import type { Operation } from '../../../api/schemas';
import { ErrorState } from '../../../components/error-state';
import { countOf, formatCount } from '../../../components/format';
import { StatusBadge } from '../../../components/status-badge';
import { Time } from '../../../components/time';
import { paths } from '../../../config/paths';
import { cachedResourceOperations } from '../api/list-cache';
import { PAGE_SIZE } from '../api/list-params';
import { newestFirst, RESOURCE_SCAN_PAGES, resourceOperationsOptions } from '../api/queries';
import { changedFieldNames, humanize } from '../operation-model';
import { FieldHistory } from './field-history/field-history';

const SHORT = 8;

function Entry({ op, current }: { op: Operation; current: boolean }) {
  const location = useLocation();
  // Counted as the list's Changes cell counts: a field sent with the same from and to did not change.
  const n = changedFieldNames(op).length;
  const label = (
    <>
      <span className="history-type">{humanize(op.type)}</span> <Time iso={op.created_at} />
      {n > 0 && <span className="detail-muted"> · {n} field{n === 1 ? '' : 's'}</span>}
    </>
  );
  return (
    <li className={current ? 'history-entry history-current' : 'history-entry'}>
      <span className="history-dot" aria-hidden="true" />
      {current ? (
        <span aria-current="page">
          {label} <span className="detail-muted">(this operation)</span>
        </span>
      ) : (
        // Keep the list URL we came from, so the project link still restores those filters.
        <Link to={paths.operation(op.id)} state={location.state as unknown}>
          {label}
        </Link>
      )}{' '}
      <StatusBadge status={op.status} />
    </li>
  );
}

export function ResourceHistory({ op }: { op: Operation }) {
  const queryClient = useQueryClient();
  const [requested, setRequested] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const full = useQuery({ ...resourceOperationsOptions(op.project_id, op.resource_id), enabled: requested });
  const cached = useMemo(
    () => cachedResourceOperations(queryClient, op.project_id, op.resource_id),
    [queryClient, op.project_id, op.resource_id],
  );
  const base = full.data?.items ?? cached;
  // This operation as the page has it (fresher than any cached copy), in its place by time.
  const items = [op, ...base.filter((x) => x.id !== op.id)].sort(newestFirst);
  const shown = showAll ? items : items.slice(0, SHORT);
  return (
    <>
      <section className="detail-section" aria-labelledby="history-title">
        <h2 id="history-title" ref={heading} tabIndex={-1}>
          Other operations on this resource
        </h2>
        {items.length <= 1 && !full.data && <p className="detail-muted">No other operation on this resource is loaded yet.</p>}
        <ol className="history">
          {shown.map((x) => (
            <Entry key={x.id} op={x} current={x.id === op.id} />
          ))}
        </ol>
        {items.length > SHORT && (
          <button type="button" className="button" onClick={() => setShowAll((v) => !v)}>
            {showAll ? 'Show fewer' : `Show all ${formatCount(items.length)}`}
          </button>
        )}
        {!requested && (
          <button
            type="button"
            className="button"
            onClick={() => {
              // The button goes away once pressed: keyboard focus stays in this section, on its heading.
              heading.current?.focus();
              setRequested(true);
            }}
          >
            Load full history
          </button>
        )}
        {full.isFetching && <p role="status">Loading this resource&apos;s operations…</p>}
        {full.isError && <ErrorState error={full.error} onRetry={() => void full.refetch()} />}
        {full.data && (
          <p className="detail-muted" role="status">
            {full.data.complete
              ? `Full history: ${countOf(full.data.items.length, 'operation')}.`
              : `Searched the newest ${formatCount(RESOURCE_SCAN_PAGES * PAGE_SIZE)} operations of this project; older ones were not searched.`}
          </p>
        )}
      </section>
      {/* The same operations, field by field: what each one set, and where the values drifted between them. */}
      {items.length > 1 && (
        <section className="detail-section" aria-labelledby="field-history-title">
          <h2 id="field-history-title">Field history</h2>
          <p className="detail-muted">
            Each field across the {countOf(items.length, 'operation')} above, oldest first{full.data ? '' : ' (load the full history for more)'}.
          </p>
          <FieldHistory ops={items} currentId={op.id} />
        </section>
      )}
    </>
  );
}
