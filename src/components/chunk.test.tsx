import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { lazyChunk } from './chunk';

function Hello({ name }: { name: string }) {
  return <p>Hello {name}</p>;
}

/** A chunk whose imports the test settles one by one, as the network would. */
function chunkUnderTest() {
  const imports: { load: () => void; fail: () => void }[] = [];
  const load = vi.fn(
    () =>
      new Promise<{ default: typeof Hello }>((resolve, reject) => {
        imports.push({ load: () => resolve({ default: Hello }), fail: () => reject(new TypeError('Failed to fetch dynamically imported module')) });
      }),
  );
  return { Lazy: lazyChunk(load), load, imports };
}

const inSuspense = (ui: ReactNode) => <Suspense fallback={<p>Loading…</p>}>{ui}</Suspense>;

// Awaited acts throughout: the chunk suspends with use(), which a synchronous act leaves waiting.
async function mount(ui: ReactNode) {
  let result!: ReturnType<typeof render>;
  await act(async () => {
    result = render(inSuspense(ui));
  });
  return result;
}

describe('lazyChunk', () => {
  it('renders the component once its chunk is in, and at once, with no fallback, when preloaded', async () => {
    const { Lazy, imports } = chunkUnderTest();
    const first = await mount(<Lazy name="a" />);
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    await act(async () => imports[0]!.load());
    expect(screen.getByText('Hello a')).toBeInTheDocument();
    first.unmount();

    const { Lazy: Preloaded, imports: preloads } = chunkUnderTest();
    const preloaded = Preloaded.preload();
    preloads[0]!.load();
    await preloaded;
    expect(Preloaded.isLoaded()).toBe(true);
    render(inSuspense(<Preloaded name="b" />));
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(screen.getByText('Hello b')).toBeInTheDocument();
  });

  it('says so when the chunk does not load; re-rendering does not ask again, Try again does, and says "still"', async () => {
    const { Lazy, load, imports } = chunkUnderTest();
    const { rerender } = await mount(<Lazy name="a" />);
    await act(async () => imports[0]!.fail());
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent(/^Could not load this part of the dashboard\./);
    expect(screen.getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();

    // A parent re-rendering (new rows for the overview, say) must not start a request each time.
    await act(async () => rerender(inSuspense(<Lazy name="b" />)));
    expect(load).toHaveBeenCalledTimes(1);

    const tryAgain = screen.getByRole('button', { name: 'Try again' });
    await act(() => userEvent.click(tryAgain));
    expect(load).toHaveBeenCalledTimes(2);
    // While it loads, the message (and the focus on its button) stays: no blank fallback in between.
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(tryAgain).toHaveFocus();
    await act(async () => imports[1]!.fail());
    expect(screen.getByRole('alert')).toHaveTextContent(/^Still could not load this part of the dashboard\./);

    await act(() => userEvent.click(screen.getByRole('button', { name: 'Try again' })));
    expect(load).toHaveBeenCalledTimes(3);
    await act(async () => imports[2]!.load());
    expect(screen.getByText('Hello b')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('a new mount after a failure it showed loads again (the next click on a row, the next `?`)', async () => {
    const { Lazy, load, imports } = chunkUnderTest();
    const first = await mount(<Lazy name="a" />);
    await act(async () => imports[0]!.fail());
    expect(screen.getByRole('alert')).toBeInTheDocument();
    first.unmount();

    await mount(<Lazy name="a" />);
    expect(load).toHaveBeenCalledTimes(2);
    await act(async () => imports[1]!.load());
    expect(screen.getByText('Hello a')).toBeInTheDocument();
  });

  it('a failed preload is not shown as a failure later: the render loads again', async () => {
    const { Lazy, load, imports } = chunkUnderTest();
    const preloaded = Lazy.preload();
    imports[0]!.fail();
    await expect(preloaded).rejects.toThrow(TypeError);
    await mount(<Lazy name="a" />);
    expect(load).toHaveBeenCalledTimes(2);
    await act(async () => imports[1]!.load());
    expect(screen.getByText('Hello a')).toBeInTheDocument();
  });

  it('renders the given component for a failure, with the same retry', async () => {
    const load = vi.fn(() => Promise.reject<{ default: typeof Hello }>(new TypeError('offline')));
    const Lazy = lazyChunk(load, ({ onRetry, again }) => (
      <button type="button" onClick={onRetry}>
        {again ? 'still not' : 'not'} loaded
      </button>
    ));
    await mount(<Lazy name="a" />);
    await act(async () => userEvent.click(await screen.findByRole('button', { name: 'not loaded' })));
    expect(await screen.findByRole('button', { name: 'still not loaded' })).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
