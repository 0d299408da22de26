// The `?` dialog: a modal list of keyboard shortcuts. Native <dialog> gives focus trapping, Esc and focus return.
import { useEffect, useRef } from 'react';
import { SHORTCUTS } from './shortcut-list';
import { setShortcutsHelpOpen, useShortcutsHelpOpen } from './shortcuts-help';
import './shortcuts.css';

export function ShortcutsDialog() {
  const open = useShortcutsHelpOpen();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onClose={() => setShortcutsHelpOpen(false)}
      onClick={(e) => {
        // A click on the backdrop lands on the dialog element itself.
        if (e.target === e.currentTarget) setShortcutsHelpOpen(false);
      }}
    >
      {/* A closed dialog shows nothing: its ~50 elements are made when it opens, not on every page's first render. */}
      {open ? (
        <div className="shortcuts-body">
          <h2 id="shortcuts-title">Keyboard shortcuts</h2>
          <table>
            <thead>
              <tr>
                <th scope="col">Key</th>
                <th scope="col">Does</th>
              </tr>
            </thead>
            <tbody>
              {SHORTCUTS.map((s) => (
                <tr key={s.action}>
                  <td>
                    {s.keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && ' or '}
                        <kbd>{k}</kbd>
                      </span>
                    ))}
                  </td>
                  <td>{s.action}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="shortcuts-note">Shortcuts are off while you type in a field.</p>
          <button type="button" className="button" onClick={() => setShortcutsHelpOpen(false)}>
            Close
          </button>
        </div>
      ) : null}
    </dialog>
  );
}
