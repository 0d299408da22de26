import { fireEvent, render, screen } from '@testing-library/react';
import { useEffect, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useDisclosure } from './use-dismiss';

function Menu({ onWindowEscape }: { onWindowEscape: (e: KeyboardEvent) => void }) {
  const { open, setOpen, ref, button } = useDisclosure();
  useEffect(() => {
    window.addEventListener('keydown', onWindowEscape);
    return () => window.removeEventListener('keydown', onWindowEscape);
  }, [onWindowEscape]);
  return (
    <div ref={ref}>
      <button ref={button} onClick={() => setOpen(true)}>
        Project
      </button>
      {open && <div role="menu">menu</div>}
    </div>
  );
}

function Harness() {
  const [seen, setSeen] = useState<boolean[]>([]);
  return (
    <>
      <Menu onWindowEscape={(e) => setSeen((s) => [...s, e.defaultPrevented])} />
      <output aria-label="page saw">{seen.join(',')}</output>
    </>
  );
}

describe('useDisclosure', () => {
  it('closes on Escape and marks that Escape spent, so page-wide shortcuts leave it alone', () => {
    render(<Harness />);
    fireEvent.click(screen.getByRole('button', { name: 'Project' }));
    expect(screen.getByRole('menu')).toBeInTheDocument();
    fireEvent.keyDown(screen.getByRole('button', { name: 'Project' }), { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(screen.getByRole('button', { name: 'Project' })).toHaveFocus();
    // With the menu closed, the next Escape is the page's again.
    fireEvent.keyDown(screen.getByRole('button', { name: 'Project' }), { key: 'Escape' });
    expect(screen.getByRole('status', { name: 'page saw' })).toHaveTextContent('true,false');
  });
});
