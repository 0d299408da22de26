// Column definitions at module scope (stable identity). Plain objects, not TanStack Table: with filtering and sorting
// done by our own index, the table library only drew headers, and it cost 11 KB gzip (docs/decisions/009).
import type { ReactNode } from 'react';
import type { Operation } from '../../../api/schemas';
import { formatDuration } from '../../../components/format';
import { StatusBadge } from '../../../components/status-badge';
import { Time } from '../../../components/time';
import { durationMs, humanize } from '../operation-model';
import type { SortField } from './loaded-rows';
import { ChangesCell, OperationLink, ResourceCell } from './row-cells';

export interface Column {
  id: string;
  header: string;
  /** Set on sortable columns (created/updated by the API too; kind/status/type in the browser only). */
  sortField?: SortField;
  cell: (op: Operation) => ReactNode;
}

export const columns: readonly Column[] = [
  { id: 'id', header: 'Operation', cell: (op) => <OperationLink op={op} /> },
  { id: 'kind', header: 'Kind', sortField: 'kind', cell: (op) => <span title={op.kind}>{humanize(op.kind)}</span> },
  { id: 'type', header: 'Type', sortField: 'type', cell: (op) => op.type },
  { id: 'status', header: 'Status', sortField: 'status', cell: (op) => <StatusBadge status={op.status} /> },
  { id: 'resource', header: 'Resource', cell: (op) => <ResourceCell op={op} /> },
  { id: 'created', header: 'Created', sortField: 'created_at', cell: (op) => <Time iso={op.created_at} mode="compact" /> },
  { id: 'updated', header: 'Updated', sortField: 'updated_at', cell: (op) => <Time iso={op.updated_at} mode="compact" /> },
  { id: 'duration', header: 'Duration', cell: (op) => formatDuration(durationMs(op)) },
  { id: 'changes', header: 'Changes', cell: (op) => <ChangesCell op={op} /> },
];
