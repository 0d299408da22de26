// Deterministic demo data: projects, resources with histories, and realistic `changes` per kind and type.
import { chance, createRng, expGap, flat, int, pick, type Rng, uuid } from './random';
import {
  FUTURE_KINDS,
  KINDS,
  STATUSES,
  TYPES,
  packChanges,
  type ChangeValue,
  type FieldDiff,
  type Project,
  type StoredOperation,
} from './types';

const DAY = 86_400_000;
const WINDOW_MS = 90 * DAY;

export interface DemoDataset {
  projects: Project[];
  operations: Map<string, StoredOperation[]>; // per project, created_at ascending
  now: number;
}

type State = Record<string, ChangeValue>;

const INSTANCE_TYPES = ['n1-standard-2', 'n1-standard-8', 'n1-highcpu-2', 'n1-highcpu-16'];
const TAGS = ['production', 'staging', 'ethereum', 'solana', 'archive-node', 'rpc', 'validator', 'monitoring', 'team-infra'];
const WORDS = ['eth', 'sol', 'rpc', 'archive', 'indexer', 'relay', 'edge', 'db', 'cache', 'gateway', 'validator', 'worker'];
const PORTS = ['22', '80', '443', '8545', '8546', '30303', '9000', '5432', '6379'];

const name = (rng: Rng, prefix: string) => flat(`${prefix}-${pick(rng, WORDS)}-${int(rng, 1, 99)}`);
const tags = (rng: Rng): string[] => {
  const n = int(rng, 0, 3);
  const out = new Set<string>();
  while (out.size < n) out.add(pick(rng, TAGS));
  return [...out];
};
const cidr = (rng: Rng) =>
  chance(rng, 0.2) ? '0.0.0.0/0' : flat(`10.${int(rng, 0, 255)}.${int(rng, 0, 255)}.0/${pick(rng, [16, 20, 24, 28])}`);

function ports(rng: Rng): string[] {
  if (chance(rng, 0.01)) return Array.from({ length: int(rng, 55, 120) }, (_, i) => String(30000 + i * 7));
  const out = new Set<string>();
  const n = int(rng, 1, 3);
  while (out.size < n) out.add(pick(rng, PORTS));
  return [...out];
}

/** Cloud-init user data: multi-line, usually over 2 KB, so the diff has long text to fold. */
function userData(rng: Rng): string {
  const lines = ['#cloud-config', 'package_update: true', 'packages:'];
  for (const p of ['curl', 'jq', 'htop', 'nvme-cli', 'prometheus-node-exporter']) lines.push(`  - ${p}`);
  lines.push('write_files:');
  const files = int(rng, 8, 14);
  for (let i = 0; i < files; i++) {
    lines.push(`  - path: /etc/${pick(rng, WORDS)}/${pick(rng, WORDS)}-${i}.conf`, '    permissions: "0644"', '    content: |');
    for (let j = 0; j < 4; j++) lines.push(`      ${pick(rng, WORDS)}_${j} = ${int(rng, 1, 65535)}`);
  }
  lines.push('runcmd:', `  - systemctl enable --now ${pick(rng, WORDS)}.service`);
  return lines.join('\n');
}

export function initialState(rng: Rng, kind: string): State {
  switch (kind) {
    case 'vm': {
      const s: State = {
        name: name(rng, 'vm'),
        instance_type: pick(rng, INSTANCE_TYPES),
        region: 'us-sva-2',
        image: 'ubuntu-noble-2025-10-01',
        public_ip_enabled: chance(rng, 0.6),
        tags: tags(rng),
      };
      if (chance(rng, 0.04)) s.user_data = userData(rng);
      return s;
    }
    case 'volume':
      return { name: name(rng, 'vol'), size: pick(rng, [32, 64, 100, 250, 500, 1000]), type: pick(rng, ['nvme', 'abs']), tags: tags(rng) };
    case 'vpc':
      return { name: name(rng, 'vpc'), region: 'us-sva-2', subnet_name: name(rng, 'subnet'), tags: tags(rng) };
    case 'firewall_rule':
      return {
        name: name(rng, 'fw'),
        protocol: pick(rng, ['tcp', 'udp']),
        source_address: cidr(rng),
        destination_address: cidr(rng),
        destination_ports: ports(rng),
        tags: tags(rng),
      };
    case 'nks_cluster':
      return { name: name(rng, 'nks'), autoscaling: chance(rng, 0.5), tags: tags(rng) };
    case 'nks_node_pool':
      return { name: name(rng, 'pool'), node_count: int(rng, 1, 12), instance_type: pick(rng, INSTANCE_TYPES), tags: tags(rng) };
    default:
      return { name: name(rng, kind.split('_')[0] ?? 'res'), tags: tags(rng) };
  }
}

/** A new value for one field, always different from the old one. */
function mutate(rng: Rng, field: string, old: ChangeValue): ChangeValue {
  switch (field) {
    case 'instance_type':
      return pick(rng, INSTANCE_TYPES.filter((t) => t !== old));
    case 'public_ip_enabled':
    case 'autoscaling':
      return !old;
    case 'size':
      return (typeof old === 'number' ? old : 100) + pick(rng, [50, 100, 250, 500]);
    case 'node_count':
      return Math.max(1, (typeof old === 'number' ? old : 3) + pick(rng, [-2, -1, 1, 2, 4]));
    case 'protocol':
      return old === 'tcp' ? 'udp' : 'tcp';
    case 'source_address':
    case 'destination_address':
      return cidr(rng);
    case 'destination_ports': {
      const arr = Array.isArray(old) ? [...old] : [];
      if (arr.length > 1 && chance(rng, 0.15)) return arr.reverse(); // a reorder-only change
      if (arr.length > 1 && chance(rng, 0.4)) arr.splice(int(rng, 0, arr.length - 1), 1);
      else arr.push(pick(rng, PORTS.filter((p) => !arr.includes(p))) ?? '8080');
      return arr;
    }
    case 'tags': {
      const arr = Array.isArray(old) ? [...old] : [];
      if (arr.length && chance(rng, 0.4)) arr.splice(int(rng, 0, arr.length - 1), 1);
      else arr.push(pick(rng, TAGS.filter((t) => !arr.includes(t))) ?? 'misc');
      return arr;
    }
    case 'vm_id':
      return old ? '' : uuid(rng);
    case 'user_data': {
      if (typeof old !== 'string') return userData(rng);
      const line = `  - echo updated-${int(rng, 1, 999)}`;
      // Written over empty user data: a whole cloud-config, not a document that starts with an empty line.
      return old ? `${old.replace(/= (\d+)/, (_, n: string) => `= ${Number(n) + 1}`)}\n${line}` : `#cloud-config\nruncmd:\n${line}`;
    }
    default:
      return flat(`${String(old).replace(/-v\d+$/, '')}-v${int(rng, 2, 9)}`);
  }
}

const MUTABLE: Record<string, string[]> = {
  vm: ['name', 'instance_type', 'public_ip_enabled', 'tags', 'user_data'],
  volume: ['name', 'size', 'tags', 'vm_id'],
  vpc: ['name', 'subnet_name', 'tags'],
  firewall_rule: ['name', 'source_address', 'destination_address', 'destination_ports', 'protocol', 'tags'],
  nks_cluster: ['name', 'autoscaling', 'tags'],
  nks_node_pool: ['name', 'node_count', 'tags'],
};

const empty = (v: ChangeValue): ChangeValue =>
  Array.isArray(v) ? [] : typeof v === 'number' ? 0 : typeof v === 'boolean' ? false : '';

export function createChanges(state: State): Record<string, FieldDiff> {
  return Object.fromEntries(Object.entries(state).map(([k, v]) => [k, { from: empty(v), to: v }]));
}
function deleteChanges(state: State): Record<string, FieldDiff> {
  return Object.fromEntries(Object.entries(state).map(([k, v]) => [k, { from: v, to: empty(v) }]));
}

export function updateChanges(rng: Rng, kind: string, state: State): { changes: Record<string, FieldDiff>; next: State } {
  const fields = MUTABLE[kind] ?? ['name', 'tags'];
  const n = int(rng, 1, Math.min(3, fields.length));
  const next = { ...state };
  const changes: Record<string, FieldDiff> = {};
  for (let i = 0; i < n; i++) {
    const f = pick(rng, fields);
    const old = state[f] ?? (f === 'vm_id' ? '' : f === 'user_data' ? '' : 'unset');
    const to = mutate(rng, f, old);
    // Now and then something changed the field outside recorded operations (shown as drift in field history).
    const from = chance(rng, 0.02) && typeof old !== 'boolean' ? mutate(rng, f, old) : old;
    changes[f] = { from, to };
    next[f] = to;
  }
  // Some APIs echo an untouched field: from === to ("Only changed" has something to hide).
  if (chance(rng, 0.06) && state.name !== undefined) changes.name ??= { from: state.name, to: state.name };
  return { changes, next };
}

function durationMs(rng: Rng, kind: string, type: string): number {
  const base = kind.startsWith('nks') ? 240_000 : kind === 'vm' ? 45_000 : 8_000;
  return Math.round(base * (type === 'delete' ? 0.5 : 1) * (0.3 + rng() * 2.2)) + int(rng, 200, 1500);
}

const KIND_WEIGHTS: [string, number][] = [
  ['vm', 30],
  ['volume', 22],
  ['firewall_rule', 18],
  ['nks_node_pool', 12],
  ['vpc', 8],
  ['nks_cluster', 6],
  [FUTURE_KINDS[0], 2],
  [FUTURE_KINDS[1], 2],
];
const KIND_TOTAL = KIND_WEIGHTS.reduce((s, [, w]) => s + w, 0);
function pickKind(rng: Rng): string {
  let r = rng() * KIND_TOTAL;
  for (const [k, w] of KIND_WEIGHTS) if ((r -= w) < 0) return k;
  return 'vm';
}

function settledStatus(rng: Rng): string {
  const r = rng();
  return r < 0.065 ? 'failed' : r < 0.072 ? 'unknown' : 'done';
}

export interface GenerateOptions {
  projectId: string;
  count: number;
  now: number;
  rng: Rng;
}

/** One resource's operations: create, updates and restarts, maybe a delete, spread over time. */
export function generateProjectOperations({ projectId, count, now, rng }: GenerateOptions): StoredOperation[] {
  const out: StoredOperation[] = [];
  const start = now - WINDOW_MS;
  while (out.length < count) {
    const kind = pickKind(rng);
    const resourceId = uuid(rng);
    const chain = 1 + Math.min(Math.floor(expGap(rng, 4)), 40);
    let state = initialState(rng, kind);
    // Histories begin before the window now and then, so some resources show no create.
    let t = start + (rng() * 1.1 - 0.1) * WINDOW_MS;
    for (let i = 0; i < chain && out.length < count; i++) {
      const last = i === chain - 1;
      const type = i === 0 ? 'create' : last && chance(rng, 0.3) ? 'delete' : chance(rng, 0.15) ? 'restart' : 'update';
      const duration = durationMs(rng, kind, type);
      if (t + duration > now - 120_000) break;
      const status = settledStatus(rng);
      let changes: Record<string, FieldDiff> | null;
      if (type === 'create') changes = createChanges(state);
      else if (type === 'delete') changes = deleteChanges(state);
      else if (type === 'restart') changes = chance(rng, 0.5) ? {} : null;
      else {
        const u = updateChanges(rng, kind, state);
        changes = u.changes;
        if (status === 'done') state = u.next;
      }
      if (t >= start) {
        out.push(makeOp(rng, { projectId, resourceId, kind, type, status, createdMs: t, updatedMs: t + duration, changes }));
      }
      if (type === 'delete') break;
      t += duration + expGap(rng, 3 * DAY);
    }
  }
  // Operations recorded before change tracking existed: details null.
  for (const s of out) if (chance(rng, 0.03)) s.changes = null;
  return out.sort((a, b) => a.createdMs - b.createdMs || (a.id < b.id ? -1 : 1));
}

interface OpSpec {
  projectId: string;
  resourceId: string;
  kind: string;
  type: string;
  status: string;
  createdMs: number;
  updatedMs: number;
  changes: Record<string, FieldDiff> | null;
}

export function makeOp(rng: Rng, s: OpSpec): StoredOperation {
  return {
    id: uuid(rng),
    project_id: s.projectId,
    resource_id: s.resourceId,
    kind: s.kind,
    type: s.type,
    status: s.status,
    createdMs: Math.round(s.createdMs),
    updatedMs: Math.round(s.updatedMs),
    changes: packChanges(s.changes),
  };
}

/** Every kind x type x status at least once, recent enough that pending/running look plausible. */
function everyCombination(rng: Rng, projectId: string, now: number): StoredOperation[] {
  const out: StoredOperation[] = [];
  for (const kind of KINDS)
    for (const type of TYPES)
      for (const status of STATUSES) {
        const inFlight = status === 'pending' || status === 'running';
        const createdMs = now - (inFlight ? int(rng, 60_000, 1_800_000) : int(rng, 1, 60) * DAY + int(rng, 0, DAY));
        const state = initialState(rng, kind);
        const changes =
          type === 'create'
            ? createChanges(state)
            : type === 'delete'
              ? deleteChanges(state)
              : type === 'update'
                ? updateChanges(rng, kind, state).changes
                : {};
        // A running operation was last updated before now, however long its kind usually takes.
        const took = durationMs(rng, kind, type);
        const updatedMs = status === 'pending' ? createdMs : createdMs + (inFlight ? Math.min(took, (now - createdMs) * 0.9) : took);
        out.push(makeOp(rng, { projectId, resourceId: uuid(rng), kind, type, status, createdMs, updatedMs, changes }));
      }
  return out;
}

export function generateDataset(seed: string, size: number, now = Date.now()): DemoDataset {
  const rng = createRng(`${seed}:projects`);
  const created = (days: number) => new Date(now - days * DAY).toISOString();
  const projects: Project[] = [
    { id: uuid(rng), name: 'production', region: 'us-sva-2', created_at: created(400) },
    { id: uuid(rng), name: 'staging', region: 'us-sva-2', created_at: created(200) },
    { id: uuid(rng), name: 'sandbox', region: 'us-sva-2', created_at: created(30) },
    { id: uuid(rng), name: 'archive (empty)', region: 'us-sva-2', created_at: created(10) },
  ];
  const [prod, staging, sandbox, empty] = projects as [Project, Project, Project, Project];
  const operations = new Map<string, StoredOperation[]>();
  operations.set(prod.id, generateProjectOperations({ projectId: prod.id, count: size, now, rng: createRng(`${seed}:prod`) }));
  const stagingRng = createRng(`${seed}:staging`);
  const stagingOps = generateProjectOperations({ projectId: staging.id, count: 380, now, rng: stagingRng });
  stagingOps.push(...everyCombination(stagingRng, staging.id, now));
  stagingOps.sort((a, b) => a.createdMs - b.createdMs);
  operations.set(staging.id, stagingOps);
  operations.set(sandbox.id, generateProjectOperations({ projectId: sandbox.id, count: 42, now, rng: createRng(`${seed}:sandbox`) }));
  operations.set(empty.id, []);
  return { projects, operations, now };
}
