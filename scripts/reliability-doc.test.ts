// @vitest-environment node
// Keeps docs/reliability.md honest: every test it names exists in the file it names, and no "pending" row is done.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '..');
const doc = readFileSync(resolve(root, 'docs/reliability.md'), 'utf8');
const [proven = '', pending = ''] = doc.split(/^## UI test pending$/m);

interface Ref {
  file: string;
  title: string;
}
/** `file`: "title" pairs in the last cell of each table row. */
function refs(section: string): Ref[] {
  const rows = section.split('\n').filter((l) => l.startsWith('|') && !/^\|\s*-/.test(l));
  return rows.flatMap((row) => {
    const cell = row.split('|').at(-2) ?? '';
    return [...cell.matchAll(/`([^`]+)`: "([^"]+)"/g)].map((m) => ({ file: m[1]!, title: m[2]! }));
  });
}

/** True when `title` is a string literal on a line that declares a test (it/test) or a stress run (run). */
function declares(file: string, title: string): boolean {
  const path = resolve(root, file);
  if (!existsSync(path)) return false;
  return readFileSync(path, 'utf8')
    .split('\n')
    .some((line) => /\b(it|test|run)\b[.(]/.test(line) && ['"', "'", '`'].some((q) => line.includes(`${q}${title}${q}`)));
}

describe('docs/reliability.md', () => {
  const provenRefs = refs(proven);
  const pendingRefs = refs(pending);

  it('names a test for every proven row, and each one exists in its file', () => {
    const rows = proven.split('\n').filter((l) => /^\|[^-]/.test(l) && !/^\|\s*(input or fault|\*\*)/.test(l));
    expect(rows.length).toBeGreaterThan(30);
    expect(rows.filter((r) => !/`[^`]+`: "/.test(r.split('|').at(-2) ?? ''))).toEqual([]);
    expect(provenRefs.filter((r) => !declares(r.file, r.title))).toEqual([]);
  });

  it('plans every pending row in e2e/hardening.spec.ts, and none is written yet', () => {
    // The section stays (possibly empty) so a new UI row has a place to be planned.
    expect(pending).toMatch(/^\| input or fault \| what the user should see \| planned test \|$/m);
    expect(pendingRefs.filter((r) => r.file !== 'e2e/hardening.spec.ts')).toEqual([]);
    // Once a planned test exists, its row belongs in the proven table.
    expect(pendingRefs.filter((r) => declares(r.file, r.title)).map((r) => `move to "Proven": ${r.title}`)).toEqual([]);
  });
});
