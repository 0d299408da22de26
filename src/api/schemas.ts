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

/** Any other JSON a change side may hold (an object, a list of numbers): outside the contract, kept and shown as JSON. */
export type OtherJson = { readonly [key: string]: unknown } | readonly unknown[];
/** The contract's from/to types, plus OtherJson: one odd value must not cost the whole page of 100 operations. */
export type ChangeValue = string | number | boolean | string[] | null | OtherJson;

/** The values JSON.parse can make (a missing side is `undefined`, handled by `optional`). */
const isChangeValue = (v: unknown): v is ChangeValue => v !== undefined;

// One type check instead of a union: the union tried each member in turn and built an issue for every miss (null was
// the fifth try): ~3 of the ~10 ms the first page took to parse on a cold load (decision 016). JSON has no other types.
export const changeValueSchema = z.custom<ChangeValue>(isChangeValue, { message: 'Expected a JSON value' });

export const fieldDiffSchema = z.object({
  from: z.optional(changeValueSchema),
  to: z.optional(changeValueSchema),
});
export type FieldDiff = z.infer<typeof fieldDiffSchema>;

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The contract's `{from, to}`; an entry of another shape (`"tags": null`) is kept as the value the field changed to. */
function fieldDiff(entry: unknown): FieldDiff {
  if (!isPlainObject(entry)) return { to: entry as ChangeValue };
  const d: FieldDiff = {};
  if (entry.from !== undefined) d.from = entry.from as ChangeValue;
  if (entry.to !== undefined) d.to = entry.to as ChangeValue;
  return d;
}

// One odd entry must not cost the page (a record of fieldDiffSchema refused all 100 operations for one `null`). A
// field named `__proto__` is defined, not assigned (that would swap the prototype and lose the field); the map stays a
// plain object otherwise: one without a prototype is a hash table in V8, +10 MB of heap at 100k rows in the bench.
const changesSchema = z.pipe(
  z.custom<Record<string, unknown>>(isPlainObject, { message: 'Expected an object of field changes' }),
  z.transform((raw): Record<string, FieldDiff> => {
    const out: Record<string, FieldDiff> = {};
    for (const [field, entry] of Object.entries(raw)) {
      if (field === '__proto__') Object.defineProperty(out, field, { value: fieldDiff(entry), enumerable: true, writable: true, configurable: true });
      else out[field] = fieldDiff(entry);
    }
    return out;
  }),
);
const NO_CHANGES: Record<string, FieldDiff> = {};

// `changes: null` or no `changes` (a Go nil map is written as null) reads as "no field changes", not as a bad page.
// Loose objects: fields the API adds later stay on the operation, so Copy as JSON and the JSON export keep them.
export const operationDetailsSchema = z.pipe(
  z.looseObject({ changes: z.optional(z.nullable(changesSchema)) }),
  z.transform((d) => ({ ...d, changes: d.changes ?? NO_CHANGES })),
);

export const operationSchema = z.looseObject({
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

export type Operation = z.infer<typeof operationSchema>;
export type OperationList = z.infer<typeof operationListSchema>;
export type Pagination = z.infer<typeof paginationSchema>;
export type Project = z.infer<typeof projectSchema>;
export type ProjectList = z.infer<typeof projectListSchema>;

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string): boolean => UUID_RE.test(value);
