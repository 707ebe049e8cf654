import type { Article, Doc } from '../model/types.js';
import { InputRecord } from '../model/schemas.js';
import type { Coder } from '../pipeline/coder.js';
import { eventToJson } from '../model/event-json.js';
import { articleText } from '../ingest/article-text.js';
import { RecordError } from '../ingest/record-error.js';
import { ByteReader, decodeUtf8 } from '../ingest/readers/bytes.js';

/** Build an article from raw file content: HTML pages go through Readability first (title and date from the page). */
export function articleFromContent(id: string, content: string, opts: { date?: string | undefined; title?: string | undefined; html?: boolean | undefined }): Article {
  const looksHtml = opts.html ?? /^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(content);
  const { text, meta } = articleText({
    kind: looksHtml ? 'html' : 'text', content,
    meta: { id, origin: id, title: opts.title ?? null, url: null, source: null, publishedAt: opts.date ?? null },
  });
  return { id, text, ...(meta.title ? { title: meta.title } : {}), ...(meta.publishedAt ? { publishedAt: meta.publishedAt } : {}) };
}

/** Decode one JSON Lines input line into a record to code, or throw an Error whose message starts with "line N:". */
function lineRecord(raw: Buffer, n: number): { id: unknown; record: InputRecord | null } {
  let text: string;
  try {
    text = decodeUtf8(raw, `line ${n}`);
  } catch (e) {
    throw new Error(`line ${n}: ${e instanceof RecordError ? e.detail : String(e)}`);
  }
  if (text.trim() === '') return { id: null, record: null };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new Error(`line ${n}: not JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  const id = json && typeof json === 'object' && 'id' in json ? (json as { id: unknown }).id : null;
  const parsed = InputRecord.safeParse(json);
  if (parsed.success) return { id, record: parsed.data };
  const issue = parsed.error.issues[0];
  throw Object.assign(new Error(`line ${n}: ${issue ? `${issue.path.join('.') || 'record'}: ${issue.message}` : 'invalid record'}`), { id });
}

/**
 * Code JSON Lines from `input` to `out`: one output line per input line, same order; bad lines (not JSON, not UTF-8,
 * over `maxBytes`, no text, a date that is not a calendar date) become `{"id", "error"}` lines and the run goes on.
 */
export async function codeJsonl(coder: Coder, input: NodeJS.ReadableStream, out: (line: string) => void, opts: { readonly maxBytes: number }): Promise<{ lines: number; coded: number; errors: number }> {
  const reader = new ByteReader(input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>);
  let lines = 0;
  let coded = 0;
  let errors = 0;
  for (let raw = await reader.readLine(opts.maxBytes); raw; raw = await reader.readLine(opts.maxBytes)) {
    lines++;
    let id: unknown = null;
    try {
      if ('oversize' in raw) throw new Error(`line ${lines}: line is ${raw.oversize} bytes, over the --max-bytes limit of ${opts.maxBytes}`);
      const r = lineRecord(raw.line, lines);
      id = r.id;
      if (!r.record) continue;
      const rec = r.record;
      const doc = coder.code({ id: rec.id, text: rec.text, ...(rec.title ? { title: rec.title } : {}), ...(rec.date ? { publishedAt: rec.date } : {}) });
      out(JSON.stringify({ id: rec.id, events: doc.events.map(eventToJson) }));
      coded++;
    } catch (e) {
      errors++;
      if (e && typeof e === 'object' && 'id' in e) id = (e as { id: unknown }).id;
      out(JSON.stringify({ id: id ?? `line:${lines}`, error: e instanceof Error ? e.message : String(e) }));
    }
  }
  return { lines, coded, errors };
}

function pad(s: string, n: number): string {
  return s.length >= n ? s.slice(0, n) : s + ' '.repeat(n - s.length);
}

/** A readable table of a document's events. */
export function formatTable(doc: Doc): string {
  const rows: string[] = [];
  rows.push(`${pad('#', 3)} ${pad('date', 10)} ${pad('source', 10)} ${pad('cameo', 5)} ${pad('target', 10)} ${pad('plover', 10)} ${pad('acled', 18)} ${pad('flags', 14)} ${pad('place', 16)} trigger`);
  for (const e of doc.events) {
    const flags = [e.negated ? 'neg' : '', e.modality !== 'asserted' ? e.modality : '', e.hedged ? 'hedged' : '', e.background ? `bg:${e.background}` : ''].filter(Boolean).join(',');
    const trig = doc.article.text.slice(e.trigger.start, e.trigger.end);
    rows.push(`${pad(String(e.sentence), 3)} ${pad(e.date?.value ?? '-', 10)} ${pad(e.source?.actor.code ?? '-', 10)} ${pad(e.cameo ?? '-', 5)} ${pad(e.target?.actor.code ?? '-', 10)} ${pad(e.plover.type ?? '-', 10)} ${pad(e.acled ?? '-', 18)} ${pad(flags || '-', 14)} ${pad(e.place ? `${e.place.name}/${e.place.country ?? '?'}` : '-', 16)} "${trig}"${e.attribution ? ` (per ${e.attribution.text})` : ''}`);
  }
  if (doc.events.length === 0) rows.push('(no events)');
  return rows.join('\n');
}

/** Per sentence: the text, the actors found (with rule) and the events with the rule that fired. */
export function formatExplain(doc: Doc): string {
  const out: string[] = [];
  for (const b of doc.boilerplate) out.push(`[skipped boilerplate] ${JSON.stringify(doc.article.text.slice(b.start, b.end))}`);
  for (const s of doc.sentences) {
    out.push(`\n[${s.index}] ${doc.article.text.slice(s.start, s.end)}`);
    for (const m of doc.mentions) if (m.sentence === s.index) out.push(`    actor  ${pad(m.actor.code, 10)} "${m.text}"${m.modifier ? ' (modifier)' : ''}${m.actor.name ? ` name=${m.actor.name}` : ''}  <- ${m.rule.file}:${m.rule.line} ${m.rule.id}`);
    for (const e of doc.events) {
      if (e.sentence !== s.index) continue;
      out.push(`    event  ${e.source?.actor.code ?? '-'} -${e.cameo ?? '-'}-> ${e.target?.actor.code ?? '-'}  "${doc.article.text.slice(e.trigger.start, e.trigger.end)}" ${e.negated ? 'NEGATED ' : ''}${e.modality}${e.hedged ? ' hedged' : ''}${e.background ? ` background:${e.background}` : ''}${e.attribution ? ` per ${e.attribution.code ?? e.attribution.text}` : ''}  <- ${e.rule.file}:${e.rule.line} ${e.rule.id}`);
      if (e.acled) out.push(`    type   ${e.acled} ${e.typing ? `by ${e.typing.rule}: ${e.typing.cues.map((c) => `${c.cls} "${doc.article.text.slice(c.span.start, c.span.end)}" <- ${c.file}:${c.line}`).join('; ')}` : `by its CAMEO code ${e.cameo ?? '-'}`}`);
    }
  }
  return out.join('\n');
}
