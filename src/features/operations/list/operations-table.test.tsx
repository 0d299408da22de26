import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeOperation } from '../../../test/operations';
import { OperationsTable } from './operations-table';

const props = {
  sort: 'created_at:desc' as const,
  onSortChange: () => undefined,
  onRangeEnd: () => undefined,
  onUserScroll: () => undefined,
  scrollKey: 'k',
  footer: null,
  onOpen: () => undefined,
  onFilterResource: () => undefined,
  flash: new Set<string>(),
};

const createdText = (id: string) => screen.getByTitle(id).closest('[role="row"]')!.querySelectorAll('time')[0]!.textContent;

describe('OperationsTable', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('measures every row from the same now when rows change, not only the rows that re-render', () => {
    vi.stubGlobal('ResizeObserver', class { observe() {} disconnect() {} });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.parse('2026-12-05T12:00:40Z'));
    const running = makeOperation({ created_at: '2026-12-05T12:00:30Z', updated_at: '2026-12-05T12:00:31Z', status: 'running' });
    const older = makeOperation({ created_at: '2026-12-05T12:00:20Z', updated_at: '2026-12-05T12:00:21Z' });
    const { rerender } = render(<OperationsTable {...props} rows={[running, older]} />);
    expect(createdText(running.id)).toBe('10 s ago');
    expect(createdText(older.id)).toBe('20 s ago');

    // 20 s later a live poll brings the first operation back finished; the second one did not change.
    vi.setSystemTime(Date.parse('2026-12-05T12:01:00Z'));
    rerender(<OperationsTable {...props} rows={[{ ...running, status: 'done', updated_at: '2026-12-05T12:00:55Z' }, older]} />);
    expect(createdText(running.id)).toBe('30 s ago');
    expect(createdText(older.id)).toBe('40 s ago');
  });
});
