// A fake Nirvana Labs API for `npm run test:stress`, in its own process: 3 projects, 5,000 operations each,
// offset cursors, single gets. Prints its URL as the first stdout line.
import { startFakeUpstream, type RecordedRequest, type ScriptedResponse } from '../server/testing/fake-upstream';

const PROJECTS = ['a0000000-0000-4000-8000-000000000001', 'a0000000-0000-4000-8000-000000000002', 'a0000000-0000-4000-8000-000000000003'];
const PER_PROJECT = 5000;
const KINDS = ['vm', 'volume', 'vpc', 'firewall_rule', 'nks_cluster', 'nks_node_pool'];
const STATUSES = ['pending', 'running', 'done', 'failed'];
const TYPES = ['create', 'update', 'delete', 'restart'];
const START = Date.parse('2026-08-01T00:00:00Z');

const opId = (p: number, i: number) => `b0000000-0000-4000-8000-${(p * 1_000_000 + i).toString(16).padStart(12, '0')}`;
function operation(p: number, i: number) {
  const created = new Date(START - i * 60_000).toISOString();
  return {
    id: opId(p, i),
    created_at: created,
    updated_at: created,
    project_id: PROJECTS[p],
    resource_id: `res-${p}-${i % 97}`,
    kind: KINDS[i % KINDS.length],
    type: TYPES[i % TYPES.length],
    status: STATUSES[i % STATUSES.length],
    details: i % 3 ? { changes: { name: { from: `old-${i}`, to: `new-${i}` }, tags: { from: [], to: ['production'] } } } : null,
  };
}

function respond(req: RecordedRequest): ScriptedResponse {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/v1/projects') {
    return { body: { items: PROJECTS.map((id, n) => ({ id, name: `stress-${n}` })), pagination: { next_cursor: null, total_count: PROJECTS.length } } };
  }
  if (url.pathname === '/v1/operations') {
    const p = PROJECTS.indexOf(url.searchParams.get('project_id') ?? '');
    if (p < 0) return { status: 404, body: { message: 'project not found' } };
    const limit = Math.min(100, Math.max(10, Number(url.searchParams.get('limit') ?? 10) || 10));
    const offset = Number(url.searchParams.get('cursor')?.slice(1) ?? 0) || 0;
    const end = Math.min(PER_PROJECT, offset + limit);
    const items = Array.from({ length: end - offset }, (_, k) => operation(p, offset + k));
    return { body: { items, pagination: { next_cursor: end < PER_PROJECT ? `o${end}` : null, previous_cursor: null, total_count: PER_PROJECT } } };
  }
  const m = /^\/v1\/operations\/b0000000-0000-4000-8000-([0-9a-f]{12})$/.exec(url.pathname);
  if (m) {
    const n = parseInt(m[1]!, 16);
    return { body: operation(Math.floor(n / 1_000_000), n % 1_000_000) };
  }
  return { status: 404, body: { message: 'not found' } };
}

const upstream = await startFakeUpstream(respond, { record: false });
console.log(upstream.url);
const quit = () => void upstream.close().then(() => process.exit(0));
process.once('SIGTERM', quit);
// The stress run holds our stdin open; if it dies without a SIGTERM, stdin closes and so do we.
process.stdin.on('end', quit).resume();
