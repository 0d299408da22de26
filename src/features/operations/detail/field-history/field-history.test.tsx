import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { makeOperation } from '../../../../test/operations';
import { FieldHistory } from './field-history';

const first = makeOperation({ created_at: '2026-01-01T00:00:00Z', type: 'create', details: { changes: { size: { to: 100 } } } });
const second = makeOperation({ created_at: '2026-02-01T00:00:00Z', details: { changes: { size: { from: 250, to: 500 } } } });

describe('FieldHistory', () => {
  it('shows each value in time order and says where the field drifted', () => {
    render(
      <MemoryRouter>
        <FieldHistory ops={[second, first]} currentId={second.id} />
      </MemoryRouter>,
    );
    const table = screen.getByRole('table', { name: /size/ });
    expect(table).toHaveAccessibleName(/^size\s*changed outside recorded operations once$/);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell').slice(2).map((c) => c.textContent))).toEqual([
      ['—', '100'],
      ['250⚠ was 100 after the previous operation', '500'],
    ]);
    expect(rows[1]).toHaveAttribute('aria-current', 'true');
    expect(within(rows[0]!).getByRole('link', { name: first.id.slice(0, 8) })).toHaveAttribute('href', `/operations/${first.id}`);
  });

  it('says when nothing was recorded', () => {
    render(
      <MemoryRouter>
        <FieldHistory ops={[makeOperation({ details: null })]} />
      </MemoryRouter>,
    );
    expect(screen.getByText(/No field changes are recorded/)).toBeInTheDocument();
  });
});
