// Keeps an open popup (menu, picker) inside the viewport: one that would run off the right edge moves left by as
// much, never past the left edge. Measured when it opens and on resize; nothing runs while it is closed.
import { useLayoutEffect, type RefObject } from 'react';

/** Space kept between a moved popup and the viewport's edge, px. */
export const VIEWPORT_MARGIN = 8;

export function useInViewport(popup: RefObject<HTMLElement | null>, open: boolean) {
  useLayoutEffect(() => {
    const el = popup.current;
    if (!open || !el) return;
    const place = () => {
      el.style.removeProperty('left');
      const { left, right } = el.getBoundingClientRect();
      const over = right - (document.documentElement.clientWidth - VIEWPORT_MARGIN);
      const shift = Math.max(0, Math.min(over, left - VIEWPORT_MARGIN));
      // Its stylesheet anchors it at left: 0 of its trigger; the shift is relative to that.
      if (shift > 0) el.style.setProperty('left', `${-shift}px`);
    };
    place();
    window.addEventListener('resize', place);
    return () => window.removeEventListener('resize', place);
  }, [popup, open]);
}
