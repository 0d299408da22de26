import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StatusBadge } from './status-badge';

describe('StatusBadge', () => {
  it('names the status in text and gives known ones their own class (the icon is CSS)', () => {
    render(<StatusBadge status="failed" />);
    expect(screen.getByText('failed')).toHaveClass('badge', 'badge-failed');
  });

  it('shows statuses it does not know as they are, including names of object properties', () => {
    // A lookup with `in` took "constructor" for a known status and rendered a function (React logs an error).
    for (const status of ['paused', 'constructor', 'toString', '__proto__']) {
      const { unmount } = render(<StatusBadge status={status} />);
      expect(screen.getByText(status)).toHaveClass('badge', 'badge-other');
      unmount();
    }
    render(<StatusBadge status="" />);
    expect(screen.getByText('(empty)')).toHaveClass('badge-other');
  });
});
