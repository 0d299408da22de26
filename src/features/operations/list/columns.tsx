// Column definitions at module scope (stable identity). Plain objects, not TanStack Table: with filtering and sorting
// done by our own index, the table library only drew headers, and it cost 11 KB gzip (docs/decisions/009).
import type { ReactNode } from 'react';
import type { Operation } from '../../../api/schemas';
import type { TimeZoneMode } from '../../../components/format';
import { formatDuration } from '../../../components/format';
import { statusBadge } from '../../../components/status-badge';
import { compactTime } from '../../../components/compact-time';
import { durationMs, humanize } from '../operation-model';
import type { SortField } from './loaded-rows';
import { changedFields, changesCell, idCell, resourceCell } from './row-cells';

/** What every cell may depend on besides its operation; a change re-renders the rows. */
export interface CellContext {
  zone: TimeZoneMode;
  /** The clock's last tick (components/clock.ts): a new one re-renders the rows, so relative times move on. */
  tick: number;
  /** The time every row's relative times are measured from, the same for all rows of a render. */
  now: number;
}

export interface Column {
  id: string;
  header: string;
  /** Set on sortable columns (created/updated by the API too; kind/status/type in the browser only). */
  sortField?: SortField;
  /** `tabbable`: whether this row's link and buttons are in the Tab order (only the active row's are). */
  cell: (op: Operation, ctx: CellContext, tabbable: boolean) => ReactNode;
  /** A tooltip on the cell itself (not on an element inside it: one element less per row). */
  title?: (op: Operation) => string | undefined;
}

export const columns: readonly Column[] = [
  { id: 'id', header: 'Operation', cell: (op, _ctx, tabbable) => idCell(op, tabbable) },
  { id: 'kind', header: 'Kind', sortField: 'kind', cell: (op) => humanize(op.kind), title: (op) => op.kind },
  { id: 'type', header: 'Type', sortField: 'type', cell: (op) => op.type },
  { id: 'status', header: 'Status', sortField: 'status', cell: (op) => statusBadge(op.status) },
  { id: 'resource', header: 'Resource', cell: (op, _ctx, tabbable) => resourceCell(op, tabbable) },
  { id: 'created', header: 'Created', sortField: 'created_at', cell: (op, { zone, now }) => compactTime(op.created_at, zone, now) },
  { id: 'updated', header: 'Updated', sortField: 'updated_at', cell: (op, { zone, now }) => compactTime(op.updated_at, zone, now) },
  { id: 'duration', header: 'Duration', cell: (op) => formatDuration(durationMs(op)) },
  { id: 'changes', header: 'Changes', cell: changesCell, title: changedFields },
];
