/** `dyad serve`: the REST API and the dashboard over a store, from one process or several (--workers). */
import cluster from 'node:cluster';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { buildApi } from '../api/server.js';
import { createCoder, type Coder } from '../pipeline/coder.js';
import { packageRoot } from '../paths.js';
import { openSqliteStore } from '../store/sqlite/sqlite-store.js';
import { openSqliteViews } from '../store/sqlite/views.js';
import { flagError } from './flags.js';
import { runPrimary } from './serve-cluster.js';

/** CLI flags of `dyad serve`. */
const ServeFlags = z.object({
  db: z.string().min(1).default('dyad.db'),
  port: z.string().regex(/^\d{1,5}$/, '--port must be a port number').transform(Number).refine((n) => n <= 65535, '--port must be at most 65535').default(8080),
  host: z.string().min(1).default('127.0.0.1'),
  cors: z.url('--cors must be an origin such as http://localhost:3000').optional(),
  quiet: z.boolean().optional(),
  'no-cache': z.boolean().optional(),
  workers: z.string().regex(/^\d{1,2}$/, '--workers must be a number of processes').transform(Number).refine((n) => n >= 1 && n <= 32, '--workers must be 1 to 32').optional(),
});

/** Processes serving by default: one per CPU, at most 4 (reads scale with them; each builds its own coder on first use). */
export function defaultWorkers(): number {
  return Math.min(availableParallelism(), 4);
}

/** True for the loopback addresses, the only hosts where write routes may go without a token. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** `dyad serve [--db PATH] [--port 8080] [--host 127.0.0.1] [--cors ORIGIN] [--no-cache] [--workers N]`. */
export async function cmdServe(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, cors: { type: 'string' }, quiet: { type: 'boolean' }, 'no-cache': { type: 'boolean' }, workers: { type: 'string' } } });
  const f = ServeFlags.safeParse(values);
  if (!f.success) return flagError('serve', f.error);
  const token = process.env['DYAD_API_TOKEN'] || null;
  if (!isLoopback(f.data.host) && !token) {
    return flagError('serve', `--host ${f.data.host} is reachable from other machines: set DYAD_API_TOKEN (write routes then need "Authorization: Bearer TOKEN"), or serve on 127.0.0.1`);
  }
  const workers = f.data.workers ?? defaultWorkers();
  if (cluster.isPrimary && workers > 1) {
    // Migrate (or create) the store once, here, before the workers open it side by side.
    await openSqliteStore(f.data.db).close();
    return runPrimary({ workers, quiet: f.data.quiet === true, note: `store ${f.data.db}${token ? '; write routes need the token' : ''}` });
  }
  const store = openSqliteStore(f.data.db);
  const views = openSqliteViews(f.data.db);
  let coder: Coder | null = null;
  const web = join(packageRoot(), 'dist', 'web');
  const app = await buildApi({
    store, views, token, cors: f.data.cors ?? null, logger: false, cache: f.data['no-cache'] !== true,
    coder: () => (coder ??= createCoder()),
    webRoot: existsSync(join(web, 'index.html')) ? web : null,
  });
  // Once, though a worker may get both the terminal's SIGINT and its primary's SIGTERM.
  let stopped: Promise<void> | null = null;
  const stop = (): Promise<void> => (stopped ??= (async () => {
    await app.close();
    views.close();
    await store.close();
  })());
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  const address = await app.listen({ port: f.data.port, host: f.data.host });
  // A worker's primary says where the server listens, once for all.
  if (!f.data.quiet && cluster.isPrimary) {
    process.stderr.write(`dyad serve: ${address} (store ${f.data.db}; API docs ${address}/docs; OpenAPI ${address}/openapi.json)${token ? '; write routes need the token' : ''}\n`);
    if (!existsSync(join(web, 'index.html'))) process.stderr.write('dyad serve: no dashboard build at dist/web (run npm run build)\n');
  }
  await new Promise<void>((resolve) => app.server.once('close', () => resolve()));
  // A worker's channel to its primary would keep it alive.
  cluster.worker?.disconnect();
  return 0;
}
