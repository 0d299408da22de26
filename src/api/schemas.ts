// Schemas of the Operations API, mirroring ../shared/seed (the public reference page).
// zod/mini keeps the initial bundle small (docs/decisions/002-bundle-budget.md).
// Enum-like fields are plain strings: values the API adds later are kept and shown, never rejected.
import * as z from 'zod/mini';

export const KNOWN_KINDS = ['vm', 'volume', 'vpc', 'firewall_rule', 'nks_cluster', 'nks_node_pool'] as const;
export const KNOWN_TYPES = ['create', 'update', 'delete', 'restart'] as const;
export const KNOWN_STATUSES = ['pending', 'running', 'done', 'failed', 'unknown'] as const;

export type KnownKind = (typeof KNOWN_KINDS)[number];
export type KnownType = (typeof KNOWN_TYPES)[number];
export type KnownStatus = (typeof KNOWN_STATUSES)[number];

export type ChangeValue = string | number | boolean | string[] | null;

const isChangeValue = (v: unknown): v is ChangeValue =>
  v === null ||
  typeof v === 'string' ||
  typeof v === 'boolean' ||
  (typeof v === 'number' && Number.isFinite(v)) ||
  (Array.isArray(v) && v.every((x) => typeof x === 'string'));

// One type check instead of a five-way union: the union tried each member in turn and built an issue for every miss
// (null was the fifth try): ~3 of the ~10 ms the first page took to parse on a cold load (decision 016).
export const changeValueSchema = z.custom<ChangeValue>(isChangeValue, { message: 'Expected a string, number, boolean, list of strings or null' });

export const fieldDiffSchema = z.object({
  from: z.optional(changeValueSchema),
  to: z.optional(changeValueSchema),
});

export const operationDetailsSchema = z.object({
  changes: z.record(z.string(), fieldDiffSchema),
});

export const operationSchema = z.object({
  id: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  project_id: z.string(),
  resource_id: z.string(),
  kind: z.string(),
  type: z.string(),
  status: z.string(),
  // Added in May 2026: older operations have null, and older deployments may omit it.
  details: z.optional(z.nullable(operationDetailsSchema)),
});

export const paginationSchema = z.object({
  next_cursor: z.optional(z.nullable(z.string())),
  previous_cursor: z.optional(z.nullable(z.string())),
  total_count: z.optional(z.nullable(z.number())),
});

export const operationListSchema = z.object({
  items: z.array(operationSchema),
  pagination: z.optional(paginationSchema),
});

export const projectSchema = z.object({
  id: z.string(),
  name: z.optional(z.string()),
  region: z.optional(z.string()),
  created_at: z.optional(z.string()),
});

export const projectListSchema = z.object({
  items: z.array(projectSchema),
  pagination: z.optional(paginationSchema),
});

export type FieldDiff = z.infer<typeof fieldDiffSchema>;
export type Operation = z.infer<typeof operationSchema>;
export type OperationList = z.infer<typeof operationListSchema>;
export type Pagination = z.infer<typeof paginationSchema>;
export type Project = z.infer<typeof projectSchema>;
export type ProjectList = z.infer<typeof projectListSchema>;

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID_RE.test(value);
