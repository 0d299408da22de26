import { operationAt } from '../../../test/operations';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { timeZonePreference } from '../../../components/preferences';
import { OverviewStrip } from './overview-strip';

const op = operationAt;

const rows = [
  op('2026-12-04T10:00:10Z', 'done', 'vm', 4),
  op('2026-12-04T10:00:20Z', 'failed', 'vm', 8),
  op('2026-12-04T10:01:30Z', 'running', 'volume'),
  op('2026-12-04T10:02:30Z', 'mystery', 'new_kind'),
];

beforeEach(() => timeZonePreference.set('utc'));

describe('OverviewStrip', () => {
  it('summarises in text: totals per status with their names, and a table per kind', () => {
    render(<OverviewStrip rows={rows} onRangeSelect={() => {}} />);
    const strip = screen.getByRole('region', { name: 'Overview of 4 operations' });
    // The rows' own span (the last 1-min step would end at 10:03:00).
    expect(strip).toHaveTextContent('Created 2026-12-04 10:00:10 UTC – 2026-12-04 10:02:30 UTC, in steps of 1 min');
    const legend = screen.getByRole('list', { name: 'Status totals' });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['done 1', 'failed 1', 'running 1', 'mystery 1']);
    // Each status's icon is CSS on its badge class; a status the dashboard does not know gets the generic one.
    expect([...legend.querySelectorAll('.badge')].map((b) => b.className)).toEqual(['badge badge-done', 'badge badge-failed', 'badge badge-running', 'badge badge-other']);
    const cells = (kind: string) =>
      within(screen.getByRole('rowheader', { name: kind }).closest('tr')!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells('VM')).toEqual(['2', '50% (1 of 2)', '4.0 s', '8.0 s']);
    expect(cells('Volume')).toEqual(['1', '—', '—', '—']);
    expect(screen.getByRole('rowheader', { name: 'new_kind' })).toBeInTheDocument(); // an unknown kind is shown as the API sent it
  });

  it('counts 25,000 rows between frames: a placeholder first, then the overview', async () => {
    const many = Array.from({ length: 25_000 }, (_, i) => op(new Date(Date.parse('2026-12-04T00:00:00Z') + i * 1000).toISOString(), 'done'));
    const { container } = render(<OverviewStrip rows={many} onRangeSelect={() => {}} />);
    expect(container.querySelector('.overview-placeholder')).not.toBeNull();
    expect(await screen.findByRole('region', { name: 'Overview of 25,000 operations' })).toBeInTheDocument();
  });

  it('a click on a bar selects that time step', () => {
    const onRangeSelect = vi.fn();
    const { container } = render(<OverviewStrip rows={rows} onRangeSelect={onRangeSelect} />);
    const svg = container.querySelector('svg')!;
    // jsdom has no layout: the bounding box is empty, so x=0 is the first bucket.
    fireEvent.pointerDown(svg, { clientX: 0, pointerId: 1 });
    fireEvent.pointerUp(svg, { clientX: 0, pointerId: 1 });
    expect(onRangeSelect).toHaveBeenCalledWith('2026-12-04T10:00:00.000Z', '2026-12-04T10:00:59.999Z');
  });

  it('arrows pick and widen a range from the newest step, Enter applies it', async () => {
    const onRangeSelect = vi.fn();
    render(<OverviewStrip rows={rows} onRangeSelect={onRangeSelect} />);
    const chart = screen.getByRole('group', { name: /Operations over time by status/ });
    chart.focus();
    await userEvent.keyboard('{ArrowLeft}{Shift>}{ArrowLeft}{/Shift}');
    expect(chart).toHaveTextContent('2026-12-04 10:01:00 UTC – 2026-12-04 10:03:00 UTC: 2 operations');
    // Shown, not only announced: the readout is no longer visually hidden.
    expect(chart.querySelector('[aria-live]')).not.toHaveClass('visually-hidden');
    await userEvent.keyboard('{Enter}');
    expect(onRangeSelect).toHaveBeenCalledWith('2026-12-04T10:01:00.000Z', '2026-12-04T10:02:59.999Z');
  });

  it('says "1 operation" for a step holding one', async () => {
    render(<OverviewStrip rows={rows} onRangeSelect={() => {}} />);
    const chart = screen.getByRole('group', { name: /Operations over time by status/ });
    chart.focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect(chart).toHaveTextContent('2026-12-04 10:02:00 UTC – 2026-12-04 10:03:00 UTC: 1 operation. Press Enter to filter.');
  });

  it('renders nothing for no rows', () => {
    const { container } = render(<OverviewStrip rows={[]} onRangeSelect={() => {}} />);
    expect(container).toBeEmptyDOMElement();
  });
});
