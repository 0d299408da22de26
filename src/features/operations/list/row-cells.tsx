// Cell bodies of the operations table: plain functions returning shallow markup, with no hooks and no components of
// their own. A cold load renders ~20 rows before the first one paints, and a fast fling replaces ~36 rows a frame.
// What the link and the buttons do is handled once for the whole table (useRowActions, event delegation), so the
// markup only carries data-* attributes.
import type { Operation } from '../../../api/schemas';
import { paths } from '../../../config/paths';
import { fieldChanges, shortId } from '../operation-model';

/** -1 takes a row's link and buttons out of the Tab order: only the active row's are in it (see OperationsTable). */
const tabIndexFor = (tabbable: boolean) => (tabbable ? undefined : -1);

export function idCell(op: Operation, tabbable: boolean) {
  return (
    <>
      {/* The link stretches over the whole row (CSS ::after): middle-click, Cmd-click and Enter behave as links do. */}
      <a className="ops-link mono" href={paths.operation(op.id)} title={op.id} tabIndex={tabIndexFor(tabbable)}>
        {shortId(op.id)}
      </a>
      <button type="button" className="copy-button ops-above" data-copy={op.id} aria-label={`Copy operation id ${op.id}`} title={`Copy operation id ${op.id}`} tabIndex={tabIndexFor(tabbable)} />
    </>
  );
}

export function resourceCell(op: Operation, tabbable: boolean) {
  return (
    <>
      <button type="button" className="ops-above ops-resource mono" data-filter-resource={op.resource_id} title={`Show only operations of ${op.resource_id}`} tabIndex={tabIndexFor(tabbable)}>
        {shortId(op.resource_id)}
      </button>
      <button type="button" className="copy-button ops-above" data-copy={op.resource_id} aria-label={`Copy resource id ${op.resource_id}`} title={`Copy resource id ${op.resource_id}`} tabIndex={tabIndexFor(tabbable)} />
    </>
  );
}

/** The fields that changed, as the detail page counts them: a field sent with the same from and to is not one. */
export function changesCell(op: Operation) {
  const { changed, unchanged } = fieldChanges(op);
  if (!changed.length) return <span className="ops-muted">{unchanged.length ? 'unchanged' : '—'}</span>;
  return `${changed.length} · ${changed.slice(0, 2).join(', ')}${changed.length > 2 ? ', …' : ''}`;
}

/** Every changed field, then any sent unchanged, for the cell's tooltip. */
export function changedFields(op: Operation) {
  const { changed, unchanged } = fieldChanges(op);
  const parts = [changed.join(', '), unchanged.length ? `unchanged: ${unchanged.join(', ')}` : ''];
  return parts.filter(Boolean).join('; ') || undefined;
}
