// Per kind: how many, how often settled operations failed, and how long settled operations took (p50/p95).
import { formatCount, formatDuration } from '../../../components/format';
import { humanize } from '../operation-model';
import type { KindStats } from './aggregate';

const percent = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(r > 0 && r < 0.1 ? 1 : 0)}%`);

export function KindTable({ kinds }: { kinds: KindStats[] }) {
  return (
    // Kinds scroll inside the strip's fixed height; sideways in an outer box, whose scrollbar then covers no row.
    <div className="kind-table-sideways">
      <div className="kind-table-wrap" tabIndex={0} role="region" aria-label="Operations per kind">
        <table className="kind-table">
          <caption className="visually-hidden">Operations per kind</caption>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Operations</th>
              <th scope="col">
                <abbr title="Failed operations among those that settled (done or failed)">Failed</abbr>
              </th>
              <th scope="col">
                <abbr title="Median duration of settled operations">p50</abbr>
              </th>
              <th scope="col">
                <abbr title="95th percentile duration of settled operations">p95</abbr>
              </th>
            </tr>
          </thead>
          <tbody>
            {kinds.map((k) => (
              <tr key={k.kind}>
                <th scope="row" title={k.kind}>
                  {humanize(k.kind) || k.kind}
                </th>
                <td>{formatCount(k.count)}</td>
                <td className={k.failed ? 'kind-failed' : undefined}>
                  {percent(k.failureRate)}
                  {k.settled > 0 && <span className="kind-of"> ({formatCount(k.failed)} of {formatCount(k.settled)})</span>}
                </td>
                <td>{formatDuration(k.p50)}</td>
                <td>{formatDuration(k.p95)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
