// Starts another instance of the built server with its own settings, on a free port (PORT=0), for one spec.
// Its "Operations dashboard on http://…" line gives the URL; each worker that needs one gets its own.
import { spawn, type ChildProcess } from 'node:child_process';
import { test } from '@playwright/test';

export interface SpecServer {
  url: string;
  stop: () => void;
}

export async function startServer(env: Record<string, string>): Promise<SpecServer> {
  const child: ChildProcess = spawn(process.execPath, ['dist/server/main.js'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DEMO_LIVE: 'off', DEMO_SEED: 'e2e', NIRVANA_LABS_API_KEY: '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 30_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /Operations dashboard on (http:\/\/[^/\s]+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
  return { url, stop: () => child.kill() };
}

/** A server of its own for the enclosing describe block (one per worker); call `url()` inside its tests. */
export function useSpecServer(env: Record<string, string>): { url: () => string } {
  let server: SpecServer | undefined;
  test.beforeAll(async () => {
    server = await startServer(env);
  });
  test.afterAll(() => server?.stop());
  return {
    url: () => {
      if (!server) throw new Error('the spec server has not started');
      return server.url;
    },
  };
}
