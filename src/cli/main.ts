/** The `dyad` command: each subcommand's module is loaded on demand, so `ingest` or `events` never pay for the coder. */
import cluster from 'node:cluster';
import { DictionaryError } from '../dictionaries/errors.js';

import { USAGE } from './usage.js';

/** Entry point of the `dyad` command. */
export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === 'code') return (await import('./code-command.js')).cmdCode(rest);
  if (cmd === 'coverage') return (await import('./coverage.js')).cmdCoverage(rest);
  if (cmd === 'eval') return (await import('./code-command.js')).cmdEval(rest);
  if (cmd === 'ingest') return (await import('./ingest.js')).cmdIngest(rest);
  if (cmd === 'recode') return (await import('./ingest.js')).cmdRecode(rest);
  if (cmd === 'events') return (await import('./query.js')).cmdEvents(rest);
  if (cmd === 'export') return (await import('./query.js')).cmdExport(rest);
  if (cmd === 'worker') return (await import('./worker.js')).cmdWorker(rest);
  if (cmd === 'queue') return (await import('./worker.js')).cmdQueue(rest);
  if (cmd === 'serve') return (await import('./serve.js')).cmdServe(rest);
  process.stderr.write(`${cmd === undefined || cmd === '--help' || cmd === 'help' ? '' : `unknown command "${cmd}"\n`}${USAGE}\n`);
  return cmd === undefined || cmd === '--help' || cmd === 'help' ? 0 : 2;
}

// A closed pipe (`dyad events | head`) ends output quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); throw e; });

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    process.stderr.write(`${e instanceof DictionaryError ? e.message : e instanceof Error ? `dyad: ${e.message}` : String(e)}\n`);
    process.exitCode = 1;
    // A `dyad serve` worker that cannot start (its store busy while another worker opens it) leaves at once:
    // its channel to the primary would keep it alive and not listening, and the cluster would never serve.
    if (cluster.isWorker) process.exit(1);
  },
);
