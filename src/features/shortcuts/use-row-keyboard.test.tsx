import { act, fireEvent, render, renderHook, screen } from '@testing-library/react';
import { nextRowIndex, useRowKeyboard } from './use-row-keyboard';

describe('nextRowIndex', () => {
  it('moves and clamps within the rows', () => {
    expect(nextRowIndex(-1, 'j', 3)).toBe(0);
    expect(nextRowIndex(-1, 'k', 3)).toBe(0);
    expect(nextRowIndex(0, 'ArrowDown', 3)).toBe(1);
    expect(nextRowIndex(2, 'j', 3)).toBe(2);
    expect(nextRowIndex(0, 'ArrowUp', 3)).toBe(0);
    expect(nextRowIndex(1, 'Home', 3)).toBe(0);
    expect(nextRowIndex(0, 'End', 3)).toBe(2);
  });

  it('ignores other keys and empty tables', () => {
    expect(nextRowIndex(0, 'x', 3)).toBeNull();
    expect(nextRowIndex(-1, 'j', 0)).toBeNull();
  });
});

function Rows({ count, onOpen }: { count: number; onOpen: (i: number) => void }) {
  const { index, onKeyDown } = useRowKeyboard(count, onOpen);
  return (
    <div tabIndex={0} onKeyDown={onKeyDown} data-testid="grid">
      <input aria-label="filter" />
      {Array.from({ length: count }, (_, i) => (
        <p key={i} aria-current={i === index ? 'true' : undefined}>
          row {i}
        </p>
      ))}
    </div>
  );
}

describe('useRowKeyboard', () => {
  it('moves the focused row with j/k and opens it with Enter', () => {
    const onOpen = vi.fn();
    render(<Rows count={5} onOpen={onOpen} />);
    const grid = screen.getByTestId('grid');
    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(onOpen).not.toHaveBeenCalled();
    fireEvent.keyDown(grid, { key: 'j' });
    fireEvent.keyDown(grid, { key: 'j' });
    fireEvent.keyDown(grid, { key: 'k' });
    fireEvent.keyDown(grid, { key: 'ArrowDown' });
    expect(screen.getByText('row 1')).toHaveAttribute('aria-current', 'true');
    fireEvent.keyDown(grid, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith(1);
  });

  it('ignores keys typed into a field', () => {
    render(<Rows count={5} onOpen={vi.fn()} />);
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'filter' }), { key: 'j' });
    expect(screen.queryByText(/row/, { selector: '[aria-current]' })).toBeNull();
  });

  it('keeps the index inside the list when rows go away', () => {
    const { result, rerender } = renderHook(({ count }) => useRowKeyboard(count, () => {}), { initialProps: { count: 10 } });
    act(() => result.current.setIndex(8));
    rerender({ count: 3 });
    expect(result.current.index).toBe(2);
  });
});
