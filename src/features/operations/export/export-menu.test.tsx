import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeOperation } from '../../../test/operations';
import { EMPTY_FILTERS } from '../search-params';
import { ExportMenu } from './export-menu';

const rows = [makeOperation({ id: '3f2c9a8e-1b7d-4c5e-9f00-2a6b8c4d1e7f', created_at: '2026-12-04T21:20:00Z' })];

describe('ExportMenu', () => {
  it('downloads the rows as a CSV file named after project and filters', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    render(<ExportMenu rows={rows} filters={{ ...EMPTY_FILTERS, status: ['done'] }} projectId="p1" />);
    expect(screen.getByRole('group', { name: 'Export (1 row)' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    // The writers load on the first export: the download starts a moment after the click.
    await vi.waitFor(() => expect(clicked).toHaveLength(1));
    expect(clicked[0]?.download).toMatch(/^operations_p1_status-done_.*\.csv$/);
    expect(clicked[0]?.href).toBe('blob:x');
    expect(await blobs[0]?.text()).toContain('3f2c9a8e-1b7d-4c5e-9f00-2a6b8c4d1e7f,2026-12-04T21:20:00Z');
    await userEvent.click(screen.getByRole('button', { name: 'Export JSON' }));
    await vi.waitFor(() => expect(clicked).toHaveLength(2));
    expect(clicked[1]?.download).toMatch(/\.json$/);
    expect(JSON.parse((await blobs[1]?.text()) ?? '')).toEqual(rows);
  });

  it('is disabled with nothing to export', () => {
    render(<ExportMenu rows={[]} filters={EMPTY_FILTERS} projectId="p1" />);
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
    expect(screen.getByRole('group', { name: 'Export (Nothing to export)' })).toBeInTheDocument();
  });
});
