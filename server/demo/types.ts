// The stand-in API's own model of the contract (../shared/api/CONTRACT.md). The server never imports UI code.
export type ChangeValue = string | number | boolean | string[];
export interface FieldDiff {
  from: ChangeValue;
  to: ChangeValue;
}
export interface Operation {
  id: string;
  created_at: string;
  updated_at: string;
  project_id: string;
  resource_id: string;
  kind: string;
  type: string;
  status: string;
  details: { changes: Record<string, FieldDiff> } | null;
}
export interface Project {
  id: string;
  name: string;
  region: string;
  created_at: string;
}

/**
 * An operation as the stand-in keeps it: timestamps as numbers and changes as one flat array
 * [field, from, to, field, from, to, …], so 200,000 of them fit well under 300 MB; toOperation() gives the contract shape.
 */
export interface StoredOperation {
  id: string;
  project_id: string;
  resource_id: string;
  kind: string;
  type: string;
  status: string;
  createdMs: number;
  updatedMs: number;
  changes: ChangeValue[] | null;
  /** When a live operation moves on: pending -> running -> done|failed. */
  settle?: { runningAt: number; doneAt: number; outcome: 'done' | 'failed' };
}

export const KINDS = ['vm', 'volume', 'vpc', 'firewall_rule', 'nks_cluster', 'nks_node_pool'] as const;
export const TYPES = ['create', 'update', 'delete', 'restart'] as const;
export const STATUSES = ['pending', 'running', 'done', 'failed', 'unknown'] as const;
/** Kinds the filter side of the API already knows but the Operation model does not list yet. */
export const FUTURE_KINDS = ['connect_connection', 'nks_load_balancer'] as const;

export function packChanges(changes: Record<string, FieldDiff> | null): ChangeValue[] | null {
  if (changes === null) return null;
  const flat: ChangeValue[] = [];
  for (const [field, d] of Object.entries(changes)) flat.push(field, d.from, d.to);
  return flat;
}

export function unpackChanges(flat: ChangeValue[]): Record<string, FieldDiff> {
  const changes: Record<string, FieldDiff> = {};
  for (let i = 0; i < flat.length; i += 3) changes[flat[i] as string] = { from: flat[i + 1] as ChangeValue, to: flat[i + 2] as ChangeValue };
  return changes;
}

export function toOperation(s: StoredOperation): Operation {
  return {
    id: s.id,
    created_at: new Date(s.createdMs).toISOString(),
    updated_at: new Date(s.updatedMs).toISOString(),
    project_id: s.project_id,
    resource_id: s.resource_id,
    kind: s.kind,
    type: s.type,
    status: s.status,
    details: s.changes === null ? null : { changes: unpackChanges(s.changes) },
  };
}
