// Header project picker: paste a project UUID (validated), recent projects (this browser), projects from the API.
import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Link, useMatch, useNavigate } from 'react-router';
import { isUuid, type Project } from '../../api/schemas';
import { useInViewport } from '../../components/use-in-viewport';
import { useDisclosure } from '../../components/use-dismiss';
import { paths, routes } from '../../config/paths';
import { operationDetailOptions, projectListOptions } from '../operations/api/queries';
import { lastProject, recentProjects } from './recent-projects';
import './project-picker.css';

const label = (id: string, projects: Project[] | undefined) => {
  const p = projects?.find((x) => x.id === id);
  return p?.name ? p.name : `${id.slice(0, 8)}…`;
};

export function ProjectPicker() {
  const list = useMatch(routes.operations);
  const detail = useMatch(routes.operation);
  // On an operation's page, its own project (read from the cache the page fills: this never makes a request).
  const operation = useQuery({ ...operationDetailOptions(detail?.params.operationId ?? ''), enabled: false });
  const current = list?.params.projectId ?? (detail ? operation.data?.project_id : undefined) ?? lastProject();
  // A pick closes the menu with the link or field that had the focus: it goes back to the Project button.
  const { open, setOpen, ref, button, menuId, closeToTrigger } = useDisclosure();
  const menu = useRef<HTMLDivElement>(null);
  useInViewport(menu, open);
  // The list is asked for only when the menu opens (or already cached): the first screen needs no extra request.
  const projects = useQuery({ ...projectListOptions(), enabled: open });
  const items = projects.data?.items;
  const recent = open ? recentProjects() : [];
  return (
    <div ref={ref} className="picker">
      <button ref={button} type="button" className="button" aria-expanded={open} aria-controls={menuId} onClick={() => setOpen((o) => !o)}>
        Project: <strong>{current ? label(current, items) : 'choose'}</strong>
      </button>
      {open ? (
        <div ref={menu} id={menuId} className="picker-menu">
          <PasteProject onDone={closeToTrigger} />
          {recent.length ? <ProjectLinks title="Recent" ids={recent} projects={items} current={current} onPick={closeToTrigger} /> : null}
          {projects.isPending ? <p className="picker-note">Loading projects…</p> : null}
          {projects.isError ? <p className="picker-note">Could not list projects: {projects.error.message}</p> : null}
          {items?.length ? (
            <ProjectLinks title="All projects" ids={items.map((p) => p.id)} projects={items} current={current} onPick={closeToTrigger} />
          ) : null}
        </div>
      ) : null}
    </div>
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
