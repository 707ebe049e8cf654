/** `dyad coverage FILE.jsonl[.gz]`: code a corpus and rank where the dictionaries are silent. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import { z } from 'zod';
import { InputRecord } from '../model/schemas.js';
import { loadCameo } from '../dictionaries/cameo.js';
import { loadVerbDictionary } from '../dictionaries/verbs.js';
import { defaultDictionaryDir } from '../paths.js';
import { createCoder } from '../pipeline/coder.js';
import { loadGazetteer } from '../stages/places/gazetteer.js';
import { matchKey } from '../text/normalize.js';
import { createCoverage, formatCoverage } from '../eval/coverage.js';
import { USAGE } from './usage.js';

const Flags = z.object({
  top: z.string().regex(/^[1-9]\d*$/, '--top must be a positive integer').transform(Number).optional(),
  max: z.string().regex(/^[1-9]\d*$/, '--max must be a positive integer').transform(Number).optional(),
  json: z.boolean().optional(),
});

/** `dyad coverage`. */
export async function cmdCoverage(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: {
    top: { type: 'string' }, max: { type: 'string' }, json: { type: 'boolean' },
  } });
  const flags = Flags.safeParse(values);
  const file = positionals[0];
  if (!flags.success || !file) {
    process.stderr.write(`dyad coverage: ${flags.success ? 'missing FILE.jsonl[.gz]' : flags.error.issues.map((i) => i.message).join('; ')}\n${USAGE}\n`);
    return 2;
  }
  const started = performance.now();
  const coder = createCoder();
  const dir = defaultDictionaryDir();
  const gazetteer = loadGazetteer();
  const coverage = createCoverage({
    verbs: loadVerbDictionary(dir, loadCameo(dir)), cameo: loadCameo(dir),
    isPlace: (phrase) => gazetteer.lookup(matchKey(phrase)) !== undefined,
  });
  const raw = createReadStream(file === '-' ? '/dev/stdin' : file);
  const input = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  let line = 0;
  let errors = 0;
  let coded = 0;
  let codingMs = 0;
  let countingMs = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    if (text.trim() === '') continue;
    const r = InputRecord.safeParse(withoutEmptyDate(parseJson(text)));
    if (!r.success) {
      if (++errors <= 5) process.stderr.write(`dyad coverage: ${file}:${line}: not an article record, skipped\n`);
      continue;
    }
    const t0 = performance.now();
    const doc = coder.code({ id: r.data.id, text: r.data.text, ...(r.data.title ? { title: r.data.title } : {}), ...(r.data.date ? { publishedAt: r.data.date } : {}) });
    const t1 = performance.now();
    coverage.add(doc);
    codingMs += t1 - t0;
    countingMs += performance.now() - t1;
    if (++coded === flags.data.max) break;
  }
  const report = coverage.report(flags.data.top ?? 25);
  process.stdout.write(flags.data.json ? JSON.stringify(report, null, 1) + '\n' : formatCoverage(report) + '\n');
  process.stderr.write(`dyad coverage: ${report.articles} articles in ${((performance.now() - started) / 1000).toFixed(1)} s (coding ${(codingMs / 1000).toFixed(1)} s, counting ${(countingMs / 1000).toFixed(1)} s)${errors ? `, ${errors} bad lines skipped` : ''}\n`);
  return 0;
}

/** Corpora write an unknown date as ""; the article is still worth coding, undated. */
function withoutEmptyDate(json: unknown): unknown {
  if (json && typeof json === 'object' && 'date' in json && (json as { date: unknown }).date === '') return { ...json, date: null };
  return json;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
