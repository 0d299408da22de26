// The page's entry. On a list URL it first draws the rows of page 1 from a template (prepaint.tsx, decision 024),
// then loads the app, which index.html has been preloading all along (vite.config.ts): the app's evaluation and first
// render come after that frame instead of before it. On any other URL the app loads at once.
import { appLoadFailed } from './app-load-failed';
import { prepaintList } from './prepaint';

void prepaintList()
  .finally(() => import('./main'))
  .catch(appLoadFailed);
