import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { paths } from '../config/paths';
import { HeaderControls } from './header-controls';

export function AppShell({ children }: { children: ReactNode }) {
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to={paths.home()} className="brand">
          <span aria-hidden="true" className="brand-mark">
            N
          </span>
          Operations
        </Link>
        <HeaderControls />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
