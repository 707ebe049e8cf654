/** The messages between the coder pool and its worker threads, validated on arrival at either end. */
import { z } from 'zod';
import type { DeepReadonly } from '../model/readonly.js';
import { CodedArticle } from '../model/stored.js';
import { RawRecord } from './records.js';

/**
 * The coder options a worker starts with (its workerData). Loose: an option the pipeline adds later
 * passes through unchecked rather than being dropped; the known ones are checked.
 */
export const WorkerOptions = z.looseObject({ dictionaryDir: z.string().exactOptional(), cameoDir: z.string().exactOptional(), hypothetical: z.boolean().exactOptional(), background: z.boolean().exactOptional() });

/** A record to code; `hash` is given when the text (and so the key) is already known. */
export const WorkerTask = z.object({ seq: z.number(), record: RawRecord, hash: z.string().exactOptional() });
export type WorkerTask = DeepReadonly<z.infer<typeof WorkerTask>>;

/** What a worker sends back: its coder version once ready, then a coded article or an error per task. */
export const WorkerReply = z.union([
  z.object({ ready: z.string() }),
  z.object({ seq: z.number(), ok: CodedArticle }),
  z.object({ seq: z.number(), error: z.object({ code: z.string(), origin: z.string(), detail: z.string() }) }),
]);
export type WorkerReply = DeepReadonly<z.infer<typeof WorkerReply>>;

/** Check a message that crossed the thread boundary: the parsed value, or what is wrong with it. */
export function parseMessage<T extends z.ZodType>(schema: T, message: unknown): { ok: true; value: z.infer<T> } | { ok: false; detail: string } {
  const r = schema.safeParse(message);
  if (r.success) return { ok: true, value: r.data };
  const issue = r.error.issues[0];
  return { ok: false, detail: issue ? `${issue.path.join('.') || 'message'}: ${issue.message}` : 'invalid' };
}
