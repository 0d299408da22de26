// One table per field of a resource: its values across operations, oldest first, with drift called out in words.
import { useMemo } from 'react';
import { Link } from 'react-router';
import type { Operation } from '../../../../api/schemas';
import { StatusBadge } from '../../../../components/status-badge';
import { Time } from '../../../../components/time';
import { paths } from '../../../../config/paths';
import { shortId } from '../../operation-model';
import { fieldHistory, formatChangeValue, type FieldTrack } from './field-history-model';
import './field-history.css';

export function FieldHistory({ ops, currentId }: { ops: readonly Operation[]; currentId?: string }) {
  const tracks = useMemo(() => fieldHistory(ops), [ops]);
  if (!tracks.length) return <p className="field-history-empty">No field changes are recorded for this resource’s operations.</p>;
  return (
    <div className="field-history">
      {tracks.map((t) => (
        <FieldTable key={t.field} track={t} currentId={currentId} />
      ))}
    </div>
  );
}

function FieldTable({ track, currentId }: { track: FieldTrack; currentId?: string }) {
  return (
    <table className="field-history-table">
      <caption>
        <span className="mono">{track.field}</span>
        {track.drifts > 0 && (
          <span className="field-drift-count">
            <span aria-hidden="true"> ⚠</span> changed outside recorded operations {track.drifts === 1 ? 'once' : `${track.drifts} times`}
          </span>
        )}
      </caption>
      {/* The same widths in every field's table (table-layout: fixed), so the columns line up down the section. */}
      <colgroup>
        <col className="field-history-when" />
        <col className="field-history-operation" />
        <col className="field-history-from" />
        <col className="field-history-to" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Operation</th>
          <th scope="col">From</th>
          <th scope="col">To</th>
        </tr>
      </thead>
      <tbody>
        {track.entries.map((e) => (
          <tr key={e.operation.id} aria-current={e.operation.id === currentId ? 'true' : undefined} className={e.drift ? 'field-drift' : undefined}>
            <td>
              <Time iso={e.operation.created_at} mode="absolute" />
            </td>
            <td>
              <Link to={paths.operation(e.operation.id)} className="mono">
                {shortId(e.operation.id)}
              </Link>{' '}
              {e.operation.type} <StatusBadge status={e.operation.status} />
            </td>
            <td className="mono field-history-value">
              {formatChangeValue(e.from)}
              {e.drift && (
                <span className="field-drift-note">
                  <span aria-hidden="true">⚠ </span>
                  was {e.expected?.map(formatChangeValue).join(' or ')} after the previous operation
                </span>
              )}
            </td>
            <td className="mono field-history-value">{formatChangeValue(e.to)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
