// Reads the list's view state from the URL and writes it back: replace for typing and the first render, push for
// deliberate changes. Values the URL had but this view cannot use are carried in history state for a notice.
import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { parseListSearch, serializeListSearch, type ListFilters } from '../search-params';

interface ListHistoryState {
  from?: string;
  ignored?: string[];
}

export function useListUrl() {
  const location = useLocation();
  const navigate = useNavigate();
  const { filters, ignored } = useMemo(() => parseListSearch(location.search), [location.search]);
  const current = location.search.replace(/^\?/, '');
  const state = (location.state ?? null) as ListHistoryState | null;

  useEffect(() => {
    const canonical = serializeListSearch(filters);
    if (canonical !== current) navigate({ search: canonical }, { replace: true, state: { ...state, ignored } });
  }, [current, filters, ignored, navigate, state]);

  const setFilters = useCallback(
    (next: ListFilters, mode: 'push' | 'replace' = 'push') => {
      const search = serializeListSearch(next);
      if (search !== current) navigate({ search }, { replace: mode === 'replace' });
    },
    [current, navigate],
  );
  const dismissIgnored = useCallback(
    () => navigate({ search: current }, { replace: true, state: { ...state, ignored: [] } }),
    [current, navigate, state],
  );
  return { filters, setFilters, ignored: state?.ignored ?? [], dismissIgnored, historyKey: location.key };
}
