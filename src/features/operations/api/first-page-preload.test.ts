// @vitest-environment node
// A contract between server/app.ts and this feature: the server's preload hint must be the very request the app makes first, or the browser fetches page 1 twice
// (and logs that a preload went unused).
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createApp, firstPagePreload } from '../../../../server/app';
import { buildUrl } from '../../../api/client';
import { dataFilters, parseListSearch } from '../search-params';
import { listParams } from './list-params';

const ID = '93bb33db-3689-48e1-a6a4-224ec2dfc680';
const appRequest = (search: string) => buildUrl('/v1/operations', listParams(ID, dataFilters(parseListSearch(search).filters, 'local')));
const hint = (path: string) => firstPagePreload(new URL(path, 'http://localhost'));

describe('first page preload', () => {
  it('is the URL the app requests first, for an unfiltered list (live and search do not change it)', () => {
    for (const search of ['', '?live=0', '?q=abc&live=1']) expect(hint(`/projects/${ID}/operations${search}`)).toBe(appRequest(search));
    expect(hint(`/projects/${ID}/operations/`)).toBe(appRequest(''));
  });

  it('is not sent where the server cannot know the request: filters, sort, ranges, other pages', () => {
    for (const search of ['?status=failed', '?kind=vm', '?sort=created_at:asc', '?sort=kind:asc', '?from=2026-12-01', '?colour=red'])
      expect(hint(`/projects/${ID}/operations${search}`), search).toBeNull();
    for (const path of ['/', `/operations/${ID}`, '/projects/not-a-uuid/operations', `/projects/${ID}`]) expect(hint(path), path).toBeNull();
  });

  // Needs the built app (the unit step runs before the e2e build, where this is skipped).
  it.skipIf(!existsSync('dist/client/index.html'))('travels as a Link header on the list page only', async () => {
    const app = createApp({ api: { fetch: () => new Response('{}') } as never, mode: 'demo', staticDir: 'dist/client' });
    const res = await app.request(`/projects/${ID}/operations?live=0`);
    expect(res.status).toBe(200);
    expect(res.headers.get('link')).toBe(`<${appRequest('?live=0')}>; rel=preload; as=fetch; crossorigin=anonymous`);
    expect((await app.request(`/projects/${ID}/operations?status=done`)).headers.get('link')).toBeNull();
  });
});
