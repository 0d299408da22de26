import { parseOperationRef } from './parse-operation-ref';

const ID = '3f2c9a8e-1b7d-4c5e-9f00-2a6b8c4d1e7f';

describe('parseOperationRef', () => {
  it.each([
    [ID, 'a bare id'],
    [`  ${ID.toUpperCase()}\n`, 'an upper-case id with whitespace'],
    [`"${ID}"`, 'a quoted id'],
    [`http://127.0.0.1:4173/operations/${ID}?from=list#changes`, 'a dashboard link with query and hash'],
    [`https://ops.example.com/operations/${ID}/`, 'a link with a trailing slash'],
    [`/operations/${ID}`, 'a path'],
    [`https://api.nirvanalabs.io/v1/operations/${ID}`, 'an API URL'],
  ])('accepts %j (%s)', (input) => {
    expect(parseOperationRef(input)).toEqual({ ok: true, kind: 'operation', id: ID });
  });

  it('asks for input when empty', () => {
    expect(parseOperationRef('   ')).toEqual({ ok: false, message: expect.stringMatching(/Paste an operation id/) });
  });

  it('rejects text that is not a UUID and quotes it back, saying links are welcome too', () => {
    const r = parseOperationRef('3f2c9a8e-1b7d');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/^“3f2c9a8e-1b7d” is not an operation id or a dashboard link: expected a UUID like .*, or a link to one\.$/);
  });

  it('opens the one loaded operation a short id (as the list shows it) starts, and says why when none or several do', () => {
    const other = '3f2c9a8e-0000-4000-8000-000000000000';
    expect(parseOperationRef(' 3F2C9A8E ', () => [ID, '0123abcd-1b7d-4c5e-9f00-2a6b8c4d1e7f'])).toEqual({ ok: true, kind: 'operation', id: ID });
    expect(parseOperationRef('3f2c9a8e', () => [ID, other])).toEqual({ ok: false, message: expect.stringMatching(/^2 loaded operations start with “3f2c9a8e”: paste the whole id/) });
    expect(parseOperationRef('3f2c9a8e')).toEqual({ ok: false, message: expect.stringMatching(/^“3f2c9a8e” is the start of an id, and no loaded operation has it: paste the whole id \(a row’s copy button copies it\) or a link\.$/) });
  });

  it('says a link with a malformed escape cannot be read, instead of throwing', () => {
    for (const input of ['https://x/operations/%', `/operations/${ID.slice(0, 30)}%E0%A4%A`]) {
      expect(parseOperationRef(input)).toEqual({ ok: false, message: 'That link could not be read.' });
    }
  });

  it.each([
    [`http://127.0.0.1:4173/projects/${ID}/operations?status=failed&kind=vm,volume#top`, 'status=failed&kind=vm,volume', 'with filters'],
    [`https://ops.example.com/projects/${ID.toUpperCase()}/operations/`, '', 'upper case, trailing slash, no filters'],
    [`/projects/${ID}/operations?q=web%20server&from=2026-11-01`, 'q=web%20server&from=2026-11-01', 'a path'],
    [`<http://host/projects/${ID}/operations?sort=created_at:asc>`, 'sort=created_at:asc', 'in angle brackets'],
    [`http://host/projects/${ID}`, '', 'trimmed to its project, which opens its operations'],
    [`http://host/projects/${ID}/?status=failed`, 'status=failed', 'the project with filters'],
  ])('reads a dashboard list link %j as that list (%s)', (input, search) => {
    expect(parseOperationRef(input)).toEqual({ ok: true, kind: 'list', projectId: ID, search });
  });

  it('rejects a list link whose project is not a UUID', () => {
    for (const input of ['http://host/projects/production/operations?status=failed', `/projects/${ID.slice(1)}/operations`]) {
      expect(parseOperationRef(input)).toEqual({ ok: false, message: expect.stringMatching(/does not name a project/) });
    }
  });

  it('rejects other dashboard paths', () => {
    for (const input of [`http://host/projects/${ID}/operations/extra`, `http://host/projects/${ID}/other`, 'http://host/projects//operations', 'http://host/']) {
      expect(parseOperationRef(input)).toEqual({ ok: false, message: expect.stringMatching(/does not point to an operation/) });
    }
  });

  it('rejects a link whose id is not a UUID', () => {
    const r = parseOperationRef('http://host/operations/not-an-id');
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/does not point to an operation/) });
  });

  it('rejects a link with extra path after the id', () => {
    expect(parseOperationRef(`http://host/operations/${ID}/evil`).ok).toBe(false);
  });
});
