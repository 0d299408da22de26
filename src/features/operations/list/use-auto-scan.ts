// Keeps fetching while the matches do not reach past the rows in view: bounded (AUTO_PAGES, then ask), stoppable,
// and reset by anything the person does (scroll, new filters, "Keep scanning").
import { useCallback, useEffect, useRef, useState } from 'react';
import { isRetryable } from '../../../api/retry';
import type { OperationListState } from '../api/use-operation-list';

export const AUTO_PAGES = 20;
const LOOKAHEAD_ROWS = 30;

export function useAutoScan(list: OperationListState, resetKey: string) {
  const { query, pageCount, visible } = list;
  // The row count at which the last row in view came within LOOKAHEAD_ROWS of the end, as the table last reported it,
  // or null while it is not near the end. Stored as that answer, not as the index: the table reports on every row
  // scrolled past, and only a change of the answer should re-render the page (at 3,000 px/s that is most frames; each
  // page render allocates, GCs come sooner). Not near the end is one answer whatever the count, so a list that opens
  // away from its end is not rendered again by the table's first report (a render between the first commit and its
  // frame). A count other than the rows now shown is stale: a page just arrived, and the table reports again.
  const [nearEndAt, setNearEndAt] = useState<number | null>(null);
  const onRangeEnd = useCallback((lastIndex: number, count: number) => setNearEndAt(lastIndex + LOOKAHEAD_ROWS >= count ? count : null), []);
  // The page in hand counts as the first of the budget, whether it arrived before the first render or after it.
  const fresh = { key: resetKey, start: Math.max(0, pageCount - 1), stopped: false };
  const [budget, setBudget] = useState(fresh);
  if (budget.key !== resetKey) setBudget(fresh);
  const pagesRef = useRef(pageCount);
  // A failed next page (network drop) is tried again when the person scrolls, never on its own; bad data is not.
  const errorAt = query.isFetchNextPageError && isRetryable(query.error) ? query.errorUpdatedAt : 0;
  const errorRef = useRef(errorAt);
  const [resumeAt, setResumeAt] = useState(0);
  useEffect(() => {
    pagesRef.current = pageCount;
    errorRef.current = errorAt;
  }, [pageCount, errorAt]);

  // No rows yet (or none shown): nothing fills the view.
  const wantsMore = visible.length === 0 || nearEndAt === visible.length;
  const used = pageCount - budget.start;
  const exhausted = used >= AUTO_PAGES;
  const { hasNextPage, isFetchingNextPage, isFetchNextPageError, isPlaceholderData, isFetching, fetchNextPage } = query;
  const canFetch = hasNextPage && !isFetching && (!isFetchNextPageError || (errorAt > 0 && resumeAt === errorAt)) && !isPlaceholderData;
  const active = wantsMore && canFetch && !budget.stopped && !exhausted;

  useEffect(() => {
    if (active) void fetchNextPage();
  }, [active, fetchNextPage, pageCount]);

  const restart = useCallback(() => setBudget((b) => ({ ...b, start: pagesRef.current, stopped: false })), []);
  const onUserScroll = useCallback(() => {
    setBudget((b) => (b.start === pagesRef.current && !b.stopped ? b : { ...b, start: pagesRef.current, stopped: false }));
    if (errorRef.current) setResumeAt(errorRef.current);
  }, []);
  const { cancel } = list;
  const stop = useCallback(() => {
    setBudget((b) => ({ ...b, stopped: true }));
    void cancel();
  }, [cancel]);

  return {
    /** The table calls this with its last row in view and its row count, whenever either changes. */
    onRangeEnd,
    onUserScroll,
    /**
     * Fetching on its own because the matches do not fill the view, also between two of its pages: with `paused`, it
     * never leaves a render with neither, so the one scan button stays on screen (and keeps keyboard focus).
     */
    scanning: wantsMore && !!hasNextPage && !budget.stopped && !exhausted && (isFetchingNextPage || canFetch),
    /** The budget ran out (or the person stopped, at once) while pages remain and the view is not filled. */
    paused: wantsMore && !!hasNextPage && (budget.stopped || (exhausted && !isFetchingNextPage)),
    restart,
    stop,
  };
}
