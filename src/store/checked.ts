/** Narrowing stored column values to the model's types, for every backend. */
import type { z } from 'zod';

/** A column value checked against the model's schema: a value the coder never writes means a damaged store. */
export function checked<T extends z.ZodType>(schema: T, value: unknown, what: string): z.infer<T> {
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`[STORE005] stored ${what} ${JSON.stringify(value)} is not one the coder writes`);
  return r.data;
}
