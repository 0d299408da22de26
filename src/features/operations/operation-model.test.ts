import { describe, expect, it } from 'vitest';
import { changedFieldNames, durationMs, fieldChanges, humanize, sameValue } from './operation-model';

describe('humanize', () => {
  it('labels known kinds and types, and shows any other value exactly as sent', () => {
    expect(['nks_node_pool', 'firewall_rule', 'vm', 'restart'].map(humanize)).toEqual(['NKS node pool', 'Firewall rule', 'VM', 'Restart']);
    expect(['quantum_link', 'nks_gateway', '<b>x_y</b>', ''].map(humanize)).toEqual(['quantum_link', 'nks_gateway', '<b>x_y</b>', '']);
    // Kinds the contract names for the filters, though not yet in the Operation schema, read like the others.
    expect(['connect_connection', 'nks_load_balancer', 'nks_node'].map(humanize)).toEqual(['Connect connection', 'NKS load balancer', 'NKS node']);
  });
});

describe('changedFieldNames', () => {
  it('lists changed fields in the detail page’s order, whatever order the API sent them in', () => {
    const details = { changes: { tags: { to: [] }, name: { from: 'a', to: 'b' }, Size: { from: 1, to: 2 } } };
    expect(changedFieldNames({ details, type: 'update' })).toEqual(['Size', 'name', 'tags']);
    expect(changedFieldNames({ details: null, type: 'update' })).toEqual([]);
  });

  it('leaves out a field sent with the same from and to: it did not change', () => {
    const details = { changes: { tags: { from: ['a', 'b'], to: ['b'] }, name: { from: 'vpc-1', to: 'vpc-1' }, spec: { from: { cpu: 2 }, to: { cpu: 2 } } } };
    expect(changedFieldNames({ details, type: 'update' })).toEqual(['tags']);
    expect(fieldChanges({ details, type: 'update' })).toEqual({ changed: ['tags'], unchanged: ['name', 'spec'] });
    expect(changedFieldNames({ details: { changes: { name: { from: 'x', to: 'x' } } }, type: 'update' })).toEqual([]);
  });

  it('counts every field of a create or delete, as the detail page shows them: one side is no real value', () => {
    const details = { changes: { tags: { from: [], to: [] }, name: { from: '', to: 'vm-1' } } };
    expect(changedFieldNames({ details, type: 'create' })).toEqual(['name', 'tags']);
    expect(changedFieldNames({ details, type: 'delete' })).toEqual(['name', 'tags']);
  });
});

describe('sameValue', () => {
  it('compares values as JSON does, without writing them out', () => {
    expect(sameValue('a', 'a')).toBe(true);
    expect(sameValue(1, '1')).toBe(false);
    expect(sameValue(null, undefined)).toBe(false);
    expect(sameValue(undefined, undefined)).toBe(true);
    expect(sameValue(['a', 'b'], ['a', 'b'])).toBe(true);
    // Order counts here: the diff shows a reordered list as "reordered only", a change.
    expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameValue({ cpu: 2, disk: ['a'] }, { cpu: 2, disk: ['a'] })).toBe(true);
    expect(sameValue({ cpu: 2, disk: ['a'] }, { cpu: 2, disk: ['b'] })).toBe(false);
    expect(sameValue({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue([1, [2]], [1, [2]])).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: null })).toBe(false);
  });
});

describe('durationMs', () => {
  it('gives a duration to settled operations only: one still pending or running has none yet', () => {
    const at = { created_at: '2026-12-04T21:20:00Z', updated_at: '2026-12-04T21:22:05Z' };
    expect(['done', 'failed'].map((status) => durationMs({ ...at, status }))).toEqual([125_000, 125_000]);
    expect(['pending', 'running', 'exploded', ''].map((status) => durationMs({ ...at, status }))).toEqual([null, null, null, null]);
    // Times the API got wrong give no duration rather than a negative or NaN one.
    expect(durationMs({ status: 'done', created_at: at.updated_at, updated_at: at.created_at })).toBeNull();
    expect(durationMs({ status: 'done', created_at: 'junk', updated_at: at.updated_at })).toBeNull();
  });
});
