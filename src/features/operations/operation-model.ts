// Facts about an Operation that both the list and the detail need: settled or not, duration, short id, labels.
import { KNOWN_KINDS, KNOWN_TYPES, type Operation } from '../../api/schemas';

export const SETTLED_STATUSES = new Set(['done', 'failed']);
export const isSettled = (status: string): boolean => SETTLED_STATUSES.has(status);
export const isInFlight = (status: string): boolean => status === 'pending' || status === 'running';

/** Milliseconds from created_at to updated_at of a settled operation, else null. */
export function durationMs(op: Pick<Operation, 'status' | 'created_at' | 'updated_at'>): number | null {
  if (!isSettled(op.status)) return null;
  const ms = Date.parse(op.updated_at) - Date.parse(op.created_at);
  return Number.isFinite(ms) && ms >= 0 ? ms : null;
}

export const shortId = (id: string): string => id.slice(0, 8);

/** "VM update 643e4891": what an operation is, in a few words (the tab title of its page). */
export const operationTitle = (op: Pick<Operation, 'kind' | 'type' | 'id'>): string => `${humanize(op.kind)} ${op.type || '(no type)'} ${shortId(op.id)}`;

/** Kinds the API's filters already name though its Operation schema does not list them yet (CONTRACT.md). */
const NAMED_KINDS = ['connect_connection', 'nks_load_balancer', 'nks_node'];
const LABELLED = new Set<string>([...KNOWN_KINDS, ...NAMED_KINDS, ...KNOWN_TYPES]);

/**
 * "firewall_rule" -> "Firewall rule", "nks_node_pool" -> "NKS node pool" for the kinds and types the contract names;
 * any other value is shown exactly as the API sent it (new enum values, or hostile text).
 */
export function humanize(value: string): string {
  if (!LABELLED.has(value)) return value;
  const words = value.split('_').filter(Boolean);
  return words
    .map((w, i) => (w === 'nks' || w === 'vm' || w === 'vpc' ? w.toUpperCase() : i === 0 ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join(' ');
}

export const changeCount = (op: Pick<Operation, 'details'>): number => (op.details ? Object.keys(op.details.changes).length : 0);

/** Names of the changed fields in the order the detail page lists them (code point order), for the list's cell too. */
export const changedFieldNames = (op: Pick<Operation, 'details'>): string[] =>
  op.details ? Object.keys(op.details.changes).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) : [];
