import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CodeFlags } from '../model/schemas.js';
import { createCoder } from '../pipeline/coder.js';
import { DictionaryError } from '../dictionaries/errors.js';
import { articleFromContent, codeJsonl, formatExplain, formatTable, readInput } from './code.js';
import { evaluate } from './eval.js';
import { cmdIngest, cmdRecode } from './ingest.js';
import { cmdEvents, cmdExport } from './query.js';

const USAGE = `usage:
  dyad code FILE [--date YYYY-MM-DD] [--title T] [--html] [--explain]   code one article (text or HTML), print a table
  dyad code --jsonl                                          JSON Lines on stdin -> one result line per input line
  dyad eval GOLD.jsonl [--json] [--out PRED.jsonl]           code a gold file and score it like shared/tools/score.py
  dyad ingest PATH... [--db dyad.db] [--jobs N] [--strict] [--max-bytes N] [--date YYYY-MM-DD] [--watch SECONDS] [--quiet] [--json]
      PATH: files, folders (recursive), - (stdin), or feed URLs; .txt .html .json .jsonl[.gz] .xml/.rss/.atom .warc[.gz]
      exit status 0 = all coded, 3 = some records failed and were skipped, 1 = stopped by --strict
  dyad recode [--db dyad.db] [--jobs N]                      re-code stored articles whose coder version is stale
  dyad events [--db dyad.db] [--actor CODE] [--source CODE] [--target CODE] [--code PREFIX] [--quad N] [--since DATE]
      [--until DATE] [--place TEXT] [--text "full-text query"] [--negated] [--limit N] [--format table|json|jsonl|csv]
  dyad export --format gdelt|jsonl|csv [--db dyad.db] [--out FILE]   gdelt: GDELT 2.0 event table (TSV, no header)`;

/** Entry point of the `dyad` command. */
export async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  if (cmd === 'code') return cmdCode(rest);
  if (cmd === 'eval') return cmdEval(rest);
  if (cmd === 'ingest') return cmdIngest(rest);
  if (cmd === 'recode') return cmdRecode(rest);
  if (cmd === 'events') return cmdEvents(rest);
  if (cmd === 'export') return cmdExport(rest);
  process.stderr.write(`${cmd === undefined || cmd === '--help' || cmd === 'help' ? '' : `unknown command "${cmd}"\n`}${USAGE}\n`);
  return cmd === undefined || cmd === '--help' || cmd === 'help' ? 0 : 2;
}

async function cmdCode(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: {
    date: { type: 'string' }, title: { type: 'string' }, explain: { type: 'boolean' }, jsonl: { type: 'boolean' }, html: { type: 'boolean' },
  } });
  const flags = CodeFlags.safeParse(values);
  if (!flags.success) {
    process.stderr.write(`dyad code: ${flags.error.issues.map((i) => i.message).join('; ')}\n`);
    return 2;
  }
  const coder = createCoder();
  if (flags.data.jsonl) {
    const out: string[] = [];
    const flush = (): void => { if (out.length) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; } };
    await codeJsonl(coder, process.stdin, (line) => { out.push(line); if (out.length >= 64) flush(); });
    flush();
    return 0;
  }
  const file = positionals[0];
  if (!file) {
    process.stderr.write(`dyad code: missing FILE (or --jsonl)\n${USAGE}\n`);
    return 2;
  }
  const article = articleFromContent(file, readInput(file), { date: flags.data.date, title: flags.data.title, html: flags.data.html });
  const doc = coder.code(article);
  process.stdout.write(`${flags.data.explain ? formatExplain(doc) + '\n\n' : ''}${formatTable(doc)}\n`);
  return 0;
}

async function cmdEval(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, out: { type: 'string' } } });
  const gold = positionals[0];
  if (!gold) {
    process.stderr.write(`dyad eval: missing GOLD.jsonl\n${USAGE}\n`);
    return 2;
  }
  const { result, predictions } = evaluate(createCoder(), gold);
  if (values.out) writeFileSync(values.out, predictions.map((p) => JSON.stringify(p)).join('\n') + '\n');
  if (values.json) process.stdout.write(JSON.stringify(result.json, null, 1) + '\n');
  process.stdout.write(result.summary + '\n');
  return 0;
}

// A closed pipe (`dyad events | head`) ends output quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => { if (e.code === 'EPIPE') process.exit(0); throw e; });

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => {
    process.stderr.write(`${e instanceof DictionaryError ? e.message : e instanceof Error ? `dyad: ${e.message}` : String(e)}\n`);
    process.exitCode = 1;
  },
);
