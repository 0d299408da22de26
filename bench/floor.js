// The floor: fetch page 1 of the same project with the same URL the app uses and render 100 rows with DOM calls.
const project = new URLSearchParams(location.search).get('project') ?? '';
const url = `/v1/operations?project_id=${encodeURIComponent(project)}&limit=100&sort=created_at%3Adesc`;
fetch(url, { headers: { accept: 'application/json' } })
  .then((res) => res.json())
  .then((body) => {
    const tbody = document.getElementById('rows');
    body.items.forEach((op, i) => {
      const tr = document.createElement('tr');
      for (const text of [op.id.slice(0, 8), op.kind, op.type, op.status, op.created_at]) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.append(td);
      }
      if (i === 0) tr.firstChild.setAttribute('elementtiming', 'first-row');
      tbody.append(tr);
    });
  });
