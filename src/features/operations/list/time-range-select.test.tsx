import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { TimeZoneMode } from '../../../components/format';
import { runInZone } from '../../../test/time-zone';
import { boundLabel, preloadTimeRangePanel, rangeLabel, TimeRangeSelect, type CreatedRange } from './time-range-select';

const NOW = Date.parse('2026-12-05T06:30:00.000Z');

function Harness({ initial, onChange, zone = 'utc' }: { initial: CreatedRange; onChange: (r: CreatedRange) => void; zone?: TimeZoneMode }) {
  const [range, setRange] = useState(initial);
  return (
    <TimeRangeSelect
      range={range}
      zone={zone}
      now={() => NOW}
      onChange={(r) => {
        onChange(r);
        setRange(r);
      }}
    />
  );
}

describe('TimeRangeSelect', () => {
  // As the list does right after its first rows are on screen: the menu's chunk is there when it opens.
  beforeAll(() => preloadTimeRangePanel());

  it('is one button while closed, saying the range it applies', () => {
    const { container, rerender } = render(<TimeRangeSelect range={{ from: '', to: '' }} zone="utc" now={() => NOW} onChange={() => {}} />);
    expect(screen.getByRole('button', { name: 'Created' })).toHaveAttribute('aria-expanded', 'false');
    expect(container.querySelector('input')).toBeNull();
    rerender(<TimeRangeSelect range={{ from: '2026-12-01', to: '2026-12-04T18:00:00.000Z' }} zone="utc" now={() => NOW} onChange={() => {}} />);
    expect(screen.getByRole('button', { name: 'Created: 1 Dec – 4 Dec 18:00 (UTC)' })).toBeInTheDocument();
  });

  it('applies a preset from now and closes', async () => {
    const onChange = vi.fn();
    render(<Harness initial={{ from: '', to: '2026-11-01' }} onChange={onChange} />);
    await userEvent.click(screen.getByRole('button', { name: /^Created/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Last 24 hours' }));
    expect(onChange).toHaveBeenLastCalledWith({ from: '2026-12-04T06:30:00.000Z', to: '' });
    expect(screen.queryByRole('button', { name: 'Last 24 hours' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Created: since 4 Dec 06:30 (UTC)' })).toHaveAttribute('aria-expanded', 'false');
    // The pressed preset went away with the menu: focus is back on the button, not lost to the page.
    expect(screen.getByRole('button', { name: 'Created: since 4 Dec 06:30 (UTC)' })).toHaveFocus();
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
    // It closes like a preset (left open, the pressed button turned disabled and dropped focus to the page).
    expect(screen.getByRole('button', { name: 'Created' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('button', { name: 'Created' })).toHaveFocus();
  });

  it('labels one-sided ranges', () => {
    expect(rangeLabel({ from: '', to: '' }, 'utc', NOW)).toBe('');
    expect(rangeLabel({ from: '2026-12-01', to: '' }, 'utc', NOW)).toBe('since 1 Dec (UTC)');
    expect(rangeLabel({ from: '', to: '2025-12-01' }, 'local', NOW)).toBe('until 1 Dec 2025 (local)');
  });
});

describe('TimeRangeSelect in Los Angeles', () => {
  runInZone('America/Los_Angeles');

  it('names the zone its days are read in, and shows instants in the chosen zone, not as UTC ISO text', () => {
    expect(rangeLabel({ from: '2026-12-04', to: '2026-12-04' }, 'local', NOW)).toBe('4 Dec – 4 Dec (local)');
    expect(rangeLabel({ from: '2026-12-04', to: '2026-12-04' }, 'utc', NOW)).toBe('4 Dec – 4 Dec (UTC)');
    // A chart selection or "Last hour": 09:25 UTC is 01:25 in Los Angeles.
    const range = { from: '2026-12-05T09:25:05.224Z', to: '2026-12-05T09:30:59.999Z' };
    expect(rangeLabel(range, 'local', NOW)).toBe('5 Dec 01:25 – 5 Dec 01:30 (local)');
    expect(rangeLabel(range, 'utc', NOW)).toBe('09:25 – 09:30 (UTC)');
    expect(boundLabel(range.from, 'local', NOW)).toBe('5 Dec 01:25');
  });

  it('shows an instant\'s day in the chosen zone in the date fields', async () => {
    render(<Harness initial={{ from: '2026-12-05T05:30:00.000Z', to: '' }} zone="local" onChange={() => {}} />);
    await userEvent.click(screen.getByRole('button', { name: 'Created: since 21:30 (local)' }));
    expect(screen.getByLabelText('From')).toHaveValue('2026-12-04');
    expect(screen.getByLabelText('To')).toHaveAttribute('min', '2026-12-04');
  });
});
