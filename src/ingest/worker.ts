/** Worker-thread entry: builds one coder, then codes the records the pool sends. */
import { parentPort, workerData } from 'node:worker_threads';
import { createCoder } from '../pipeline/coder.js';
import { codeRecord } from './code-record.js';
import { RecordError } from './record-error.js';
import { parseMessage, WorkerOptions, WorkerTask, type WorkerReply } from './worker-messages.js';

const port = parentPort;
if (!port) throw new Error('worker.js runs only as a worker thread');
const options = parseMessage(WorkerOptions, workerData ?? {});
if (!options.ok) throw new Error(`[ING022] malformed worker options: ${options.detail}`);
const coder = createCoder(options.value);
port.postMessage({ ready: coder.version } satisfies WorkerReply);

port.on('message', (msg: unknown) => {
  // A task that does not parse is a bug in the pool: stop this worker; the pool fails its records (ING021).
  const parsed = parseMessage(WorkerTask, msg);
  if (!parsed.ok) throw new Error(`[ING022] malformed worker task: ${parsed.detail}`);
  const t = parsed.value;
  let reply: WorkerReply;
  try {
    reply = { seq: t.seq, ok: codeRecord(coder, t.record, t.hash) };
  } catch (e) {
    const err = e instanceof RecordError ? e : new RecordError('ING020', t.record.meta.origin, `coder failed: ${e instanceof Error ? e.message : String(e)}`);
    reply = { seq: t.seq, error: { code: err.code, origin: err.origin, detail: err.detail } };
  }
  port.postMessage(reply);
});
