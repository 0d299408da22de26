// The changes map as rows a person can read: one pure function per value type, no React, fully unit-tested.
// jsdiff is imported only here, and only the lazy detail chunk imports this module.
import { diffLines, diffWordsWithSpace } from 'diff';
import type { ChangeValue, FieldDiff, Operation } from '../../../api/schemas';
import { fieldNames, isChange, isStringList } from '../operation-model';

/** A value as the API sent it; `undefined` means the side was missing from the change entry. */
export type Side = ChangeValue | undefined;
export type ValueKind = 'string' | 'number' | 'boolean' | 'list' | 'json' | 'null' | 'missing';
export type PartOp = 'same' | 'removed' | 'added';

/** 'blank': an empty slot facing a line or item on the other side of a side-by-side row. */
export type SlotOp = PartOp | 'blank';

export interface Part {
  text: string;
  op: PartOp;
}
export interface Line {
  op: SlotOp;
  parts: Part[];
  /** Side by side: the other side's text on this row, drawn invisibly so both sides of the row are as tall. */
  faces?: string;
}
export interface Item {
  text: string;
  op: SlotOp;
  /** A kept item of a reordered list that could not sit on the same row as its twin on the other side. */
  moved?: boolean;
  /** On a blank: the text it faces, drawn invisibly so the slot is as tall as that item. */
  faces?: string;
}
/** A run of unchanged rows hidden until "Show all". */
export interface Gap {
  gap: number;
}

export type Body =
  /** When multiline, `before` and `after` are aligned: row i of one faces row i of the other (blanks fill the gaps). */
  | { type: 'text'; before: Line[]; after: Line[]; unified: Line[]; multiline: boolean }
  | { type: 'number'; from: number; to: number; delta: string }
  | { type: 'boolean'; from: boolean; to: boolean }
  /** `before` and `after` are aligned: row i of one faces row i of the other (blanks fill the gaps). */
  | { type: 'list'; before: Item[]; after: Item[]; unified: Item[]; reordered: boolean; reorderedOnly: boolean }
  | { type: 'huge'; bytes: number }
  | { type: 'plain' };

export interface FieldRow {
  field: string;
  from: Side;
  to: Side;
  fromKind: ValueKind;
  toKind: ValueKind;
  changed: boolean;
  /** "number → string" when both sides hold values of different types, else null. */
  typeChange: string | null;
  /** Shown instead of a value: "—" on the Before side of a create and the After side of a delete. */
  beforeAbsent: boolean;
  afterAbsent: boolean;
  body: Body;
}

export const HUGE_BYTES = 100 * 1024;
/** Strings longer than this, or with a newline, are diffed by line first. */
export const SHORT_TEXT = 120;
export const CHANGE_TRACKING_SINCE = Date.parse('2026-05-01T00:00:00Z');

export function kindOf(v: Side): ValueKind {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (isStringList(v)) return 'list';
  // An object or a list of other things: outside the contract, shown as JSON (src/api/schemas.ts).
  if (typeof v === 'object') return 'json';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  return 'string';
}

const KIND_NAMES: Record<ValueKind, string> = {
  string: 'text',
  number: 'number',
  boolean: 'on/off',
  list: 'list',
  json: 'JSON',
  null: 'null',
  missing: 'missing',
};
export const kindName = (k: ValueKind): string => KIND_NAMES[k];

/** The text a copy button puts on the clipboard: strings as they are, everything else as JSON. */
export function copyValue(v: Side): string {
  if (v === undefined) return '';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** "1,250", "0.123456789": how the diff and the field history write a number (grouped, up to 12 decimals). */
export const numberText = (n: number): string => n.toLocaleString('en-US', { maximumFractionDigits: 12 });

/** "on (true)", "off (false)": how the diff and the field history write a boolean. */
export const booleanText = (b: boolean): string => `${b ? 'on' : 'off'} (${String(b)})`;

/** "+100", "−50", "±0": a signed delta with the true minus sign, rounded to hide float noise. */
export function signedDelta(from: number, to: number): string {
  const d = Number((to - from).toPrecision(12));
  if (d === 0) return '±0';
  return `${d > 0 ? '+' : '−'}${numberText(Math.abs(d))}`;
}

const byteLength = (s: string): number => new TextEncoder().encode(s).length;

/** A JSON value as indented text, so two of them can be diffed by line. */
export const jsonText = (v: Side): string => JSON.stringify(v, null, 2) ?? '';

/**
 * jsdiff's cost grows with length x edits, on the main thread during render: two long lines of different words
 * (a JSON blob, a script in user_data) took seconds. Past this many edited words, or lines, it gives up and the
 * value is shown as a whole removed line and a whole added one.
 */
export const MAX_EDITS = 200;

function wordParts(a: string, b: string): { before: Part[]; after: Part[]; unified: Part[] } | null {
  const changes = diffWordsWithSpace(a, b, { maxEditLength: MAX_EDITS });
  if (!changes) return null;
  const unified: Part[] = changes.map((c) => ({ text: c.value, op: c.added ? 'added' : c.removed ? 'removed' : 'same' }));
  return { before: unified.filter((p) => p.op !== 'added'), after: unified.filter((p) => p.op !== 'removed'), unified };
}

const lineOp = (op: PartOp, text: string): Line => ({ op, parts: [{ text, op: 'same' }] });
const splitLines = (value: string): string[] => value.replace(/\n$/, '').split('\n');
const lineText = (l: Line): string => l.parts.map((p) => p.text).join('');

/**
 * Short strings: by word. Long or multi-line: by line, then by word inside each changed pair of lines. Side by side the
 * rows stay level as in a line diff: a removed or added line without a partner faces an empty slot.
 */
export function diffText(a: string, b: string): Extract<Body, { type: 'text' }> {
  const multiline = a.includes('\n') || b.includes('\n') || a.length > SHORT_TEXT || b.length > SHORT_TEXT;
  const w = multiline ? null : wordParts(a, b);
  if (w) {
    return { type: 'text', multiline, before: [{ op: 'same', parts: w.before }], after: [{ op: 'same', parts: w.after }], unified: [{ op: 'same', parts: w.unified }] };
  }
  const before: Line[] = [];
  const after: Line[] = [];
  const unified: Line[] = [];
  // Empty text is shown as "(empty text)", not as lines, so there is nothing on that side to keep level.
  const level = a !== '' && b !== '';
  /** One row side by side: each side faces the other's text; a line alone faces a blank. */
  const row = (old: Line | undefined, neu: Line | undefined) => {
    if (old) before.push(neu && level ? { ...old, faces: lineText(neu) } : old);
    else if (level) before.push({ op: 'blank', parts: [], faces: lineText(neu!) });
    if (neu) after.push(old && level ? { ...neu, faces: lineText(old) } : neu);
    else if (level) after.push({ op: 'blank', parts: [], faces: lineText(old!) });
  };
  // Both end in a newline so a last line is not reported changed only because a line was appended after it. Empty
  // text stays empty: it has no lines, so none of the other side's lines (an empty first one) reads as kept.
  const nl = (s: string) => (s === '' || s.endsWith('\n') ? s : `${s}\n`);
  const changes = diffLines(nl(a), nl(b), { maxEditLength: MAX_EDITS }) ?? [
    { value: nl(a), removed: true, added: false, count: 0 },
    { value: nl(b), removed: false, added: true, count: 0 },
  ];
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i]!;
    const next = changes[i + 1];
    if (c.removed && next?.added) {
      const old = splitLines(c.value);
      const neu = splitLines(next.value);
      const olds: Line[] = [];
      const neus: Line[] = [];
      for (let j = 0; j < Math.max(old.length, neu.length); j++) {
        const o = old[j];
        const n = neu[j];
        const w = o !== undefined && n !== undefined ? wordParts(o, n) : null;
        const ol = o === undefined ? undefined : w ? { op: 'removed' as const, parts: w.before } : lineOp('removed', o);
        const nw = n === undefined ? undefined : w ? { op: 'added' as const, parts: w.after } : lineOp('added', n);
        row(ol, nw);
        if (ol) olds.push(ol);
        if (nw) neus.push(nw);
      }
      unified.push(...olds, ...neus);
      i++;
      continue;
    }
    const op: PartOp = c.added ? 'added' : c.removed ? 'removed' : 'same';
    for (const text of splitLines(c.value)) {
      const line = lineOp(op, text);
      if (op === 'same') {
        before.push(line);
        after.push(line);
      } else row(op === 'removed' ? line : undefined, op === 'added' ? line : undefined);
      unified.push(line);
    }
  }
  return { type: 'text', multiline, before, after, unified };
}

/** Each item is 'same' while `other` still holds an unmatched copy of it (duplicates count), else `unmatched`. */
function matchItems(items: string[], other: string[], unmatched: 'removed' | 'added'): Item[] {
  const left = new Map<string, number>();
  for (const x of other) left.set(x, (left.get(x) ?? 0) + 1);
  return items.map((text) => {
    const n = left.get(text) ?? 0;
    if (n > 0) left.set(text, n - 1);
    return { text, op: n > 0 ? 'same' : unmatched };
  });
}

/** Positions in `seq` of one longest strictly increasing run (patience sorting, O(n log n)). */
function longestIncreasing(seq: number[]): number[] {
  const tails: number[] = [];
  const prev: number[] = [];
  seq.forEach((v, k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (seq[tails[mid]!]! < v) lo = mid + 1;
      else hi = mid;
    }
    prev[k] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = k;
  });
  const out: number[] = [];
  for (let k = tails.length ? tails[tails.length - 1]! : -1; k >= 0; k = prev[k]!) out.push(k);
  return out.reverse();
}

const blank = (faces: string): Item => ({ text: '', op: 'blank', faces });

/**
 * Lists compared as multisets (tags and ports have no meaningful order), so duplicates count and moves are not edits.
 * Side by side they are laid out like a line diff: the longest run of kept items in the same order on both sides sits
 * row for row, everything else (removed, added, moved) faces a blank, so no kept item is drawn a line off its twin.
 */
export function diffList(a: string[], b: string[]): Extract<Body, { type: 'list' }> {
  const from = matchItems(a, b, 'removed');
  const to = matchItems(b, a, 'added');
  // The n-th kept copy of a value in `to` is the n-th kept copy of it in `from`.
  const copies = new Map<string, number[]>();
  from.forEach((x, i) => {
    if (x.op !== 'same') return;
    const at = copies.get(x.text);
    if (at) at.push(i);
    else copies.set(x.text, [i]);
  });
  const used = new Map<string, number>();
  const keptTo: number[] = [];
  const twin: number[] = [];
  to.forEach((x, j) => {
    if (x.op !== 'same') return;
    const n = used.get(x.text) ?? 0;
    used.set(x.text, n + 1);
    keptTo.push(j);
    twin.push(copies.get(x.text)![n]!);
  });
  const anchors = longestIncreasing(twin);
  const reordered = anchors.length < twin.length;
  if (reordered) {
    const inRun = new Set(anchors);
    twin.forEach((i, k) => {
      if (inRun.has(k)) return;
      from[i]!.moved = true;
      to[keptTo[k]!]!.moved = true;
    });
  }
  const before: Item[] = [];
  const after: Item[] = [];
  const unified: Item[] = [];
  let i = 0;
  let j = 0;
  const flush = (untilI: number, untilJ: number) => {
    for (; i < untilI; i++) {
      before.push(from[i]!);
      after.push(blank(from[i]!.text));
      unified.push(from[i]!);
    }
    for (; j < untilJ; j++) {
      before.push(blank(to[j]!.text));
      after.push(to[j]!);
      // A moved item is already in the unified list, where it stood before.
      if (to[j]!.op === 'added') unified.push(to[j]!);
    }
  };
  for (const k of anchors) {
    flush(twin[k]!, keptTo[k]!);
    before.push(from[i]!);
    after.push(to[j]!);
    unified.push(from[i]!);
    i++;
    j++;
  }
  flush(from.length, to.length);
  const edited = from.some((x) => x.op !== 'same') || to.some((x) => x.op !== 'same');
  return { type: 'list', before, after, unified, reordered, reorderedOnly: reordered && !edited };
}

/** Text (a string, or JSON written out) diffed by word and line, unless a side is too large to diff at all. */
function textBody(a: string, b: string): Body {
  const bytes = Math.max(byteLength(a), byteLength(b));
  return bytes >= HUGE_BYTES ? { type: 'huge', bytes } : diffText(a, b);
}

function bodyFor(from: Side, to: Side, fk: ValueKind, tk: ValueKind): Body {
  if (fk !== tk) return { type: 'plain' };
  if (fk === 'string') return textBody(from as string, to as string);
  if (fk === 'number') return { type: 'number', from: from as number, to: to as number, delta: signedDelta(from as number, to as number) };
  if (fk === 'boolean') return { type: 'boolean', from: from as boolean, to: to as boolean };
  if (fk === 'list') return diffList(from as string[], to as string[]);
  if (fk === 'json') return textBody(jsonText(from), jsonText(to));
  return { type: 'plain' };
}

export function fieldRow(field: string, diff: FieldDiff, opType = 'update'): FieldRow {
  const { from, to } = diff;
  const fromKind = kindOf(from);
  const toKind = kindOf(to);
  const beforeAbsent = opType === 'create';
  const afterAbsent = opType === 'delete';
  const hasValue = (k: ValueKind) => k !== 'null' && k !== 'missing';
  const typeChange = hasValue(fromKind) && hasValue(toKind) && fromKind !== toKind ? `${kindName(fromKind)} → ${kindName(toKind)}` : null;
  // A create or delete has nothing on one side, so its value is shown whole rather than diffed against a placeholder.
  const body = beforeAbsent || afterAbsent ? { type: 'plain' as const } : bodyFor(from, to, fromKind, toKind);
  // The list's Changes cell counts with the same test (operation-model.ts), so the two agree.
  const changed = isChange(diff, opType);
  return { field, from, to, fromKind, toKind, changed, typeChange, beforeAbsent, afterAbsent, body };
}

export type ChangesModel =
  | { kind: 'rows'; rows: FieldRow[]; changedCount: number; unchangedCount: number }
  | { kind: 'empty'; sentence: string };

/** Fields sorted by name; `details: null` and an empty map become a sentence instead of an empty table. */
export function changesModel(op: Pick<Operation, 'details' | 'type' | 'created_at'>): ChangesModel {
  const changes = op.details?.changes;
  if (!changes) {
    const old = Date.parse(op.created_at) < CHANGE_TRACKING_SINCE;
    return { kind: 'empty', sentence: old ? 'Recorded before change tracking existed.' : 'This operation recorded no field changes.' };
  }
  const fields = fieldNames(op);
  if (!fields.length) return { kind: 'empty', sentence: 'This operation recorded no field changes.' };
  const rows = fields.map((f) => fieldRow(f, changes[f]!, op.type));
  const changedCount = rows.filter((r) => r.changed).length;
  return { kind: 'rows', rows, changedCount, unchangedCount: rows.length - changedCount };
}

/**
 * Long content folded: runs of unchanged rows longer than 2 * context become a gap; nothing is folded at or
 * below `limit` rows. Returns the rows as they are when no gap was made.
 */
export function fold<T>(rows: T[], isChanged: (row: T) => boolean, limit = 20, context = 3): (T | Gap)[] {
  if (rows.length <= limit) return rows;
  const keep = rows.map(() => false);
  rows.forEach((row, i) => {
    if (!isChanged(row)) return;
    for (let j = Math.max(0, i - context); j <= Math.min(rows.length - 1, i + context); j++) keep[j] = true;
  });
  // With no change at all (or a reorder only), show the head so there is something to read.
  if (!keep.includes(true)) for (let j = 0; j < Math.min(limit, rows.length); j++) keep[j] = true;
  const out: (T | Gap)[] = [];
  let hidden = 0;
  rows.forEach((row, i) => {
    if (keep[i]) {
      if (hidden) out.push({ gap: hidden });
      hidden = 0;
      out.push(row);
    } else hidden++;
  });
  if (hidden) out.push({ gap: hidden });
  return out;
}

export const isGap = (x: unknown): x is Gap => typeof x === 'object' && x !== null && 'gap' in x;

export const FOLD_LIMIT = 20;
export const HUGE_PREVIEW_CHARS = 2000;

const lineCount = (v: Side) => (typeof v === 'string' ? v.split('\n').length : 0);
const longSide = (v: Side) => lineCount(v) > FOLD_LIMIT || (Array.isArray(v) && v.length > FOLD_LIMIT);

/** Whether the row hides anything until "Show all". */
export function isFoldable(row: FieldRow): boolean {
  const b = row.body;
  if (b.type === 'huge') return true;
  if (b.type === 'text') return Math.max(b.unified.length, b.before.length) > FOLD_LIMIT;
  // Side by side a list has a row per item plus its blanks, so it may fold when the unified list does not.
  if (b.type === 'list') return b.before.length > FOLD_LIMIT;
  if (b.type === 'plain') return longSide(row.from) || longSide(row.to);
  return false;
}
