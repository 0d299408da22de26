import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startOperationList } from '../features/operations/api/use-operation-list';
import { App } from './app';
import { createQueryClient } from './query-client';
import './styles.css';

// A list URL starts its first page before the first render. When it answers soon, the first render already has the
// rows: no skeleton is drawn and then replaced (a render and a commit more on the way to the first row). A slow API
// gets the skeleton after FIRST_PAGE_WAIT_MS. Not a top-level await: that would split the entry chunk in three
// (shared modules cannot wait on an entry's await), two more requests on the way. docs/decisions/011.
const FIRST_PAGE_WAIT_MS = 120;
const queryClient = createQueryClient();
const firstPage = startOperationList(queryClient, location.pathname, location.search);
const waited = firstPage ? Promise.race([firstPage, new Promise((resolve) => setTimeout(resolve, FIRST_PAGE_WAIT_MS))]) : null;

function render() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
}
if (waited) void waited.then(render);
else render();
