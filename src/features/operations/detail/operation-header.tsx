// Kind, type, status, ids, project link, times and duration of one operation.
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { Operation, ProjectList } from '../../../api/schemas';
import { CopyButton } from '../../../components/copy-button';
import { formatAbsolute, formatDuration } from '../../../components/format';
import { timeZonePreference } from '../../../components/preferences';
import { StatusBadge } from '../../../components/status-badge';
import { TimeFull } from '../../../components/time';
import { projectKeys } from '../api/queries';
import { durationMs, humanize, isInFlight, shortId } from '../operation-model';

/** Relative and absolute in the chosen zone, plus the other zone spelled out: local and UTC both visible. */
function Stamp({ iso }: { iso: string }) {
  const [zone] = timeZonePreference.use();
  return (
    <>
      <TimeFull iso={iso} /> <span className="detail-muted">({formatAbsolute(iso, zone === 'utc' ? 'local' : 'utc')})</span>
    </>
  );
}

function IdLine({ label, id }: { label: string; id: string }) {
  return (
    <div className="detail-fact">
      <dt>{label}</dt>
      <dd>
        <code className="mono">{id}</code> <CopyButton value={id} label={`Copy ${label.toLowerCase()}`} />
      </dd>
    </div>
  );
}

export function OperationHeader({ op, listUrl, refreshing }: { op: Operation; listUrl: string; refreshing: boolean }) {
  // The project's name only if the projects list is already cached: a deep link makes no extra request for it.
  const projects = useQueryClient().getQueryData<ProjectList>(projectKeys.list());
  const projectName = projects?.items.find((p) => p.id === op.project_id)?.name;
  const projectLabel = projectName ?? `Project ${shortId(op.project_id)}`;
  const inFlight = isInFlight(op.status);
  return (
    <header className="detail-header">
      <Link to={listUrl} className="detail-back">
        <span aria-hidden="true">← </span>Operations in {projectLabel}
      </Link>
      <div className="detail-title">
        <h1>
          {humanize(op.kind)} <span className="detail-type">{op.type}</span>
        </h1>
        <StatusBadge status={op.status} />
        <span className="detail-live" role="status">
          {inFlight ? 'Updating automatically until it finishes' : ''}
          {refreshing && !inFlight ? 'Refreshing…' : ''}
        </span>
        <CopyButton className="button detail-copy-json" value={JSON.stringify(op, null, 2)} label="Copy as JSON" text="Copy as JSON" />
      </div>
      <dl className="detail-facts">
        <IdLine label="Operation id" id={op.id} />
        <IdLine label="Resource id" id={op.resource_id} />
        <div className="detail-fact">
          <dt>Project</dt>
          <dd>
            <Link to={listUrl}>{projectLabel}</Link> <CopyButton value={op.project_id} label="Copy project id" />
          </dd>
        </div>
        <div className="detail-fact">
          <dt>Created</dt>
          <dd>
            <Stamp iso={op.created_at} />
          </dd>
        </div>
        <div className="detail-fact">
          <dt>Updated</dt>
          <dd>
            <Stamp iso={op.updated_at} />
          </dd>
        </div>
        <div className="detail-fact">
          <dt>Duration</dt>
          <dd>{inFlight ? 'still in progress' : formatDuration(durationMs(op))}</dd>
        </div>
      </dl>
    </header>
  );
}
