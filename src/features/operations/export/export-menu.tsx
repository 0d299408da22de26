// Download the rows on screen (already filtered) as CSV or JSON. Built on click, so a large list costs nothing until then.
import { useRef } from 'react';
import type { Operation } from '../../../api/schemas';
import { ChunkFailed } from '../../../components/chunk';
import { useChunkAction } from '../../../components/use-chunk-action';
import { useDismiss } from '../../../components/use-dismiss';
import type { ListFilters } from '../search-params';
import { exportLabels } from './export-labels';
import './export-menu.css';

// The writers load on the first export, not with the entry (its 120 KB budget).
const loadWriters = () => import('./to-file');

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
  { ext: 'csv', writer: 'toCsv', type: 'text/csv;charset=utf-8' },
  { ext: 'json', writer: 'toJson', type: 'application/json' },
] as const;

export function ExportMenu({ rows, filters, projectId }: { rows: readonly Operation[]; filters: ListFilters; projectId: string }) {
  const empty = rows.length === 0;
  const { label, title } = exportLabels(rows.length);
  const { run, failed, dismiss } = useChunkAction();
  const group = useRef<HTMLDivElement>(null);
  useDismiss(group, failed !== null, dismiss);
  return (
    <div ref={group} role="group" aria-label={label} className="export-menu" title={title}>
      {FORMATS.map((f) => (
        <button
          key={f.ext}
          type="button"
          className="button"
          disabled={empty}
          onClick={() => void run(loadWriters, (w) => downloadText(w[f.writer](rows), w.exportFileName(projectId, filters, f.ext), f.type))}
        >
          Export {f.ext.toUpperCase()}
        </button>
      ))}
      {failed ? <ChunkFailed onRetry={failed.retry} again={failed.again} className="chunk-failed-popup" /> : null}
    </div>
  );
}
