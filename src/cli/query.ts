/** `dyad events` (queries) and `dyad export` (GDELT, JSON Lines, CSV). */
import { createWriteStream, existsSync, renameSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { CSV_COLUMNS, csvRow, tableHeader, tableRow } from '../export/tabular.js';
import { exportEvent } from '../export/dates.js';
import { gdeltRow, loadFips } from '../export/gdelt.js';
import { EventsFlags, ExportFlags } from '../model/schemas.js';
import type { EventQuery, Store } from '../store/store.js';
import { flagError, parseFlags } from './flags.js';
import { isPostgres, openAnyStore } from './open-store.js';

async function openForReading(db: string): Promise<Store | null> {
  if (!isPostgres(db) && !existsSync(db)) {
    process.stderr.write(`dyad: no store at ${db} (run dyad ingest first, or pass --db)\n`);
    return null;
  }
  return openAnyStore(db, { readonly: true });
}

/** Write lines to a stream, waiting when it is full (large exports stay flat in memory). */
async function writeLine(out: NodeJS.WritableStream, line: string): Promise<void> {
  if (!out.write(line + '\n')) await once(out, 'drain');
}

/** `dyad events [filters] [--format]`. */
export async function cmdEvents(args: string[]): Promise<number> {
  const parsed = parseFlags('events', args, {
    db: { type: 'string' }, actor: { type: 'string' }, source: { type: 'string' }, target: { type: 'string' }, code: { type: 'string' },
    quad: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, place: { type: 'string' }, text: { type: 'string' },
    negated: { type: 'boolean' }, background: { type: 'boolean' }, limit: { type: 'string' }, format: { type: 'string' },
  }, EventsFlags);
  if (typeof parsed === 'number') return parsed;
  const { db, format, ...filters } = parsed.flags;
  const store = await openForReading(db);
  if (!store) return 1;
  const query: EventQuery = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined));
  const out = process.stdout;
  let n = 0;
  try {
    if (format === 'table') await writeLine(out, tableHeader());
    if (format === 'csv') await writeLine(out, CSV_COLUMNS.join(','));
    if (format === 'json') out.write('[');
    for await (const e of store.events(query)) {
      if (format === 'table') await writeLine(out, tableRow(e, out.columns ?? 160));
      else if (format === 'csv') await writeLine(out, csvRow(e));
      else if (format === 'jsonl') await writeLine(out, JSON.stringify(exportEvent(e)));
      else out.write(`${n ? ',' : ''}\n${JSON.stringify(exportEvent(e))}`);
      n++;
    }
    if (format === 'json') out.write(n ? '\n]\n' : ']\n');
    if (format === 'table') process.stderr.write(`${n} events\n`);
  } catch (e) {
    if (e instanceof Error && /fts5|syntax error|tsquery/i.test(e.message)) return flagError('events', `--text: not a valid full-text query (${e.message})`);
    throw e;
  } finally {
    await store.close();
  }
  return 0;
}

/** `dyad export --format gdelt|jsonl|csv [--out FILE]`: written to a temporary file and renamed, never half-written. */
export async function cmdExport(args: string[]): Promise<number> {
  const parsed = parseFlags('export', args, { db: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } }, ExportFlags);
  if (typeof parsed === 'number') return parsed;
  const { flags } = parsed;
  const store = await openForReading(flags.db);
  if (!store) return 1;
  const target = flags.out;
  const tmp = target ? `${target}.tmp-${process.pid}` : null;
  const out: NodeJS.WritableStream = tmp ? createWriteStream(tmp) : process.stdout;
  let n = 0;
  try {
    if (flags.format === 'gdelt') {
      const fips = loadFips();
      for await (const g of store.groups()) { const row = gdeltRow(g, fips); if (row === null) continue; await writeLine(out, row); n++; }
    } else {
      if (flags.format === 'csv') await writeLine(out, CSV_COLUMNS.join(','));
      // Everything stored: negated and background events too, each saying so.
      for await (const e of store.events({ negated: true, background: true })) { await writeLine(out, flags.format === 'csv' ? csvRow(e) : JSON.stringify(exportEvent(e))); n++; }
    }
    if (tmp && target) {
      const ws = out as ReturnType<typeof createWriteStream>;
      ws.end();
      await once(ws, 'close');
      renameSync(tmp, target);
    }
  } catch (e) {
    if (tmp) rmSync(tmp, { force: true });
    throw e;
  } finally {
    await store.close();
  }
  process.stderr.write(`${n} ${flags.format === 'gdelt' ? 'events (cross-article)' : 'event mentions'} exported${target ? ` to ${target}` : ''}\n`);
  return 0;
}
