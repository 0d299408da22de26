// Self-test page for the scale part (npm run bench -- --only=scale --scale-page=mock): loads pages while scrolled to
// the bottom, filters and sorts an index over everything loaded, renders only the visible rows. Not the product.
const project = new URLSearchParams(location.search).get('project') ?? '';
const ROW = 32;
const all = [];
let view = [];
let cursor;
let loading = false;
let done = false;
const statuses = new Set();
let sortDir = 0;
const scroller = document.getElementById('scroller');
const spacer = document.getElementById('spacer');
Object.assign(scroller.style, { height: '600px', overflow: 'auto', position: 'relative' });
Object.assign(spacer.style, { position: 'relative' });

function rebuild() {
  view = statuses.size ? all.filter((o) => statuses.has(o.status)) : all.slice();
  if (sortDir) view.sort((a, b) => sortDir * (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  spacer.style.height = `${view.length * ROW}px`;
  render();
}
function render() {
  const first = Math.floor(scroller.scrollTop / ROW);
  const rows = view.slice(first, first + Math.ceil(600 / ROW) + 4);
  spacer.replaceChildren(
    ...rows.map((op, i) => {
      const row = document.createElement('div');
      row.setAttribute('role', 'row');
      Object.assign(row.style, { position: 'absolute', top: `${(first + i) * ROW}px`, height: `${ROW}px` });
      for (const t of [op.kind, op.status, op.created_at]) {
        const cell = document.createElement('span');
        cell.setAttribute('role', 'cell');
        cell.textContent = `${t} `;
        row.append(cell);
      }
      return row;
    }),
  );
  if (!done && !loading && scroller.scrollTop + 600 >= scroller.scrollHeight - ROW * 10) void load();
}
async function load() {
  loading = true;
  const res = await fetch(`/v1/operations?project_id=${project}&limit=100&sort=created_at%3Adesc${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
  const body = await res.json();
  all.push(...body.items);
  cursor = body.pagination.next_cursor;
  done = !cursor;
  loading = false;
  rebuild();
}
scroller.addEventListener('scroll', render);
document.getElementById('status-button').addEventListener('click', (e) => {
  const menu = document.getElementById('status-menu');
  menu.hidden = !menu.hidden;
  e.currentTarget.setAttribute('aria-expanded', String(!menu.hidden));
});
for (const s of ['pending', 'running', 'done', 'failed', 'unknown']) {
  const label = document.createElement('label');
  const box = document.createElement('input');
  box.type = 'checkbox';
  box.addEventListener('change', () => {
    if (box.checked) statuses.add(s);
    else statuses.delete(s);
    rebuild();
  });
  label.append(box, s);
  document.getElementById('status-menu').append(label);
}
document.getElementById('sort-kind').addEventListener('click', () => {
  sortDir = sortDir === 1 ? -1 : 1;
  rebuild();
});
void load();
