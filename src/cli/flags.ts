/** Flag parsing at the CLI boundary: node's parseArgs for the shape, zod for the values, one line naming the flag on error (exit 2). */
import { parseArgs } from 'node:util';
import type { z } from 'zod';
import { EXIT_USAGE } from './status.js';

/** The options a subcommand takes (parseArgs' shape). */
export type FlagSpec = Record<string, { readonly type: 'string' | 'boolean' }>;

/** Print a flag error for `dyad CMD` and return the usage exit status. */
export function flagError(cmd: string, e: z.ZodError | string): number {
  const msg = typeof e === 'string' ? e : e.issues.map((i) => (i.path.length && !i.message.startsWith('--') ? `--${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
  process.stderr.write(`dyad ${cmd}: ${msg}\n`);
  return EXIT_USAGE;
}

/**
 * `--limit -1` is a value that starts with a dash, which parseArgs calls ambiguous: join it to its flag
 * (`--limit=-1`) so that the flag's own check names what is wrong with it. A following known flag is never taken as a value.
 */
function joinDashValues(args: readonly string[], spec: FlagSpec): string[] {
  const known = (a: string): boolean => a.startsWith('--') && (a.slice(2).split('=')[0] ?? '') in spec;
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const next = args[i + 1];
    if (a === '--') { out.push(...args.slice(i)); break; }
    if (a.startsWith('--') && !a.includes('=') && spec[a.slice(2)]?.type === 'string' && next !== undefined && next.startsWith('-') && next !== '-' && !known(next)) {
      out.push(`${a}=${next}`);
      i++;
    } else out.push(a);
  }
  return out;
}

/** parseArgs' error as one plain line naming the flag or argument. */
function shapeError(e: { code?: string; message: string }, spec: FlagSpec): string {
  const name = /'([^' ]+)/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown flag ${name} (known: ${Object.keys(spec).map((k) => `--${k}`).join(' ')})`;
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `unexpected argument "${name}": this command takes only flags`;
  if (/does not take an argument/.test(e.message)) return `${name} takes no value`;
  if (/argument missing|ambiguous/.test(e.message)) return `${name} needs a value`;
  return e.message.split('\n')[0] ?? e.message;
}

/** Parse and validate a subcommand's arguments; a number is the exit status after the error was printed. */
export function parseFlags<S extends z.ZodType>(cmd: string, args: readonly string[], spec: FlagSpec, schema: S, opts: { positionals?: boolean } = {}): { flags: z.output<S>; positionals: string[]; values: Record<string, unknown> } | number {
  let parsed: { values: Record<string, unknown>; positionals: string[] };
  try {
    parsed = parseArgs({ args: joinDashValues(args, spec), options: spec, allowPositionals: opts.positionals ?? false, strict: true });
  } catch (e) {
    if (e instanceof Error && 'code' in e && typeof e.code === 'string' && e.code.startsWith('ERR_PARSE_ARGS')) return flagError(cmd, shapeError(e as Error & { code: string }, spec));
    throw e;
  }
  // --db falls back to DYAD_DB (a fleet's machines share one postgres:// URL), then to the schema's default.
  const values = 'db' in spec && parsed.values['db'] === undefined && process.env['DYAD_DB'] ? { ...parsed.values, db: process.env['DYAD_DB'] } : parsed.values;
  const f = schema.safeParse(values);
  if (!f.success) return flagError(cmd, f.error);
  return { flags: f.data, positionals: parsed.positionals, values };
}
