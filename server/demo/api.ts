// The stand-in API: GET /v1/operations, /v1/operations/{id}, /v1/projects, faithful to ../shared/api/CONTRACT.md.
import { Hono, type Context } from 'hono';
import type { ServerEnv } from '../env';
import { createCursorCodec, CursorError } from './cursor';
import { generateDataset } from './generate';
import { startLive } from './live';
import { createRng } from './random';
import { fingerprint, parseSet, parseSort, parseTime, ProjectStore, QueryError, type Filters } from './store';
import { toOperation, type StoredOperation } from './types';
import { isUuid } from '../uuid';

export type DemoOptions = Pick<
  ServerEnv,
  'DEMO_SEED' | 'DEMO_SIZE' | 'DEMO_FILTERS' | 'DEMO_LIVE' | 'DEMO_TICK_MS' | 'DEMO_LATENCY_MS' | 'DEMO_FAIL_RATE' | 'DEMO_API_KEY'
>;

const LIST_PARAMS = new Set([
  'project_id', 'cursor', 'limit', 'kind', 'status', 'type', 'resource_id', 'created_at_min', 'created_at_max', 'sort',
]);

const error = (c: Context, status: 400 | 401 | 404 | 429 | 500 | 503, message: string) =>
  c.json({ message }, status);

export function createDemoApi(options: DemoOptions, now = Date.now()) {
  const data = generateDataset(options.DEMO_SEED, options.DEMO_SIZE, now);
  const stores = new Map<string, ProjectStore>();
  const byId = new Map<string, StoredOperation>();
  for (const p of data.projects) {
    const items = data.operations.get(p.id) ?? [];
    stores.set(p.id, new ProjectStore(items));
    for (const s of items) byId.set(s.id, s);
  }
  const codec = createCursorCodec(`demo-cursor:${options.DEMO_SEED}`);
  const faultRng = createRng(`${options.DEMO_SEED}:faults`);

  const first = data.projects[0];
  const live =
    options.DEMO_LIVE && first
      ? startLive(stores.get(first.id) as ProjectStore, {
          tickMs: options.DEMO_TICK_MS,
          seed: options.DEMO_SEED,
          onAdd: (s) => byId.set(s.id, s),
        })
      : null;

  const app = new Hono();

  app.use('*', async (c, next) => {
    if (options.DEMO_LATENCY_MS > 0) await new Promise((r) => setTimeout(r, options.DEMO_LATENCY_MS));
    if (options.DEMO_API_KEY !== undefined) {
      const auth = c.req.header('authorization');
      if (auth !== `Bearer ${options.DEMO_API_KEY}`) return error(c, 401, 'Invalid or missing API key');
    }
    if (options.DEMO_FAIL_RATE > 0 && faultRng() < options.DEMO_FAIL_RATE) {
      const r = faultRng();
      if (r < 0.34) {
        c.header('Retry-After', '1');
        return error(c, 429, 'Too many requests: slow down');
      }
      return error(c, r < 0.67 ? 500 : 503, r < 0.67 ? 'Internal server error' : 'Service temporarily unavailable');
    }
    return next();
  });

  app.get('/v1/projects', (c) =>
    c.json({
      items: data.projects,
      pagination: { next_cursor: null, previous_cursor: null, total_count: data.projects.length },
    }),
  );

  app.get('/v1/operations', (c) => {
    const q = (name: string) => c.req.query(name);
    const all = (name: string) => c.req.queries(name) ?? [];
    const projectId = q('project_id');
    if (!projectId) return error(c, 400, 'project_id is required');
    if (!isUuid(projectId)) return error(c, 400, 'project_id must be a UUID');
    const store = stores.get(projectId);
    if (!store) return error(c, 404, `Project ${projectId} not found`);

    const rawLimit = q('limit');
    // Digits only: Number() would also take "1e1", "0x14", " 50" and "10.0".
    const limit = rawLimit === undefined || rawLimit === '' ? 10 : /^\d{1,3}$/.test(rawLimit) ? Number(rawLimit) : NaN;
    if (!Number.isInteger(limit) || limit < 10 || limit > 100) return error(c, 400, 'limit must be an integer from 10 to 100');

    let filters: Filters = {};
    let sort = parseSort(undefined);
    try {
      if (options.DEMO_FILTERS) {
        filters = {
          kind: parseSet(all('kind')),
          status: parseSet(all('status')),
          type: parseSet(all('type')),
          resource_id: parseSet(all('resource_id')),
          createdMin: parseTime(q('created_at_min'), 'created_at_min'),
          createdMax: parseTime(q('created_at_max'), 'created_at_max'),
        };
        sort = parseSort(q('sort'));
      }
      const fp = fingerprint(filters, sort);
      const rawCursor = q('cursor');
      const after = rawCursor ? codec.decode(rawCursor, { project: projectId, fingerprint: fp }) : null;
      const page = store.page(filters, sort, fp, limit, after);
      return c.json({
        items: page.items,
        pagination: {
          next_cursor: page.hasMore && page.lastKey ? codec.encode({ p: projectId, f: fp, k: page.lastKey }) : null,
          previous_cursor: page.prevKey ? codec.encode({ p: projectId, f: fp, k: page.prevKey }) : null,
          total_count: page.total,
        },
      });
    } catch (e) {
      if (e instanceof CursorError || e instanceof QueryError) return error(c, 400, e.message);
      throw e;
    }
  });

  app.get('/v1/operations/:id', (c) => {
    const id = c.req.param('id');
    if (!isUuid(id)) return error(c, 400, 'operation_id must be a UUID');
    const found = byId.get(id);
    return found ? c.json(toOperation(found)) : error(c, 404, `Operation ${id} not found`);
  });

  return { app, data, stores, live, knownParams: LIST_PARAMS, stop: () => live?.stop() };
}
