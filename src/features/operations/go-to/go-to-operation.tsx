// Header box: paste an operation id or link, press Enter, land on that operation (or on the list a dashboard list link
// shows, filters and all). Invalid input is explained in a bubble below it, which Esc, a press outside or focus
// leaving the box dismisses (it covers the controls below).
import { useCallback, useId, useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { ChunkFailed } from '../../../components/chunk';
import { useChunkAction } from '../../../components/use-chunk-action';
import { useDismiss } from '../../../components/use-dismiss';
import { paths } from '../../../config/paths';
import { cachedOperations } from '../api/list-cache';
import './go-to-operation.css';

// The parser loads on the first submit, not with the entry (its 120 KB budget): a few ms once, after Enter.
const loadParser = () => import('./parse-operation-ref');

export function GoToOperation() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const inputId = useId();
  const errorId = useId();
  const form = useRef<HTMLFormElement>(null);
  const { run, failed, dismiss: dismissChunk } = useChunkAction();
  const dismiss = useCallback(() => {
    setError('');
    dismissChunk();
  }, [dismissChunk]);
  useDismiss(form, error !== '' || failed !== null, dismiss);

  function submit(e: FormEvent) {
    e.preventDefault();
    void run(loadParser, ({ parseOperationRef }) => {
      // The short ids the list shows are looked up among the operations it has loaded.
      const ref = parseOperationRef(text, () => cachedOperations(queryClient).map((op) => op.id));
      if (!ref.ok) return setError(ref.message);
      setError('');
      setText('');
      void navigate(ref.kind === 'operation' ? paths.operation(ref.id) : paths.operations(ref.projectId, ref.search));
    });
  }

  return (
    <form
      ref={form}
      className="go-to"
      onSubmit={submit}
      noValidate
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) dismiss();
      }}
    >
      <label htmlFor={inputId} className="visually-hidden">
        Go to operation
      </label>
      <input
        id={inputId}
        className="go-to-input mono"
        type="text"
        autoComplete="off"
        spellCheck={false}
        placeholder="Operation id or link"
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        onChange={(e) => {
          setText(e.target.value);
          dismiss();
        }}
      />
      <button type="submit" className="button go-to-button">
        Go
      </button>
      <p id={errorId} className="go-to-error" aria-live="polite">
        {error}
      </p>
      {failed ? <ChunkFailed onRetry={failed.retry} again={failed.again} className="chunk-failed-popup" /> : null}
    </form>
  );
}
