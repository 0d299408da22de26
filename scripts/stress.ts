// `npm run test:stress`: the real server (dist/server/main.js) under 200 concurrent keep-alive clients, twice —
// proxying a local fake upstream, then as the stand-in. Loopback only. Fails on any error, on the API key in the
// server's output, or on server memory that keeps growing (bounds below). STRESS_SECONDS (30) and STRESS_CLIENTS (200)
// override the run.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { freePort } from '../server/testing/free-port';

const root = new URL('..', import.meta.url).pathname;
const SECONDS = Number(process.env.STRESS_SECONDS ?? 30);
const CLIENTS = Number(process.env.STRESS_CLIENTS ?? 200);
const KEY = 'nlk_stress_NEVER_PRINTED_7c1f0e9d8b';
// Bounds on server RSS: growth from idle to the end, and growth over the second half of the run. The heap settles
// in the first half; a leak keeps growing with every request (15,000+ per half), so 96 MB is ~6 KB per request.
const MAX_GROWTH_MB = 256;
const MAX_SECOND_HALF_GROWTH_MB = 96;
const MAX_REQUESTS_PER_CLIENT = 1_000_000;

function ensureBuilt() {
  if (!existsSync(join(root, 'dist/client/index.html'))) {
    console.error('No built app in dist/client: run "npm run build" first.');
    process.exit(2);
  }
  const newest = (dir: string): number =>
    Math.max(0, ...readdirSync(dir).map((f) => (statSync(join(dir, f)).isDirectory() ? newest(join(dir, f)) : statSync(join(dir, f)).mtimeMs)));
  const server = join(root, 'dist/server/main.js');
  if (!existsSync(server) || newest(join(root, 'server')) > statSync(server).mtimeMs) {
    console.log('Building the server (sources are newer than dist/server/main.js)…');
    if (spawnSync('npm', ['run', '--silent', 'build:server'], { cwd: root, stdio: 'inherit' }).status !== 0) process.exit(2);
  }
}

/** Starts a child and resolves with its first stdout line matching `ready`; everything it prints is kept. */
// Children die with this script, whatever ends it (Ctrl-C, a closed pipe, an error).
const children = new Set<ChildProcess>();
process.once('exit', () => children.forEach(stop));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => process.exit(130));

function start(cmd: string, args: string[], env: Record<string, string>, ready: RegExp) {
  // stdin stays open as a lifeline: the fake upstream exits when it closes.
  const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  children.add(child);
  const output: string[] = [];
  child.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
  const line = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (l) => {
      output.push(l);
      if (ready.test(l)) resolve(l);
    });
    child.once('exit', (code) => reject(new Error(`${cmd} exited with ${code}:\n${output.join('\n')}`)));
  });
  return { child, output, line };
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

interface Stats {
  latencies: number[];
  errors: Map<string, number>;
}

function get(agent: Agent, port: number, path: string, stats: Stats): Promise<unknown> {
  const started = performance.now();
  return new Promise((resolve) => {
    const fail = (why: string) => {
      stats.errors.set(why, (stats.errors.get(why) ?? 0) + 1);
      resolve(null);
    };
    const req = request({ host: '127.0.0.1', port, path, agent, headers: { accept: 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', (e) => fail(`response: ${e.message}`));
      res.on('end', () => {
        stats.latencies.push(performance.now() - started);
        if (res.statusCode !== 200) return fail(`${res.statusCode} ${path.split('?')[0]}: ${Buffer.concat(chunks).toString().slice(0, 120)}`);
        try {
          resolve(JSON.parse(Buffer.concat(chunks).toString()));
        } catch {
          fail(`invalid JSON from ${path.split('?')[0]}`);
        }
      });
    });
    req.on('error', (e) => fail(`socket: ${e.message}`));
    req.end();
  });
}

interface Page {
  items: { id: string }[];
  pagination?: { next_cursor?: string | null };
}

/** One client: a mix of list walks (following cursors), single gets of ids it has seen, and the projects list. */
async function client(n: number, agent: Agent, port: number, projects: string[], deadline: number, stats: Stats) {
  const seen: string[] = [];
  for (let i = 0; i < MAX_REQUESTS_PER_CLIENT && performance.now() < deadline; i++) {
    const r = (n * 7919 + i * 104_729) % 100;
    if (r < 60) {
      const project = projects[(n + i) % projects.length]!;
      const limit = [10, 50, 100][i % 3];
      let cursor: string | null | undefined;
      for (let pageNo = 0; pageNo < 5 && performance.now() < deadline; pageNo++) {
        const qs = new URLSearchParams({ project_id: project, limit: String(limit), sort: 'created_at:desc' });
        if (cursor) qs.set('cursor', cursor);
        const body = (await get(agent, port, `/v1/operations?${qs}`, stats)) as Page | null;
        if (!body) break;
        if (seen.length < 200) seen.push(...body.items.slice(0, 3).map((o) => o.id));
        cursor = body.pagination?.next_cursor;
        if (!cursor) break;
      }
    } else if (r < 85 && seen.length) {
      await get(agent, port, `/v1/operations/${seen[i % seen.length]}`, stats);
    } else {
      await get(agent, port, '/v1/projects', stats);
    }
  }
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

async function run(name: string, env: Record<string, string>): Promise<boolean> {
  const port = await freePort();
  const server = start('node', ['dist/server/main.js'], { ...env, PORT: String(port), HOST: '127.0.0.1', LOG_REQUESTS: 'off' }, /Operations dashboard on/);
  await server.line;
  const pid = server.child.pid!;
  const stats: Stats = { latencies: [], errors: new Map() };
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const setup = new Agent();
  const projects = ((await get(setup, port, '/v1/projects', stats)) as Page).items.map((p) => p.id);
  setup.destroy();
  const idle = rssMb(pid);
  let peak = idle;
  let mid = idle;
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 250);
  const midTimer = setTimeout(() => (mid = rssMb(pid)), SECONDS * 500);
  await Promise.all(Array.from({ length: CLIENTS }, (_, n) => client(n, agent, port, projects, deadline, stats)));
  const elapsed = (performance.now() - started) / 1000;
  clearInterval(sampler);
  clearTimeout(midTimer);
  agent.destroy();
  await new Promise((r) => setTimeout(r, 500));
  const end = rssMb(pid);
  stop(server.child);

  const sorted = stats.latencies.sort((a, b) => a - b);
  const errors = [...stats.errors.values()].reduce((a, b) => a + b, 0);
  const leaked = server.output.join('\n').includes(KEY);
  const growth = end - idle;
  const secondHalf = end - mid;
  console.log(`\n${name}: ${CLIENTS} keep-alive clients for ${SECONDS} s`);
  console.log(`  requests  ${sorted.length.toLocaleString('en-US')} (${Math.round(sorted.length / elapsed).toLocaleString('en-US')} req/s), errors ${errors}`);
  for (const [why, count] of [...stats.errors].slice(0, 5)) console.log(`    ${count} × ${why}`);
  console.log(`  latency   p50 ${pct(sorted, 50).toFixed(1)} ms, p99 ${pct(sorted, 99).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms`);
  console.log(`  server RSS idle ${idle.toFixed(0)} MB, half-way ${mid.toFixed(0)} MB, peak ${peak.toFixed(0)} MB, end ${end.toFixed(0)} MB`);
  console.log(`  RSS growth ${growth.toFixed(0)} MB (bound ${MAX_GROWTH_MB}), second half ${secondHalf.toFixed(0)} MB (bound ${MAX_SECOND_HALF_GROWTH_MB})`);
  if (leaked) console.log('  FAIL: the API key appeared in the server output');
  return errors === 0 && !leaked && sorted.length > 0 && growth <= MAX_GROWTH_MB && secondHalf <= MAX_SECOND_HALF_GROWTH_MB;
}

function stop(child: ChildProcess) {
  if (child.exitCode === null) child.kill('SIGTERM');
}

ensureBuilt();
const upstream = start(join(root, 'node_modules/.bin/tsx'), ['scripts/stress-upstream.ts'], {}, /^http:\/\/127\.0\.0\.1:\d+$/);
async function both(): Promise<boolean> {
  const upstreamUrl = await upstream.line;
  const proxyOk = await run('proxy -> local fake upstream', { NIRVANA_LABS_API_KEY: KEY, NIRVANA_LABS_BASE_URL: upstreamUrl });
  const demoOk = await run('stand-in API', { NIRVANA_LABS_API_KEY: '', DEMO_LIVE: 'on' });
  return proxyOk && demoOk;
}
const ok = await both().finally(() => stop(upstream.child));
console.log(ok ? '\nstress: PASS' : '\nstress: FAIL');
process.exit(ok ? 0 : 1);
