// What the list knows about its own loading: counts, scanning, retries, a paging stop, and the bottom of the table.
import { useCallback, useLayoutEffect, useRef } from 'react';
import { isApiError } from '../../../api/errors';
import { retryDelay } from '../../../api/retry';
import { describeError } from '../../../components/describe-error';
import { formatCount, formatShortDate } from '../../../components/format';
import type { OperationListState } from '../api/use-operation-list';
import { loadedText, ofTotal } from './status-text';
import { AUTO_PAGES } from './use-auto-scan';

export function retryingText(error: unknown): string {
  if (isApiError(error) && error.isRateLimited) {
    const wait = retryDelay(1, error);
    return error.retryAfterMs !== null ? `Rate limited — retrying in ${Math.ceil(wait / 1000)} s…` : 'Rate limited — retrying…';
  }
  return `${describeError(error).title} — retrying…`;
}

interface Props {
  list: OperationListState;
  /** Sorted in the browser (kind, status, type): the order covers the loaded rows only while more pages remain. */
  localSort: boolean;
  /** Back to page 1 with fresh data; the loaded rows stay if it fails. */
  onRefresh: () => void;
  filtered: boolean;
  scan: { scanning: boolean; paused: boolean; restart: () => void; stop: () => void };
  /** The scan ended (the view filled, or the list did) while its button had keyboard focus: where the focus goes now. */
  onScanEnded: () => void;
}

export function ListStatus({ list, localSort, onRefresh, filtered, scan, onScanEnded }: Props) {
  // React 19 calls a ref's cleanup when the button leaves the page; still focused then, the focus would drop to the page.
  const ended = useRef(onScanEnded);
  useLayoutEffect(() => {
    ended.current = onScanEnded;
  });
  const keepFocus = useCallback((button: HTMLButtonElement | null) => {
    if (!button) return;
    return () => {
      if (document.activeElement !== button) return;
      queueMicrotask(() => {
        if (!button.isConnected) ended.current();
      });
    };
  }, []);
  const { query, scanned, total, oldest, visible, repeatedCursor } = list;
  const of = ofTotal(total);
  const more = query.hasNextPage;
  let text: string;
  if (query.isPending) text = 'Loading operations…';
  else if (query.isPlaceholderData) text = `Showing loaded rows that match — ${formatCount(visible.length)} so far; asking the API…`;
  // Every loaded row matched: the API applied the filters itself, so there is nothing "scanned" to explain.
  else if (filtered && visible.length === scanned) text = `${formatCount(scanned)}${of} matching loaded`;
  else if (filtered) text = `Scanned ${formatCount(scanned)}${of} ${(total ?? scanned) === 1 ? 'operation' : 'operations'}${more && oldest ? ` back to ${formatShortDate(oldest)}` : ''} — ${formatCount(visible.length)} matching`;
  else text = loadedText(scanned, total);
  return (
    <div className="ops-status">
      <p role="status" className="ops-status-text">
        {text}
        {query.failureCount > 0 && query.isFetching ? <strong className="ops-warn"> · {retryingText(query.failureReason)}</strong> : null}
        {repeatedCursor ? <span className="ops-warn"> · The API sent a page cursor it had already sent; loading stopped here to avoid a loop.</span> : null}
        {localSort && more && !query.isPending ? <span className="ops-muted"> · sorted within the loaded rows</span> : null}
      </p>
      {/* Stays while pages load, inert: it went away and came back, and the keyboard focus fell to the page. */}
      {!query.isPending ? (
        <button type="button" className="button" aria-disabled={query.isFetching} onClick={query.isFetching ? undefined : onRefresh}>
          Refresh
        </button>
      ) : null}
      {/* One button that changes its words: two would drop keyboard focus to the page at each press. */}
      {scan.scanning || scan.paused ? (
        <button ref={keepFocus} type="button" className="button" onClick={scan.paused ? scan.restart : scan.stop}>
          {scan.paused ? `Keep scanning (${AUTO_PAGES} more pages)` : 'Stop scanning'}
        </button>
      ) : null}
    </div>
  );
}

export function ListFooter({ list }: { list: OperationListState }) {
  const { query } = list;
  if (query.isFetchNextPageError) {
    return (
      <div className="ops-footer" role="alert">
        Could not load more: {describeError(query.error).detail}{' '}
        <button type="button" className="button" onClick={() => void query.fetchNextPage()}>
          Retry
        </button>
      </div>
    );
  }
  if (query.isFetchingNextPage) return <div className="ops-footer ops-muted">Loading more…</div>;
  // A repeated cursor is not the end: the status line says why loading stopped.
  if (!query.hasNextPage && !query.isPlaceholderData && list.visible.length > 0)
    return <div className="ops-footer ops-muted">{list.repeatedCursor ? 'Loading stopped: the API repeated a page cursor' : 'End of list'}</div>;
  return null;
}
