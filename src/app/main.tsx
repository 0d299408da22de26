import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startOperationList } from '../features/operations/api/use-operation-list';
import { App } from './app';
import { createQueryClient } from './query-client';
import './styles.css';

// A list URL starts its first page before the first render, so the request overlaps it (bench: first data row).
const queryClient = createQueryClient();
startOperationList(queryClient, location.pathname, location.search);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App queryClient={queryClient} />
  </StrictMode>,
);
