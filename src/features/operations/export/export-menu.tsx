// Download the rows on screen (already filtered) as CSV or JSON. Built on click, so a large list costs nothing until then.
import type { Operation } from '../../../api/schemas';
import { countOf } from '../../../components/format';
import type { ListFilters } from '../search-params';
import { exportFileName, toCsv, toJson } from './to-file';
import './export-menu.css';

export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  // Revoked on the next turn: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const FORMATS = [
  { ext: 'csv', write: toCsv, type: 'text/csv;charset=utf-8' },
  { ext: 'json', write: toJson, type: 'application/json' },
] as const;

export function ExportMenu({ rows, filters, projectId }: { rows: readonly Operation[]; filters: ListFilters; projectId: string }) {
  const empty = rows.length === 0;
  const note = empty ? 'Nothing to export' : countOf(rows.length, 'row');
  return (
    <div role="group" aria-label={`Export (${note})`} className="export-menu" title={`Export the ${note} shown`}>
      {FORMATS.map((f) => (
        <button
          key={f.ext}
          type="button"
          className="button"
          disabled={empty}
          onClick={() => downloadText(f.write(rows), exportFileName(projectId, filters, f.ext), f.type)}
        >
          Export {f.ext.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
