/** Flag errors: one line naming the command and what is wrong, exit status 2. */
import type { z } from 'zod';

/** Print a flag error for `dyad CMD` and return the usage exit status. */
export function flagError(cmd: string, e: z.ZodError | string): number {
  const msg = typeof e === 'string' ? e : e.issues.map((i) => (i.path.length && !i.message.startsWith('--') ? `--${i.path.join('.')}: ${i.message}` : i.message)).join('; ');
  process.stderr.write(`dyad ${cmd}: ${msg}\n`);
  return 2;
}
