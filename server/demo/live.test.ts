// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createChanges, generateProjectOperations, initialState, updateChanges } from './generate';
import { startLive } from './live';
import { createRng } from './random';
import { ProjectStore } from './store';
import { unpackChanges, type StoredOperation } from './types';

describe('live stand-in data', () => {
  it('gives each new operation changes of its own kind: updates some of its fields, restarts none', () => {
    const rng = createRng('live-test');
    let now = Date.UTC(2026, 11, 5, 12);
    const store = new ProjectStore(generateProjectOperations({ projectId: 'p1', count: 300, now, rng }));
    const added: StoredOperation[] = [];
    const live = startLive(store, { tickMs: 1000, seed: 'live-test', onAdd: (s) => added.push(s) }, () => now);
    for (let i = 0; i < 200; i++) {
      now += 1000;
      live.tick();
    }
    live.stop();
    const updates = added.filter((s) => s.type === 'update');
    expect(updates.length).toBeGreaterThan(20);
    // Every field a resource of a kind can have: what a create sets and what updates of that kind change.
    const fieldsOf = (kind: string) => [
      ...new Set([
        ...Object.keys(createChanges(initialState(rng, kind))),
        ...Array.from({ length: 300 }, () => Object.keys(updateChanges(rng, kind, initialState(rng, kind)).changes)).flat(),
      ]),
    ];
    for (const s of added) {
      const fields = Object.keys(unpackChanges(s.changes ?? []));
      if (s.type === 'restart') expect(fields, `${s.kind} restart`).toEqual([]);
      else {
        expect(fields.length, `${s.kind} ${s.type}`).toBeGreaterThan(0);
        expect(fieldsOf(s.kind), `${s.kind} ${s.type}: ${fields.join(', ')}`).toEqual(expect.arrayContaining(fields));
      }
    }
  });
});
