// The React floor: what React itself costs on the way to the first row. The floor page's job (fetch page 1 of the same
// project with the same URL, render 100 rows of five cells) done with React 19 + react-dom and nothing else: no
// router, no query cache, no schema, no styles. bench/run.ts bundles it (minified, production React) beside floor.html.
import { createRoot } from 'react-dom/client';

interface Op {
  id: string;
  kind: string;
  type: string;
  status: string;
  created_at: string;
}

const project = new URLSearchParams(location.search).get('project') ?? '';
const url = `/v1/operations?project_id=${encodeURIComponent(project)}&limit=100&sort=created_at%3Adesc`;

function Rows({ items }: { items: Op[] }) {
  return items.map((op, i) => (
    <tr key={op.id}>
      <td {...(i === 0 ? { elementtiming: 'first-row' } : {})}>{op.id.slice(0, 8)}</td>
      <td>{op.kind}</td>
      <td>{op.type}</td>
      <td>{op.status}</td>
      <td>{op.created_at}</td>
    </tr>
  ));
}

void fetch(url, { headers: { accept: 'application/json' } })
  .then((res) => res.json())
  .then((body: { items: Op[] }) => createRoot(document.getElementById('rows')!).render(<Rows items={body.items} />));
