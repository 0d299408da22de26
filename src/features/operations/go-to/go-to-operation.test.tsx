import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { GoToOperation } from './go-to-operation';

const ID = '3f2c9a8e-1b7d-4c5e-9f00-2a6b8c4d1e7f';

function OperationStub() {
  return <p>operation page {useParams().operationId}</p>;
}

function renderBox() {
  render(
    <MemoryRouter initialEntries={['/projects/p/operations']}>
      <GoToOperation />
      <Routes>
        <Route path="/operations/:operationId" element={<OperationStub />} />
        <Route path="*" element={<p>list page</p>} />
      </Routes>
    </MemoryRouter>,
  );
  return screen.getByRole('textbox', { name: 'Go to operation' });
}

describe('GoToOperation', () => {
  it('opens the operation of a pasted dashboard link and clears the box', async () => {
    const box = renderBox();
    await userEvent.click(box);
    await userEvent.paste(`http://localhost:4173/operations/${ID}?x=1`);
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText(`operation page ${ID}`)).toBeInTheDocument();
    expect(box).toHaveValue('');
  });

  it('explains invalid input inline, stays put, and clears the message on edit', async () => {
    const box = renderBox();
    await userEvent.type(box, 'nonsense{Enter}');
    expect(screen.getByText('list page')).toBeInTheDocument();
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(/“nonsense” is not an operation id/);
    await userEvent.type(box, 'x');
    expect(box).not.toHaveAttribute('aria-invalid');
    expect(box).toHaveAccessibleDescription('');
  });
});
