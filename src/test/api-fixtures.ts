// API-client test fixtures: a stubbed global fetch (answers from a script, records URLs) and a list-page envelope.
import { vi } from 'vitest';

export type Answer = Response | (() => Response | Promise<Response>) | Error;

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** Each call takes the next answer (the last one repeats); an Error rejects like a dropped connection. */
export function stubFetch(...answers: Answer[]) {
  const urls: string[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(String(input));
    const answer = answers[Math.min(urls.length - 1, answers.length - 1)];
    init?.signal?.throwIfAborted();
    if (answer instanceof Error) throw answer;
    return typeof answer === 'function' ? answer() : (answer as Response).clone();
  });
  vi.stubGlobal('fetch', fetchMock);
  return { fetchMock, urls };
}

/** A fetch that never answers until its signal aborts, as a hung server does. */
export function stubHangingFetch() {
  vi.stubGlobal(
    'fetch',
    vi.fn((_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason))),
    ),
  );
}

/** A 200 whose body breaks off halfway, as when the network drops during the download. */
export function brokenBodyResponse(status = 200) {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"items":[{"id":'));
      controller.error(new TypeError('network error'));
    },
  });
  return new Response(stream, { status, headers: { 'content-type': 'application/json' } });
}

export const page = (items: unknown[], next_cursor: string | null = null) => ({ items, pagination: { next_cursor, previous_cursor: null, total_count: items.length } });
