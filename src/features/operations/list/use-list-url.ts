// Reads the list's view state from the URL and writes it back: replace for typing and the first render, push for
// deliberate changes. Values the URL had but this view cannot use are carried in history state for a notice.
// The router commits a navigation as a transition (interruptible, so a click can wait several frames); the view
// shows the chosen filters at once from local state until that navigation lands, then reads the URL again.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { parseListSearch, serializeListSearch, type ListFilters } from '../search-params';

interface ListHistoryState {
  from?: string;
  ignored?: string[];
  /** The operation whose row gets the keyboard focus when it is loaded: set by an operation's page on its way back. */
  focus?: string;
}

export function useListUrl() {
  const location = useLocation();
  const navigate = useNavigate();
  const { filters: urlFilters, ignored } = useMemo(() => parseListSearch(location.search), [location.search]);
  // Set by a click; stands only while the history entry it was made on is still the current one. Dropped once the
  // navigation lands: Back to that entry later must show that entry's own filters, not the ones clicked on it.
  const [pending, setPending] = useState<{ key: string; filters: ListFilters } | null>(null);
  if (pending && pending.key !== location.key) setPending(null);
  const filters = pending && pending.key === location.key ? pending.filters : urlFilters;
  const current = location.search.replace(/^\?/, '');
  const state = (location.state ?? null) as ListHistoryState | null;

  useEffect(() => {
    const canonical = serializeListSearch(urlFilters);
    if (canonical !== current) navigate({ search: canonical }, { replace: true, state: { ...state, ignored } });
  }, [current, urlFilters, ignored, navigate, state]);

  const setFilters = useCallback(
    (next: ListFilters, mode: 'push' | 'replace' = 'push') => {
      const search = serializeListSearch(next);
      if (search === current) return;
      setPending({ key: location.key, filters: next });
      navigate({ search }, { replace: mode === 'replace' });
    },
    [current, navigate, location.key],
  );
  const dismissIgnored = useCallback(
    () => navigate({ search: current }, { replace: true, state: { ...state, ignored: [] } }),
    [current, navigate, state],
  );
  return { filters, setFilters, ignored: state?.ignored ?? [], dismissIgnored, historyKey: location.key, focusOnArrival: state?.focus };
}
