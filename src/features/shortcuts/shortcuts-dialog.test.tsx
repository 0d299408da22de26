import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ShortcutsDialog } from './shortcuts-dialog';
import { setShortcutsHelpOpen } from './shortcuts-help';
import '../../test/dialog-polyfill';


afterEach(() => act(() => setShortcutsHelpOpen(false)));

describe('ShortcutsDialog', () => {
  it('lists the shortcuts when opened and closes with its button', async () => {
    render(<ShortcutsDialog />);
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => setShortcutsHelpOpen(true));
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(dialog).toHaveTextContent('Focus the search field');
    expect(screen.getByRole('row', { name: /Esc From an operation, back to the list/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});
