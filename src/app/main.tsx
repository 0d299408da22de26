import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { whenFirstPaintShown } from '../components/first-paint';
import { startOperationList } from '../features/operations/api/use-operation-list';
import { App } from './app';
import { PREPAINT_MARK } from './prepaint';
import { createQueryClient } from './query-client';
import { startOperationRoute } from './routes/operation-route';
import './styles.css';

// A list URL starts its first page before the first render; an operation's URL starts its request and the detail
// chunk. When they answer soon, the first render already has them: no skeleton or fallback is drawn and then replaced
// (decisions 011 and 015). A slow API gets the skeleton after FIRST_DATA_WAIT_MS. Not a top-level await: that would
// split the entry chunk in three (shared modules cannot wait on an entry's await), two more requests on the way.
const FIRST_DATA_WAIT_MS = 120;
const queryClient = createQueryClient();
const firstData = startOperationList(queryClient, location.pathname, location.search) ?? startOperationRoute(queryClient, location.pathname);
const waited = firstData ? Promise.race([firstData, new Promise((resolve) => setTimeout(resolve, FIRST_DATA_WAIT_MS))]) : null;

function render() {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <App queryClient={queryClient} />
    </StrictMode>,
  );
}
// A first screenful drawn before the app (prepaint.tsx) is replaced by the first commit: not before it is on screen.
const start = () => (performance.getEntriesByName(PREPAINT_MARK).length ? void whenFirstPaintShown().then(render) : render());
if (waited) void waited.then(start, start);
else start();
