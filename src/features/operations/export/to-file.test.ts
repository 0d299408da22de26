import type { Operation } from '../../../api/schemas';
import { makeOperation } from '../../../test/operations';
import { EMPTY_FILTERS } from '../search-params';
import { csvCell, exportFileName, toCsv, toJson } from './to-file';

const op = (over: Partial<Operation> = {}) =>
  makeOperation({ id: '3f2c9a8e-1b7d-4c5e-9f00-2a6b8c4d1e7f', details: { changes: { name: { from: 'a', to: 'b, "c"' } } }, ...over });

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it.each(['=1+1', '+cmd', '-2', '@SUM(A1)', '\tx'])('defuses a formula-looking cell %j', (v) => {
    expect(csvCell(v).replace(/^"/, '')).toMatch(/^'/);
  });
  it('defuses and still quotes', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });
});

describe('toCsv', () => {
  it('writes a header and one CRLF-terminated line per operation', () => {
    const csv = toCsv([op(), op({ status: 'running', details: null, kind: '=evil' })]);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('id,created_at,updated_at,project_id,resource_id,kind,type,status,duration_ms,changes,changed_fields');
    expect(lines[1]).toBe(
      '3f2c9a8e-1b7d-4c5e-9f00-2a6b8c4d1e7f,2026-12-04T21:20:00Z,2026-12-04T21:20:05Z,p1,r1,vm,update,done,5000,"{""name"":{""from"":""a"",""to"":""b, \\""c\\""""}}",name',
    );
    expect(lines[2]).toBe("3f2c9a8e-1b7d-4c5e-9f00-2a6b8c4d1e7f,2026-12-04T21:20:00Z,2026-12-04T21:20:05Z,p1,r1,'=evil,update,running,,,");
    expect(lines[3]).toBe('');
  });

  it('names the changed fields as the list’s Changes cell does; changes keeps every entry as the API sent it', () => {
    const changes = { tags: { from: ['a'], to: [] }, name: { from: 'x', to: 'x' }, size: { from: 1, to: 2 } };
    const [, line] = toCsv([op({ details: { changes } })]).split('\r\n');
    expect(line!.endsWith(`,${csvCell(JSON.stringify(changes))},"size, tags"`)).toBe(true);
  });

  it('writes just the header for no rows', () => {
    expect(toCsv([])).toBe('id,created_at,updated_at,project_id,resource_id,kind,type,status,duration_ms,changes,changed_fields\r\n');
  });
});

it('toJson round-trips the operations', () => {
  const ops = [op(), op({ details: undefined })];
  expect(JSON.parse(toJson(ops))).toEqual(JSON.parse(JSON.stringify(ops)));
});

describe('exportFileName', () => {
  const now = new Date('2026-12-04T21:20:33.123Z');
  it('names project and time without filters', () => {
    expect(exportFileName('p1', EMPTY_FILTERS, 'csv', now)).toBe('operations_p1_2026-12-04T21-20Z.csv');
  });
  it('carries the active filters in URL order, not the live switch', () => {
    const filters = { ...EMPTY_FILTERS, kind: ['vm', 'volume'], status: ['failed'], q: 'web 01/x', from: '2026-12-01', live: false };
    expect(exportFileName('p1', filters, 'json', now)).toBe(
      'operations_p1_kind-vm+volume_status-failed_q-web-01-x_from-2026-12-01_2026-12-04T21-20Z.json',
    );
  });
});
