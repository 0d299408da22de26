// The table's keyboard focus: j/k/arrows/Home/End move it (useRowKeyboard), Enter opens, and it follows its row by id
// when rows are added above it (live "show"), so the same operation stays focused.
import { useCallback, useEffect, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import type { Operation } from '../../../api/schemas';
import { isTypingTarget } from '../../shortcuts/keys';
import { useRowKeyboard } from '../../shortcuts/use-row-keyboard';

const MOVE_KEYS = new Set(['j', 'k', 'ArrowDown', 'ArrowUp', 'Home', 'End']);

/** Per list history entry, the operation whose row had the focus when the list went away: Back focuses it again. */
const focusedOnLeave = new Map<string, string>();

export function useTableFocus(
  scrollRef: RefObject<HTMLElement | null>,
  rows: readonly Operation[],
  range: { first: number; last: number },
  rowHeight: number,
  onOpen: (op: Operation) => void,
  /** The list's history entry: the focused row is remembered under it when the list unmounts. */
  entryKey: string,
  /** A new entry opened from an operation's page (no list entry to go back to): that operation's row, if loaded. */
  focusOnArrival?: string,
) {
  const open = useCallback(
    (i: number) => {
      if (rows[i]) onOpen(rows[i]);
    },
    [rows, onOpen],
  );
  const { index, setIndex, onKeyDown: move } = useRowKeyboard(rows.length, open);
  const [track, setTrack] = useState<{ rows: readonly Operation[]; id: string | null }>({ rows, id: null });
  if (track.rows !== rows && track.id !== null) {
    // Rows changed under the focus: find the same operation again (O(n), only when the rows change).
    const at = rows[index]?.id === track.id ? index : rows.findIndex((r) => r.id === track.id);
    if (at !== index) setIndex(at);
    setTrack({ rows, id: at >= 0 ? track.id : null });
  } else if (track.rows !== rows || (rows[index]?.id ?? null) !== track.id) setTrack({ rows, id: rows[index]?.id ?? null });

  const pending = useRef(false);
  const onKeyDown = useCallback(
    (e: KeyboardEvent | globalThis.KeyboardEvent) => {
      // Enter on a row's own buttons (copy, filter by resource, a column sort) does what that button does.
      if (e.key === 'Enter' && e.target instanceof HTMLButtonElement) return;
      if (MOVE_KEYS.has(e.key)) pending.current = true;
      move(e as KeyboardEvent);
    },
    [move],
  );
  // Keys pressed with nothing focused drive the table too: the page body, or the main landmark, which a click on its
  // blank space focuses (it is the skip link's target, tabIndex -1) — j/k stopped working after such a click.
  useEffect(() => {
    const onWindowKey = (e: globalThis.KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if ((target === document.body || target?.id === 'main') && !isTypingTarget(target)) onKeyDown(e);
    };
    window.addEventListener('keydown', onWindowKey);
    return () => window.removeEventListener('keydown', onWindowKey);
  }, [onKeyDown]);

  // After a key move: scroll the row into view (below the sticky header), then focus its link once it is rendered.
  useEffect(() => {
    const node = scrollRef.current;
    if (!pending.current || index < 0 || !node) return;
    const top = index * rowHeight;
    const view = node.clientHeight - rowHeight;
    if (top < node.scrollTop) node.scrollTop = top;
    else if (top + rowHeight > node.scrollTop + view) node.scrollTop = top + rowHeight - view;
    const link = node.querySelector<HTMLElement>(`[aria-rowindex="${index + 2}"] .ops-link`);
    if (link) {
      link.focus({ preventScroll: true });
      pending.current = false;
    }
  }, [scrollRef, rows, index, range.first, range.last, rowHeight]);

  /** Focuses a row (its link) once it is rendered; the focus then follows that operation if rows arrive above it. */
  const focusRow = useCallback(
    (at: number) => {
      pending.current = true;
      setIndex(at);
    },
    [setIndex],
  );

  const onFocus = useCallback(
    (e: FocusEvent) => {
      const row = (e.target as Element).closest('[aria-rowindex]');
      const at = row ? Number(row.getAttribute('aria-rowindex')) - 2 : -1;
      if (at >= 0) setIndex(at);
    },
    [setIndex],
  );
  // Leaving (to an operation, say) remembers the focused row; coming back to the same entry focuses it again, so the
  // next j continues from there instead of from the top.
  const focusedId = useRef<string | null>(null);
  useEffect(() => {
    focusedId.current = track.id;
  });
  useEffect(
    () => () => {
      if (focusedId.current) focusedOnLeave.set(entryKey, focusedId.current);
    },
    [entryKey],
  );
  // Once per entry: Back between two list entries keeps this table mounted and only changes the key.
  const restored = useRef<string | null>(null);
  useEffect(() => {
    if (restored.current === entryKey || !rows.length) return;
    restored.current = entryKey;
    const id = focusedOnLeave.get(entryKey) ?? focusOnArrival;
    const at = id ? rows.findIndex((r) => r.id === id) : -1;
    if (at >= 0) focusRow(at);
  }, [rows, entryKey, focusRow, focusOnArrival]);

  return { index, onKeyDown, onFocus, focusRow };
}
