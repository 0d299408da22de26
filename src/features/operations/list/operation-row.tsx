// One data row of the operations table. Its markup is a plain function of its props (no hooks), so the same function
// draws the row in React (operations-table.tsx) and, before React has started, in the first screenful that
// src/app/prepaint.tsx puts on screen (docs/decisions/024).
import type { Operation } from '../../../api/schemas';
import { columns, type CellContext } from './columns';

export const ROW_HEIGHT = 37;

export interface OperationRowProps {
  op: Operation;
  index: number;
  focused: boolean;
  tabbable: boolean;
  flash: boolean;
  ctx: CellContext;
}

export function operationRow({ op, index, focused, tabbable, flash, ctx }: OperationRowProps) {
  const className = `ops-row ops-data${focused ? ' ops-focused' : ''}${flash ? ` ops-flash ops-flash-${op.status}` : ''}`;
  return (
    <div role="row" aria-rowindex={index + 2} className={className} style={{ transform: `translateY(${index * ROW_HEIGHT}px)` }}>
      {columns.map((col, c) => (
        <div role="cell" key={col.id} className="ops-cell" title={col.title?.(op)} {...(index === 0 && c === 0 ? { elementtiming: 'first-row' } : {})}>
          {col.cell(op, ctx, tabbable)}
        </div>
      ))}
    </div>
  );
}

