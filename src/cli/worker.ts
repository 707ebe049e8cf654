/** `dyad worker` (code and store queued articles) and `dyad queue status|retry-failed|drain`. */
import { setTimeout as sleep } from 'node:timers/promises';
import { QueueCommandFlags, WorkerFlags } from '../model/queue-schemas.js';
import { completedTotal, drain, queueCounts, retryFailed, statusLine } from '../queue/admin.js';
import { openQueue } from '../queue/connection.js';
import { startWorker } from '../queue/worker.js';
import { isPostgres, openAnyStore } from './open-store.js';
import { flagError, parseFlags } from './flags.js';

const log = (line: string): void => { process.stderr.write(`${line}\n`); };

/** `dyad worker --queue redis://… --db postgres://… [--concurrency N]`: runs until SIGTERM, which finishes the active jobs. */
export async function cmdWorker(args: string[]): Promise<number> {
  const parsed = parseFlags('worker', args, {
    queue: { type: 'string' }, 'queue-name': { type: 'string' }, db: { type: 'string' }, concurrency: { type: 'string' },
    'lock-seconds': { type: 'string' }, dictionaries: { type: 'string' }, quiet: { type: 'boolean' },
  }, WorkerFlags);
  if (typeof parsed === 'number') return parsed;
  const { flags } = parsed;
  if (!isPostgres(flags.db)) log(`dyad worker: warning: --db ${flags.db} is a SQLite file; several workers need a shared postgres:// store`);
  const storeName = flags.db.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
  const w = await startWorker({
    queue: { url: flags.queue, name: flags['queue-name'] }, openStore: () => openAnyStore(flags.db), storeName,
    concurrency: flags.concurrency, lockMs: flags['lock-seconds'] * 1000, log, logJobs: !flags.quiet,
    ...(flags.dictionaries ? { coder: { dictionaryDir: flags.dictionaries } } : {}),
  });
  if (!flags.quiet) log(`dyad worker ${process.pid}: ready, concurrency ${flags.concurrency}, queue ${flags['queue-name']}`);
  await new Promise<void>((resolve) => {
    const stop = (sig: string): void => {
      process.on(sig, () => process.exit(130));
      log(`dyad worker ${process.pid}: ${sig}: finishing the active jobs, taking no new ones`);
      resolve();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  await w.close();
  const c = w.counts;
  log(`dyad worker ${process.pid}: stopped; stored ${c.stored}, duplicates ${c.duplicates}, recoded ${c.recoded}, failed attempts ${c.failed}`);
  return 0;
}

/** `dyad queue status [--json] [--watch SECONDS] | retry-failed | drain`. */
export async function cmdQueue(args: string[]): Promise<number> {
  const env = process.env['DYAD_QUEUE'];
  const parsed = parseFlags('queue', env && !args.includes('--queue') ? [...args, '--queue', env] : args, {
    queue: { type: 'string' }, 'queue-name': { type: 'string' }, json: { type: 'boolean' }, watch: { type: 'string' },
  }, QueueCommandFlags, { positionals: true });
  if (typeof parsed === 'number') return parsed;
  const { flags: f, positionals } = parsed;
  const [sub] = positionals;
  if (sub !== 'status' && sub !== 'retry-failed' && sub !== 'drain') return flagError('queue', 'expected status, retry-failed or drain');
  const q = openQueue({ url: f.queue, name: f['queue-name'] });
  try {
    if (sub === 'retry-failed') { log(`${await retryFailed(q)} failed jobs moved back to waiting`); return 0; }
    if (sub === 'drain') { log(`${await drain(q)} waiting and delayed jobs removed`); return 0; }
    const watch = f.watch;
    let prev: { t: number; done: number } | null = null;
    for (;;) {
      const c = await queueCounts(q);
      const now = { t: Date.now(), done: await completedTotal(q) };
      const rate = prev ? (now.done - prev.done) / Math.max((now.t - prev.t) / 1000, 1e-3) : null;
      if (f.json) process.stdout.write(JSON.stringify(watch ? { ...c, jobsPerSecond: rate } : c) + '\n');
      else process.stdout.write(`${statusLine(c, rate)}\n`);
      if (!watch) return 0;
      prev = now;
      await sleep(watch * 1000);
    }
  } finally {
    await q.close();
  }
}
