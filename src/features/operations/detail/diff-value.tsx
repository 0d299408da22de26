// The pieces a diff cell is made of. Every colour cue has a twin: a visible +/− symbol or strike/underline,
// and a hidden "added"/"removed" word for screen readers.
import { useState, type ReactNode } from 'react';
import { formatCount } from '../../../components/format';
import { isStringList } from '../operation-model';
import { FOLD_LIMIT, fold, isGap, jsonText, numberText, type Item, type Line, type Part, type PartOp, type Side, type ValueKind } from './diff-model';

const SYMBOL: Record<PartOp, string> = { same: ' ', removed: '−', added: '+' };

export function Gutter({ op, moved = false }: { op: PartOp; moved?: boolean }) {
  return (
    <span className={`diff-gutter diff-gutter-${op}`}>
      <span aria-hidden="true">{moved ? '↕' : SYMBOL[op]}</span>
      {op !== 'same' ? <span className="visually-hidden">{op}: </span> : moved && <span className="visually-hidden">moved: </span>}
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

/** `whole`: the value is shown without a diff (a create's value), so its folded lines are more of it, not unchanged. */
function GapRow({ n, unit, whole }: { n: number; unit: string; whole: boolean }) {
  return (
    <div className="diff-gap">
      ⋯ {formatCount(n)} {whole ? 'more' : 'unchanged'} {unit}
      {n === 1 ? '' : 's'}
    </div>
  );
}

/**
 * "Show all" of a long value shows it SHOW_STEP lines or items at a time: rendering 10,000 list items on both sides at
 * once blocked the page for 1.5-4 s on a 2-core machine (issue 6).
 */
export const SHOW_STEP = 1000;

const isBlank = (x: unknown): boolean => typeof x === 'object' && x !== null && 'op' in x && x.op === 'blank';

/** The first `limit` of `all` once expanded, and a button for the next SHOW_STEP. */
function useStepped<T>(all: T[], expanded: boolean, unit: string) {
  const [limit, setLimit] = useState(SHOW_STEP);
  const shown = expanded && all.length > limit ? all.slice(0, limit) : all;
  // Blank slots that only keep the two sides in step are not items.
  const left = shown === all ? 0 : all.slice(shown.length).filter((x) => !isBlank(x)).length;
  const more: ReactNode = left ? (
    <button type="button" className="button diff-more" onClick={() => setLimit((l) => l + SHOW_STEP)}>
      Show {formatCount(Math.min(SHOW_STEP, left))} more {unit}s ({formatCount(left)} not shown)
    </button>
  ) : null;
  return { shown, more };
}

/** Lines of text, with a +/− gutter when it is a line diff; long unchanged runs folded unless expanded. */
export function TextLines({ lines, expanded, gutter, whole = false }: { lines: Line[]; expanded: boolean; gutter: boolean; whole?: boolean }) {
  const { shown, more } = useStepped(expanded ? lines : fold(lines, (l) => l.op !== 'same', FOLD_LIMIT), expanded, 'line');
  return (
    <div className="diff-text">
      {shown.map((l, i) =>
        isGap(l) ? (
          <GapRow key={i} n={l.gap} unit="line" whole={whole} />
        ) : (
          // A blank is empty but as tall as the line it faces; a changed line is as tall as the taller of its pair.
          <div key={i} className={`diff-line diff-line-${l.op}`} aria-hidden={l.op === 'blank' || undefined}>
            {gutter && (l.op === 'blank' ? <span className="diff-gutter" /> : <Gutter op={l.op} />)}
            <span className="diff-line-text" data-faces={l.faces}>
              <span>{l.parts.length ? <Parts parts={l.parts} /> : '\u200b'}</span>
            </span>
          </div>
        ),
      )}
      {more}
    </div>
  );
}

export function Items({ items, expanded, whole = false }: { items: Item[]; expanded: boolean; whole?: boolean }) {
  // A moved item faces a blank on the other side, so it is kept out of a fold as a change is: both sides fold alike.
  const { shown, more } = useStepped(expanded ? items : fold(items, (x) => x.op !== 'same' || !!x.moved, FOLD_LIMIT, 2), expanded, 'item');
  if (!items.some((x) => x.op !== 'blank')) return <Placeholder>empty list</Placeholder>;
  return (
    <>
      <ul className="diff-items">
        {shown.map((x, i) =>
          isGap(x) ? (
            <li key={i}>
              <GapRow n={x.gap} unit="item" whole={whole} />
            </li>
          ) : x.op === 'blank' ? (
            // Empty, but as tall as the item it faces (CSS draws `data-faces` invisibly), so the rows below stay level.
            <li key={i} className="diff-item diff-item-blank" aria-hidden="true" data-faces={x.faces || '\u200b'}>
              <span className="diff-gutter" />
            </li>
          ) : (
            <li key={i} className={`diff-item diff-item-${x.op}`}>
              <Gutter op={x.op} moved={x.moved} />
              {x.text === '' ? <Placeholder>empty text</Placeholder> : x.text}
            </li>
          ),
        )}
      </ul>
      {more}
    </>
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
  if (typeof value === 'number') return <span className="diff-number">{numberText(value)}</span>;
  if (isStringList(value)) return <Items items={value.map((text) => ({ text, op: 'same' }))} expanded={expanded} whole />;
  if (value === '') return <Placeholder>empty text</Placeholder>;
  const text = typeof value === 'string' ? value : jsonText(value);
  const lines = text.split('\n').map((line): Line => ({ op: 'same', parts: [{ text: line, op: 'same' }] }));
  return <TextLines lines={lines} expanded={expanded} gutter={false} whole />;
}
