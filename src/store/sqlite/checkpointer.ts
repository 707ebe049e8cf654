/** A background WAL checkpointer: its own thread and connection, so disk syncs never stall the writer. */
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** A running checkpointer. */
export interface Checkpointer {
  /** Stop after the checkpoint in progress, if any. */
  stop(): Promise<void>;
}

// The worker body: passive checkpoints (they never block the writer) while the WAL has grown.
const BODY = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = NORMAL');
let stopped = false;
parentPort.on('message', () => { stopped = true; });
const tick = () => {
  if (stopped) { db.close(); parentPort.postMessage('done'); return; }
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
  setTimeout(tick, workerData.everyMs);
};
tick();
`;

/** Start checkpointing the database at `path` every `everyMs` milliseconds. */
export function startCheckpointer(path: string, everyMs = 500): Checkpointer {
  const w = new Worker(BODY, { eval: true, workerData: { path, everyMs, module: fileURLToPath(import.meta.resolve('better-sqlite3')) } });
  w.unref();
  return {
    async stop() {
      const done = new Promise<void>((res) => { w.once('message', () => res()); w.once('exit', () => res()); });
      w.postMessage('stop');
      await done;
      await w.terminate();
    },
  };
}
