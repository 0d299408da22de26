// Server configuration, parsed and validated once at start (bulletproof-react's config/env idea).
import * as z from 'zod/mini';
import { parseAllowedHosts } from './hosts';

const flag = (fallback: boolean) =>
  z.pipe(
    z.optional(z.string()),
    z.transform((v) => (v === undefined ? fallback : !/^(off|0|false|no)$/i.test(v.trim()))),
  );
const intIn = (min: number, max: number, fallback: number) =>
  z.pipe(
    z.optional(z.string()),
    z.transform((v, ctx) => {
      if (v === undefined || v.trim() === '') return fallback;
      const n = Number(v);
      if (!Number.isInteger(n) || n < min || n > max) {
        ctx.issues.push({ code: 'custom', message: `must be an integer from ${min} to ${max}`, input: v });
        return z.NEVER;
      }
      return n;
    }),
  );

const envSchema = z.object({
  PORT: intIn(0, 65535, 4173),
  HOST: z._default(z.string(), '127.0.0.1'),
  NIRVANA_LABS_API_KEY: z.optional(z.string()),
  NIRVANA_LABS_BASE_URL: z._default(z.url({ protocol: /^https?$/ }), 'https://api.nirvanalabs.io'),
  UPSTREAM_TIMEOUT_MS: intIn(100, 600_000, 30_000),
  DEMO_SEED: z._default(z.string(), 'nirvana'),
  DEMO_SIZE: intIn(0, 200_000, 25_000),
  DEMO_FILTERS: flag(true),
  DEMO_LIVE: flag(true),
  DEMO_TICK_MS: intIn(200, 600_000, 5_000),
  DEMO_LATENCY_MS: intIn(0, 60_000, 0),
  DEMO_FAIL_RATE: z.pipe(
    z.optional(z.string()),
    z.transform((v, ctx) => {
      const n = v === undefined || v.trim() === '' ? 0 : Number(v);
      if (!(n >= 0 && n <= 1)) {
        ctx.issues.push({ code: 'custom', message: 'must be a number from 0 to 1', input: v });
        return z.NEVER;
      }
      return n;
    }),
  ),
  DEMO_API_KEY: z.optional(z.string()),
  LOG_REQUESTS: flag(false),
  // Read in both modes, so a typo fails the start either way; only proxy mode checks Host (server/hosts.ts).
  ALLOWED_HOSTS: z.pipe(
    z.optional(z.string()),
    z.transform((v, ctx) => {
      const { hosts, invalid } = parseAllowedHosts(v ?? '');
      for (const entry of invalid) {
        ctx.issues.push({
          code: 'custom',
          message: `${JSON.stringify(entry)} is not a host name: list names only, comma-separated, without scheme, port, path or spaces (dash.example.com, or .example.com for a domain and its subdomains)`,
          input: v,
        });
      }
      return invalid.length ? z.NEVER : hosts;
    }),
  ),
});

export type ServerEnv = z.infer<typeof envSchema>;

export function parseEnv(source: Record<string, string | undefined> = process.env): ServerEnv {
  // Empty strings mean "unset", so `NIRVANA_LABS_API_KEY= npm start` runs the demo.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
