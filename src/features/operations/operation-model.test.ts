import { describe, expect, it } from 'vitest';
import { changedFieldNames, durationMs, humanize } from './operation-model';

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
    expect(changedFieldNames({ details })).toEqual(['Size', 'name', 'tags']);
    expect(changedFieldNames({ details: null })).toEqual([]);
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
