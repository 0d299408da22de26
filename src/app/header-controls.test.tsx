import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { themePreference, timeZonePreference } from '../components/preferences';
import { setShortcutsHelpOpen, useShortcutsHelpOpen } from '../features/shortcuts/shortcuts-help';
import { HeaderControls } from './header-controls';

function HelpState() {
  return <p>help {useShortcutsHelpOpen() ? 'open' : 'closed'}</p>;
}

beforeEach(() => {
  themePreference.set('system');
  timeZonePreference.set('local');
});
afterEach(() => act(() => setShortcutsHelpOpen(false)));

describe('HeaderControls', () => {
  it('switches the theme on <html> and remembers it', async () => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <HeaderControls />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const theme = screen.getByRole('group', { name: 'Theme' });
    expect(document.documentElement).not.toHaveAttribute('data-theme');
    await userEvent.click(screen.getByRole('button', { name: /Dark/ }));
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    expect(localStorage.getItem('nirvana.theme')).toBe('dark');
    expect(theme.querySelector('[aria-pressed="true"]')).toHaveTextContent('Dark');
    await userEvent.click(screen.getByRole('button', { name: /Auto/ }));
    expect(document.documentElement).not.toHaveAttribute('data-theme');
  });

  it('switches the time zone and remembers it', async () => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <HeaderControls />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'UTC' }));
    expect(screen.getByRole('button', { name: 'UTC' })).toHaveAttribute('aria-pressed', 'true');
    expect(localStorage.getItem('nirvana.timeZone')).toBe('utc');
  });

  it('opens the shortcuts list from the ? button', async () => {
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter>
          <HeaderControls />
          <HelpState />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    expect(screen.getByText('help open')).toBeInTheDocument();
  });
});
