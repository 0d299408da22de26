// How a live poll of the list's first page meets the pages already loaded (docs/decisions/010): rows already loaded
// are refreshed in place, new ones wait in a buffer until the person asks for them. Pure functions over the cache data.
import type { Operation, OperationList } from '../../../api/schemas';
import { isInFlight, isSettled } from '../operation-model';
import { newestFirst } from './queries';

// The state a poll leaves is in a module of its own (live-state.ts): the list needs it from the start, this merge code
// only at a poll.
import type { ListData, LiveHead } from './live-state';

const isNewer = (old: Operation, op: Operation) => old.updated_at !== op.updated_at || old.status !== op.status;

/** Fresher copies replace loaded rows in place; only pages that hold a changed row become new objects. */
export function applyUpdates(data: ListData, fresh: ReadonlyMap<string, Operation>, watch: ReadonlySet<string> = new Set()) {
  const found = new Set<string>();
  const settled: string[] = [];
  let changed = false;
  const pages = data.pages.map((page) => {
    let items: Operation[] | undefined;
    page.items.forEach((old, i) => {
      const op = fresh.get(old.id);
      if (op || watch.has(old.id)) found.add(old.id);
      if (!op) return;
      if (!isNewer(old, op)) return;
      items ??= page.items.slice();
      items[i] = op;
      if (isInFlight(old.status) && isSettled(op.status) && !settled.includes(op.id)) settled.push(op.id);
    });
    if (!items) return page;
    changed = true;
    return { ...page, items };
  });
  return { data: changed ? { ...data, pages } : data, found, settled };
}

/**
 * Merges one poll: `head` is the newest page for the list's filters, `refreshed` the in-flight rows fetched by id.
 * Loaded rows are updated in place (no row moves in created order); the rest join the buffer if they match the filters.
 */
export function mergeHead(
  data: ListData,
  head: OperationList,
  refreshed: readonly Operation[],
  before: LiveHead,
  matches: (op: Operation) => boolean,
  newestFirstView = true,
): { data: ListData; live: LiveHead } {
  const fresh = new Map<string, Operation>();
  for (const op of [...refreshed, ...head.items]) fresh.set(op.id, op);
  const buffer = new Map(before.incoming.map((op) => [op.id, op]));
  // Buffered rows loaded meanwhile (Refresh, a later page) leave the buffer.
  const { data: next, found, settled } = applyUpdates(data, fresh, new Set(buffer.keys()));
  // As instants: RFC 3339 text with other offsets or fraction lengths does not sort by time.
  const newest = () => head.items.reduce<string | undefined>((max, op) => (max === undefined || Date.parse(op.created_at) > Date.parse(max) ? op.created_at : max), undefined);
  // Looked for once, at the first poll of such a view; later polls keep it.
  const since = newestFirstView ? undefined : (before.since ?? newest() ?? '');
  // `since: ''`: the first poll saw an empty head, so anything that appears later is new.
  const isNew = (op: Operation) =>
    newestFirstView || (before.since !== undefined && (before.since === '' || Date.parse(op.created_at) > Date.parse(before.since)));
  for (const op of head.items) if (!found.has(op.id) && isNew(op)) buffer.set(op.id, op);
  const incoming = [...buffer.values()].filter((op) => !found.has(op.id) && matches(op)).sort(newestFirst);
  const loadedAny = data.pages.some((p) => p.items.length > 0);
  // Only a newest-first view can tell that rows were missed between the head page and the loaded ones.
  const missed = newestFirstView && loadedAny && !!head.pagination?.next_cursor && !head.items.some((op) => found.has(op.id));
  return { data: next, live: { incoming, settled, gap: before.gap || missed, polls: before.polls + 1, since } };
}

/** "Show": the buffered operations go to the top of page 0 (a superset of it, so the loaded index is patched, not rebuilt). */
export function showIncoming(data: ListData, incoming: readonly Operation[]): ListData {
  const first = data.pages[0];
  if (!first || !incoming.length) return data;
  const loaded = new Set(data.pages.flatMap((p) => p.items.map((op) => op.id)));
  const add = incoming.filter((op) => !loaded.has(op.id));
  if (!add.length) return data;
  return { ...data, pages: [{ ...first, items: [...add, ...first.items] }, ...data.pages.slice(1)] };
}

/** Up to `max` loaded in-flight rows not on the head page, rotating by poll so none waits forever. */
export function inFlightIds(data: ListData, skip: ReadonlySet<string>, max: number, poll: number): string[] {
  const ids: string[] = [];
  for (const page of data.pages) for (const op of page.items) if (isInFlight(op.status) && !skip.has(op.id)) ids.push(op.id);
  if (ids.length <= max) return [...new Set(ids)];
  const start = (poll * max) % ids.length;
  return [...new Set([...ids.slice(start), ...ids.slice(0, start)].slice(0, max))];
}
