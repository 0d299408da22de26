// Toolbar: search, kind/status/type multi-selects with counts over loaded rows, created-at range, chips, Clear filters.
import { KNOWN_KINDS, KNOWN_STATUSES, KNOWN_TYPES } from '../../../api/schemas';
import { humanize } from '../operation-model';
import { EMPTY_FILTERS, hasActiveFilters, type ListFilters } from '../search-params';
import type { Facets } from './loaded-rows';
import { MultiSelect, optionList } from './multi-select';
import { SearchInput } from './search-input';
import { TimeRangeSelect } from './time-range-select';

interface Props {
  filters: ListFilters;
  facets: Facets;
  onChange: (next: ListFilters, mode?: 'push' | 'replace') => void;
}

export function ListToolbar({ filters, facets, onChange }: Props) {
  const set = (patch: Partial<ListFilters>) => onChange({ ...filters, ...patch });
  return (
    <div className="ops-toolbar">
      <div className="ops-toolbar-row" role="search">
        <SearchInput value={filters.q} onChange={(q) => onChange({ ...filters, q }, 'replace')} />
        <MultiSelect label="Kind" options={optionList(KNOWN_KINDS, facets.kind, filters.kind)} counts={facets.kind} selected={filters.kind} onChange={(kind) => set({ kind })} format={humanize} />
        <MultiSelect label="Status" options={optionList(KNOWN_STATUSES, facets.status, filters.status)} counts={facets.status} selected={filters.status} onChange={(status) => set({ status })} />
        <MultiSelect label="Type" options={optionList(KNOWN_TYPES, facets.type, filters.type)} counts={facets.type} selected={filters.type} onChange={(type) => set({ type })} />
        <TimeRangeSelect range={{ from: filters.from, to: filters.to }} onChange={set} />
      </div>
      <FilterChips filters={filters} onChange={onChange} />
    </div>
  );
}

function FilterChips({ filters, onChange }: Pick<Props, 'filters' | 'onChange'>) {
  if (!hasActiveFilters(filters)) return null;
  const chips: { label: string; next: ListFilters }[] = [];
  for (const key of ['kind', 'status', 'type'] as const) {
    for (const v of filters[key]) chips.push({ label: `${key}: ${v}`, next: { ...filters, [key]: filters[key].filter((x) => x !== v) } });
  }
  if (filters.q) chips.push({ label: `search: ${filters.q}`, next: { ...filters, q: '' } });
  if (filters.from) chips.push({ label: `from ${filters.from}`, next: { ...filters, from: '' } });
  if (filters.to) chips.push({ label: `to ${filters.to}`, next: { ...filters, to: '' } });
  return (
    <ul className="ops-chips" aria-label="Active filters">
      {chips.map((chip) => (
        <li key={chip.label}>
          <button type="button" className="ops-chip" aria-label={`Remove filter ${chip.label}`} onClick={() => onChange(chip.next)}>
            {chip.label} <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
      <li>
        <ClearFilters filters={filters} onChange={onChange} />
      </li>
    </ul>
  );
}

export function ClearFilters({ filters, onChange }: Pick<Props, 'filters' | 'onChange'>) {
  return (
    <button type="button" className="button" onClick={() => onChange({ ...EMPTY_FILTERS, sort: filters.sort, live: filters.live })}>
      Clear filters
    </button>
  );
}
