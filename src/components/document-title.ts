// The browser tab's title names what the page shows, so tabs and history entries can be told apart.
import { useEffect } from 'react';

export const APP_TITLE = 'Operations · Nirvana Labs';

/** Sets the tab title to "`what` · Operations · Nirvana Labs" (just the app's name for null) while mounted. */
export function useDocumentTitle(what: string | null) {
  useEffect(() => {
    document.title = what ? `${what} · ${APP_TITLE}` : APP_TITLE;
    return () => {
      document.title = APP_TITLE;
    };
  }, [what]);
}
