import { act, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useInViewport } from './use-in-viewport';

function Popup({ open }: { open: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useInViewport(ref, open);
  return <div ref={ref} data-testid="popup" />;
}

/** A viewport `width` px wide, and the popup's box at [left, right] where its stylesheet puts it (style.left unset). */
function layout(width: number, left: number, right: number) {
  vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(width);
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const shift = parseFloat(this.style.left) || 0;
    return { left: left + shift, right: right + shift } as DOMRect;
  });
}

afterEach(() => vi.restoreAllMocks());

describe('useInViewport', () => {
  it('moves a popup that would run off the right edge back inside, 8 px from it', () => {
    layout(390, 185, 415);
    const { getByTestId } = render(<Popup open />);
    expect(getByTestId('popup').style.left).toBe('-33px');
  });

  it('never moves it past the left edge, and leaves one that fits alone', () => {
    layout(390, 20, 500);
    const { getByTestId, rerender } = render(<Popup open />);
    expect(getByTestId('popup').style.left).toBe('-12px');
    layout(1440, 185, 415);
    rerender(<Popup open={false} />);
    rerender(<Popup open />);
    expect(getByTestId('popup').style.left).toBe('');
  });

  it('places it again when the window is resized', () => {
    layout(1440, 185, 415);
    const { getByTestId } = render(<Popup open />);
    expect(getByTestId('popup').style.left).toBe('');
    layout(390, 185, 415);
    act(() => void window.dispatchEvent(new Event('resize')));
    expect(getByTestId('popup').style.left).toBe('-33px');
  });
});
