import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { rangeLabel, TimeRangeSelect, type CreatedRange } from './time-range-select';

const NOW = Date.parse('2026-12-05T06:30:00.000Z');

function Harness({ initial, onChange }: { initial: CreatedRange; onChange: (r: CreatedRange) => void }) {
  const [range, setRange] = useState(initial);
  return (
    <TimeRangeSelect
      range={range}
      now={() => NOW}
      onChange={(r) => {
        onChange(r);
        setRange(r);
      }}
    />
  );
}

describe('TimeRangeSelect', () => {
  it('is one button while closed, saying the range it applies', () => {
    const { container, rerender } = render(<TimeRangeSelect range={{ from: '', to: '' }} onChange={() => {}} />);
    expect(screen.getByRole('button', { name: 'Created' })).toHaveAttribute('aria-expanded', 'false');
    expect(container.querySelector('input')).toBeNull();
    rerender(<TimeRangeSelect range={{ from: '2026-12-01', to: '2026-12-04T18:00:00.000Z' }} onChange={() => {}} />);
    expect(screen.getByRole('button', { name: 'Created: 2026-12-01 – 2026-12-04 18:00 UTC' })).toBeInTheDocument();
  });

  it('applies a preset from now and closes', async () => {
    const onChange = vi.fn();
    render(<Harness initial={{ from: '', to: '2026-11-01' }} onChange={onChange} />);
    await userEvent.click(screen.getByRole('button', { name: /^Created/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Last 24 hours' }));
    expect(onChange).toHaveBeenLastCalledWith({ from: '2026-12-04T06:30:00.000Z', to: '' });
    expect(screen.queryByRole('button', { name: 'Last 24 hours' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Created: since 2026-12-04 06:30 UTC' })).toHaveAttribute('aria-expanded', 'false');
  });

  it('takes dates from its two fields, bounded by each other, and clears to any time', async () => {
    const onChange = vi.fn();
    render(<Harness initial={{ from: '', to: '' }} onChange={onChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Created' }));
    expect(screen.getByRole('button', { name: 'Any time' })).toBeDisabled();
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-12-01' } });
    expect(onChange).toHaveBeenLastCalledWith({ from: '2026-12-01', to: '' });
    expect(screen.getByLabelText('To')).toHaveAttribute('min', '2026-12-01');
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-12-03' } });
    expect(onChange).toHaveBeenLastCalledWith({ from: '2026-12-01', to: '2026-12-03' });
    expect(screen.getByLabelText('From')).toHaveAttribute('max', '2026-12-03');
    await userEvent.click(screen.getByRole('button', { name: 'Any time' }));
    expect(onChange).toHaveBeenLastCalledWith({ from: '', to: '' });
    expect(screen.getByRole('button', { name: 'Created' })).toBeInTheDocument();
  });

  it('labels one-sided ranges', () => {
    expect(rangeLabel({ from: '', to: '' })).toBe('');
    expect(rangeLabel({ from: '2026-12-01', to: '' })).toBe('since 2026-12-01');
    expect(rangeLabel({ from: '', to: '2026-12-01' })).toBe('until 2026-12-01');
  });
});
