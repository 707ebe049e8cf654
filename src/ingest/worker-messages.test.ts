import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMessage, WorkerReply, WorkerTask } from './worker-messages.js';

const META = { id: 'a', title: null, url: null, source: null, publishedAt: '2024-05-07', origin: 'x.jsonl:1' };
const TASK = { seq: 1, record: { meta: META, content: 'Freedonia attacked Sylvania.', kind: 'text' } };
const CODED = { hash: 'h', meta: META, text: 'Freedonia attacked Sylvania.', coderVersion: 'v', sentences: [[0, 28]], mentions: [], events: [] };

// Messages crossing the thread boundary are checked field by field; what is wrong is named.
const ROWS: readonly { name: string; schema: typeof WorkerTask | typeof WorkerReply; message: unknown; detail: string | null }[] = [
  { name: 'a task', schema: WorkerTask, message: TASK, detail: null },
  { name: 'a task with a known hash', schema: WorkerTask, message: { ...TASK, hash: 'abc' }, detail: null },
  { name: 'a task without a record', schema: WorkerTask, message: { seq: 1 }, detail: 'record: Invalid input: expected object, received undefined' },
  { name: 'a task of an unknown kind', schema: WorkerTask, message: { ...TASK, record: { ...TASK.record, kind: 'pdf' } }, detail: 'record.kind: Invalid option: expected one of "text"|"html"|"fragment"' },
  { name: 'a ready reply', schema: WorkerReply, message: { ready: 'v1' }, detail: null },
  { name: 'a coded reply', schema: WorkerReply, message: { seq: 1, ok: CODED }, detail: null },
  { name: 'an error reply', schema: WorkerReply, message: { seq: 1, error: { code: 'ING010', origin: 'x', detail: 'empty text' } }, detail: null },
  { name: 'a reply with a bad sentence range', schema: WorkerReply, message: { seq: 1, ok: { ...CODED, sentences: [[0]] } }, detail: 'message: Invalid input' },
];

for (const r of ROWS) {
  test(`worker messages: ${r.name}`, () => {
    const got = parseMessage(r.schema, r.message);
    if (r.detail === null) assert.equal(got.ok, true, got.ok ? '' : got.detail);
    else assert.deepEqual(got, { ok: false, detail: r.detail });
  });
}
