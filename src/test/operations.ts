// Test data: one Operation with overridable fields, and a shorthand for one created at a time with a status.
import type { Operation } from '../api/schemas';

let seq = 0;

export function makeOperation(over: Partial<Operation> = {}): Operation {
  seq++;
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    created_at: '2026-12-04T21:20:00Z',
    updated_at: '2026-12-04T21:20:05Z',
    project_id: 'p1',
    resource_id: 'r1',
    kind: 'vm',
    type: 'update',
    status: 'done',
    ...over,
  };
}

/** An operation created at `created` that took `seconds` (updated_at = created_at + seconds). */
export const operationAt = (created: string, status: string, kind = 'vm', seconds = 10): Operation =>
  makeOperation({ created_at: created, updated_at: new Date(Date.parse(created) + seconds * 1000).toISOString(), kind, status });
