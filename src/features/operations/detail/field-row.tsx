// One row of the changes table: Field | Before | After (split) or Field | Change (unified).
import { Fragment, useState } from 'react';
import { CopyButton } from '../../../components/copy-button';
import { formatCount } from '../../../components/format';
import { copyValue, HUGE_PREVIEW_CHARS, isFoldable, numberText, type FieldRow as Row, type Side, type ValueKind } from './diff-model';
import { Absent, Gutter, Items, OnOff, Placeholder, TextLines, Whole } from './diff-value';

type SideName = 'before' | 'after';

function Huge({ value, expanded }: { value: string; expanded: boolean }) {
  return <pre className="diff-huge">{expanded ? value : `${value.slice(0, HUGE_PREVIEW_CHARS)}…`}</pre>;
}

function SideValue({ row, side, expanded }: { row: Row; side: SideName; expanded: boolean }) {
  const value: Side = side === 'before' ? row.from : row.to;
  const kind: ValueKind = side === 'before' ? row.fromKind : row.toKind;
  if (side === 'before' && row.beforeAbsent) return <Absent why="nothing before: this operation created it" />;
  if (side === 'after' && row.afterAbsent) return <Absent why="nothing after: this operation deleted it" />;
  const b = row.body;
  if (value === '') return <Placeholder>empty text</Placeholder>;
  if (b.type === 'text') return <TextLines lines={b[side]} expanded={expanded} gutter={b.multiline} />;
  if (b.type === 'list') return <Items items={b[side]} expanded={expanded} />;
  if (b.type === 'boolean') return <OnOff value={side === 'before' ? b.from : b.to} />;
  if (b.type === 'huge' && typeof value === 'string') return <Huge value={value} expanded={expanded} />;
  if (b.type === 'number' && side === 'after')
    return (
      <span className="diff-number">
        {numberText(b.to)} <span className="diff-delta">{b.delta}</span>
      </span>
    );
  return <Whole value={value} kind={kind} expanded={expanded} />;
}

function Cell({ row, side, expanded }: { row: Row; side: SideName; expanded: boolean }) {
  const absent = side === 'before' ? row.beforeAbsent : row.afterAbsent;
  const value = side === 'before' ? row.from : row.to;
  const kind = side === 'before' ? row.fromKind : row.toKind;
  return (
    <td className={`diff-cell diff-cell-${side}`}>
      <div className="diff-cell-inner">
        <div className="diff-cell-value">
          <SideValue row={row} side={side} expanded={expanded} />
        </div>
        {!absent && kind !== 'missing' && (
          <CopyButton value={copyValue(value)} label={`Copy ${side === 'before' ? 'Before' : 'After'} value of ${row.field}`} />
        )}
      </div>
    </td>
  );
}

function Unified({ row, expanded }: { row: Row; expanded: boolean }) {
  const b = row.body;
  if (b.type === 'text' && !row.beforeAbsent && !row.afterAbsent)
    return <TextLines lines={b.unified} expanded={expanded} gutter />;
  if (b.type === 'list') return <Items items={b.unified} expanded={expanded} />;
  if (b.type === 'number')
    return (
      <span className="diff-number">
        {numberText(b.from)} → {numberText(b.to)} <span className="diff-delta">{b.delta}</span>
      </span>
    );
  if (b.type === 'boolean')
    return (
      <span>
        <OnOff value={b.from} /> → <OnOff value={b.to} />
      </span>
    );
  if (!row.changed) return <SideValue row={row} side="after" expanded={expanded} />;
  return (
    <div className="diff-stack">
      {!row.beforeAbsent && (
        <div className="diff-line diff-line-removed">
          <Gutter op="removed" />
          <SideValue row={row} side="before" expanded={expanded} />
        </div>
      )}
      {!row.afterAbsent && (
        <div className="diff-line diff-line-added">
          <Gutter op="added" />
          <SideValue row={row} side="after" expanded={expanded} />
        </div>
      )}
    </div>
  );
}

/** A field name that wraps after an underscore or dot ("public_ip_" / "enabled") before it breaks anywhere else. */
function FieldName({ name }: { name: string }) {
  const parts = name.split(/(?<=[_.])/);
  return (
    <code>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </code>
  );
}

function CopyButtons({ row }: { row: Row }) {
  const sides = [
    ['Before', row.from, row.beforeAbsent || row.fromKind === 'missing'],
    ['After', row.to, row.afterAbsent || row.toKind === 'missing'],
  ] as const;
  return sides.map(([name, value, none]) =>
    none ? null : <CopyButton key={name} value={copyValue(value)} label={`Copy ${name} value of ${row.field}`} />,
  );
}

export function FieldRow({ row, view }: { row: Row; view: 'split' | 'unified' }) {
  const [expanded, setExpanded] = useState(false);
  const foldable = isFoldable(row);
  return (
    <tr className={row.changed ? 'diff-row' : 'diff-row diff-row-same'}>
      <th scope="row" className="diff-field">
        <FieldName name={row.field} />
        {!row.changed && <span className="diff-note">unchanged</span>}
        {row.typeChange && <span className="diff-flag">⚠ type changed: {row.typeChange}</span>}
        {row.body.type === 'list' && row.body.reorderedOnly && <span className="diff-note">reordered only</span>}
        {row.body.type === 'list' && row.body.reordered && !row.body.reorderedOnly && <span className="diff-note">order changed too</span>}
        {row.body.type === 'huge' && (
          <span className="diff-note">{formatCount(Math.round(row.body.bytes / 1024))} KB: shown without diffing</span>
        )}
        {foldable && (
          <button type="button" className="button diff-show-all" aria-expanded={expanded} onClick={() => setExpanded((v) => !v)}>
            {expanded ? 'Fold' : 'Show all'}
            <span className="visually-hidden"> of {row.field}</span>
          </button>
        )}
      </th>
      {view === 'split' ? (
        <>
          <Cell row={row} side="before" expanded={expanded} />
          <Cell row={row} side="after" expanded={expanded} />
        </>
      ) : (
        <td className="diff-cell">
          <div className="diff-cell-inner">
            <div className="diff-cell-value">
              <Unified row={row} expanded={expanded} />
            </div>
            <CopyButtons row={row} />
          </div>
        </td>
      )}
    </tr>
  );
}
