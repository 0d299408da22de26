// The pieces a diff cell is made of. Every colour cue has a twin: a visible +/− symbol or strike/underline,
// and a hidden "added"/"removed" word for screen readers.
import { formatCount } from '../../../components/format';
import { FOLD_LIMIT, fold, isGap, type Item, type Line, type Part, type PartOp, type Side, type ValueKind } from './diff-model';

const SYMBOL: Record<PartOp, string> = { same: ' ', removed: '−', added: '+' };

export function Gutter({ op }: { op: PartOp }) {
  return (
    <span className={`diff-gutter diff-gutter-${op}`}>
      <span aria-hidden="true">{SYMBOL[op]}</span>
      {op !== 'same' && <span className="visually-hidden">{op}: </span>}
    </span>
  );
}

export function Parts({ parts }: { parts: Part[] }) {
  return parts.map((p, i) =>
    p.op === 'removed' ? (
      <del key={i} className="diff-del">
        <span className="visually-hidden">[removed: </span>
        {p.text}
        <span className="visually-hidden">]</span>
      </del>
    ) : p.op === 'added' ? (
      <ins key={i} className="diff-ins">
        <span className="visually-hidden">[added: </span>
        {p.text}
        <span className="visually-hidden">]</span>
      </ins>
    ) : (
      <span key={i}>{p.text}</span>
    ),
  );
}

function GapRow({ n, unit }: { n: number; unit: string }) {
  return (
    <div className="diff-gap">
      ⋯ {formatCount(n)} unchanged {unit}
      {n === 1 ? '' : 's'}
    </div>
  );
}

/** Lines of text, with a +/− gutter when it is a line diff; long unchanged runs folded unless expanded. */
export function TextLines({ lines, expanded, gutter }: { lines: Line[]; expanded: boolean; gutter: boolean }) {
  const shown = expanded ? lines : fold(lines, (l) => l.op !== 'same', FOLD_LIMIT);
  return (
    <div className="diff-text">
      {shown.map((l, i) =>
        isGap(l) ? (
          <GapRow key={i} n={l.gap} unit="line" />
        ) : (
          <div key={i} className={`diff-line diff-line-${l.op}`}>
            {gutter && <Gutter op={l.op} />}
            <span className="diff-line-text">{l.parts.length ? <Parts parts={l.parts} /> : '\u200b'}</span>
          </div>
        ),
      )}
    </div>
  );
}

export function Items({ items, expanded }: { items: Item[]; expanded: boolean }) {
  if (!items.length) return <Placeholder>empty list</Placeholder>;
  const shown = expanded ? items : fold(items, (x) => x.op !== 'same', FOLD_LIMIT, 2);
  return (
    <ul className="diff-items">
      {shown.map((x, i) =>
        isGap(x) ? (
          <li key={i}>
            <GapRow n={x.gap} unit="item" />
          </li>
        ) : (
          <li key={i} className={`diff-item diff-item-${x.op}`}>
            <Gutter op={x.op} />
            {x.text === '' ? <Placeholder>empty text</Placeholder> : x.text}
          </li>
        ),
      )}
    </ul>
  );
}

export const Placeholder = ({ children }: { children: string }) => <em className="diff-placeholder">({children})</em>;

/** "—" where an operation has no side: before a create, after a delete. */
export function Absent({ why }: { why: string }) {
  return (
    <span className="diff-absent">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{why}</span>
    </span>
  );
}

export const OnOff = ({ value }: { value: boolean }) => (
  <span className={`diff-bool diff-bool-${value ? 'on' : 'off'}`}>
    {value ? 'on' : 'off'} <span className="diff-raw">({String(value)})</span>
  </span>
);

/** Any value shown whole (no diff): null, empty text, empty list and a missing side each read differently. */
export function Whole({ value, kind, expanded }: { value: Side; kind: ValueKind; expanded: boolean }) {
  if (kind === 'missing') return <Placeholder>not set</Placeholder>;
  if (value === null || value === undefined) return <code className="diff-null">null</code>;
  if (typeof value === 'boolean') return <OnOff value={value} />;
  if (typeof value === 'number') return <span className="diff-number">{value.toLocaleString('en-US', { maximumFractionDigits: 12 })}</span>;
  if (Array.isArray(value)) return <Items items={value.map((text) => ({ text, op: 'same' }))} expanded={expanded} />;
  if (value === '') return <Placeholder>empty text</Placeholder>;
  const lines = value.split('\n').map((text): Line => ({ op: 'same', parts: [{ text, op: 'same' }] }));
  return <TextLines lines={lines} expanded={expanded} gutter={false} />;
}
