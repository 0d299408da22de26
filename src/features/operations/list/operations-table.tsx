// The virtualized table: sticky header, fixed-height rows, only the rows in view (plus 3 rows of overscan) in the DOM.
import { memo, useEffect, useImperativeHandle, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import type { Operation } from '../../../api/schemas';
import { readClock, useClockTick } from '../../../components/clock';
import { timeZonePreference } from '../../../components/preferences';
import type { Sort } from '../search-params';
import { columns, type CellContext } from './columns';
import { operationRow, ROW_HEIGHT } from './operation-row';
import { useRowActions } from './use-row-actions';
import { useRowWindow } from './use-row-window';
import { useScrollRestoration } from './use-scroll-restoration';
import { useTableFocus } from './use-table-focus';

const OVERSCAN = 3;

// Memoized: while scrolling, rows that stay in view do not re-render.
const OperationRow = memo(operationRow);

/** Sorting again by the same column flips it; a new column starts newest first (times) or A-Z (text). */
const nextDirection = (field: string, current: string | undefined) =>
  current ? (current === 'desc' ? 'asc' : 'desc') : field.endsWith('_at') ? 'desc' : 'asc';

interface Props {
  rows: Operation[];
  sort: Sort;
  onSortChange: (sort: Sort) => void;
  /** Called with the index of the last row in view and the number of rows, whenever either changes. */
  onRangeEnd: (lastIndex: number, count: number) => void;
  /** Called when the person scrolls (not when rows arrive). */
  onUserScroll: () => void;
  scrollKey: string;
  footer: ReactNode;
  /** Opens an operation (a click on its link, or Enter on the focused row). */
  onOpen: (op: Operation) => void;
  /** Shows only the operations of one resource (the resource id button of a row). */
  onFilterResource: (resourceId: string) => void;
  /** Ids of rows that just finished or failed: they flash once. */
  flash: ReadonlySet<string>;
  /** Floats over the top of the rows without moving them (the live pill). */
  overlay?: ReactNode;
  /** An operation whose row gets the keyboard focus once loaded (this entry was opened from its page). */
  focusOnArrival?: string | undefined;
  /** Filled with `revealTop`: scroll to the top and focus the first row (after the live pill's "show"). */
  handle?: RefObject<TableHandle | null>;
}

export interface TableHandle {
  revealTop: () => void;
  /** Back to the first row, the keyboard focus left where it is (Refresh). */
  scrollToTop: () => void;
  /** Focuses the table's one Tab stop: the focused row if it is drawn, else the first row drawn. */
  focusRows: () => void;
}

export function OperationsTable({ rows, sort, onSortChange, onRangeEnd, onUserScroll, scrollKey, footer, onOpen, onFilterResource, flash, overlay, handle, focusOnArrival }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const { first, last } = useRowWindow(scrollRef, rows.length, ROW_HEIGHT, OVERSCAN);
  const focus = useTableFocus(scrollRef, rows, { first, last }, ROW_HEIGHT, onOpen, scrollKey, focusOnArrival);
  const actions = useRowActions(rows, { onOpen, onFilterResource });
  const [zone] = timeZonePreference.use();
  // Every visible row re-renders when the clock ticks (every 30 s): ~20 rows, so "6 min ago" does not go stale.
  const tick = useClockTick();
  // One "now" for all rows, taken again when the rows change: a row re-rendered alone (a live update) read the clock
  // of its own render, and sat "10 s ago" under a newer row's "16 s ago".
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the tick and new rows are when to read the clock again
  const now = useMemo(() => readClock(), [tick, rows]);
  const ctx = useMemo<CellContext>(() => ({ zone, tick, now }), [zone, tick, now]);
  const { focusRow } = focus;
  // One row's link and buttons are in the Tab order, not every row's (100 rows were 400 Tab presses): the focused row,
  // else the first one drawn. j/k and the arrows move between rows.
  const active = focus.index >= first && focus.index <= last ? focus.index : first;
  useImperativeHandle(handle, () => {
    const scrollToTop = () => scrollRef.current?.scrollTo({ top: 0 });
    return {
      revealTop: () => {
        scrollToTop();
        focusRow(0);
      },
      scrollToTop,
      focusRows: () => focusRow(active),
    };
  }, [focusRow, active]);
  useEffect(() => onRangeEnd(last, rows.length), [last, rows.length, onRangeEnd]);
  useScrollRestoration(scrollRef, scrollKey, rows.length > 0, onUserScroll);
  const [field, dir] = sort.split(':');
  const windowRows = [];
  for (let i = first; i <= last && i < rows.length; i++) {
    const op = rows[i]!;
    windowRows.push(<OperationRow key={op.id} op={op} index={i} focused={i === focus.index} tabbable={i === active} flash={flash.has(op.id)} ctx={ctx} />);
  }

  return (
    <div className="ops-table-frame">
      {overlay}
      <div ref={scrollRef} className="ops-scroll" data-bench="scroll-container" onKeyDown={focus.onKeyDown} onFocus={focus.onFocus} onClick={actions.onClick}>
        <div role="table" aria-label="Operations" aria-rowcount={rows.length + 1} className="ops-table">
          <div role="rowgroup" className="ops-head">
            <div role="row" aria-rowindex={1} className="ops-row">
              {columns.map((col) => {
                const sorted = col.sortField === field ? dir : undefined;
                return (
                  <div role="columnheader" key={col.id} className="ops-cell" aria-sort={col.sortField ? (sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none') : undefined}>
                    {col.sortField ? (
                      <button
                        type="button"
                        className="ops-sort"
                        onClick={() => onSortChange(`${col.sortField}:${nextDirection(col.sortField!, sorted)}` as Sort)}
                      >
                        {col.header}
                        <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ↕'}</span>
                      </button>
                    ) : (
                      col.header
                    )}
                  </div>
                );
              })}
            </div>
          </div>
          <div role="rowgroup" className="ops-body" style={{ height: rows.length * ROW_HEIGHT }}>
            {windowRows}
          </div>
        </div>
        {footer}
      </div>
      <span className="visually-hidden" role="status">
        {actions.announcement}
      </span>
    </div>
  );
}
