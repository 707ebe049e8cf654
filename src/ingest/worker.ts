/** Worker-thread entry: builds one coder, then codes the records the pool sends. */
import { parentPort, workerData } from 'node:worker_threads';
import { createCoder, type CoderOptions } from '../pipeline/coder.js';
import { codeRecord } from './code-record.js';
import { RecordError } from './record-error.js';
import type { WorkerReply, WorkerTask } from './pool.js';

const port = parentPort;
if (!port) throw new Error('worker.js runs only as a worker thread');
const coder = createCoder(workerData as CoderOptions);
port.postMessage({ ready: coder.version } satisfies WorkerReply);

port.on('message', (t: WorkerTask) => {
  let reply: WorkerReply;
  try {
    reply = { seq: t.seq, ok: codeRecord(coder, t.record, t.hash) };
  } catch (e) {
    const err = e instanceof RecordError ? e : new RecordError('ING020', t.record.meta.origin, `coder failed: ${e instanceof Error ? e.message : String(e)}`);
    reply = { seq: t.seq, error: { code: err.code, origin: err.origin, detail: err.detail } };
  }
  port.postMessage(reply);
});
