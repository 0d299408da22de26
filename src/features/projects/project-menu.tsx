// The project picker's menu, loaded on first use (project-picker.tsx): paste a project UUID (validated), recent
// projects (this browser), projects from the API.
import type { UseQueryResult } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { isUuid, type Project, type ProjectList } from '../../api/schemas';
import { paths } from '../../config/paths';
import { projectLabel as label } from './project-label';
import { recentProjects } from './recent-projects';

export default function ProjectMenu({ projects, current, onPick }: { projects: UseQueryResult<ProjectList>; current: string | undefined; onPick: () => void }) {
  const items = projects.data?.items;
  const recent = recentProjects();
  return (
    <>
      <PasteProject onDone={onPick} />
      {recent.length ? <ProjectLinks title="Recent" ids={recent} projects={items} current={current} onPick={onPick} /> : null}
      {projects.isPending ? <p className="picker-note">Loading projects…</p> : null}
      {projects.isError ? <p className="picker-note">Could not list projects: {projects.error.message}</p> : null}
      {items?.length ? <ProjectLinks title="All projects" ids={items.map((p) => p.id)} projects={items} current={current} onPick={onPick} /> : null}
    </>
  );
}

function ProjectLinks(props: { title: string; ids: string[]; projects: Project[] | undefined; current: string | undefined; onPick: () => void }) {
  return (
    <nav aria-label={/projects$/i.test(props.title) ? props.title : `${props.title} projects`}>
      <h2 className="picker-title">{props.title}</h2>
      <ul className="picker-list">
        {props.ids.map((id) => (
          <li key={id}>
            <Link to={paths.operations(id)} aria-current={id === props.current ? 'page' : undefined} onClick={props.onPick}>
              {label(id, props.projects)} <span className="picker-id">{id}</span>
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function PasteProject({ onDone }: { onDone: () => void }) {
  const navigate = useNavigate();
  const [value, setValue] = useState('');
  const [error, setError] = useState('');
  const errorId = useId();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const id = value.trim().toLowerCase();
    if (!isUuid(id)) {
      setError('A project id is a UUID, like 3f2c9a8e-1b7d-4c5e-9f00-2a6b8c4d1e7f.');
      return;
    }
    setError('');
    setValue('');
    onDone();
    navigate(paths.operations(id));
  };
  return (
    <form className="picker-form" onSubmit={submit} noValidate>
      <label>
        Project id
        <input className="input" value={value} onChange={(e) => setValue(e.target.value)} aria-invalid={!!error} aria-describedby={error ? errorId : undefined} placeholder="Paste a project UUID" spellCheck={false} />
      </label>
      <button type="submit" className="button">
        Open
      </button>
      {error ? (
        <p id={errorId} className="picker-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
