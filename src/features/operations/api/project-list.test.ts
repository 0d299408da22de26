import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROJECT_PAGES, projectListOptions } from './queries';

afterEach(() => vi.unstubAllGlobals());

const project = (n: number) => ({ id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`, name: `p${n}` });

describe('project list', () => {
  it('reads every page of projects, not the first 100 only, and stops at a repeated cursor or the page limit', async () => {
    const calls: (string | null)[] = [];
    vi.stubGlobal('fetch', async (input: string) => {
      const cursor = new URL(input, 'http://x').searchParams.get('cursor');
      calls.push(cursor);
      const n = cursor ? Number(cursor.slice(1)) : 0;
      const next = n < 2 ? `c${n + 1}` : null;
      const items = Array.from({ length: n < 2 ? 100 : 5 }, (_, i) => project(n * 100 + i));
      return new Response(JSON.stringify({ items, pagination: { next_cursor: next } }), { headers: { 'content-type': 'application/json' } });
    });
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const all = await client.fetchQuery(projectListOptions());
    expect(all.items).toHaveLength(205);
    expect(calls).toEqual([null, 'c1', 'c2']);

    // An API that keeps answering with a cursor: bounded.
    vi.stubGlobal('fetch', async (input: string) => {
      const cursor = new URL(input, 'http://x').searchParams.get('cursor') ?? 'c0';
      return new Response(JSON.stringify({ items: [project(Number(cursor.slice(1)))], pagination: { next_cursor: `c${Number(cursor.slice(1)) + 1}` } }), {
        headers: { 'content-type': 'application/json' },
      });
    });
    const bounded = await new QueryClient().fetchQuery(projectListOptions());
    expect(bounded.items).toHaveLength(PROJECT_PAGES);
  });
});
