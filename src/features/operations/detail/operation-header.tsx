// Kind, type, status, ids, project link, times and duration of one operation.
import { useEffect, useRef, type MouseEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { Operation } from '../../../api/schemas';
import { CopyButton } from '../../../components/copy-button';
import { paths } from '../../../config/paths';
import { formatDuration } from '../../../components/format';
import { timeZonePreference } from '../../../components/preferences';
import { StatusBadge } from '../../../components/status-badge';
import { zoneReadings } from '../../../components/compact-time';
import { TimeFull } from '../../../components/time';
import { useProjectLabel } from '../api/project-names';
import { durationMs, humanize, isInFlight } from '../operation-model';

/** Relative and absolute in the chosen zone, plus the other zone spelled out when it reads differently. */
function Stamp({ iso }: { iso: string }) {
  const [zone] = timeZonePreference.use();
  const [, other] = zoneReadings(iso, zone);
  return (
    <>
      <TimeFull iso={iso} />
      {other ? (
        <>
          {' '}
          <span className="detail-muted detail-other-zone">({other})</span>
        </>
      ) : null}
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

/**
 * Opened from that very list (its URL is in this entry's state, and an entry before this one exists): a plain click
 * goes back in history, as Back and Esc do, so the list comes back with its scroll and focused row and no new entry.
 */
function useBackToList(listUrl: string) {
  const location = useLocation();
  const navigate = useNavigate();
  const cameFromList = (location.state as { from?: unknown } | null)?.from === listUrl && ((window.history.state as { idx?: number } | null)?.idx ?? 0) > 0;
  return (e: MouseEvent) => {
    if (!cameFromList || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    void navigate(-1);
  };
}

export function OperationHeader({ op, listUrl, refreshing }: { op: Operation; listUrl: string; refreshing: boolean }) {
  // The project's name once the projects list is cached (the page prefetches it after the diff is on screen).
  const projectLabel = useProjectLabel(op.project_id);
  const inFlight = isInFlight(op.status);
  const backToList = useBackToList(listUrl);
  // Opened with Enter on a list row (or a history link), the focused link went away with its page and focus fell to
  // the document: it starts on the title instead, not back at the header's first control. Never taken from a field.
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (document.activeElement === document.body) title.current?.focus();
  }, [op.id]);
  return (
    <header className="detail-header">
      {/* A new list entry (no list to go back to) focuses this operation's row when it is among the first rows. */}
      <Link to={listUrl} state={{ focus: op.id }} className="detail-back" onClick={backToList}>
        <span aria-hidden="true">← </span>Operations in {projectLabel}
      </Link>
      <div className="detail-title">
        <h1 ref={title} tabIndex={-1}>
          {humanize(op.kind)} <span className="detail-type">{op.type}</span>
        </h1>
        <StatusBadge status={op.status} />
        <span className="detail-live" role="status">
          {inFlight ? 'Updating automatically until it finishes' : ''}
          {refreshing && !inFlight ? 'Refreshing…' : ''}
        </span>
        <span className="detail-actions">
          <CopyButton className="button detail-copy" value={`${location.origin}${paths.operation(op.id)}`} label="Copy link to this operation" text="Copy link" />
          <CopyButton className="button detail-copy" value={JSON.stringify(op, null, 2)} label="Copy as JSON" text="Copy as JSON" />
        </span>
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
