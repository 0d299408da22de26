// Filtered rows as CSV (RFC 4180, safe to open in a spreadsheet) or JSON, and a file name that says what was exported.
import type { Operation } from '../../../api/schemas';
import { changedFieldNames, durationMs } from '../operation-model';
import { serializeListSearch, type ListFilters } from '../search-params';

const COLUMNS = ['id', 'created_at', 'updated_at', 'project_id', 'resource_id', 'kind', 'type', 'status', 'duration_ms', 'changes', 'changed_fields'] as const;

/** Spreadsheets run cells starting with these as formulas (OWASP "CSV injection"): such cells get a leading '. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(op: Operation): string[] {
  const ms = durationMs(op);
  return [
    op.id,
    op.created_at,
    op.updated_at,
    op.project_id,
    op.resource_id,
    op.kind,
    op.type,
    op.status,
    ms === null ? '' : String(ms),
    op.details ? JSON.stringify(op.details.changes) : '',
    // `changes` is every entry as sent, some with the same from and to; this names what the list counts as changed.
    changedFieldNames(op).join(', '),
  ];
}

/** CRLF line ends and a header row, as RFC 4180 asks. */
export function toCsv(ops: readonly Operation[]): string {
  const lines = [COLUMNS.join(',')];
  for (const op of ops) lines.push(row(op).map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The operations exactly as the API returned them. */
export const toJson = (ops: readonly Operation[]): string => `${JSON.stringify(ops, null, 2)}\n`;

/**
 * "operations_<project>_status-failed_kind-vm+volume_2026-12-04T21-20Z.csv": project, active filters, export time.
 * Characters that file systems dislike become "-".
 */
export function exportFileName(projectId: string, filters: ListFilters, ext: 'csv' | 'json', now = new Date()): string {
  // Live updating says nothing about which rows were exported.
  const search = serializeListSearch({ ...filters, live: true });
  const filterPart = decodeURIComponent(search)
    .split('&')
    .filter(Boolean)
    .map((pair) => pair.replace('=', '-').replace(/,/g, '+'))
    .join('_');
  const stamp = now.toISOString().slice(0, 16).replace(':', '-') + 'Z';
  const base = ['operations', projectId, filterPart, stamp].filter(Boolean).join('_');
  return `${base.replace(/[^\w.+-]+/g, '-').slice(0, 200)}.${ext}`;
}
