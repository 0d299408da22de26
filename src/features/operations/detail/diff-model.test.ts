import { describe, expect, it } from 'vitest';
import {
  changesModel,
  copyValue,
  diffList,
  diffText,
  fieldRow,
  fold,
  HUGE_BYTES,
  isGap,
  MAX_EDITS,
  kindOf,
  signedDelta,
  type Item,
  type Line,
} from './diff-model';

const text = (lines: Line[]) => lines.map((l) => l.parts.map((p) => p.text).join('')).join('\n');
const marked = (lines: Line[], op: 'added' | 'removed') =>
  lines.flatMap((l) => l.parts.filter((p) => p.op === op).map((p) => p.text));
/** One side's slot as drawn: −removed, +added, ↕moved, · an empty slot facing an item on the other side. */
const slot = (x: Item | undefined) =>
  !x ? '(none)' : x.op === 'blank' ? '·' : `${x.op === 'removed' ? '−' : x.op === 'added' ? '+' : x.moved ? '↕' : ''}${x.text}`;
/** Each row of a side-by-side text as "Before | After": a line as its text, an empty slot as ·. */
const lineRows = (body: { before: Line[]; after: Line[] }) =>
  Array.from({ length: Math.max(body.before.length, body.after.length) }, (_, i) =>
    [body.before[i], body.after[i]].map((l) => (!l ? '(none)' : l.op === 'blank' ? '·' : l.parts.map((p) => p.text).join(''))).join(' | '),
  );
/** Each row of a side-by-side list as "Before | After". */
const rows = (body: { before: Item[]; after: Item[] }) =>
  Array.from({ length: Math.max(body.before.length, body.after.length) }, (_, i) => `${slot(body.before[i])} | ${slot(body.after[i])}`);

describe('strings', () => {
  it('diffs short strings by word, keeping each side exactly as sent', () => {
    const body = diffText('n1-standard-2', 'n1-standard-8');
    expect(body.multiline).toBe(false);
    expect(text(body.before)).toBe('n1-standard-2');
    expect(text(body.after)).toBe('n1-standard-8');
    expect(marked(body.before, 'removed')).toEqual(['2']);
    expect(marked(body.after, 'added')).toEqual(['8']);
    expect(body.unified[0]!.parts.map((p) => p.op)).toEqual(['same', 'removed', 'added']);
  });

  it('diffs multi-line strings by line, then by word inside changed lines', () => {
    const a = 'a: 1\nb: 2\nc: 3';
    const b = 'a: 1\nb: 20\nc: 3\nd: 4';
    const body = diffText(a, b);
    expect(body.multiline).toBe(true);
    expect(body.before.map((l) => l.op)).toEqual(['same', 'removed', 'same', 'blank']);
    expect(body.after.map((l) => l.op)).toEqual(['same', 'added', 'same', 'added']);
    expect(body.before[1]!.parts.filter((p) => p.op === 'removed').map((p) => p.text)).toEqual(['2']);
    expect(body.after[1]!.parts.filter((p) => p.op === 'added').map((p) => p.text)).toEqual(['20']);
    expect(body.unified.map((l) => l.op)).toEqual(['same', 'removed', 'added', 'same', 'added']);
    expect(text(body.after)).toBe(b);
  });

  it('keeps the lines after an uneven change level in both columns: an unpaired line faces an empty slot', () => {
    const body = diffText('a\nb\nc\nd\ne', 'a\nX\ne\nf');
    expect(lineRows(body)).toEqual(['a | a', 'b | X', 'c | ·', 'd | ·', 'e | e', '· | f']);
    expect(lineRows(diffText('a\ne', 'a\nb\nc\ne'))).toEqual(['a | a', '· | b', '· | c', 'e | e']);
    // Each empty slot, and each side of a changed pair, knows the text it faces: drawn invisibly, it evens the heights.
    expect(body.after[2]).toEqual({ op: 'blank', parts: [], faces: 'c' });
    expect(body.before[1]!.faces).toBe('X');
    expect(body.after[1]!.faces).toBe('b');
    // The unified view is a plain line diff: no empty slots, nothing drawn twice.
    expect(body.unified.map((l) => `${l.op[0]}:${l.parts.map((p) => p.text).join('')}`)).toEqual(['s:a', 'r:b', 'r:c', 'r:d', 'a:X', 's:e', 'a:f']);
    expect(body.unified.some((l) => l.faces !== undefined)).toBe(false);
  });

  it('reads empty text as no lines: every line of a value written over it is added, and every line cleared is removed', () => {
    // An empty first line is a line of the new value: it was shown unmarked, as if it had been there before.
    const added = diffText('', '\n  - echo updated');
    expect(added.before).toEqual([]);
    expect(added.after.map((l) => l.op)).toEqual(['added', 'added']);
    expect(text(added.after)).toBe('\n  - echo updated');
    expect(added.unified.map((l) => l.op)).toEqual(['added', 'added']);
    const cleared = diffText('\nruncmd:\n  - x', '');
    expect(cleared.before.map((l) => l.op)).toEqual(['removed', 'removed', 'removed']);
    expect(cleared.after).toEqual([]);
  });

  it('treats a long single line as long text', () => {
    expect(diffText('x'.repeat(200), 'y'.repeat(200)).multiline).toBe(true);
  });

  it('shows two long lines that differ word for word as a whole removed and a whole added line', () => {
    // ~2,000 words each, none shared: a word diff is hopeless (and cost seconds), so it gives up at MAX_EDITS.
    const a = Array.from({ length: 2000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 2000 }, (_, i) => `b${i}`).join(' ');
    const body = diffText(a, b);
    expect(body.before).toEqual([{ op: 'removed', parts: [{ text: a, op: 'same' }], faces: b }]);
    expect(body.after).toEqual([{ op: 'added', parts: [{ text: b, op: 'same' }], faces: a }]);
    expect(body.unified.map((l) => l.op)).toEqual(['removed', 'added']);
    // Many lines, all different: the line diff gives up too, and each pair of lines is shown whole.
    const many = (p: string) => Array.from({ length: MAX_EDITS + 50 }, (_, i) => `${p}${i} x`).join('\n');
    const lines = diffText(many('a'), many('b'));
    expect(lines.before).toHaveLength(MAX_EDITS + 50);
    expect(text(lines.after)).toBe(many('b'));
    expect(marked(lines.after, 'added')).toEqual(Array.from({ length: MAX_EDITS + 50 }, (_, i) => `b${i}`));
  });

  it('still marks the words of a small edit inside a long line', () => {
    const a = Array.from({ length: 2000 }, (_, i) => `w${i}`).join(' ');
    const b = a.replace('w1500', 'changed');
    const body = diffText(a, b);
    expect(marked(body.before, 'removed')).toEqual(['w1500']);
    expect(marked(body.after, 'added')).toEqual(['changed']);
  });

  it('shows values of 100 KB or more without diffing', () => {
    const big = 'a'.repeat(HUGE_BYTES);
    const row = fieldRow('user_data', { from: big, to: big + 'b' });
    expect(row.body).toEqual({ type: 'huge', bytes: HUGE_BYTES + 1 });
    expect(row.changed).toBe(true);
    expect(fieldRow('user_data', { from: 'a', to: 'b'.repeat(HUGE_BYTES - 1) }).body.type).toBe('text');
  });

  it('marks equal strings unchanged', () => {
    const row = fieldRow('name', { from: 'vm-a', to: 'vm-a' });
    expect(row.changed).toBe(false);
  });
});

describe('numbers and booleans', () => {
  it('gives the signed delta', () => {
    expect(fieldRow('size', { from: 100, to: 200 }).body).toEqual({ type: 'number', from: 100, to: 200, delta: '+100' });
    expect(signedDelta(5, 3)).toBe('−2');
    expect(signedDelta(3, 3)).toBe('±0');
    expect(signedDelta(0.1, 0.3)).toBe('+0.2');
    expect(signedDelta(0, 1_500_000)).toBe('+1,500,000');
  });

  it('keeps booleans as booleans', () => {
    const row = fieldRow('public_ip_enabled', { from: false, to: true });
    expect(row.body).toEqual({ type: 'boolean', from: false, to: true });
    expect(row.changed).toBe(true);
  });
});

describe('lists', () => {
  it('marks removed items in Before, added ones in After, unchanged as same', () => {
    const body = diffList(['22', '80'], ['80', '443']);
    expect(body.before).toEqual([{ text: '22', op: 'removed' }, { text: '80', op: 'same' }, { text: '', op: 'blank', faces: '443' }]);
    expect(body.after).toEqual([{ text: '', op: 'blank', faces: '22' }, { text: '80', op: 'same' }, { text: '443', op: 'added' }]);
    expect(body.unified.map((i) => `${i.op}:${i.text}`)).toEqual(['removed:22', 'same:80', 'added:443']);
    expect(body.reorderedOnly).toBe(false);
  });

  it('puts a kept item on the same row in both columns; a removed or added item faces an empty slot', () => {
    expect(rows(diffList(['ethereum', 'validator'], ['validator']))).toEqual(['−ethereum | ·', 'validator | validator']);
    expect(rows(diffList(['validator'], ['ethereum', 'validator']))).toEqual(['· | +ethereum', 'validator | validator']);
    expect(rows(diffList(['a', 'b', 'c', 'd'], ['b', 'x', 'd', 'y']))).toEqual(['−a | ·', 'b | b', '−c | ·', '· | +x', 'd | d', '· | +y']);
    expect(rows(diffList([], ['a']))).toEqual(['· | +a']);
  });

  it('lists each item once in the unified view, in the order of the side-by-side rows', () => {
    const body = diffList(['a', 'b', 'c', 'd'], ['b', 'x', 'd', 'y']);
    expect(body.unified.map(slot)).toEqual(['−a', 'b', '−c', '+x', 'd', '+y']);
    expect(diffList(['b', 'a'], ['a', 'b']).unified.map((i) => i.text)).toEqual(['b', 'a']);
  });

  it('aligns a reordered list as well as it can and marks the items that moved', () => {
    const body = diffList(['a', 'b', 'c', 'd'], ['a', 'c', 'b', 'd', 'e']);
    expect(body.reordered).toBe(true);
    // The longest run in the same order (a, c, d or a, b, d) lines up; the other kept item moved and faces a blank.
    expect(rows(body).filter((r) => /^(\w) \| \1$/.test(r))).toHaveLength(3);
    expect(rows(body).filter((r) => r.includes('↕'))).toHaveLength(2);
    expect(rows(body)).toContain('· | +e');
    const reversed = diffList(['22', '80', '443'], ['443', '80', '22']);
    expect(reversed.reorderedOnly).toBe(true);
    expect(rows(reversed).filter((r) => /^(\d+) \| \1$/.test(r))).toHaveLength(1);
    // Each column still shows its own list whole and in its own order.
    expect(reversed.before.filter((x) => x.op !== 'blank').map((x) => x.text)).toEqual(['22', '80', '443']);
    expect(reversed.after.filter((x) => x.op !== 'blank').map((x) => x.text)).toEqual(['443', '80', '22']);
    expect(reversed.unified.map((x) => x.text)).toEqual(['22', '80', '443']);
  });

  it('says "reordered only" when the same items moved', () => {
    const body = diffList(['22', '80', '443'], ['443', '80', '22']);
    expect(body.reorderedOnly).toBe(true);
    expect(body.before.every((i) => i.op === 'same' || i.op === 'blank')).toBe(true);
    expect(fieldRow('ports', { from: ['a', 'b'], to: ['b', 'a'] }).changed).toBe(true);
  });

  it('counts duplicates', () => {
    expect(rows(diffList(['a', 'a', 'b'], ['a', 'b']))).toEqual(['a | a', '−a | ·', 'b | b']);
    expect(rows(diffList(['a'], ['a', 'a']))).toEqual(['a | a', '· | +a']);
  });

  it('notes a reorder that comes with edits, without calling it reorder-only', () => {
    const body = diffList(['a', 'b', 'c'], ['c', 'b', 'd']);
    expect(body.reordered).toBe(true);
    expect(body.reorderedOnly).toBe(false);
  });

  it('treats equal lists as unchanged and an empty list as a value', () => {
    expect(fieldRow('tags', { from: ['x'], to: ['x'] }).changed).toBe(false);
    const row = fieldRow('tags', { from: [], to: ['prod'] });
    expect(row.fromKind).toBe('list');
    expect(row.body.type).toBe('list');
  });
});

describe('kinds of emptiness and type changes', () => {
  it('tells null, empty string, empty list and a missing side apart', () => {
    expect(kindOf(null)).toBe('null');
    expect(kindOf('')).toBe('string');
    expect(kindOf([])).toBe('list');
    expect(kindOf(undefined)).toBe('missing');
    expect(fieldRow('vm_id', { from: null, to: '' }).changed).toBe(true);
    expect(fieldRow('vm_id', { to: null }).changed).toBe(true);
    expect(fieldRow('vm_id', { from: null, to: null }).changed).toBe(false);
    expect(fieldRow('vm_id', { to: 'x' }).fromKind).toBe('missing');
  });

  it('flags a change of type, but not a value appearing from null', () => {
    expect(fieldRow('size', { from: 100, to: '100' }).typeChange).toBe('number → text');
    expect(fieldRow('size', { from: 100, to: '100' }).changed).toBe(true);
    expect(fieldRow('tags', { from: 'a', to: ['a'] }).typeChange).toBe('text → list');
    expect(fieldRow('vm_id', { from: null, to: 'x' }).typeChange).toBeNull();
    expect(fieldRow('vm_id', { from: null, to: 'x' }).body.type).toBe('plain');
  });

  it('copies strings as they are and other values as JSON', () => {
    expect(copyValue('a b')).toBe('a b');
    expect(copyValue(['22'])).toBe('["22"]');
    expect(copyValue(false)).toBe('false');
    expect(copyValue(null)).toBe('null');
  });
});

describe('changesModel', () => {
  const base = { type: 'update', created_at: '2026-11-01T00:00:00Z' };

  it('sorts fields by name and counts the unchanged ones', () => {
    const m = changesModel({ ...base, details: { changes: { tags: { from: [], to: ['a'] }, name: { from: 'a', to: 'a' }, b: { from: 1, to: 2 } } } });
    expect(m.kind).toBe('rows');
    if (m.kind !== 'rows') return;
    expect(m.rows.map((r) => r.field)).toEqual(['b', 'name', 'tags']);
    expect(m.changedCount).toBe(2);
    expect(m.unchangedCount).toBe(1);
  });

  it('shows "—" before a create and after a delete', () => {
    const created = changesModel({ ...base, type: 'create', details: { changes: { name: { from: '', to: 'vm-a' } } } });
    const deleted = changesModel({ ...base, type: 'delete', details: { changes: { name: { from: 'vm-a', to: '' } } } });
    if (created.kind !== 'rows' || deleted.kind !== 'rows') throw new Error('expected rows');
    expect(created.rows[0]).toMatchObject({ beforeAbsent: true, afterAbsent: false, changed: true });
    expect(deleted.rows[0]).toMatchObject({ beforeAbsent: false, afterAbsent: true, changed: true });
  });

  it('turns null details and an empty map into sentences', () => {
    expect(changesModel({ ...base, details: null })).toEqual({ kind: 'empty', sentence: 'This operation recorded no field changes.' });
    expect(changesModel({ ...base, details: { changes: {} } })).toEqual({ kind: 'empty', sentence: 'This operation recorded no field changes.' });
    expect(changesModel({ ...base, created_at: '2026-01-10T00:00:00Z', details: null })).toEqual({
      kind: 'empty',
      sentence: 'Recorded before change tracking existed.',
    });
    expect(changesModel({ ...base, details: undefined }).kind).toBe('empty');
  });
});

describe('fold', () => {
  const rows = Array.from({ length: 50 }, (_, i) => i);

  it('leaves short content alone', () => {
    expect(fold(rows.slice(0, 10), () => false)).toEqual(rows.slice(0, 10));
  });

  it('keeps context around changes and replaces the rest with gaps', () => {
    const out = fold(rows, (r) => r === 25, 20, 2);
    expect(out).toEqual([{ gap: 23 }, 23, 24, 25, 26, 27, { gap: 22 }]);
    expect(out.filter(isGap).reduce((n, g) => n + g.gap, 0) + 5).toBe(50);
  });

  it('shows the head when nothing changed', () => {
    const out = fold(rows, () => false, 20);
    expect(out.slice(0, 20)).toEqual(rows.slice(0, 20));
    expect(out[20]).toEqual({ gap: 30 });
  });
});
