// Starts the real built server (dist/server/main.js) as a child process on its own port and stops it by its pid.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const running = new Set<ChildProcess>();

export interface RunningServer {
  url: string;
  stop: () => Promise<void>;
}

export async function startServer(port: number, env: Record<string, string>, timeoutMs = 60_000): Promise<RunningServer> {
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: ROOT,
    env: { ...process.env, NIRVANA_LABS_API_KEY: '', LOG_REQUESTS: 'off', ...env, PORT: String(port), HOST: '127.0.0.1', DEMO_LIVE: 'off' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }).finally(() => running.delete(child));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server on port ${port} exited (${child.exitCode}):\n${output}`);
    try {
      // /dashboard/config.json answers in both modes without touching the upstream.
      const res = await fetch(`${url}/dashboard/config.json`);
      if (res.ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`server on port ${port} did not start within ${timeoutMs} ms:\n${output}`);
}

/** Stops every server this process started (on errors and Ctrl-C). */
export function stopAll() {
  for (const child of running) if (child.exitCode === null) child.kill('SIGTERM');
}

export async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url} -> ${res.status}`);
  return (await res.json()) as T;
}
