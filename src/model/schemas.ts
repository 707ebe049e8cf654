import { z } from 'zod';
import { isCalendarDate } from './dates.js';

/** Largest article text (or record) `ingest` and `code` accept by default: 8 MiB. */
export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;

/** A YYYY-MM-DD flag that must name a real day: `--date 2024-02-30` is refused, naming the flag and the value. */
const date = (flag: string) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: (iss) => `${flag} must be YYYY-MM-DD, got "${String(iss.input)}"`, abort: true })
  .refine(isCalendarDate, { error: (iss) => `${flag} must be a real calendar date, got "${String(iss.input)}"` });
/** A whole number of at least 1, named in the error with the value given (`--jobs -2`, `--limit x`). */
const posInt = (flag: string) => z.string().transform((s, ctx) => {
  if (/^\d+$/.test(s) && Number(s) >= 1) return Number(s);
  ctx.addIssue({ code: 'custom', message: `${flag} must be a whole number of at least 1, got "${s}"` });
  return z.NEVER;
});

/** A JSON Lines input record for `dyad code --jsonl` (other fields are ignored). */
export const InputRecord = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  // An empty date is no date, as in ingest; one that is there must name a real day.
  date: z.preprocess((v) => (v === '' ? null : v), z.string().regex(/^\d{4}-\d{2}-\d{2}/, { message: 'date must be YYYY-MM-DD', abort: true }).transform((s) => s.slice(0, 10))
    .refine(isCalendarDate, { error: (iss) => `date must be a real calendar date, got "${String(iss.input)}"` }).optional().nullable()),
  title: z.string().optional().nullable(),
});
export type InputRecord = z.infer<typeof InputRecord>;

/** CLI flags of `dyad code`. */
export const CodeFlags = z.object({
  date: date('--date').optional(),
  title: z.string().optional(),
  explain: z.boolean().optional(),
  jsonl: z.boolean().optional(),
  html: z.boolean().optional(),
  incidents: z.boolean().optional(),
  hypothetical: z.boolean().optional(),
  all: z.boolean().optional(),
  'one-sided': z.boolean().optional(),
  'max-bytes': posInt('--max-bytes').default(DEFAULT_MAX_BYTES),
});

/** CLI flags of `dyad eval`. */
export const EvalFlags = z.object({
  json: z.boolean().optional(),
  out: z.string().min(1, '--out needs a file name').optional(),
  incidents: z.boolean().optional(),
  hypothetical: z.boolean().optional(),
  all: z.boolean().optional(),
  'one-sided': z.boolean().optional(),
});

/** CLI flags of `dyad ingest`. */
export const IngestFlags = z.object({
  db: z.string().min(1).default('dyad.db'),
  jobs: posInt('--jobs').optional(),
  strict: z.boolean().optional(),
  'max-bytes': posInt('--max-bytes').default(DEFAULT_MAX_BYTES),
  date: date('--date').optional(),
  watch: posInt('--watch').optional(),
  quiet: z.boolean().optional(),
  json: z.boolean().optional(),
  dictionaries: z.string().optional(),
  hypothetical: z.boolean().optional(),
  all: z.boolean().optional(),
});

/** CLI flags of `dyad recode`. */
export const RecodeFlags = IngestFlags.pick({ db: true, jobs: true, quiet: true, json: true, dictionaries: true, hypothetical: true, all: true });

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
  background: z.boolean().optional(),
  limit: posInt('--limit').optional(),
  format: z.enum(['table', 'json', 'jsonl', 'csv'], { message: '--format must be table, json, jsonl or csv' }).default('table'),
});

/** CLI flags of `dyad export`. */
export const ExportFlags = z.object({
  db: z.string().min(1).default('dyad.db'),
  format: z.enum(['gdelt', 'jsonl', 'csv'], { message: '--format must be gdelt, jsonl or csv' }),
  out: z.string().min(1).optional(),
});
