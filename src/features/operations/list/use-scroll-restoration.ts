// Scroll position per history entry (keyed by location.key in sessionStorage): Back/Forward land where you were.
import { useLayoutEffect, useRef, type RefObject } from 'react';

const PREFIX = 'nirvana.listScroll:';

function read(key: string): number {
  try {
    const v = Number(sessionStorage.getItem(PREFIX + key));
    return Number.isFinite(v) && v > 0 ? v : 0;
  } catch {
    return 0;
  }
}
function write(key: string, top: number) {
  try {
    sessionStorage.setItem(PREFIX + key, String(Math.round(top)));
  } catch {
    /* storage disabled: Back lands at the top, nothing worse */
  }
}

export function useScrollRestoration(ref: RefObject<HTMLElement | null>, key: string, ready: boolean, onUserScroll: () => void) {
  const restored = useRef<string | null>(null);
  const programmatic = useRef(false);

  useLayoutEffect(() => {
    const node = ref.current;
    if (!node || !ready || restored.current === key) return;
    const first = restored.current === null;
    restored.current = key;
    const top = read(key);
    // A list that just mounted is at the top: reading scrollTop in a layout effect would force a layout mid-commit
    // (~15 ms of a cold load), so it is only read when it can differ.
    if (first && top === 0) return;
    if (node.scrollTop !== top) {
      programmatic.current = true;
      node.scrollTop = top;
    }
  }, [ref, key, ready]);

  useLayoutEffect(() => {
    const node = ref.current;
    if (!node) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      if (programmatic.current) programmatic.current = false;
      else onUserScroll();
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        write(key, node.scrollTop);
      }, 120);
    };
    node.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      node.removeEventListener('scroll', onScroll);
      // Leaving this entry (navigation): keep the last position, even mid-debounce.
      if (timer !== undefined) {
        clearTimeout(timer);
        write(key, node.scrollTop);
      }
    };
  }, [ref, key, onUserScroll]);
}
