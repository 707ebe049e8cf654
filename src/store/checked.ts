/** Narrowing stored column values to the model's types, for every backend. */
import type { z } from 'zod';

/**
 * Primitive values each schema has accepted, with what it parsed them to: the columns checked here (enums,
 * QuadClass) hold a handful of values, and a page of events checks four per row.
 */
const accepted = new WeakMap<z.ZodType, Map<unknown, unknown>>();

/** A column value checked against the model's schema: a value the coder never writes means a damaged store. */
export function checked<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  let seen = accepted.get(schema);
  if (seen?.has(value)) return seen.get(value) as z.infer<T>;
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`[STORE005] stored ${what} ${JSON.stringify(value)} is not one the coder writes`);
  if (value === null || typeof value !== 'object') {
    if (!seen) { seen = new Map(); accepted.set(schema, seen); }
    if (seen.size < 256) seen.set(value, r.data);
  }
  return r.data;
}
