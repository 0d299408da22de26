import type { Operation } from '../../../../api/schemas';
import { makeOperation } from '../../../../test/operations';
import { fieldHistory, formatChangeValue, sameValue } from './field-history-model';

const change = (created: string, status: string, changes: NonNullable<Operation['details']>['changes']) =>
  makeOperation({ created_at: created, status, details: { changes } });

describe('fieldHistory', () => {
  it('orders each field by time and flags a from that differs from the previous to', () => {
    const ops = [
      change('2026-03-01T00:00:00Z', 'done', { size: { from: 200, to: 300 } }),
      change('2026-01-01T00:00:00Z', 'done', { size: { to: 100 }, name: { to: 'data' } }),
      change('2026-02-01T00:00:00Z', 'done', { size: { from: 100, to: 200 } }),
      change('2026-04-01T00:00:00Z', 'done', { size: { from: 500, to: 600 } }),
    ];
    const [name, size] = fieldHistory(ops);
    expect(name?.field).toBe('name');
    expect(size?.entries.map((e) => [e.from, e.to, e.drift])).toEqual([
      [undefined, 100, false],
      [100, 200, false],
      [200, 300, false],
      [500, 600, true],
    ]);
    expect(size?.entries[3]?.expected).toEqual([300]);
    expect(size?.drifts).toBe(1);
  });

  it('after a failed operation, either its from or its to is a consistent start', () => {
    const track = (nextFrom: string) =>
      fieldHistory([
        change('2026-01-01T00:00:00Z', 'failed', { instance_type: { from: 'n1-standard-2', to: 'n1-standard-8' } }),
        change('2026-01-02T00:00:00Z', 'done', { instance_type: { from: nextFrom, to: 'n1-highcpu-2' } }),
      ])[0]!;
    expect(track('n1-standard-2').drifts).toBe(0);
    expect(track('n1-standard-8').drifts).toBe(0);
    expect(track('n1-highcpu-16').drifts).toBe(1);
  });

  it('compares tag lists as sets and skips operations without details', () => {
    const tracks = fieldHistory([
      change('2026-01-01T00:00:00Z', 'done', { tags: { from: [], to: ['prod', 'eth'] } }),
      makeOperation({ created_at: '2026-01-02T00:00:00Z', details: null }),
      change('2026-01-03T00:00:00Z', 'done', { tags: { from: ['eth', 'prod'], to: ['eth'] } }),
    ]);
    expect(tracks).toHaveLength(1);
    expect(tracks[0]?.entries).toHaveLength(2);
    expect(tracks[0]?.drifts).toBe(0);
  });

  it('returns nothing for no changes', () => {
    expect(fieldHistory([])).toEqual([]);
  });
});

it('shows nothing before a create and nothing after a delete, as the diff does', () => {
  const [track] = fieldHistory([
    change('2026-03-01T00:00:00Z', 'done', { public_ip_enabled: { from: false, to: true } }),
    makeOperation({ created_at: '2026-03-02T00:00:00Z', status: 'done', type: 'delete', details: { changes: { public_ip_enabled: { from: true, to: false } } } }),
  ].map((op, i) => (i === 0 ? { ...op, type: 'create' } : op)));
  expect(track!.entries.map((e) => [formatChangeValue(e.from), formatChangeValue(e.to)])).toEqual([
    ['—', 'on (true)'],
    ['on (true)', '—'],
  ]);
  expect(track!.drifts).toBe(0);
});

it('sameValue and formatChangeValue', () => {
  expect(sameValue(['a', 'b'], ['b', 'a'])).toBe(true);
  expect(sameValue(['a'], ['a', 'a'])).toBe(false);
  expect(sameValue(1, '1')).toBe(false);
  expect(formatChangeValue(['22', '443'])).toBe('[22, 443]');
  expect(formatChangeValue(undefined)).toBe('—');
  // Numbers and booleans as the diff writes them.
  expect(formatChangeValue(false)).toBe('off (false)');
  expect(formatChangeValue(1000)).toBe('1,000');
  expect(formatChangeValue(0.123456789)).toBe('0.123456789');
  expect(formatChangeValue(-2500.5)).toBe('-2,500.5');
  expect(formatChangeValue('')).toBe('""');
  // JSON outside the contract: compared and shown as JSON, never "[object Object]".
  expect(sameValue({ cpu: 2 }, { cpu: 2 })).toBe(true);
  expect(sameValue({ cpu: 2 }, { cpu: 4 })).toBe(false);
  expect(sameValue([22, 80], [22, 80])).toBe(true);
  expect(formatChangeValue({ cpu: 2 })).toBe('{"cpu":2}');
  expect(formatChangeValue([22, 80])).toBe('[22,80]');
});
