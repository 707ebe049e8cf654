/**
 * `dyad serve --workers N`: the primary process of a cluster. Each worker is a whole `dyad serve` (the same
 * flags) with its own SQLite connections; the workers share the listening socket, and the primary hands each
 * new connection to one of them in turn. SQLite in WAL mode lets the workers read side by side, and a write
 * from any of them waits for the others' (busy_timeout). The primary only starts, restarts and stops workers.
 */
import cluster, { type Worker } from 'node:cluster';
import type { AddressInfo } from 'node:net';

/** Restarts allowed for workers that died on their own, before the primary gives up. */
const MAX_RESTARTS = 10;

/** Run the cluster's primary until SIGINT/SIGTERM (0) or until workers keep dying (1). */
export function runPrimary(opts: { workers: number; quiet: boolean; note: string }): Promise<number> {
  return new Promise((resolve) => {
    let stopping = false;
    let restarts = 0;
    let listening = 0;
    let status = 0;
    const stop = (code: number): void => {
      if (stopping) return;
      stopping = true;
      status = code;
      const live = Object.values(cluster.workers ?? {});
      for (const w of live) w?.process.kill('SIGTERM');
      if (live.length === 0) resolve(status);
    };
    cluster.on('listening', (_w: Worker, a: AddressInfo | string) => {
      if (++listening !== opts.workers || opts.quiet || typeof a === 'string') return;
      const url = `http://${a.address.includes(':') ? `[${a.address}]` : a.address}:${a.port}`;
      process.stderr.write(`dyad serve: ${url} (${opts.note}; ${opts.workers} worker processes; API docs ${url}/docs; OpenAPI ${url}/openapi.json)\n`);
    });
    cluster.on('exit', (w: Worker, code: number | null, signal: string | null) => {
      if (!stopping) {
        process.stderr.write(`dyad serve: worker ${w.process.pid ?? '?'} exited (${signal ?? `status ${code ?? '?'}`})\n`);
        // A worker that never got to listen (a port in use, a bad store) would fail again: stop.
        if (listening === 0 || ++restarts > MAX_RESTARTS) stop(1);
        else cluster.fork();
      }
      if (stopping && Object.keys(cluster.workers ?? {}).length === 0) resolve(status);
    });
    process.once('SIGINT', () => stop(0));
    process.once('SIGTERM', () => stop(0));
    for (let i = 0; i < opts.workers; i++) cluster.fork();
  });
}
