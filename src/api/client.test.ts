// The API client against a stubbed fetch: typed errors, schema errors, transport faults and hostile-but-valid data.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { brokenBodyResponse, json, page, stubFetch, stubHangingFetch } from '../test/api-fixtures';
import { makeOperation } from '../test/operations';
import { ApiError } from './errors';
import { getOperation, listOperations, listProjects } from './operations';

afterEach(() => vi.unstubAllGlobals());

async function failure(p: Promise<unknown>): Promise<ApiError> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(ApiError);
  return e as ApiError;
}
const list = () => listOperations({ project_id: 'p1' });

describe('API client: errors', () => {
  it('raises a typed ApiError with the status and the server message', async () => {
    stubFetch(json({ message: 'Project p1 not found' }, 404));
    const e = await failure(list());
    expect(e).toMatchObject({ kind: 'http', status: 404, message: 'Project p1 not found' });
    expect(e.isNotFound).toBe(true);
  });

  it('shows an error body that has no message field as it is', async () => {
    stubFetch(json({ code: 'E_QUOTA', detail: 'quota exceeded' }, 403));
    expect((await failure(list())).message).toBe('{"code":"E_QUOTA","detail":"quota exceeded"}');
    stubFetch(json('<h1>Bad gateway</h1>', 502, { 'content-type': 'text/html' }));
    expect((await failure(list())).message).toBe('<h1>Bad gateway</h1>');
    stubFetch(new Response(null, { status: 500 }));
    expect((await failure(list())).message).toBe('The API answered 500');
  });

  it('names the field in a schema error', async () => {
    stubFetch(json(page([makeOperation(), { ...makeOperation(), created_at: 12 }])));
    const e = await failure(list());
    expect(e.kind).toBe('schema');
    expect(e.message).toMatch(/^The API sent data this dashboard does not understand \(items\.1\.created_at: /);
    stubFetch(json({ id: 'x' }));
    expect((await failure(getOperation('x'))).message).toMatch(/\(created_at: /);
  });

  it('raises a network error when the connection fails', async () => {
    stubFetch(new TypeError('Failed to fetch'));
    const e = await failure(list());
    expect(e).toMatchObject({ kind: 'network', status: null });
    expect(e.message).toMatch(/Could not reach the server/);
  });

  it('raises a network error when the body breaks off halfway', async () => {
    stubFetch(() => brokenBodyResponse());
    expect((await failure(list())).kind).toBe('network');
  });

  it('raises a timeout error when the server does not answer in time', async () => {
    stubHangingFetch();
    const e = await failure(listOperations({ project_id: 'p1' }, { timeoutMs: 50 }));
    expect(e).toMatchObject({ kind: 'timeout', message: 'The API did not answer within 0.05 s' });
  });

  it("passes the caller's abort through as an AbortError, not an ApiError", async () => {
    stubHangingFetch();
    const controller = new AbortController();
    const pending = listProjects(undefined, { signal: controller.signal });
    controller.abort();
    const e = await pending.then(() => null, (err: unknown) => err);
    expect(e).not.toBeInstanceOf(ApiError);
    expect((e as Error).name).toBe('AbortError');
  });

  it('keeps the Retry-After delay on the error', async () => {
    stubFetch(json({ message: 'slow down' }, 429, { 'retry-after': '2' }));
    const e = await failure(list());
    expect(e).toMatchObject({ status: 429, retryAfterMs: 2000 });
    expect(e.isRateLimited).toBe(true);
  });

  it('encodes a hostile operation id into one path segment', async () => {
    const { urls } = stubFetch(json(makeOperation()));
    await getOperation('../projects?x=1#y');
    expect(urls[0]).toBe('/v1/operations/..%2Fprojects%3Fx%3D1%23y');
  });
});

describe('API client: data it must accept', () => {
  it('keeps unknown kind, status and type values as they are', async () => {
    stubFetch(json(page([makeOperation({ kind: 'nks_load_balancer', status: 'paused', type: 'migrate' })])));
    const [op] = (await list()).items;
    expect(op).toMatchObject({ kind: 'nks_load_balancer', status: 'paused', type: 'migrate' });
  });

  it('accepts details that are null, missing, empty or have 5,000 keys', async () => {
    const many = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`field_${i}`, { from: i, to: i + 1 }]));
    const noDetails = makeOperation();
    stubFetch(json(page([makeOperation({ details: null }), noDetails, makeOperation({ details: { changes: {} } }), makeOperation({ details: { changes: many } })])));
    const items = (await list()).items;
    expect(items.map((o) => (o.details ? Object.keys(o.details.changes).length : o.details))).toEqual([null, undefined, 0, 5000]);
  });

  it('accepts a 1 MB string and a 10,000-item array', async () => {
    const big = 'x'.repeat(1024 * 1024);
    const tags = Array.from({ length: 10_000 }, (_, i) => `tag-${i}`);
    stubFetch(json(makeOperation({ resource_id: big, details: { changes: { tags: { from: [], to: tags } } } })));
    const op = await getOperation('x');
    expect(op.resource_id).toHaveLength(1024 * 1024);
    expect(op.details?.changes.tags?.to).toHaveLength(10_000);
    stubFetch(json(page(Array.from({ length: 10_000 }, () => makeOperation()))));
    expect((await list()).items).toHaveLength(10_000);
  });

  it('keeps HTML and script in string fields as plain text', async () => {
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    stubFetch(json(page([makeOperation({ resource_id: evil, kind: evil, details: { changes: { [evil]: { from: evil, to: [evil] } } } })])));
    const [op] = (await list()).items;
    expect(op?.resource_id).toBe(evil);
    expect(op?.details?.changes[evil]).toEqual({ from: evil, to: [evil] });
  });

  it('accepts every kind of change value and entry, JSON outside the contract too, without losing the page', async () => {
    const changes = { name: { from: 'a', to: 'b' }, size: { from: 10, to: 20 }, on: { from: true, to: false }, tags: { from: [], to: ['x'] }, ip: { from: null }, gone: { to: null } };
    stubFetch(json(page([makeOperation({ details: { changes } })])));
    expect((await list()).items[0]?.details?.changes).toEqual(changes);
    // One odd value must not cost the other 99 operations of the page: kept as sent, shown as JSON.
    const odd = { spec: { from: { cpu: 2 }, to: [1, 2] }, mixed: { from: ['a', 3] } };
    stubFetch(json(page([makeOperation({ details: { changes: odd } } as never), makeOperation()])));
    const items = (await list()).items;
    expect(items).toHaveLength(2);
    expect(items[0]?.details?.changes).toEqual(odd);
    // An entry that is not {from, to} (a Go nil slice written as null, a bare value) is the value the field changed to;
    // it refused all 100 operations of its page before.
    for (const bare of [5, 'x', null, ['a']]) {
      stubFetch(json(page([makeOperation({ details: { changes: { tags: bare, name: { from: 'a', to: 'b' } } } } as never), makeOperation()])));
      const [first, second] = (await list()).items;
      expect(first?.details?.changes).toEqual({ tags: { to: bare }, name: { from: 'a', to: 'b' } });
      expect(second).toBeDefined();
    }
    // Not an object of entries at all is still a schema error, named where it is.
    stubFetch(json(page([makeOperation({ details: { changes: 'x' } } as never)])));
    const e = await failure(list());
    expect(e.kind).toBe('schema');
    expect(e.message).toMatch(/items\.0\.details\.changes/);
  });

  it('keeps a field named __proto__ as a field of the changes', async () => {
    // JSON.parse makes "__proto__" an own key; an object literal here would set the prototype instead.
    const body = JSON.stringify(page([makeOperation({ details: { changes: {} } })])).replace('"changes":{}', '"changes":{"__proto__":{"from":"a","to":"b"},"name":{"to":"x"}}');
    stubFetch(new Response(body, { headers: { 'content-type': 'application/json' } }));
    const changes = (await list()).items[0]!.details!.changes;
    expect(Object.keys(changes)).toEqual(['__proto__', 'name']);
    expect(Object.getOwnPropertyDescriptor(changes, '__proto__')?.value).toEqual({ from: 'a', to: 'b' });
  });

  it('keeps fields the API adds, on the operation and in its details, for Copy as JSON and the export', async () => {
    stubFetch(json(page([makeOperation({ error_message: 'quota exceeded', details: { changes: {}, reason: 'scale-up' } } as never)])));
    const op = (await list()).items[0] as Record<string, unknown> & { details: Record<string, unknown> };
    expect(op.error_message).toBe('quota exceeded');
    expect(op.details.reason).toBe('scale-up');
  });

  it('reads `changes: null` or no `changes` as an operation without field changes', async () => {
    stubFetch(json(page([makeOperation({ details: { changes: null } } as never), makeOperation({ details: {} } as never)])));
    expect((await list()).items.map((o) => o.details)).toEqual([{ changes: {} }, { changes: {} }]);
  });

  it('accepts a page without total_count or pagination', async () => {
    stubFetch(json({ items: [makeOperation()], pagination: { next_cursor: 'c2' } }));
    expect((await list()).pagination).toEqual({ next_cursor: 'c2' });
    stubFetch(json({ items: [] }));
    expect((await list()).pagination).toBeUndefined();
  });
});
