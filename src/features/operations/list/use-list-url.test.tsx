import { act, render, screen } from '@testing-library/react';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import { EMPTY_FILTERS } from '../search-params';
import { useListUrl } from './use-list-url';

function Harness() {
  const { filters, setFilters } = useListUrl();
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <output aria-label="view">{filters.status.join(',') || 'all'}</output>
      <output aria-label="url">{location.search || '(none)'}</output>
      <button onClick={() => setFilters({ ...EMPTY_FILTERS, status: ['done'] })}>done</button>
      <button onClick={() => setFilters({ ...EMPTY_FILTERS, status: ['failed'] })}>failed</button>
      <button onClick={() => void navigate(-1)}>back</button>
      <button onClick={() => void navigate(1)}>forward</button>
    </>
  );
}

const view = () => screen.getByRole('status', { name: 'view' }).textContent;
const url = () => screen.getByRole('status', { name: 'url' }).textContent;
const click = (name: string) => act(() => screen.getByRole('button', { name }).click());

describe('useListUrl', () => {
  it('shows the filters of the history entry it is on, after Back and Forward too', async () => {
    render(
      <MemoryRouter initialEntries={['/x']}>
        <Harness />
      </MemoryRouter>,
    );
    expect(view()).toBe('all');
    await click('done');
    expect([view(), url()]).toEqual(['done', '?status=done']);
    await click('failed');
    expect([view(), url()]).toEqual(['failed', '?status=failed']);
    await click('back');
    expect([view(), url()]).toEqual(['done', '?status=done']);
    await click('back');
    expect([view(), url()]).toEqual(['all', '(none)']);
    await click('forward');
    expect([view(), url()]).toEqual(['done', '?status=done']);
  });
});
