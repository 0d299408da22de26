// Live demo data: in-flight operations settle over the next minutes and new ones arrive at the head.
import { createChanges, generateProjectOperations, initialState, makeOp, updateChanges } from './generate';
import { chance, createRng, int, pick } from './random';
import type { ProjectStore } from './store';
import type { StoredOperation } from './types';

export interface LiveOptions {
  tickMs: number;
  seed: string;
  onAdd: (s: StoredOperation) => void;
}

function schedule(s: StoredOperation, now: number, tickMs: number, rng: () => number): void {
  const runningAt = now + tickMs * (0.5 + rng() * 1.5);
  s.settle = { runningAt, doneAt: runningAt + tickMs * (2 + rng() * 10), outcome: rng() < 0.15 ? 'failed' : 'done' };
}

/** Starts the ticker; returns a stop function. The clock is injectable so tests can drive it. */
export function startLive(store: ProjectStore, { tickMs, seed, onAdd }: LiveOptions, clock = () => Date.now()) {
  const rng = createRng(`${seed}:live`);
  const inFlight = new Set<StoredOperation>();

  const add = (status: 'pending' | 'running') => {
    const now = clock();
    const existing = store.items.length && chance(rng, 0.6) ? pick(rng, store.items.slice(-500)) : undefined;
    const [template] = generateProjectOperations({ projectId: store.items[0]?.project_id ?? '', count: 1, now, rng });
    if (!template) return;
    const onExisting = existing && existing.type !== 'delete' ? existing : undefined;
    const kind = onExisting?.kind ?? template.kind;
    const type = onExisting ? pick(rng, ['update', 'update', 'restart']) : 'create';
    // Changes that belong to the resource's kind: an update gets some of that kind's fields, a restart none, and a
    // create every field of a new resource of that kind.
    const state = initialState(rng, kind);
    const changes = type === 'update' ? updateChanges(rng, kind, state).changes : type === 'restart' ? {} : createChanges(state);
    const s = makeOp(rng, {
      projectId: template.project_id,
      resourceId: onExisting?.resource_id ?? template.resource_id,
      kind,
      type,
      status,
      createdMs: now,
      updatedMs: now,
      changes,
    });
    schedule(s, now, tickMs, rng);
    store.items.push(s);
    inFlight.add(s);
    onAdd(s);
  };

  const tick = () => {
    const now = clock();
    for (const s of inFlight) {
      const plan = s.settle;
      if (!plan) continue;
      const next = now >= plan.doneAt ? plan.outcome : now >= plan.runningAt ? 'running' : s.status;
      if (next !== s.status) {
        s.status = next;
        s.updatedMs = now;
      }
      if (next === plan.outcome) {
        delete s.settle;
        inFlight.delete(s);
      }
    }
    if (chance(rng, 0.8)) add('pending');
    store.touch();
  };

  // A few recent operations are already under way when the server starts.
  for (let i = 0; i < int(rng, 3, 5); i++) add(i % 2 ? 'running' : 'pending');
  store.touch();
  const timer = setInterval(tick, tickMs);
  timer.unref();
  return { stop: () => clearInterval(timer), tick };
}
