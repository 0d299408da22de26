// The changes map as a table, one row per field, with the split/unified and "Only changed" toggles (URL state).
import { useMemo, useState } from 'react';
import type { Operation } from '../../../api/schemas';
import { countOf, formatCount } from '../../../components/format';
import { SegmentedControl, type Segment } from '../../../components/segmented-control';
import { useMediaQuery } from '../../../components/use-media-query';
import { changesModel } from './diff-model';
import { useDetailView, type DetailView } from './detail-view';
import { FieldRow } from './field-row';

/** Rows drawn at first: 5,000 fields took ~4 s of blocked main thread to draw; the rest come on request. */
export const FIELDS_SHOWN = 300;

/**
 * Below this width Before and After side by side get ~60 px each (one character a line on a phone), so the diff is
 * shown unified whatever the URL says. detail.css narrows the Field column at the same width.
 */
export const NARROW_DIFF = '(max-width: 640px)';

const LAYOUTS: readonly Segment<DetailView['view']>[] = [
  { value: 'split', label: 'Split' },
  { value: 'unified', label: 'Unified' },
];

export function ChangesDiff({ op }: { op: Operation }) {
  const model = useMemo(() => changesModel(op), [op]);
  const [{ view: chosen, onlyChanged }, setView] = useDetailView();
  const narrow = useMediaQuery(NARROW_DIFF);
  const view = narrow ? 'unified' : chosen;
  const [all, setAll] = useState(false);
  if (model.kind === 'empty') {
    return (
      <section className="detail-section" aria-labelledby="changes-title">
        <h2 id="changes-title">Changes</h2>
        <p className="detail-empty">{model.sentence}</p>
      </section>
    );
  }
  const canHide = model.unchangedCount > 0;
  const matching = canHide && onlyChanged ? model.rows.filter((r) => r.changed) : model.rows;
  const rows = all ? matching : matching.slice(0, FIELDS_SHOWN);
  return (
    <section className="detail-section" aria-labelledby="changes-title">
      <div className="detail-section-head">
        <h2 id="changes-title">
          Changes <span className="detail-count">({formatCount(model.rows.length)} field{model.rows.length === 1 ? '' : 's'}{canHide ? `, ${formatCount(model.changedCount)} changed` : ''})</span>
        </h2>
        <div className="diff-toolbar">
          {!narrow && <SegmentedControl label="Diff layout" value={view} options={LAYOUTS} onChange={(v) => setView({ view: v })} />}
          {canHide && (
            <label className="diff-only">
              <input type="checkbox" checked={onlyChanged} onChange={(e) => setView({ onlyChanged: e.target.checked })} />
              Only changed
            </label>
          )}
        </div>
      </div>
      <div className="diff-scroll">
        <table className={`diff-table diff-table-${view}`}>
          <caption className="visually-hidden">
            Field changes, {view === 'split' ? 'before and after side by side' : 'unified'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              {view === 'split' ? (
                <>
                  <th scope="col">Before</th>
                  <th scope="col">After</th>
                </>
              ) : (
                <th scope="col">Change</th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <FieldRow key={row.field} row={row} view={view} />
            ))}
          </tbody>
        </table>
      </div>
      {rows.length < matching.length && (
        <p className="detail-muted">
          Showing the first {formatCount(rows.length)} of {formatCount(matching.length)} fields.{' '}
          <button type="button" className="button" onClick={() => setAll(true)}>
            Show all {formatCount(matching.length)} fields
          </button>
        </p>
      )}
      {canHide && onlyChanged && (
        <p className="detail-muted">{countOf(model.unchangedCount, 'unchanged field')} hidden.</p>
      )}
    </section>
  );
}
