import { z } from 'zod';

/** A JSON Lines input record for `dyad code --jsonl` (other fields are ignored). */
export const InputRecord = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'date must be YYYY-MM-DD').transform((s) => s.slice(0, 10)).optional().nullable(),
  title: z.string().optional().nullable(),
});
export type InputRecord = z.infer<typeof InputRecord>;

/** CLI flags of `dyad code`. */
export const CodeFlags = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '--date must be YYYY-MM-DD').optional(),
  title: z.string().optional(),
  explain: z.boolean().optional(),
  jsonl: z.boolean().optional(),
  html: z.boolean().optional(),
});
