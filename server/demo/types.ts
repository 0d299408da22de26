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

/** An operation plus the numbers the store sorts and filters on, kept beside it so JSON stays contract-exact. */
export interface StoredOperation {
  op: Operation;
  createdMs: number;
  updatedMs: number;
  /** When a live operation moves on: pending -> running -> done|failed. */
  settle?: { runningAt: number; doneAt: number; outcome: 'done' | 'failed' };
}

export const KINDS = ['vm', 'volume', 'vpc', 'firewall_rule', 'nks_cluster', 'nks_node_pool'] as const;
export const TYPES = ['create', 'update', 'delete', 'restart'] as const;
export const STATUSES = ['pending', 'running', 'done', 'failed', 'unknown'] as const;
/** Kinds the filter side of the API already knows but the Operation model does not list yet. */
export const FUTURE_KINDS = ['connect_connection', 'nks_load_balancer'] as const;
