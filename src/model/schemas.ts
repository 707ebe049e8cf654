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
  incidents: z.boolean().optional(),
});

const date = (flag: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, `${flag} must be YYYY-MM-DD`);
const posInt = (flag: string) => z.string().regex(/^\d+$/, `${flag} must be a whole number`).transform(Number).refine((n) => n > 0, `${flag} must be at least 1`);

/** CLI flags of `dyad ingest`. */
export const IngestFlags = z.object({
  db: z.string().min(1).default('dyad.db'),
  jobs: posInt('--jobs').optional(),
  strict: z.boolean().optional(),
  'max-bytes': posInt('--max-bytes').default(8 * 1024 * 1024),
  date: date('--date').optional(),
  watch: posInt('--watch').optional(),
  quiet: z.boolean().optional(),
  json: z.boolean().optional(),
  dictionaries: z.string().optional(),
});

/** CLI flags of `dyad recode`. */
export const RecodeFlags = IngestFlags.pick({ db: true, jobs: true, quiet: true, json: true, dictionaries: true });

/** CLI flags of `dyad events`. */
export const EventsFlags = z.object({
  db: z.string().min(1).default('dyad.db'),
  actor: z.string().regex(/^[A-Z0-9]{1,30}$/i, '--actor must be a CAMEO actor code or prefix').transform((s) => s.toUpperCase()).optional(),
  source: z.string().regex(/^[A-Z0-9]{1,30}$/i, '--source must be a CAMEO actor code or prefix').transform((s) => s.toUpperCase()).optional(),
  target: z.string().regex(/^[A-Z0-9]{1,30}$/i, '--target must be a CAMEO actor code or prefix').transform((s) => s.toUpperCase()).optional(),
  code: z.string().regex(/^\d{1,4}$/, '--code must be a CAMEO code prefix such as 19 or 057').optional(),
  quad: z.enum(['1', '2', '3', '4'], { message: '--quad must be 1, 2, 3 or 4' }).transform(Number).optional(),
  since: date('--since').optional(),
  until: date('--until').optional(),
  place: z.string().min(1).optional(),
  text: z.string().min(1).optional(),
  negated: z.boolean().optional(),
  limit: posInt('--limit').optional(),
  format: z.enum(['table', 'json', 'jsonl', 'csv'], { message: '--format must be table, json, jsonl or csv' }).default('table'),
});

/** CLI flags of `dyad export`. */
export const ExportFlags = z.object({
  db: z.string().min(1).default('dyad.db'),
  format: z.enum(['gdelt', 'jsonl', 'csv'], { message: '--format must be gdelt, jsonl or csv' }),
  out: z.string().min(1).optional(),
});
