// Each field's values across one resource's operations, oldest first, flagging drift: an operation whose `from`
// is not what the previous recorded operation left behind, so something changed the field outside them.
import type { ChangeValue, Operation } from '../../../../api/schemas';
import { isStringList, sameValue as sameSide } from '../../operation-model';
import { booleanText, numberText } from '../diff-model';

export interface FieldEntry {
  operation: Operation;
  from: ChangeValue | undefined;
  to: ChangeValue | undefined;
  /** what the previous operation left: set only when this entry drifts */
  expected?: ChangeValue[];
  drift: boolean;
}

export interface FieldTrack {
  field: string;
  entries: FieldEntry[];
  drifts: number;
}

/** Equal as the diff compares them, but string arrays (tags, ports) compare as sets: their order carries no meaning. */
export function sameValue(a: ChangeValue | undefined, b: ChangeValue | undefined): boolean {
  if (isStringList(a) && isStringList(b)) {
    if (a.length !== b.length) return false;
    const sb = [...b].sort();
    return [...a].sort().every((v, i) => v === sb[i]);
  }
  return sameSide(a, b);
}

/** Values the field may hold after `prev`: a failed or unfinished operation may or may not have applied its change. */
function leftBehind(prev: FieldEntry): ChangeValue[] {
  const out: (ChangeValue | undefined)[] = prev.operation.status === 'done' ? [prev.to] : [prev.to, prev.from];
  return out.filter((v): v is ChangeValue => v !== undefined);
}

export const byCreated = (a: Operation, b: Operation): number =>
  Date.parse(a.created_at) - Date.parse(b.created_at) || a.created_at.localeCompare(b.created_at) || a.id.localeCompare(b.id);

export function fieldHistory(ops: readonly Operation[]): FieldTrack[] {
  const tracks = new Map<string, FieldTrack>();
  for (const operation of [...ops].sort(byCreated)) {
    for (const [field, change] of Object.entries(operation.details?.changes ?? {})) {
      let track = tracks.get(field);
      if (!track) tracks.set(field, (track = { field, entries: [], drifts: 0 }));
      // As in the diff: a create has nothing before it and a delete nothing after, whatever `from`/`to` the API sent.
      const entry: FieldEntry = {
        operation,
        from: operation.type === 'create' ? undefined : change.from,
        to: operation.type === 'delete' ? undefined : change.to,
        drift: false,
      };
      const prev = track.entries[track.entries.length - 1];
      const expected = prev ? leftBehind(prev) : [];
      // A missing `from` (e.g. on create) or nothing known before means there is nothing to compare.
      if (entry.from !== undefined && expected.length && !expected.some((v) => sameValue(v, entry.from))) {
        entry.drift = true;
        entry.expected = expected;
        track.drifts++;
      }
      track.entries.push(entry);
    }
  }
  return [...tracks.values()].sort((a, b) => a.field.localeCompare(b.field));
}

/** How a change value reads in the UI: strings as they are, lists comma-separated, other JSON as JSON, nothing as —. */
export function formatChangeValue(v: ChangeValue | undefined): string {
  if (v === undefined) return '—';
  if (v === null) return 'null';
  if (isStringList(v)) return v.length ? `[${v.join(', ')}]` : '[]';
  if (typeof v === 'object') return JSON.stringify(v);
  if (v === '') return '""';
  // Numbers and booleans read as in the diff above the history ("1,250", "on (true)").
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return booleanText(v);
  return v;
}
