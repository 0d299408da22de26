// Hostile list URLs: unknown filter values and huge query strings are dropped and named, never crash the parser.
import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, MAX_VALUES, parseListSearch, serializeListSearch } from './search-params';

describe('list URL: hostile input', () => {
  it('drops unknown filter values and names them, keeping the valid ones', () => {
    const { filters, ignored } = parseListSearch('kind=vm,Robot Arm!&status=done,<exploded>&type=tele/port&sort=evil:asc&from=yesterday&live=maybe&debug=1');
    expect(filters).toEqual({ ...EMPTY_FILTERS, kind: ['vm'], status: ['done'] });
    expect(ignored).toEqual(['kind=Robot Arm!', 'status=<exploded>', 'type=tele/port', 'sort=evil:asc', 'from=yesterday', 'live=maybe', 'debug']);
  });

  it('keeps a well-formed kind it does not know, as the API may add kinds', () => {
    expect(parseListSearch('kind=nks_load_balancer').filters.kind).toEqual(['nks_load_balancer']);
  });

  it('survives a 1 MB query string and echoes hostile values only truncated', () => {
    const junk = `<script>alert(1)</script>${'x'.repeat(1024 * 1024)}`;
    const { filters, ignored } = parseListSearch(`status=${encodeURIComponent(junk)}&q=${'q'.repeat(5000)}&kind=vm`);
    expect(filters.kind).toEqual(['vm']);
    expect(filters.q).toBe('');
    expect(ignored.every((name) => name.length <= 48)).toBe(true);
    expect(serializeListSearch(filters)).toBe(serializeListSearch({ ...EMPTY_FILTERS, kind: ['vm'] }));
  });

  it('keeps at most MAX_VALUES values per filter and counts the rest in one entry', () => {
    const kinds = Array.from({ length: 10_000 }, (_, i) => `k${i}`).join(',');
    const { filters, ignored } = parseListSearch(`kind=vm,${kinds},vm`);
    expect(filters.kind).toHaveLength(MAX_VALUES);
    expect(filters.kind).toContain('vm');
    expect(ignored).toEqual([`9,981 kind values over the limit of ${MAX_VALUES}`]);
  });
});
