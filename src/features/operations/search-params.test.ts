import { describe, expect, it } from 'vitest';
import { runInZone } from '../../test/time-zone';
import { listParams } from './api/list-params';
import { EMPTY_FILTERS, dataFilters, parseListSearch, rangeToInstant, serializeListSearch } from './search-params';

describe('list URL state', () => {
  it('parses a shared link into filters, with stable order and lower case', () => {
    const { filters, ignored } = parseListSearch('?status=failed&kind=volume,VM&kind=vm&q=%20abc%20&sort=updated_at:asc&from=2026-09-03');
    expect(filters).toEqual({ ...EMPTY_FILTERS, kind: ['vm', 'volume'], status: ['failed'], q: 'abc', sort: 'updated_at:asc', from: '2026-09-03' });
    expect(ignored).toEqual([]);
  });

  it('tolerates junk: drops it, names it, keeps the rest', () => {
    const { filters, ignored } = parseListSearch(
      '?status=failed,ex-ploded&type=create,no%20pe&kind=Not%20A%20Kind&sort=name:up&from=yesterday&to=2026-13-45&live=maybe&utm=x&q=',
    );
    expect(filters).toEqual({ ...EMPTY_FILTERS, status: ['failed'], type: ['create'] });
    expect(ignored).toEqual(['kind=Not A Kind', 'status=ex-ploded', 'type=no pe', 'sort=name:up', 'from=yesterday', 'to=2026-13-45', 'live=maybe', 'utm']);
  });

  it('names a day that is not in the calendar instead of reading 30 February as 2 March', () => {
    const { filters, ignored } = parseListSearch('from=2026-02-30&to=2026-02-28T10:00:00Z');
    expect(filters.from).toBe('');
    expect(filters.to).toBe('2026-02-28T10:00:00Z');
    expect(ignored).toEqual(['from=2026-02-30']);
    expect(parseListSearch('from=2028-02-29').filters.from).toBe('2028-02-29');
  });

  it('keeps one resource to filter by, sends it as resource_id, and names a malformed one', () => {
    const id = '28c28623-7991-43bb-b5d7-c076dfcf599c';
    const { filters, ignored } = parseListSearch(`resource=${id}&q=abc`);
    expect(filters).toEqual({ ...EMPTY_FILTERS, resource: id, q: 'abc' });
    expect(ignored).toEqual([]);
    expect(serializeListSearch(filters)).toBe(`q=abc&resource=${id}`);
    expect(listParams('p1', dataFilters(filters, 'utc')).resource_id).toBe(id);
    expect(parseListSearch('resource=<script>').ignored).toEqual(['resource=<script>']);
  });

  it('keeps kinds, statuses and types it does not know (the API grows new ones; the menus offer those seen)', () => {
    expect(parseListSearch('status=paused,done&type=resize').filters).toEqual({ ...EMPTY_FILTERS, status: ['done', 'paused'], type: ['resize'] });
    expect(parseListSearch('kind=nks_load_balancer').filters.kind).toEqual(['nks_load_balancer']);
  });

  it('serialises equal views to equal URLs, defaults left out', () => {
    const a = serializeListSearch({ ...EMPTY_FILTERS, kind: ['volume', 'vm'], status: ['failed'] });
    const b = serializeListSearch({ ...EMPTY_FILTERS, status: ['failed'], kind: ['vm', 'volume', 'vm'] });
    expect(a).toBe('kind=vm,volume&status=failed');
    expect(b).toBe(a);
    expect(serializeListSearch(EMPTY_FILTERS)).toBe('');
  });

  it('round-trips: parse(serialise(x)) is x, and serialise(parse(url)) is a fixed point', () => {
    const views = [
      EMPTY_FILTERS,
      { ...EMPTY_FILTERS, kind: ['firewall_rule', 'vm'], type: ['delete'], q: 'a b&c=d', sort: 'updated_at:desc' as const },
      { ...EMPTY_FILTERS, from: '2026-09-03T10:00:00Z', to: '2026-09-04', live: false },
    ];
    for (const view of views) expect(parseListSearch(serializeListSearch(view)).filters).toEqual(view);
    for (const url of ['kind=VM,vm&junk=1&status=done,failed', 'q=%2Fx%3F&sort=created_at:asc', 'from=2026-09-03&from=2027-01-01']) {
      const once = serializeListSearch(parseListSearch(url).filters);
      expect(serializeListSearch(parseListSearch(once).filters)).toBe(once);
    }
  });

  it('keeps browser-only sorts in the URL but asks the API for its default order', () => {
    const { filters } = parseListSearch('sort=kind:asc');
    expect(filters.sort).toBe('kind:asc');
    expect(dataFilters(filters, 'utc').sort).toBe('created_at:desc');
    expect(dataFilters({ ...filters, sort: 'updated_at:asc' }, 'utc').sort).toBe('updated_at:asc');
  });

  it('turns a bare date into the start or end of that UTC day when UTC is chosen', () => {
    expect(rangeToInstant('2026-09-03', 'from', 'utc')).toBe('2026-09-03T00:00:00.000Z');
    expect(rangeToInstant('2026-09-03', 'to', 'utc')).toBe('2026-09-03T23:59:59.999Z');
    expect(rangeToInstant('', 'to', 'utc')).toBeUndefined();
  });
});

describe('list URL range in Los Angeles', () => {
  runInZone('America/Los_Angeles');

  it('turns a bare date into the start or end of that day in the chosen zone; an instant keeps its offset', () => {
    expect(rangeToInstant('2026-12-04', 'from', 'local')).toBe('2026-12-04T08:00:00.000Z');
    expect(rangeToInstant('2026-12-04', 'to', 'local')).toBe('2026-12-05T07:59:59.999Z');
    expect(rangeToInstant('2026-07-04', 'from', 'local')).toBe('2026-07-04T07:00:00.000Z'); // daylight time
    expect(rangeToInstant('2026-12-04', 'from', 'utc')).toBe('2026-12-04T00:00:00.000Z');
    for (const zone of ['local', 'utc'] as const) expect(rangeToInstant('2026-12-04T05:30:00+02:00', 'from', zone)).toBe('2026-12-04T03:30:00.000Z');
  });

  it('resolves the range to instants for the request and the key: plain days follow the zone, instants do not', () => {
    const days = parseListSearch('from=2026-12-04&to=2026-12-04').filters;
    expect(dataFilters(days, 'local')).toMatchObject({ from: '2026-12-04T08:00:00.000Z', to: '2026-12-05T07:59:59.999Z' });
    expect(dataFilters(days, 'utc')).toMatchObject({ from: '2026-12-04T00:00:00.000Z', to: '2026-12-04T23:59:59.999Z' });
    const instant = parseListSearch('from=2026-12-05T09:25:05.224Z').filters;
    expect(dataFilters(instant, 'local')).toEqual(dataFilters(instant, 'utc'));
    expect(dataFilters(EMPTY_FILTERS, 'local')).toEqual(dataFilters(EMPTY_FILTERS, 'utc'));
  });
});
