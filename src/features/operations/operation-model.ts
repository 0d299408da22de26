// Facts about an Operation that both the list and the detail need: settled or not, duration, short id, labels.
import { KNOWN_KINDS, KNOWN_TYPES, type ChangeValue, type FieldDiff, type Operation } from '../../api/schemas';

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

export const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/**
 * Whether two change values are the same value: equal as JSON (lists in order, object keys in order), compared without
 * writing them out, as the list asks this of every field of every row it draws. The list and the detail both use it.
 */
export function sameValue(a: ChangeValue | undefined, b: ChangeValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameValue(x as ChangeValue, b[i] as ChangeValue));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  const ra = a as Record<string, ChangeValue>;
  const rb = b as Record<string, ChangeValue>;
  return ka.length === kb.length && ka.every((k, i) => k === kb[i] && sameValue(ra[k], rb[k]));
}

/** A field's entry is a change unless from and to are the same value; on a create or delete always (one side is no real value). */
export const isChange = (diff: FieldDiff, opType: string): boolean =>
  opType === 'create' || opType === 'delete' || !sameValue(diff.from, diff.to);

/** Every field the changes map names, in the order the detail page lists them (code point order). */
export const fieldNames = (op: Pick<Operation, 'details'>): string[] =>
  op.details ? Object.keys(op.details.changes).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) : [];

/** The fields that changed and those sent with the same from and to, each in the detail page's order. */
export function fieldChanges(op: Pick<Operation, 'details' | 'type'>): { changed: string[]; unchanged: string[] } {
  const changed: string[] = [];
  const unchanged: string[] = [];
  const changes = op.details?.changes;
  if (changes) for (const f of fieldNames(op)) (isChange(changes[f]!, op.type) ? changed : unchanged).push(f);
  return { changed, unchanged };
}

/** The fields that changed: what the list's Changes cell counts, the CSV export names and the detail page calls changed. */
export const changedFieldNames = (op: Pick<Operation, 'details' | 'type'>): string[] => fieldChanges(op).changed;
