import { describe, expect, it } from 'vitest';
import { humanize } from './operation-model';

describe('humanize', () => {
  it('labels known kinds and types, and shows any other value exactly as sent', () => {
    expect(['nks_node_pool', 'firewall_rule', 'vm', 'restart'].map(humanize)).toEqual(['NKS node pool', 'Firewall rule', 'VM', 'Restart']);
    expect(['quantum_link', 'connect_connection', '<b>x_y</b>', ''].map(humanize)).toEqual(['quantum_link', 'connect_connection', '<b>x_y</b>', '']);
  });
});
