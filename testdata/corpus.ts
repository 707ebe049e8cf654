import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Article } from '../src/model/types.js';
import { shared } from './helpers.js';

/** The benchmark corpus beside the repository (never copied into it). */
export const CORPUS = shared('corpus', 'news-geo.jsonl.gz');

/** Why corpus tests skip, or false when the corpus is there. */
export const corpusMissing: string | false = !existsSync(CORPUS) && `${CORPUS} not present (../shared is absent): corpus tests skipped`;

interface CorpusRecord { id: string; text: string; date?: string; title?: string; source?: string }

/** The first `n` corpus records with a text, dates cut to YYYY-MM-DD and empty ones dropped. */
export function corpusRecords(n: number): CorpusRecord[] {
  const out: CorpusRecord[] = [];
  for (const line of gunzipSync(readFileSync(CORPUS)).toString('utf8').split('\n')) {
    if (out.length >= n) break;
    if (!line.trim()) continue;
    const r = JSON.parse(line) as { id?: unknown; text?: unknown; date?: unknown; title?: unknown; source?: unknown };
    if (typeof r.text !== 'string') continue;
    const date = typeof r.date === 'string' ? r.date.slice(0, 10) : '';
    out.push({ id: String(r.id), text: r.text, ...(/^\d{4}-\d{2}-\d{2}$/.test(date) ? { date } : {}), ...(typeof r.title === 'string' ? { title: r.title } : {}), ...(typeof r.source === 'string' && r.source ? { source: r.source } : {}) });
  }
  return out;
}

/** The first `n` corpus records as articles for the coder. */
export function corpusArticles(n: number): Article[] {
  return corpusRecords(n).map((r) => ({ id: r.id, text: r.text, ...(r.date ? { publishedAt: r.date } : {}) }));
}

/** Write the first `n` corpus records as JSON Lines for `dyad ingest`. */
export function writeCorpusJsonl(path: string, n: number): void {
  writeFileSync(path, corpusRecords(n).map((r) => JSON.stringify(r)).join('\n') + '\n');
}
