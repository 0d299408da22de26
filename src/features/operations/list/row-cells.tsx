// Cell bodies of the operations table: shallow markup (a row is replaced ~36 times a frame in a fast fling).
import { createContext, useContext } from 'react';
import { Link, useLocation } from 'react-router';
import type { Operation } from '../../../api/schemas';
import { CopyButton } from '../../../components/copy-button';
import { paths } from '../../../config/paths';
import { changeCount, shortId } from '../operation-model';

/** What a row can do to the list around it (columns live at module scope, so they get it from context). */
export const RowActionsContext = createContext<{ filterResource: (resourceId: string) => void }>({
  filterResource: () => undefined,
});

export function OperationLink({ op }: { op: Operation }) {
  const location = useLocation();
  return (
    <>
      {/* The link stretches over the whole row (CSS ::after): middle-click, Cmd-click and Enter behave as links do. */}
      <Link className="ops-link mono" to={paths.operation(op.id)} state={{ from: location.pathname + location.search }} title={op.id}>
        {shortId(op.id)}
      </Link>
      <CopyButton className="ops-above" value={op.id} label={`Copy operation id ${op.id}`} />
    </>
  );
}

export function ResourceCell({ op }: { op: Operation }) {
  const { filterResource } = useContext(RowActionsContext);
  return (
    <>
      <button type="button" className="ops-above ops-resource mono" title={`Show only operations of ${op.resource_id}`} onClick={() => filterResource(op.resource_id)}>
        {shortId(op.resource_id)}
      </button>
      <CopyButton className="ops-above" value={op.resource_id} label={`Copy resource id ${op.resource_id}`} />
    </>
  );
}

export function ChangesCell({ op }: { op: Operation }) {
  const n = changeCount(op);
  if (!n || !op.details) return <span className="ops-muted">—</span>;
  const names = Object.keys(op.details.changes);
  return (
    <span title={names.join(', ')}>
      {n} · {names.slice(0, 2).join(', ')}
      {names.length > 2 ? ', …' : ''}
    </span>
  );
}
