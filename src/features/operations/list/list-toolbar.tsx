// Toolbar: search, kind/status/type multi-selects with counts over loaded rows, created-at range, chips, Clear filters.
import { KNOWN_KINDS, KNOWN_STATUSES, KNOWN_TYPES } from '../../../api/schemas';
import type { TimeZoneMode } from '../../../components/format';
import { timeZonePreference } from '../../../components/preferences';
import { humanize } from '../operation-model';
import { EMPTY_FILTERS, hasActiveFilters, type ListFilters } from '../search-params';
import type { Facets } from './loaded-rows';
import { MultiSelect, optionList } from './multi-select';
import { SearchInput } from './search-input';
import { boundLabel, TimeRangeSelect, zoneNote } from './time-range-select';

interface Props {
  filters: ListFilters;
  facets: Facets;
  onChange: (next: ListFilters, mode?: 'push' | 'replace') => void;
}

export function ListToolbar({ filters, facets, onChange }: Props) {
  const set = (patch: Partial<ListFilters>) => onChange({ ...filters, ...patch });
  const [zone] = timeZonePreference.use();
  return (
    <div className="ops-toolbar">
      <div className="ops-toolbar-row" role="search">
        <SearchInput value={filters.q} onChange={(q) => onChange({ ...filters, q }, 'replace')} />
        <MultiSelect label="Kind" options={optionList(KNOWN_KINDS, facets.kind, filters.kind)} counts={facets.kind} selected={filters.kind} onChange={(kind) => set({ kind })} format={humanize} />
        <MultiSelect label="Status" options={optionList(KNOWN_STATUSES, facets.status, filters.status)} counts={facets.status} selected={filters.status} onChange={(status) => set({ status })} />
        <MultiSelect label="Type" options={optionList(KNOWN_TYPES, facets.type, filters.type)} counts={facets.type} selected={filters.type} onChange={(type) => set({ type })} />
        <TimeRangeSelect range={{ from: filters.from, to: filters.to }} zone={zone} onChange={set} />
      </div>
      <FilterChips filters={filters} zone={zone} onChange={onChange} />
    </div>
  );
}

function FilterChips({ filters, zone, onChange }: Pick<Props, 'filters' | 'onChange'> & { zone: TimeZoneMode }) {
  if (!hasActiveFilters(filters)) return null;
  const chips: { label: string; next: ListFilters }[] = [];
  // Kinds by the names the menu and the table use ("Firewall rule", not firewall_rule); dates in the range button's words.
  for (const key of ['kind', 'status', 'type'] as const) {
    for (const v of filters[key]) chips.push({ label: `${key}: ${key === 'kind' ? humanize(v) : v}`, next: { ...filters, [key]: filters[key].filter((x) => x !== v) } });
  }
  if (filters.q) chips.push({ label: `search: ${filters.q}`, next: { ...filters, q: '' } });
  if (filters.resource) chips.push({ label: `resource: ${filters.resource}`, next: { ...filters, resource: '' } });
  for (const edge of ['from', 'to'] as const)
    if (filters[edge]) chips.push({ label: `${edge === 'from' ? 'since' : 'until'} ${boundLabel(filters[edge], zone)} ${zoneNote(zone)}`, next: { ...filters, [edge]: '' } });
  return (
    <ul className="ops-chips" aria-label="Active filters">
      {chips.map((chip) => (
        <li key={chip.label}>
          <button
            type="button"
            className="ops-chip"
            aria-label={`Remove filter ${chip.label}`}
            onClick={(e) => {
              focusAfterRemoving(e.currentTarget);
              onChange(chip.next);
            }}
          >
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

/** Where keyboard focus goes when the control that had it goes away with what it did (a filter, a notice). */
export const focusSearch = () => document.querySelector<HTMLElement>('[data-shortcut="search"]')?.focus();

/** A pressed chip goes away with its filter: keyboard focus moves to the chip after it, else before it, else the search. */
function focusAfterRemoving(chip: HTMLElement) {
  const item = chip.closest('li');
  const neighbour = (li: Element | null | undefined) => li?.querySelector<HTMLElement>('.ops-chip');
  const next = neighbour(item?.nextElementSibling) ?? neighbour(item?.previousElementSibling);
  if (next) next.focus();
  else focusSearch();
}

export function ClearFilters({ filters, onChange }: Pick<Props, 'filters' | 'onChange'>) {
  return (
    <button
      type="button"
      className="button"
      onClick={() => {
        // It goes away with the filters (in the chips row and the "no matches" state alike).
        focusSearch();
        onChange({ ...EMPTY_FILTERS, sort: filters.sort, live: filters.live });
      }}
    >
      Clear filters
    </button>
  );
}
