/**
 * wink-nlp tokenising and tagging in a worker thread: the bench's floor timed in a V8 heap of its own, so
 * that what the coder keeps in memory (and the collections it causes) does not slow the floor it is
 * compared with. Interleaved article by article with the coder, as the in-process floor is.
 */
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** A floor in its own thread: `time` blocks until the worker has read the text, and says how long it took. */
export interface Floor {
  time(text: string): { readonly ms: number; readonly tokens: number };
  close(): Promise<number>;
}

/** Start the worker thread that times wink-nlp alone. */
export function startFloor(): Floor {
  const shared = new SharedArrayBuffer(32);
  const flag = new Int32Array(shared, 0, 1);
  const out = new Float64Array(shared, 8, 2);
  const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { floor: shared } });
  return {
    time(text) {
      Atomics.store(flag, 0, 0);
      worker.postMessage(text);
      Atomics.wait(flag, 0, 0);
      return { ms: out[0] ?? 0, tokens: out[1] ?? 0 };
    },
    close: () => worker.terminate(),
  };
}

// Worker side: read each text posted, write the time and token count, wake the waiting main thread.
const floorData = (workerData as { floor?: SharedArrayBuffer } | null)?.floor;
if (!isMainThread && parentPort && floorData) {
  const flag = new Int32Array(floorData, 0, 1);
  const out = new Float64Array(floorData, 8, 2);
  const nlp = winkNLP(model, ['pos']);
  const its = nlp.its;
  parentPort.on('message', (text: string) => {
    const t0 = performance.now();
    const pos = nlp.readDoc(text).tokens().out(its.pos);
    out[0] = performance.now() - t0;
    out[1] = pos.length;
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  });
}
